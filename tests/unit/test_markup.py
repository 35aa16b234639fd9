"""Text from YAML is rendered as Markdown and can never inject markup or script."""

from ikc.markup import md_block, md_inline, plain
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
