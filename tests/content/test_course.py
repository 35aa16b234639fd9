"""The guide itself: every module keeps the parts a learner and a trainer rely on, so no edit drops one silently."""

import datetime
import re

import pytest

from helpers import ROOT
from ikc.course import load_course

COURSE, PROBLEMS = load_course(ROOT)
MODULES = COURSE.module_order


def test_the_whole_guide_is_valid():
    assert [str(p) for p in PROBLEMS] == []


def test_the_course_has_the_ten_modules_of_the_curriculum():
    assert len(MODULES) == 10
    assert MODULES[2] == "legal-framework"


@pytest.mark.parametrize("module_id", MODULES)
def test_module_has_every_required_part(module_id):
    module = COURSE.modules[module_id]
    meta = module.meta
    assert 3 <= len(meta["objectives"]) <= 6
    assert meta["sources"], "every module cites its sources"
    assert meta["checklists"], "every module has at least one checklist"
    law_as_at = datetime.date.fromisoformat(meta["law_as_at"])
    review_due = datetime.date.fromisoformat(meta["review_due"])
    assert law_as_at < review_due <= law_as_at + datetime.timedelta(days=366)
    assert {"case-study", "key-points", "reflective-questions"} <= module.anchors
    assert any(kind == "facilitator" for kind, _ in module.boxes)
    assert sum(step["minutes"] for step in meta["session_plan"]) >= 30


@pytest.mark.parametrize("module_id", MODULES)
def test_module_quiz_has_8_to_12_questions_with_feedback_everywhere(module_id):
    quiz = COURSE.quizzes[COURSE.modules[module_id].meta["quiz"]]["data"]
    assert 8 <= len(quiz["questions"]) <= 12
    for question in quiz["questions"]:
        assert question["explanation"].strip()
        for option in question.get("options", []):
            assert option["feedback"].strip()


@pytest.mark.parametrize("module_id", MODULES)
def test_module_is_long_enough_to_teach(module_id):
    body = COURSE.modules[module_id].body
    teaching = body.split('!!! facilitator "Facilitator notes"')[0]
    words = len(re.findall(r"[A-Za-z0-9'’-]+", teaching))
    assert 2000 <= words <= 4000, f"{module_id} has {words} words of teaching prose"


@pytest.mark.parametrize("module_id", MODULES)
def test_module_has_nations_box(module_id):
    assert any(kind == "nations" for kind, _ in COURSE.modules[module_id].boxes)


@pytest.mark.parametrize("module_id", MODULES)
def test_case_study_says_it_is_fictional(module_id):
    body = COURSE.modules[module_id].body
    case_study = body.split("{#case-study}", 1)[1][:1200].lower()
    assert "fictional" in case_study or "composite" in case_study


def test_every_checklist_is_used_by_a_module():
    for checklist_id in COURSE.checklists:
        assert COURSE.modules_using_checklist(checklist_id), checklist_id


def test_contingency_plan_checklist_covers_each_point_of_the_cfab_ask():
    text = str(COURSE.checklists["contingency-plan"]).lower()
    for point in ("breakdown", "responsib", "fund", "return", "emergency contact", "immigration"):
        assert point in text, point


def test_no_unverified_ilr_claim_is_stated_as_fact():
    """legal-facts marks 'other ILR lapses after two years abroad' as unverified: it may appear only as advice."""
    for module in COURSE.modules.values():
        for paragraph in module.body.split("\n\n"):
            if re.search(r"lapse", paragraph, re.I) and re.search(r"two years|2 years", paragraph, re.I):
                assert "legal advice" in paragraph.lower() or "legal-advice" in paragraph.lower() or \
                    _inside_legal_advice_box(module.body, paragraph), paragraph


def _inside_legal_advice_box(body: str, paragraph: str) -> bool:
    before = body.split(paragraph, 1)[0]
    last_box = before.rfind("\n!!! ")
    return last_box != -1 and before[last_box:].startswith("\n!!! legal-advice") and paragraph.startswith("    ")
