"""Trainer mode beyond the switch (see test_trainer.py): presenter mode, the speaker view, group quiz questions and
the printable handout, all generated from the fixture course's own modules."""

from __future__ import annotations

import re
import subprocess

import pytest

from a11y import axe_violations
from shown import expect_shown_text

pytestmark = pytest.mark.browser
PRESENT = "modules/first-module-present.html"
HANDOUT = "modules/first-module-handout.html"
COUNT = re.compile(r"Slide (\d+) of (\d+)")


def slide_count(page) -> tuple[int, int]:
    match = COUNT.search(page.locator(".ikc-deck__count").inner_text())
    assert match, page.locator(".ikc-deck__count").inner_text()
    return int(match.group(1)), int(match.group(2))


def visible_heading(page) -> str:
    slides = page.locator(".ikc-slide:visible")
    assert slides.count() == 1, f"{slides.count()} slides are showing at once"
    return slides.locator("h1, h2").first.inner_text().strip()


def test_presenter_steps_through_every_section_by_keyboard(page, mini_url):
    page.goto(mini_url + "modules/first-module.html")
    sections = [h.replace("¶", "").strip() for h in page.locator("article h2").all_inner_texts()]
    page.goto(mini_url + PRESENT)
    assert page.locator(".ikc-deck__controls").is_visible()
    assert visible_heading(page) == "The first-module title"
    first, total = slide_count(page)
    assert first == 1 and total == page.locator(".ikc-slide").count()

    seen = [visible_heading(page)]
    keys = ["ArrowRight", "PageDown", "Space"]  # arrow, a clicker's Page Down, and the space bar
    for i in range(1, total):
        page.keyboard.press(keys[i % len(keys)])
        assert slide_count(page) == (i + 1, total)
        seen.append(visible_heading(page))
        assert f"#slide-{i + 1}" in page.url
    # Every section of the module page (teaching sections, case study, key points, quiz, sources…) was a slide.
    assert "Teaching section" in sections and "Check your understanding" in sections
    assert [h for h in sections if h not in seen] == [], seen
    page.keyboard.press("ArrowRight")
    assert slide_count(page) == (total, total)  # the last slide stays put
    page.keyboard.press("PageUp")
    assert slide_count(page) == (total - 1, total)
    page.keyboard.press("Home")
    assert slide_count(page) == (1, total)
    assert page.locator(".ikc-deck__status").inner_text().startswith(f"Slide 1 of {total}")


@pytest.mark.parametrize("where", ["served", "from disk"])
def test_speaker_view_follows_the_slides(browser, page, mini_url, mini_site, where):
    context = page.context if where == "served" else browser.new_context()
    deck = page if where == "served" else context.new_page()
    base = mini_url if where == "served" else mini_site.as_uri() + "/"
    deck.goto(base + PRESENT)
    with deck.expect_popup() as opened:
        deck.get_by_role("link", name="Speaker view").click()
    speaker = opened.value
    errors: list[str] = []
    speaker.on("pageerror", lambda error: errors.append(str(error)))
    speaker.wait_for_selector(".ikc-speaker")
    assert "view=speaker" in speaker.url
    notes = speaker.locator(".ikc-speaker__notes")
    assert slide_count(speaker) == (1, slide_count(deck)[1])
    assert "2. What you will learn" in speaker.locator(".ikc-speaker__next").inner_text()

    deck.keyboard.press("End")  # the deck moves: the speaker view follows
    total = slide_count(deck)[1]
    speaker.wait_for_function(f"document.querySelector('.ikc-deck__n').textContent === '{total}'")
    assert "This is the last slide." in speaker.locator(".ikc-speaker__next").inner_text()

    speaker.get_by_role("combobox", name="Go to slide").select_option(label="10. Question 1 of 3")
    deck.wait_for_function("document.querySelector('.ikc-deck__n').textContent === '10'")
    assert visible_heading(deck) == "Question 1 of 3"
    # The speaker sees this slide's notes (why each option is right or wrong), which the room does not.
    expect_shown_text(notes, "Right, the family court.")
    assert deck.get_by_text("Right, the family court.").is_hidden()
    notes.get_by_text("Session plan and notes for the whole session").click()
    expect_shown_text(notes, "zebra-facilitator")
    assert "11. Question 2 of 3" in speaker.locator(".ikc-speaker__next").inner_text()

    speaker.keyboard.press("r")  # revealing the answer in the speaker view reveals it in the room
    deck.wait_for_selector(".ikc-slide:visible .ikc-group-question__answer[open]")
    speaker.get_by_role("button", name="Next").click()
    deck.wait_for_function("document.querySelector('.ikc-deck__n').textContent === '11'")
    assert errors == []
    if where == "from disk":
        context.close()


def test_quiz_reveal_shows_the_explanation_without_scoring(page, mini_url):
    page.goto(mini_url + PRESENT)
    page.get_by_role("combobox", name="Go to slide").select_option(label="11. Question 2 of 3")
    slide = page.locator(".ikc-slide:visible")
    assert slide.get_by_text("Which are conditions?").is_visible()
    options = slide.locator(".ikc-group-question__options li").all_inner_texts()
    assert [o.split(":", 1)[1].strip() for o in options] == ["Best interests", "Consent", "Home ownership"]
    assert slide.locator("input").count() == 0  # group questions: nobody answers on screen, nobody is scored
    explanation = slide.get_by_text("Two of them.")
    assert explanation.is_hidden()
    slide.get_by_text("Reveal the answer").click()
    assert explanation.is_visible()
    assert slide.get_by_text("Answer A:").is_visible() and slide.get_by_text("Answer B:").is_visible()
    right = slide.locator(".ikc-group-question__options li[data-correct=true]").first
    assert page.evaluate("li => getComputedStyle(li, '::after').content", right.element_handle()) == '"✓ Right"'
    page.keyboard.press("ArrowRight")
    page.keyboard.press("r")  # the R key reveals the next question's answer
    assert page.locator(".ikc-slide:visible").get_by_text("Paragraph 19(2).").is_visible()


def test_handout_prints_without_navigation(page, mini_url, tmp_path):
    page.goto(mini_url + HANDOUT)
    pdf = tmp_path / "handout.pdf"
    page.pdf(path=str(pdf), format="A4")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    for wanted in ["HANDOUT · MODULE 1 OF 2", "The first-module title", "explain what a care order is", "Key points",
                   "A key point.", "Case study", "Entirely fictional.", "What would you do?", "Reflective questions",
                   "A question?", "Sample checklist", "Check the sample things."]:
        assert wanted in flat, f"{wanted!r} is not in the printed handout:\n{text}"
    # No site chrome: navigation (other modules, other pages), search, the trainer switch or the print button.
    for chrome in ["The second-module title", "Glossary", "Search", "Trainer view",
                   "Print this handout", "Table of contents", "Skip to content"]:
        assert chrome not in flat, f"{chrome!r} is printed on the handout"
    # Neither the long prose of the teaching sections nor the trainer's notes.
    assert "court approval. The care order matters" not in flat and "zebra-facilitator" not in flat


@pytest.mark.parametrize("state", ["slides", "revealed answer", "speaker view", "handout"])
def test_axe_on_presenter_and_handout_pages(page, mini_url, state):
    if state == "handout":
        page.goto(mini_url + HANDOUT)
    elif state == "speaker view":
        page.goto(mini_url + PRESENT + "?view=speaker#slide-10")
        page.wait_for_selector(".ikc-speaker")
        page.locator(".ikc-speaker__session > summary").click()
    else:
        page.goto(mini_url + PRESENT + "#slide-10")
        if state == "revealed answer":
            page.keyboard.press("r")
    page.wait_for_load_state("networkidle")
    assert axe_violations(page) == ""
