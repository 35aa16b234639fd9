"""Keyboard only, in the real guide: a whole quiz and a whole checklist, from the top of the page, with focus
always visible and never lost. No mouse, no page.check(): every step is a key press."""

from __future__ import annotations

import pytest

from a11y import focus_indicator
from keyboard import tab_to

pytestmark = pytest.mark.browser
MODULE = "modules/legal-framework.html"
CHECKLIST = "checklists/legal-route-court-application.html"


def assert_focus_visible(page, where: str) -> None:
    assert focus_indicator(page), f"no visible focus indicator on {where}"


def test_skip_link_is_first_and_moves_focus_to_the_content(page, guide_url):
    page.goto(guide_url + MODULE)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('md-skip')")
    assert page.locator(".md-skip").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash")  # the skip link leads into the article


def test_whole_quiz_by_keyboard(page, guide_url):
    page.goto(guide_url + MODULE + "#quiz")  # as a reader following the "Quiz" link in the contents
    page.wait_for_selector(".ikc-question__actions:not([hidden])")
    questions = page.locator(".ikc-quiz .ikc-question")
    ids = [q.get_attribute("id") for q in questions.all()]
    assert len(ids) >= 8
    for qid in ids:
        tab_to(page, f"#{qid} input", limit=60)
        assert_focus_visible(page, f"the first option of {qid}")
        page.keyboard.press("Space")
        assert page.locator(f"#{qid} input:checked").count() == 1
        tab_to(page, f"#{qid} .ikc-question__check")
        assert_focus_visible(page, f"the Check button of {qid}")
        page.keyboard.press("Enter")
        result = page.locator(f"#{qid} .ikc-question__result").inner_text()
        assert result.startswith(("Correct.", "Not correct.", "Partly correct:")), f"{qid}: {result!r}"
        assert page.locator(f"#{qid} .ikc-question__explanation").is_visible()
    score = page.locator(".ikc-quiz__score")
    assert "You scored" in score.inner_text() and score.get_attribute("role") == "status"
    tab_to(page, ".ikc-quiz__retry")
    assert_focus_visible(page, "the retry button")
    page.keyboard.press("Enter")
    assert page.locator(".ikc-quiz input:checked").count() == 0
    assert page.evaluate("document.activeElement !== document.body"), "focus was lost after retrying"


def test_whole_checklist_by_keyboard(page, guide_url):
    page.goto(guide_url + CHECKLIST)
    page.wait_for_selector(".ikc-checklist-tools:not([hidden])")
    boxes = page.locator(".ikc-checklist input[type=checkbox]")
    ids = [b.get_attribute("id") for b in boxes.all()]
    status = page.locator(".ikc-checklist__status")
    assert len(ids) >= 3
    for n, box_id in enumerate(ids, start=1):
        tab_to(page, f"#{box_id}", limit=300 if n == 1 else 30)  # from the top of the page, through the menu
        assert_focus_visible(page, f"checkbox {box_id}")
        page.keyboard.press("Space")
        assert f"{n} of {len(ids)} items ticked" in status.inner_text()
    page.once("dialog", lambda dialog: dialog.accept())
    tab_to(page, ".ikc-checklist__reset", key="Shift+Tab", limit=400)
    assert_focus_visible(page, "the reset button")
    page.keyboard.press("Enter")
    assert f"0 of {len(ids)} items ticked" in status.inner_text()
    assert boxes.evaluate_all("boxes => boxes.filter(b => b.checked).length") == 0
