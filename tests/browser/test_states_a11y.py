"""axe-core on the states a reader or trainer puts the real guide in, in light and dark colour schemes:
a quiz answered with its feedback and score, a checklist ticked, trainer view on, a glossary term open, search
results shown, and presenter mode on a later slide and in the speaker view."""

from __future__ import annotations

import pytest

from a11y import axe_violations
from built import presenter_pages
from test_site import search

pytestmark = pytest.mark.browser
MODULE = "modules/legal-framework.html"
CHECKLIST = "checklists/legal-route-court-application.html"
SCHEMES = ["light", "dark"]


def open_page(page, url: str, scheme: str) -> None:
    # Material picks its light or dark palette from the reader's system setting on a first visit.
    page.emulate_media(color_scheme=scheme)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    expected = "slate" if scheme == "dark" else "default"
    assert page.locator("body").get_attribute("data-md-color-scheme") == expected


def answer_every_question(page) -> int:
    """Choose the first option of every question and check it; returns how many questions there were."""
    questions = page.locator(".ikc-quiz .ikc-question")
    for question in questions.all():
        question.locator("input").first.check()
        question.locator(".ikc-question__check").click()
    return questions.count()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_quiz_answered_with_feedback_and_score(page, guide_url, scheme):
    open_page(page, guide_url + MODULE, scheme)
    count = answer_every_question(page)
    assert count >= 8
    assert page.locator(".ikc-option__feedback:visible").count() >= count
    assert page.locator(".ikc-question__explanation:visible").count() == count
    assert "You scored" in page.locator(".ikc-quiz__score").inner_text()
    assert axe_violations(page) == ""


@pytest.mark.parametrize("scheme", SCHEMES)
def test_checklist_ticked(page, guide_url, scheme):
    open_page(page, guide_url + CHECKLIST, scheme)
    boxes = page.locator(".ikc-checklist input[type=checkbox]")
    for box in boxes.all()[::2]:  # some ticked, some not: both looks are checked for contrast
        box.check()
    ticked = len(boxes.all()[::2])
    assert page.locator(".ikc-checklist__status").inner_text().startswith(f"{ticked} of {boxes.count()}")
    assert axe_violations(page) == ""


@pytest.mark.parametrize("scheme", SCHEMES)
def test_trainer_view_on(page, guide_url, scheme):
    open_page(page, guide_url + MODULE, scheme)
    page.get_by_role("button", name="Trainer view").click()
    assert page.locator(".admonition.facilitator").first.is_visible()
    assert axe_violations(page) == ""


@pytest.mark.parametrize("scheme", SCHEMES)
def test_glossary_term_open(page, guide_url, scheme):
    open_page(page, guide_url + MODULE, scheme)
    term = page.locator("button.ikc-term").first
    term.click()
    assert term.get_attribute("aria-expanded") == "true"
    assert axe_violations(page) == ""


def test_search_results_shown(page, guide_url):
    open_page(page, guide_url + "index.html", "light")
    assert search(page, "court").count() >= 1
    assert axe_violations(page) == ""


@pytest.fixture
def presenter(guide_site) -> str:
    pages = presenter_pages(guide_site)
    if not pages:
        pytest.skip("this build has no presenter pages (modules/<id>-present.html) to check")
    return "modules/legal-framework-present.html" if "modules/legal-framework-present.html" in pages else pages[0]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_presenter_mode_on_a_later_slide(page, guide_url, presenter, scheme):
    open_page(page, guide_url + presenter, scheme)
    page.wait_for_selector(".ikc-deck__controls:not([hidden])")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert page.locator(".ikc-deck__n").inner_text() == "3"
    assert axe_violations(page) == ""


def test_presenter_speaker_view(page, guide_url, presenter):
    open_page(page, guide_url + presenter + "?view=speaker", "light")
    page.wait_for_selector(".ikc-speaker-bar:not([hidden])")
    page.keyboard.press("ArrowRight")
    assert axe_violations(page) == ""
