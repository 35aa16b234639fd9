"""What the search index holds: each quiz's text once, not again from its no-JavaScript answer box."""

from __future__ import annotations

import json


def _module_text(mini_site, module: str) -> str:
    index = json.loads((mini_site / "search" / "search_index.json").read_text())
    return " ".join(doc["text"] for doc in index["docs"] if doc["location"].startswith(f"modules/{module}.html"))


def test_quiz_feedback_and_explanation_are_indexed_once(mini_site):
    text = _module_text(mini_site, "first-module")
    assert text.count("Right, the family court.") == 1  # an option's feedback
    assert text.count("Paragraph 19 needs the court.") == 1  # a question's explanation
    assert "Show the answer and explanation" not in text


def test_the_answer_box_is_still_on_the_page_for_readers_without_javascript(mini_site):
    page = (mini_site / "modules" / "first-module.html").read_text()
    assert page.count('<details class="ikc-answer" data-search-exclude>') == 3  # one per question
    assert "Show the answer and explanation" in page
