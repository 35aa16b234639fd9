"""Macros for pages in docs/ that list course content (pages opt in with `render_macros: true`).

Each macro returns one raw HTML block from a template, so page authors write `{{ course_map() }}` and never
hand-maintain a list that could drift from the modules and YAML.
"""

from __future__ import annotations

from . import state, trainer_pages
from .render import render

SOURCE_KINDS = [
    ("legislation", "Legislation"),
    ("convention", "International conventions"),
    ("guidance", "Guidance"),
    ("judgment", "Judgments"),
    ("research", "Research and reports"),
    ("organisation", "Organisations"),
]


def define_env(env):
    trainer_pages.register_macros(env)  # trainer_modules(), programme_builder(): the For trainers pages

    @env.macro
    def course_map() -> str:
        course = state.course()
        modules = [{"number": i, "id": m.id, **m.meta} for i, m in enumerate(course.ordered_modules(), start=1)]
        return render("course-map.html", modules=modules, total=sum(int(m.get("duration") or 0) for m in modules))

    @env.macro
    def my_learning(part: str) -> str:
        """One block of the My learning page: "progress", "record" or "data" (ikc-my-learning.js fills them in)."""
        if part not in ("progress", "record", "data"):
            raise ValueError(f"my_learning() takes 'progress', 'record' or 'data', not {part!r}")
        course = state.course()
        modules = [{"number": i, "id": m.id, **m.meta} for i, m in enumerate(course.ordered_modules(), start=1)]
        return render(f"my-learning-{part}.html", modules=modules, total=sum(int(m.get("duration") or 0) for m in modules))

    @env.macro
    def checklist_index() -> str:
        course = state.course()
        rows = [{**c, "used_in": [{"id": m.id, "title": m.meta.get("title")} for m in course.modules_using_checklist(c["id"])]}
                for c in course.ordered_checklists()]
        return render("checklist-index.html", checklists=rows)

    @env.macro
    def glossary_list() -> str:
        terms = sorted(state.course().terms, key=lambda t: t.term.lower())
        return render("glossary-list.html", terms=terms)

    @env.macro
    def source_list() -> str:
        course = state.course()
        groups = []
        for kind, heading in SOURCE_KINDS:
            items = []
            for source in course.sources.values():
                if source.get("kind") != kind:
                    continue
                cited_by = [{"id": m.id, "title": m.meta.get("title")} for m in course.modules_citing(source["id"])]
                items.append({**source, "cited_by": cited_by})
            if items:
                groups.append({"kind": kind, "heading": heading, "sources": sorted(items, key=lambda s: s["title"].lower())})
        # Headings as Markdown so that they reach the table of contents.
        return "\n\n".join(f"## {g['heading']} {{#{g['kind']}}}\n\n" + render("source-list.html", group=g)
                             for g in groups)
