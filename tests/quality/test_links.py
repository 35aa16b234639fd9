"""Every internal link and anchor in the built site resolves: pages, assets, #fragments and search results."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlparse

import pytest

from built import html_pages

# Attributes that point at another file or a place in a page.
LINKING = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("source", "src"),
           ("iframe", "src"), ("form", "action")}


class _Page(HTMLParser):
    """The ids a page defines and the internal addresses it points at."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        for name, value in attrs.items():
            if (tag, name) in LINKING and value is not None and _internal(value):
                self.links.append(value)


def _internal(url: str) -> bool:
    parts = urlparse(url)
    return not parts.scheme and not parts.netloc


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def broken_links(site: Path) -> list[str]:
    """'page: link (why)' for every internal link that misses its file or its anchor."""
    parsed = {p: _parse(site / p) for p in html_pages(site)}
    broken = []

    def check(origin: str, link: str) -> None:
        address, fragment = urldefrag(urljoin(origin, link))
        # 404.html uses root-relative addresses ("/assets/…"): the server shows it at any depth.
        target = unquote(urlparse(address).path).lstrip("/") or origin
        if target.endswith("/"):
            target += "index.html"
        if not (site / target).is_file():
            broken.append(f"{origin}: {link} (no file {target})")
            return
        if fragment and target.endswith(".html"):
            ids = parsed[target].ids if target in parsed else _parse(site / target).ids
            if unquote(fragment) not in ids:
                broken.append(f"{origin}: {link} (no id '{unquote(fragment)}' in {target})")

    for origin, page in parsed.items():
        for link in page.links:
            check(origin, link)
    # Search results link to sections of pages: every place in the index must exist too.
    index = site / "search" / "search_index.json"
    for doc in json.loads(index.read_text())["docs"]:
        check("search/search_index.json", "../" + doc["location"] if doc["location"] else "../index.html")
    return broken


@pytest.mark.parametrize("site_fixture", ["mini_site", "guide_site"])
def test_every_internal_link_and_anchor_resolves(site_fixture, request):
    site = request.getfixturevalue(site_fixture)
    broken = broken_links(site)
    assert broken == [], f"{len(broken)} broken links:\n" + "\n".join(broken)


def test_a_missing_page_or_anchor_is_reported(mini_site, tmp_path):
    """The check would catch a link to a page that is not there, or to an id the page lacks."""
    import shutil

    site = Path(shutil.copytree(mini_site, tmp_path / "site"))
    home = site / "index.html"
    home.write_text(home.read_text().replace(
        "</article>", '<a href="modules/gone.html">x</a><a href="modules/first-module.html#no-such-id">y</a></article>'))
    broken = broken_links(site)
    assert any("modules/gone.html (no file" in b for b in broken), broken
    assert any("no id 'no-such-id'" in b for b in broken), broken
