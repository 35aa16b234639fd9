"""Text from YAML is rendered as Markdown and can never inject markup or script."""

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import ROOT
from ikc.markup import _is_plain_line, markdown_block, md_block, md_inline, plain
from ikc.render import format_minutes, long_date


def test_script_tags_are_shown_as_text():
    html = str(md_block("<script>alert(1)</script> and **bold**"))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<strong>bold</strong>" in html


def test_javascript_links_are_removed():
    html = str(md_inline("[click](javascript:alert(1)) [ok](https://example.org/)"))
    assert "javascript:" not in html
    assert '<a href="https://example.org/">ok</a>' in html


def test_event_handler_attributes_cannot_get_through():
    html = str(md_block('<img src=x onerror="alert(1)">'))
    assert "<img" not in html and "&lt;img" in html


def test_inline_has_no_paragraph_and_plain_has_no_tags():
    assert str(md_inline("A *term*")) == "A <em>term</em>"
    assert plain("A *term* & <b>more</b>") == "A term & <b>more</b>"


def test_dates_and_minutes_read_naturally():
    assert long_date("2026-11-02") == "2 November 2026"
    assert format_minutes(45) == "45 min"
    assert format_minutes(90) == "1 h 30 min"
    assert format_minutes(120) == "2 h"


# The shortcut for plain lines in ikc.markup must give exactly what Markdown gives.


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_the_plain_line_shortcut_matches_markdown_on_every_text_in_the_course():
    texts = {text for path in (ROOT / "quizzes").rglob("*.yml") for text in _strings(yaml.safe_load(path.read_text()))}
    shortcut = [text for text in texts if _is_plain_line(text)]
    assert len(shortcut) > len(texts) / 2  # the shortcut is in use, so this test is checking something
    assert [t for t in shortcut if str(md_block(t)) != markdown_block(t)] == []


def test_lines_that_look_plain_but_are_markdown_take_the_long_way():
    for text in ("2. Then apply", "*Not* plain", "A [link](https://example.org/)", "Tom & Jerry",
                 "# Heading", "- item", "Two\nlines", "A_b", "Back\\slash", "`code`"):
        assert not _is_plain_line(text), text
    assert _is_plain_line("The court's leave is needed (section 14C), not the parents'.")


# Letters, digits, spaces of several kinds, ordinary punctuation and every character Markdown treats specially.
_PIECES = [*"aZé9 .,;:!?'\"()-+=#*_`[]<>&\\/|~{}^%£—‘’“”\n\t\r\u00a0\u2028\u0085", "1. ", "2) ", "- ", "# ", "  ", "---", "http://x.org"]
EDGE_TEXT = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)


@settings(max_examples=400, deadline=None)
@given(EDGE_TEXT)
def test_the_plain_line_shortcut_matches_markdown_on_generated_text(text):
    assert str(md_block(text)) == markdown_block(text)
