"""A learner takes a quiz with the keyboard alone, sees feedback and a score, and finds it kept after reload."""

import json

import pytest

from keyboard import tab_to
from shown import expect_shown_text

pytestmark = pytest.mark.browser
QUIZ = "#quiz ~ .ikc-quiz"


def open_module(page, mini_url):
    page.goto(mini_url + "modules/first-module.html")
    page.wait_for_selector(".ikc-question__actions:not([hidden])")


def test_quiz_by_keyboard_scores_and_survives_reload(page, mini_url):
    open_module(page, mini_url)
    page.focus("#q-first-module-single-one-0")  # start at the first question, then keyboard only
    page.keyboard.press("Space")
    tab_to(page, "#q-first-module-single-one .ikc-question__check")
    page.keyboard.press("Enter")
    first = page.locator("#q-first-module-single-one")
    assert first.locator(".ikc-question__result").inner_text().startswith("Correct.")
    assert first.locator(".ikc-option__feedback").first.is_visible()
    assert "Right, the family court." in first.inner_text()
    assert first.locator(".ikc-question__explanation").is_visible()

    tab_to(page, "#q-first-module-multi-one-0")
    page.keyboard.press("Space")
    tab_to(page, "#q-first-module-multi-one-1")
    page.keyboard.press("Space")
    tab_to(page, "#q-first-module-multi-one .ikc-question__check")
    page.keyboard.press("Enter")
    assert page.locator("#q-first-module-multi-one .ikc-question__result").inner_text().startswith("Correct.")

    tab_to(page, "#q-first-module-tf-one-0")
    page.keyboard.press("ArrowDown")  # moves to and selects "False"
    tab_to(page, "#q-first-module-tf-one .ikc-question__check")
    page.keyboard.press("Enter")

    score = page.locator(".ikc-quiz__score")
    assert score.get_attribute("role") == "status"
    assert "You scored 3 out of 3 (100%)" in score.inner_text()
    assert "You passed" in score.inner_text()

    page.reload()
    page.wait_for_selector(".ikc-quiz__last:not([hidden])")
    assert "Your last result: 100% (passed)" in page.locator(".ikc-quiz__last").inner_text()
    assert page.locator("#q-first-module-multi-one-1").is_checked()
    assert "You scored 3 out of 3" in page.locator(".ikc-quiz__score").inner_text()


def test_wrong_answer_gets_partial_credit_and_retry_clears(page, mini_url):
    open_module(page, mini_url)
    page.check("#q-first-module-single-one-1")
    page.click("#q-first-module-single-one .ikc-question__check")
    result = page.locator("#q-first-module-single-one .ikc-question__result").inner_text()
    assert result.startswith("Not correct.")
    assert "Your answer: not right." in page.locator("#q-first-module-single-one-1-feedback").inner_text()
    assert "Correct answer." in page.locator("#q-first-module-single-one-0-feedback").inner_text()
    page.check("#q-first-module-multi-one-0")
    page.click("#q-first-module-multi-one .ikc-question__check")
    # one of two right options chosen, the wrong one left: 2 of 3 options marked correctly
    assert "0.67 out of 1" in page.locator("#q-first-module-multi-one .ikc-question__result").inner_text()
    page.check("#q-first-module-tf-one-0")
    page.click("#q-first-module-tf-one .ikc-question__check")
    assert "(22%)" in page.locator(".ikc-quiz__score").inner_text()
    assert "pass mark is 70%" in page.locator(".ikc-quiz__score").inner_text()
    page.click(".ikc-quiz__retry")
    assert not page.locator("#q-first-module-single-one-1").is_checked()
    assert page.locator(".ikc-quiz__score").inner_text() == ""
    page.reload()
    assert "22%" in page.locator(".ikc-quiz__last").inner_text()  # the last finished result is still kept
    assert not page.locator("#q-first-module-single-one-1").is_checked()


def test_result_for_an_older_quiz_version_is_labelled(page, mini_url):
    page.goto(mini_url + "index.html")
    old = {"app": "ikc", "schema": 1, "records": {
        "quiz": {"first-module": {"version": 0, "percent": 40, "passed": False, "date": "2026-01-05T10:00:00Z"}},
        "attempt": {"first-module": {"version": 0, "answers": {"single-one": [1]}}}}}
    page.evaluate("data => localStorage.setItem('ikc-data', data)", json.dumps(old))
    open_module(page, mini_url)
    last = page.locator(".ikc-quiz__last").inner_text()
    assert "earlier version of this quiz (version 0)" in last
    assert not page.locator("#q-first-module-single-one-1").is_checked()  # old answers are not applied


def test_without_javascript_answers_are_readable(browser, mini_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(mini_url + "modules/first-module.html")
    details = page.locator("#q-first-module-single-one details.ikc-answer")
    details.locator("summary").click()
    expect_shown_text(details, "Correct answer: The family court")
    expect_shown_text(details, "Paragraph 19 needs the court.")
    context.close()


def test_yaml_markup_is_shown_as_text_never_run(page, mini_url):
    open_module(page, mini_url)
    label = page.locator("label[for=q-first-module-single-one-1]").inner_text()
    assert label.startswith("<script>")
    assert page.evaluate("() => window.injected") is None
