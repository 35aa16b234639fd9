"""Every page of the built guide, listed from the built folder: axe-core finds no WCAG 2.2 A/AA violation,
nothing is fetched from another host, no script fails, and text reflows at 320 px wide and at 200% zoom.

Each test walks all pages and reports every failing page at once, so one run shows the whole picture.
"""

from __future__ import annotations

import pytest

from a11y import axe_violations, reflow_problems
from built import html_pages
from helpers import ROOT

pytestmark = pytest.mark.browser

# A 1280 × 900 window at 200% zoom lays pages out in 640 × 450 CSS pixels; 320 px is WCAG 1.4.10's reflow width
# (1280 px at 400%).
WINDOWS = {"320 px wide": {"width": 320, "height": 640, "scale": 1},
           "200% zoom": {"width": 640, "height": 450, "scale": 2}}


def guide_pages(site) -> list[str]:
    pages = html_pages(site)
    # The walk is only as good as its list: every module of the course must be in it.
    modules = [p.stem for p in (ROOT / "modules").glob("*.md")]
    missing = [m for m in modules if f"modules/{m}.html" not in pages]
    assert not missing and "index.html" in pages, f"pages missing from the built site: {missing}"
    return pages


def _load(page, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")


def _problems_on_every_page(tab, guide_url, guide_site, check) -> dict:
    """{page: what `check(tab)` found there} for each page of the guide where it found anything."""
    found = {}
    for path in guide_pages(guide_site):
        _load(tab, guide_url + path)
        problems = check(tab)
        if problems:
            found[path] = problems
    return found


def test_axe_finds_no_violations_on_any_page(page, guide_url, guide_site):
    failures = _problems_on_every_page(page, guide_url, guide_site, axe_violations)
    assert not failures, "\n\n".join(f"== {path}\n{report}" for path, report in failures.items())


def test_no_page_requests_anything_from_another_host(page, guide_url, guide_site):
    by_page = {}
    for path in guide_pages(guide_site):
        before = len(page.foreign_requests)
        _load(page, guide_url + path)
        if len(page.foreign_requests) > before:
            by_page[path] = page.foreign_requests[before:]
    assert by_page == {}, f"requests to other hosts (blocked): {by_page}"


@pytest.mark.parametrize("window", WINDOWS)
def test_every_page_reflows_without_sideways_scrolling(browser, guide_url, guide_site, window):
    size = WINDOWS[window]
    context = browser.new_context(viewport={"width": size["width"], "height": size["height"]},
                                  device_scale_factor=size["scale"])
    tab = context.new_page()
    failures = _problems_on_every_page(tab, guide_url, guide_site, reflow_problems)
    context.close()
    assert not failures, f"text that needs sideways scrolling at {window}:\n" + "\n".join(
        f"{path}:\n  " + "\n  ".join(problems) for path, problems in failures.items())
