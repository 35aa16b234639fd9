"""Cutting a presenter page into slides (ikc/slides.py): the top-level elements it finds, and the slides it makes."""

from __future__ import annotations

from ikc import slides


def extents(fragment: str) -> list[tuple[str, str]]:
    return [(node.tag, fragment[node.start:node.end]) for node in slides.top_level(fragment)]


def test_top_level_elements_are_found_whole_with_nesting_void_and_self_closing_tags():
    fragment = ('<h2 id="a">A <em>b</em></h2>\n<p>One<br>two<br/>three</p>\n<hr>\n'
                '<div class="admonition facilitator"><div><p>Nested</p></div><img src="x.png" alt=""></div>\n'
                '<custom-box/>\n<table><tr><td>1</td></tr></table>')
    assert extents(fragment) == [
        ("h2", '<h2 id="a">A <em>b</em></h2>'),
        ("p", "<p>One<br>two<br/>three</p>"),
        ("hr", "<hr>"),
        ("div", '<div class="admonition facilitator"><div><p>Nested</p></div><img src="x.png" alt=""></div>'),
        ("custom-box", "<custom-box/>"),
        ("table", "<table><tr><td>1</td></tr></table>"),
    ]
    assert slides.top_level(fragment)[3].classes == {"admonition", "facilitator"}


def test_comments_and_script_text_are_not_read_as_tags():
    fragment = ('<!-- <div> not an element -->\n<p>Text</p>\n'
                '<script>if (a < b) { document.write("<div>"); }</script>\n<p>After</p>')
    assert extents(fragment) == [
        ("p", "<p>Text</p>"),
        ("script", '<script>if (a < b) { document.write("<div>"); }</script>'),
        ("p", "<p>After</p>"),
    ]


def test_a_stray_end_tag_at_the_top_level_is_passed_over():
    assert extents("</div><p>Kept</p>") == [("p", "<p>Kept</p>")]


def test_each_h2_section_becomes_a_slide_with_its_facilitator_boxes_as_notes():
    page = ('<h2 id="one">One</h2>\n<p>Body one</p>\n'
            '<div class="admonition facilitator"><p class="admonition-title">Ask</p><p>Note one</p></div>\n'
            '<h2 id="two">Two</h2>\n<table><tr><td>1</td></tr></table>\n'
            f'<h2 id="{slides.SESSION_NOTES}">Notes for the whole session</h2>\n<p>Plan</p>')
    out = slides.split(page)
    first, second = out.split("</section>")[:2]
    assert 'data-slide="1"' in first and 'aria-labelledby="one"' in first
    assert '<div class="ikc-slide__body">\n<h2 id="one">One</h2>\n<p>Body one</p>\n</div>' in first
    assert "Note one" in first.split('class="ikc-slide__notes')[1]
    assert 'data-slide="2"' in second and slides.NO_NOTES in second
    assert slides.TABLE_WRAP.format("<table><tr><td>1</td></tr></table>") in second
    assert f'<section class="ikc-session-notes ikc-notes" aria-labelledby="{slides.SESSION_NOTES}">' in out
    assert out.count('class="ikc-slide"') == 2
