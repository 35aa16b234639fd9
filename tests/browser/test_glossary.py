"""Glossary terms open a definition by keyboard or touch, and close with Escape."""

import pytest

pytestmark = pytest.mark.browser


def test_term_opens_and_closes_by_keyboard(page, mini_url):
    page.goto(mini_url + "modules/first-module.html")
    term = page.locator("button.ikc-term", has_text="care order").first
    assert term.get_attribute("aria-expanded") == "false"
    term.focus()
    page.keyboard.press("Enter")
    assert term.get_attribute("aria-expanded") == "true"
    tip = page.locator("#" + term.get_attribute("aria-controls"))
    tip.wait_for(state="visible")
    page.wait_for_function("el => el.textContent.includes('in the care of a local authority')", arg=tip.element_handle())
    assert tip.get_attribute("role") == "status"
    page.keyboard.press("Escape")
    assert term.get_attribute("aria-expanded") == "false"
    assert tip.is_hidden()
    assert page.evaluate("() => document.activeElement.classList.contains('ikc-term')")


def test_only_first_use_is_marked_and_terms_listed_at_the_end(page, mini_url):
    page.goto(mini_url + "modules/first-module.html")
    assert page.locator("button.ikc-term", has_text="care order").count() == 1
    listed = page.locator(".ikc-terms dt").all_inner_texts()
    assert listed == ["care order", "Central Authority"]


def test_glossary_page_lists_every_term(page, mini_url):
    page.goto(mini_url + "glossary.html")
    assert page.locator(".ikc-glossary dt").all_inner_texts() == ["care order", "Central Authority"]


def test_a_term_that_wraps_keeps_the_alignment_of_its_text(page, mini_url):
    # A browser centres a button's text; a term that breaks over two lines (a narrow table cell, a phone) would
    # then sit centred in the middle of a left-aligned sentence.
    page.goto(mini_url + "modules/first-module.html")
    term = page.locator("button.ikc-term").first
    term.wait_for()
    aligned = term.evaluate("b => [getComputedStyle(b).textAlign, getComputedStyle(b.parentElement).textAlign]")
    assert aligned[0] == aligned[1], aligned
