"""The light/dark switch (partials/palette.html, ikc-palette.js): follows the system until the reader chooses,
keeps the choice across pages and reloads, and works by keyboard."""

import pytest

pytestmark = pytest.mark.browser

MODULE = "modules/legal-framework.html"


def scheme(page) -> str:
    return page.locator("body").get_attribute("data-md-color-scheme")


def switch(page):
    """The one visible switch button in the header."""
    return page.locator("[data-ikc-palette] label:not([hidden])")


def test_first_visit_follows_the_system_and_follows_its_changes(page, guide_url):
    page.emulate_media(color_scheme="dark")
    page.goto(guide_url + MODULE)
    assert scheme(page) == "slate"
    assert switch(page).get_attribute("title") == "Switch to light mode"
    page.emulate_media(color_scheme="light")
    page.wait_for_function("() => document.body.dataset.mdColorScheme === 'default'", timeout=5000)
    assert switch(page).get_attribute("title") == "Switch to dark mode"


def test_the_readers_choice_is_kept_across_pages_and_over_the_system(page, guide_url):
    page.emulate_media(color_scheme="light")
    page.goto(guide_url + MODULE)
    assert scheme(page) == "default"
    switch(page).click()
    assert scheme(page) == "slate"
    assert switch(page).get_attribute("title") == "Switch to light mode"
    page.goto(guide_url + "index.html")
    assert scheme(page) == "slate"
    page.emulate_media(color_scheme="light")
    page.reload()
    assert scheme(page) == "slate", "the reader's choice wins over the system setting"


def test_the_switch_works_by_keyboard_with_visible_focus(page, guide_url):
    page.emulate_media(color_scheme="light")
    page.goto(guide_url + MODULE)
    page.locator("[data-ikc-palette] input:checked").focus()
    page.keyboard.press("Enter")
    assert scheme(page) == "slate"
    focused = page.evaluate("() => document.activeElement.matches('[data-ikc-palette] input:checked')")
    assert focused, "focus stays on the switch"
    outline = switch(page).evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline == "solid", "the switch shows that it has keyboard focus"
    page.keyboard.press("Enter")
    assert scheme(page) == "default"
