"""Pages for trainers, generated from each module's own Markdown and YAML: presenter, session plan and handout.

For every module the build adds three pages next to it in modules/ (so the module's relative links still work):
  <id>-present.html       slides, one per H2 section, with speaker notes (ikc-present.js, template ikc-present.html)
  <id>-session-plan.html  the timed activities and every facilitator note, printable
  <id>-handout.html       objectives, key points, case study, reflective questions and checklists, printable
None is in the navigation or the search index: the "For trainers" page links to them, and the module page's
session plan box (trainer view) too. Nothing here copies content: each page is cut from the module at build time.
"""

from __future__ import annotations

from mkdocs.structure.files import File, Files, InclusionLevel

from . import slides, state
from .course import Course
from .markup import md_literal
from .pages import _yaml_string, quiz_view
from .render import render
from .sections import anchors_to, boxes, split_body, without_boxes

KINDS = ("present", "session-plan", "handout")
HANDOUT_SECTIONS = ("key-points", "case-study", "reflective-questions")


def add_files(files: Files, course: Course, config) -> None:
    for module in course.ordered_modules():
        for kind in KINDS:
            files.append(File.generated(config, f"modules/{module.id}-{kind}.md", content=page_markdown(course, module.id, kind),
                                        inclusion=InclusionLevel.NOT_IN_NAV))


def page_content(page_html: str, src_uri: str) -> str:
    """After rendering: a presenter page's HTML becomes slides."""
    if src_uri.startswith("modules/") and src_uri.endswith("-present.md"):
        return slides.split(page_html)
    return page_html


def page_markdown(course: Course, module_id: str, kind: str) -> str:
    build = {"present": presenter_page, "session-plan": session_plan_page, "handout": handout_page}[kind]
    return build(course, module_id)


def _context(course: Course, module_id: str) -> dict:
    module = course.modules[module_id]
    plan = module.meta.get("session_plan") or []
    return {"module": module.meta, "id": module_id, "number": course.module_order.index(module_id) + 1,
            "total": len(course.module_order), "plan": plan, "session_minutes": sum(s["minutes"] for s in plan)}


def _front_matter(title: str, module_id: str, module_title: str, template: str | None = None) -> str:
    lines = ["---", f"title: {_yaml_string(title)}", "search:", "  exclude: true",
             f"ikc_module: {module_id}", f"ikc_title: {_yaml_string(module_title)}"]
    if template:
        lines.append(f"template: {template}")
    return "\n".join(lines + ["---"])


def _printable_header(kind: str, module_id: str, context: dict) -> list[str]:
    """The front matter and header of a printable trainer page ("Session plan", "Handout") for one module."""
    title = context["module"]["title"]
    return [_front_matter(f"{kind}: {title}", module_id, title),
            render("trainer-page-header.html", kind=kind, **context)]


def _objectives(heading: str, meta: dict) -> list[str]:
    return [f"## {heading} {{#objectives}}", render("objectives.html", objectives=meta.get("objectives") or [])]


def presenter_page(course: Course, module_id: str) -> str:
    """Slides in teaching order: title, objectives, opening, each H2 section, checklists, quiz, sources.

    Facilitator boxes stay where the author put them (slides.split makes them that slide's notes); the boxes that
    close the module go under a 'session-notes' heading, shown whole in the speaker view.
    """
    module = course.modules[module_id]
    meta, context = module.meta, _context(course, module_id)
    body = split_body(module.body)
    headings = {h.id: h.text for h in module.headings if h.id}
    parts = [_front_matter(f"Present: {meta['title']}", module_id, meta["title"], "ikc-present.html"),
             render("present-title.html", **context),
             *_objectives("What you will learn", meta)]
    if body.opening:
        parts += ["## Introduction {#introduction}", body.opening]
    parts += [s.markdown for s in body.sections]
    checklists = [course.checklists[c] for c in meta.get("checklists") or []]
    parts += ["## Checklists for this module {#checklists}", render("module-checklists.html", checklists=checklists)]
    if meta.get("quiz") in course.quizzes:
        quiz = quiz_view(course, meta["quiz"], headings)
        scenarios = {s["id"]: s["text"] for s in quiz.get("scenarios") or []}
        count = len(quiz["questions"])
        parts += ["## Check your understanding {#quiz}", render("present-quiz-intro.html", quiz=quiz)]
        for q in quiz["questions"]:
            parts += [f"## Question {q['number']} of {count} {{#quiz-{q['id']}}}",
                      render("present-question.html", q=q, scenario=scenarios.get(q.get("scenario"), ""))]
    sources = [{**course.sources[s["id"]], "supports": s.get("supports", "")} for s in meta.get("sources") or []]
    parts += ["## Sources {#sources}", render("module-sources.html", sources=sources)]
    parts += [f"## Notes for the whole session {{#{slides.SESSION_NOTES}}}",
              render("session-plan.html", plan=context["plan"])]
    parts += [f'!!! facilitator "{box.title}"\n\n' + _indent(box.text) for box in body.closing_notes]
    return "\n\n".join(parts) + "\n"


def session_plan_page(course: Course, module_id: str) -> str:
    """The timed plan from the front matter, then every facilitator note in the order the session meets it."""
    module = course.modules[module_id]
    context = _context(course, module_id)
    body = split_body(module.body)
    page = f"{module_id}.md"
    parts = [*_printable_header("Session plan", module_id, context),
             "## Timetable {#timetable}",
             render("session-plan-table.html", plan=context["plan"]),
             *_objectives("What the group will learn", module.meta)]
    noted = [(s.title, [box.text for _, box in boxes(s.lines)]) for s in body.sections]
    noted = [(title, texts) for title, texts in noted if texts]
    if noted:
        parts.append("## Notes for each part of the session {#notes}")
        for title, texts in noted:
            parts += [f"### {title}", *(anchors_to(page, text) for text in texts)]
    for box in body.closing_notes:
        parts += [f"## {box.title}", anchors_to(page, box.text)]
    return "\n\n".join(parts) + "\n"


def handout_page(course: Course, module_id: str) -> str:
    """What a learner takes away: no long prose and no trainer notes."""
    module = course.modules[module_id]
    context = _context(course, module_id)
    body = split_body(module.body)
    page = f"{module_id}.md"
    parts = [*_printable_header("Handout", module_id, context), *_objectives("What you will learn", module.meta)]
    for section_id in HANDOUT_SECTIONS:
        section = body.section(section_id)
        if section:
            parts.append(anchors_to(page, without_boxes(section.markdown)))
    parts.append("## Checklists {#checklists}")
    for checklist_id in module.meta.get("checklists") or []:
        checklist = course.checklists[checklist_id]
        parts += [f"### {md_literal(checklist['title'])}", render("handout-checklist.html", checklist=checklist)]
    return "\n\n".join(parts) + "\n"


def _indent(text: str) -> str:
    return "\n".join(("    " + line) if line.strip() else "" for line in text.split("\n"))


def register_macros(env) -> None:
    """Macros for the trainer pages in docs/ (for-trainers.md, training-day.md)."""

    def modules() -> list[dict]:
        course = state.course()
        return [_context(course, m.id) for m in course.ordered_modules()]

    @env.macro
    def trainer_modules() -> str:
        return render("trainer-modules.html", modules=modules())

    @env.macro
    def programme_builder() -> str:
        return render("programme-builder.html", modules=modules())
