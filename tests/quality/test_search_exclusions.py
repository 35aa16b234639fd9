"""Text that a page keeps out of search (data-search-exclude: trainer notes, session plans, the quiz answers for
readers without JavaScript) is not in the search index that every learner's browser downloads.

Material's search reads the HTML with a simple parser that takes a closing tag as the end of any open element with
the same name, so a <div> inside an excluded <div> ends the exclusion early and lets the rest of the box into the
index. This check reads the built pages with a parser that nests properly and catches that.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from built import html_pages
from ikc.slides import VOID

# Shorter runs of text ("Time", "10 min") appear all over a page; a run this long is the box's own.
LONGEST_SHARED = 24


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class _Runs(HTMLParser):
    """Each run of text in a page, as (text, inside an excluded element)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open: list[bool] = []  # for each open element: is it, or an element around it, excluded?
        self.runs: list[tuple[str, bool]] = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.open.append(bool(self.open and self.open[-1]) or "data-search-exclude" in dict(attrs))

    def handle_endtag(self, tag):
        if tag not in VOID and self.open:
            self.open.pop()

    def handle_data(self, data):
        text = _words(data)
        if text:
            self.runs.append((text, bool(self.open and self.open[-1])))


def leaks(page_html: str, indexed_text: str) -> list[str]:
    """The runs of text found only inside excluded elements of the page that are in its indexed text."""
    parser = _Runs()
    parser.feed(page_html)
    # A run may also be part of a longer one shown elsewhere on the page (a glossary term inside a sentence).
    shown = " ".join(text for text, excluded in parser.runs if not excluded).casefold()
    indexed = _words(re.sub(r"<[^>]+>", " ", indexed_text)).casefold()
    return sorted({text for text, excluded in parser.runs if excluded and len(text) > LONGEST_SHARED
                   and text.casefold() not in shown and text.casefold() in indexed})


def _indexed_text(site: Path) -> dict[str, str]:
    """{page path: the title and text of every entry the search index holds for it}."""
    found: dict[str, list[str]] = {}
    for doc in json.loads((site / "search" / "search_index.json").read_text())["docs"]:
        page = doc["location"].split("#")[0] or "index.html"
        found.setdefault(page, []).extend([doc["title"], doc["text"]])
    return {page: " ".join(parts) for page, parts in found.items()}


@pytest.mark.parametrize("site_fixture", ["mini_site", "guide_site"])
def test_no_excluded_text_reaches_the_search_index(site_fixture, request):
    site = request.getfixturevalue(site_fixture)
    indexed = _indexed_text(site)
    checked, found = 0, {}
    for page in html_pages(site):
        if page in indexed:
            text = (site / page).read_text()
            checked += text.count("data-search-exclude")
            if problems := leaks(text, indexed[page]):
                found[page] = problems
    assert checked > 0, "no page keeps anything out of search: the check has nothing to look at"
    assert found == {}, found


def test_a_box_that_search_reads_past_its_inner_closing_tag_is_caught():
    page = ('<p>Shown to everyone on the page.</p>'
            '<div data-search-exclude class="admonition facilitator">'
            '<div class="inner"><p>Ask the group to compare routes.</p></div>'
            '<p>Timing for trainers: twenty minutes in pairs.</p></div>')
    # What Material's search makes of it: the inner </div> ends the exclusion, so the last paragraph is indexed.
    indexed = "<p>Shown to everyone on the page.</p><p>Timing for trainers: twenty minutes in pairs.</p>"
    assert leaks(page, indexed) == ["Timing for trainers: twenty minutes in pairs."]
    assert leaks(page, "<p>Shown to everyone on the page.</p>") == []
