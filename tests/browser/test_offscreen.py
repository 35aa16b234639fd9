"""Work the browser is spared as a page loads, without costing the reader anything. Long blocks are skipped while
off screen (ikc-offscreen.css): glossary toggletips are never clipped, links into a page land on their heading, and
print lays out everything. Navigation titles are not watched one by one by Material's script, and still show whole."""

import pytest

pytestmark = pytest.mark.browser

MODULE = "modules/legal-framework.html"
CONTENT_VISIBILITY = "el => getComputedStyle(el).contentVisibility"


def open_drawer(page) -> None:
    """Open a phone's navigation drawer with the menu button, and let it slide in."""
    page.locator("label.md-header__button[for=__drawer]").click()
    page.wait_for_timeout(400)


def test_quiz_and_boxes_without_terms_are_skipped_until_near_the_screen(page, guide_url):
    page.goto(guide_url + MODULE)
    assert page.locator(".ikc-quiz").evaluate(CONTENT_VISIBILITY) == "auto"
    plain_box = page.locator(".md-typeset .admonition:not(:has(.ikc-term))").first
    assert plain_box.evaluate(CONTENT_VISIBILITY) == "auto"


def test_a_toggletip_inside_a_box_is_shown_whole(page, guide_url):
    page.set_viewport_size({"width": 412, "height": 823})
    page.goto(guide_url + MODULE)
    box = page.locator(".md-typeset .admonition:not(.facilitator):has(button.ikc-term)").first
    assert box.evaluate(CONTENT_VISIBILITY) == "visible", "a box with a glossary term must not clip its toggletip"
    term = box.locator("button.ikc-term").first
    term.scroll_into_view_if_needed()
    term.click()
    tip = page.locator("#" + term.get_attribute("aria-controls"))
    tip.wait_for(state="visible")
    tip.scroll_into_view_if_needed()
    tip_bottom = tip.evaluate("tip => tip.getBoundingClientRect().bottom")
    box_bottom = box.evaluate("box => box.getBoundingClientRect().bottom")
    assert tip_bottom > box_bottom, "this tip no longer reaches below its box: pick a term that does"
    # The tip's lowest line is painted: the topmost element there belongs to the tip, not to what lies below the box.
    shown = tip.evaluate("""tip => {
        const r = tip.getBoundingClientRect();
        return tip.contains(document.elementFromPoint(r.left + r.width / 2, r.bottom - 4));
    }""")
    assert shown


def test_a_link_to_a_heading_below_the_quiz_lands_on_it(page, guide_url):
    page.set_viewport_size({"width": 412, "height": 823})
    page.goto(guide_url + MODULE + "#sources")
    page.wait_for_timeout(300)  # let the browser settle placeholders it has just rendered
    top = page.locator("h2#sources").evaluate("el => el.getBoundingClientRect().top")
    assert 0 <= top < 200, f"the Sources heading is at {top}px, not at the top of the screen"


def test_the_closed_navigation_drawer_of_a_phone_is_skipped_and_drawn_whole_when_opened(page, guide_url):
    page.set_viewport_size({"width": 412, "height": 823})
    page.goto(guide_url + MODULE)
    drawer = page.locator(".md-sidebar--primary")
    assert drawer.evaluate(CONTENT_VISIBILITY) == "auto"
    open_drawer(page)
    link = drawer.get_by_role("link", name="Assessing carers overseas")
    link.wait_for(state="visible")
    painted = link.evaluate("""a => {
        const r = a.getBoundingClientRect();
        return r.width > 0 && a.contains(document.elementFromPoint(r.left + 8, r.top + r.height / 2));
    }""")
    assert painted, "the opened drawer's links are not drawn"


def test_the_navigation_beside_the_text_on_a_wide_screen_is_never_skipped(page, guide_url):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(guide_url + MODULE)
    assert page.locator(".md-sidebar--primary").evaluate(CONTENT_VISIBILITY) == "visible"


def test_print_lays_out_every_block(page, guide_url):
    page.goto(guide_url + MODULE)
    page.emulate_media(media="print")
    assert page.locator(".ikc-quiz").evaluate(CONTENT_VISIBILITY) == "visible"
    assert page.locator(".md-typeset .admonition").first.evaluate(CONTENT_VISIBILITY) == "visible"


def test_navigation_titles_show_whole_at_320px_without_material_watching_each(page, guide_url):
    page.set_viewport_size({"width": 320, "height": 640})  # 1280 px at 400% zoom
    page.goto(guide_url + MODULE)
    open_drawer(page)
    # Material's script watches every "md-ellipsis" on the page to give a cut-off one a tooltip (partials/toc-item.html).
    assert page.locator(".md-nav .md-ellipsis").count() == 0
    titles = page.locator(".md-sidebar--primary .md-nav__link > .ikc-nav-title")
    assert titles.count() > 30  # every page of the guide, and this page's contents
    cut_off = titles.evaluate_all("""spans => spans.filter(s => s.offsetWidth && s.scrollWidth > s.clientWidth + 1)
                                               .map(s => s.textContent.trim())""")
    assert cut_off == []
    link = page.locator(".md-sidebar--primary").get_by_role("link", name="Working with the authorities in the other country")
    assert link.bounding_box()["height"] > 40, "a long title wraps onto a second line"
