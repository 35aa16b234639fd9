"""The guide's own stylesheets and scripts reach the browser as one file each (scripts/ikc/bundle.py)."""

from __future__ import annotations

import re

import yaml

from built import html_pages
from helpers import MINI
from ikc.bundle import CSS_BUNDLE, JS_BUNDLE

SOURCES = MINI.parents[2] / "overrides"


def _listed(key: str) -> list[str]:
    return yaml.safe_load((MINI / "mkdocs.yml").read_text())[key]


def test_every_page_links_one_stylesheet_and_one_script_of_the_guide(mini_site):
    for page in html_pages(mini_site):
        text = (mini_site / page).read_text()
        stylesheets = re.findall(r'<link rel="stylesheet" href="[^"]*/?(ikc[^"/]*\.css)"', text)
        scripts = re.findall(r'<script src="[^"]*/?(ikc[^"/]*\.js)"', text)
        assert stylesheets == ["ikc-bundle.css"], page
        assert scripts == ["ikc-bundle.js"], page


def test_each_bundle_holds_every_listed_file_whole_and_in_order(mini_site):
    for key, bundle in (("extra_css", CSS_BUNDLE), ("extra_javascript", JS_BUNDLE)):
        text = (mini_site / bundle).read_text()
        positions = []
        for path in _listed(key):
            part = (SOURCES / path).read_text()
            assert part in text, f"{path} is missing from {bundle}"
            positions.append(text.index(part))
            assert not (mini_site / path).exists(), f"{path} is published as well as bundled"
        assert positions == sorted(positions), f"{bundle} does not keep the order of mkdocs.yml"


def test_every_script_file_is_deferred_so_text_shows_before_scripts_arrive(mini_site):
    for page in html_pages(mini_site):
        text = (mini_site / page).read_text()
        tags = re.findall(r"<script [^>]*src=[^>]*>", text)
        assert len(tags) >= 3, f"{page}: expected Material's polyfill and bundle and the guide's bundle: {tags}"
        assert all(re.search(r"\sdefer[\s>]", tag) for tag in tags), f"{page}: {tags}"
