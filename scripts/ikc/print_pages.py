"""Two pages made for paper: the whole guide on one page, and every checklist in one pack.

Both are generated (on_files) as a Markdown shell: a cover, a contents list and one heading per part, each followed
by an empty placeholder. When every page of the site has been rendered (on_page_context), each placeholder is
filled with the rendered HTML of that part's own page (stitch.py), so nothing is written twice and the printed
guide always matches the site. `make pdf` (scripts/make_pdfs.py) prints both to PDF into the built site.
"""

from __future__ import annotations

import os
import re

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from . import stitch
from .course import Course
from .markup import md_literal
from .pages import _yaml_string
from .render import long_date, render

GUIDE = "print/whole-guide.md"
PACK = "print/checklist-pack.md"
# The built PDFs, inside the built site. `make pdf` sets IKC_PDFS=1 so that the pages link to them.
GUIDE_PDF = "downloads/international-kinship-care.pdf"
PACK_PDF = "downloads/international-kinship-care-checklists.pdf"
# Pages of docs/ that close the whole guide, if the project has them.
BACK_MATTER = (("glossary.md", "glossary", "Glossary"), ("sources.md", "sources", "Sources and further reading"))
PLACEHOLDER = re.compile(r'<div class="ikc-print-part" data-include="([^"]+)"></div>')


def pdfs_offered() -> bool:
    return os.environ.get("IKC_PDFS") == "1"


def module_key(module_id: str) -> str:
    return f"m-{module_id}"


def checklist_key(checklist_id: str) -> str:
    return f"c-{checklist_id}"


def law_dates(course: Course, module_ids=None) -> list[str]:
    ids = course.module_order if module_ids is None else module_ids
    return sorted({str(course.modules[m].meta["law_as_at"]) for m in ids if m in course.modules})


def law_range(dates: list[str]) -> str:
    """'22 November 2026', or '1 October 2026 to 22 November 2026' when the modules differ."""
    if not dates:
        return ""
    return long_date(dates[0]) if len(dates) == 1 else f"{long_date(dates[0])} to {long_date(dates[-1])}"


def add_files(files: Files, course: Course, config) -> None:
    files.append(File.generated(config, GUIDE, content=guide_markdown(course, config)))
    files.append(File.generated(config, PACK, content=pack_markdown(course, config)))


def _front_matter(title: str, description: str) -> str:
    # Excluded from search: every word here is already indexed on its own page.
    return "\n".join(["---", f"title: {_yaml_string(title)}", f"description: {_yaml_string(description)}",
                      "search:", "  exclude: true", "---"])


def _placeholder(src_uri: str) -> str:
    return f'<div class="ikc-print-part" data-include="{src_uri}"></div>'


def _cover(course: Course, config, kind: str, count: int, pdf: str) -> str:
    """The first page of a printed document ("guide" or "pack"): the guide's name, version and law date, and a link
    to the document's PDF when the build offers PDFs."""
    return render("print-cover.html", kind=kind, site_name=config.site_name, description=config.site_description or "",
                  version=config.extra.get("guide_version", ""), law=law_range(law_dates(course)),
                  count=count, pdf=pdf if pdfs_offered() else None)


def guide_markdown(course: Course, config) -> str:
    modules = [{"key": module_key(m.id), "number": n, "title": m.meta["title"], "summary": m.meta.get("summary", ""),
                "law_as_at": m.meta["law_as_at"]} for n, m in enumerate(course.ordered_modules(), start=1)]
    back = [{"key": key, "title": title} for src, key, title in BACK_MATTER if (course.root / "docs" / src).exists()]
    parts = [
        _front_matter("The whole guide", "Every module of the guide, the glossary and the sources on one page, "
                      "to print or save as a PDF."),
        _cover(course, config, "guide", len(modules), GUIDE_PDF),
        "## Contents {#contents}",
        render("print-contents.html", modules=modules, back=back),
    ]
    for module in modules:
        parts += [f"## Module {module['number']}: {md_literal(module['title'])} {{#{module['key']}}}",
                  _placeholder(f"modules/{module['key'][2:]}.md")]
    for src, key, title in BACK_MATTER:
        if (course.root / "docs" / src).exists():
            parts += [f"## {title} {{#{key}}}", _placeholder(src)]
    return "\n\n".join(parts) + "\n"


def pack_markdown(course: Course, config) -> str:
    checklists = [{**c, "key": checklist_key(c["id"])} for c in course.ordered_checklists()]
    parts = [
        _front_matter("Checklist pack", "Every checklist of the guide, each on its own pages, to print or save as "
                      "a PDF."),
        _cover(course, config, "pack", len(checklists), PACK_PDF),
        "## Contents {#contents}",
        render("print-contents.html", checklists=checklists),
    ]
    for checklist in checklists:
        parts += [f"## {md_literal(checklist['title'])} {{#{checklist['key']}}}", _placeholder(f"checklists/{checklist['id']}.md")]
    return "\n\n".join(parts) + "\n"


def fill(page, pages: list) -> None:
    """Put each part's rendered page into the placeholders of the whole guide or the pack (on_page_context)."""
    if page.file.src_uri not in (GUIDE, PACK):
        return
    by_src = {p.file.src_uri: p for p in pages}
    wanted = PLACEHOLDER.findall(page.content)
    parts = []
    for src in wanted:
        source = by_src.get(src)
        if source is None or source.content is None:
            raise PluginError(f"{page.file.src_uri}: the page {src} is not in the navigation, so it cannot be printed "
                              f"here. Add it to nav in mkdocs.yml.")
        parts.append(stitch.Part(url=source.url, key=_key(src), html=source.content))
    combined = stitch.combine(parts, page.url)
    page.content = PLACEHOLDER.sub(
        lambda m: f'<div class="ikc-print-part" data-part="{_key(m.group(1))}">{combined[_key(m.group(1))]}</div>',
        page.content)


def _key(src_uri: str) -> str:
    if src_uri.startswith("modules/"):
        return module_key(src_uri[len("modules/"):-3])
    if src_uri.startswith("checklists/"):
        return checklist_key(src_uri[len("checklists/"):-3])
    return next(key for src, key, _ in BACK_MATTER if src == src_uri)
