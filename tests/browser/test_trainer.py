"""Trainer view: a remembered switch, and a bookmarkable link, show facilitator notes that learners never see."""

import pytest

pytestmark = pytest.mark.browser
MODULE = "modules/first-module.html"


def test_switch_shows_notes_and_is_remembered(page, mini_url):
    page.goto(mini_url + MODULE)
    notes = page.locator(".admonition.facilitator", has_text="zebra-facilitator")
    assert notes.is_hidden()
    switch = page.get_by_role("button", name="Trainer view")
    assert switch.get_attribute("aria-pressed") == "false"
    switch.click()
    assert notes.is_visible()
    assert page.locator(".ikc-session-plan").is_visible()
    assert switch.get_attribute("aria-pressed") == "true"
    page.reload()
    assert page.locator(".admonition.facilitator", has_text="zebra-facilitator").is_visible()
    page.get_by_role("button", name="Trainer view").click()
    assert page.locator(".admonition.facilitator", has_text="zebra-facilitator").is_hidden()


def test_bookmarkable_link_turns_trainer_view_on_and_off(page, mini_url):
    page.goto(mini_url + MODULE + "?trainer=1")
    assert page.locator(".admonition.facilitator").first.is_visible()
    page.goto(mini_url + "modules/second-module.html")
    assert page.locator(".admonition.facilitator").first.is_visible()
    page.goto(mini_url + MODULE + "?trainer=0")
    assert page.locator(".admonition.facilitator").first.is_hidden()
