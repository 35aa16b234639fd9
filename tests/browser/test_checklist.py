"""A reader ticks a checklist, reloads and finds the ticks kept, and clears them only after confirming."""

import pytest

pytestmark = pytest.mark.browser
URL = "checklists/sample-checklist.html"


def test_ticks_are_kept_and_reset_asks_first(page, mini_url):
    page.goto(mini_url + URL)
    status = page.locator(".ikc-checklist__status")
    assert status.inner_text() == "0 of 3 items ticked"
    page.focus("#item-sample-checklist-item-one")
    page.keyboard.press("Space")
    assert status.inner_text() == "1 of 3 items ticked"
    assert status.get_attribute("role") == "status"

    page.reload()
    assert page.locator("#item-sample-checklist-item-one").is_checked()
    assert not page.locator("#item-sample-checklist-item-two").is_checked()
    assert page.locator(".ikc-checklist__status").inner_text() == "1 of 3 items ticked"

    page.once("dialog", lambda dialog: dialog.dismiss())
    page.click(".ikc-checklist__reset")
    assert page.locator("#item-sample-checklist-item-one").is_checked(), "cancelling the question must keep ticks"
    messages = []
    page.once("dialog", lambda dialog: (messages.append(dialog.message), dialog.accept()))
    page.click(".ikc-checklist__reset")
    assert "Clear all 1 ticks" in messages[0]
    assert not page.locator("#item-sample-checklist-item-one").is_checked()
    page.reload()
    assert not page.locator("#item-sample-checklist-item-one").is_checked()


def test_whole_item_text_is_the_label_and_guidance_is_described(page, mini_url):
    page.goto(mini_url + URL)
    box = page.get_by_role("checkbox", name="The first thing is done.")
    assert box.count() == 1
    described = box.get_attribute("aria-describedby")
    assert "Some guidance." in page.locator(f"#{described}").inner_text()
    page.click("label[for=item-sample-checklist-item-two]")  # clicking the text ticks the box
    assert page.locator("#item-sample-checklist-item-two").is_checked()


def test_sections_are_headings(page, mini_url):
    page.goto(mini_url + URL)
    headings = page.locator("article h2").all_inner_texts()
    assert any(h.startswith("First section") for h in headings)
    assert any(h.startswith("Second section") for h in headings)
