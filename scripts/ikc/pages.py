"""The Markdown of generated pages: a module wrapped with its header and end matter, and a checklist page.

Headings are written as Markdown (so they reach the table of contents and the search index); everything built from
YAML is rendered by the templates in overrides/partials/ikc/ as single raw HTML blocks.
"""

from __future__ import annotations

import datetime
import json

from .course import Course, slugify
from .markup import md_literal
from .render import render


def module_page(course: Course, module_id: str, body: str) -> str:
    module = course.modules[module_id]
    meta = module.meta
    number = course.module_order.index(module_id) + 1
    headings = {h.id: h.text for h in module.headings if h.id}
    checklists = [course.checklists[c] for c in meta.get("checklists") or []]
    sources = [{**course.sources[s["id"]], "supports": s.get("supports", "")} for s in meta.get("sources") or []]
    quiz = quiz_view(course, meta["quiz"], headings) if meta.get("quiz") in course.quizzes else None
    parts = [
        render("module-header.html", module=meta, number=number, total=len(course.module_order),
               overdue=str(meta.get("review_due")) < datetime.date.today().isoformat()),
        "## What you will learn {#objectives}",
        render("objectives.html", objectives=meta.get("objectives") or []),
        body.strip(),
        render("session-plan.html", plan=meta.get("session_plan") or [], module_id=module_id),
        "## Checklists for this module {#checklists}",
        render("module-checklists.html", checklists=checklists),
    ]
    if quiz:
        parts += ["## Check your understanding {#quiz}", render("quiz.html", quiz=quiz)]
    parts += ["## Sources {#sources}", render("module-sources.html", sources=sources)]
    return "\n\n".join(parts) + "\n"


def quiz_view(course: Course, quiz_id: str, headings: dict[str, str]) -> dict:
    """The quiz as the template needs it: true/false turned into two options, scenarios placed before first use."""
    data = course.quizzes[quiz_id]["data"]
    scenarios = {s["id"]: s["text"] for s in data.get("scenarios") or []}
    shown: set[str] = set()
    questions = []
    for number, q in enumerate(data.get("questions") or [], start=1):
        if q["type"] == "true_false":
            options = [{"text": "True", "correct": q["answer"] is True, "feedback": q.get("feedback_true", "")},
                       {"text": "False", "correct": q["answer"] is False, "feedback": q.get("feedback_false", "")}]
        else:
            options = q["options"]
        scenario = q.get("scenario")
        questions.append({
            **q, "number": number, "options": options,
            "scenario_text": scenarios.get(scenario) if scenario and scenario not in shown else None,
            "scenario_again": bool(scenario and scenario in shown),
            "section_title": headings.get(q.get("section"), ""),
        })
        if scenario:
            shown.add(scenario)
    return {**data, "questions": questions}


def checklist_page(course: Course, checklist_id: str) -> str:
    checklist = course.checklists[checklist_id]
    used_in = [{"id": m.id, "title": m.meta.get("title", m.id)} for m in course.modules_using_checklist(checklist_id)]
    total = sum(len(s.get("items") or []) for s in checklist.get("sections") or [])
    parts = [
        "---",
        f"title: {_yaml_string(checklist['title'])}",
        f"description: {_yaml_string(checklist.get('purpose', ''))}",
        "---",
        render("checklist-intro.html", checklist=checklist, used_in=used_in, total=total),
    ]
    for section in checklist.get("sections") or []:
        parts.append(f"## {md_literal(section['title'])} {{#{slugify(section['title'])}}}")
        parts.append(render("checklist-section.html", checklist=checklist, section=section))
    parts.append(render("checklist-signoff.html", checklist=checklist))
    return "\n\n".join(parts) + "\n"


def _yaml_string(text: str) -> str:
    """A value that YAML reads back as the same string (JSON strings are valid YAML)."""
    return json.dumps(str(text))
