"""What the build does with the course, at each MkDocs event.

- on_config: load and check all content; stop the build with the author-facing report if anything is wrong.
- on_files: put modules/*.md into the site and make one page per checklist YAML, so nothing is copied by hand.
- on_page_markdown: wrap each module's body with its generated header, checklists, quiz and sources.
- on_page_content: keep trainer-only boxes out of the learner search index.
Trainer pages (presenter, session plan, handout per module) come from trainer_pages.py at on_files and on_page_content.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from . import pages, state, trainer_pages
from .titles import escape_front_matter
from .course import load_course
from .errors import ContentError
from .glossary import GlossaryExtension

_glossary: GlossaryExtension | None = None


def on_config(config):
    global _glossary
    root = Path(config.config_file_path).resolve().parent
    course, problems = load_course(root, config.nav)
    if problems:
        # PluginError is reported by MkDocs as a plain error message, with no traceback.
        raise PluginError(ContentError(problems).report() + "\nRun 'make validate' to check again without building.")
    state.set_course(course)
    _glossary = GlossaryExtension(course.terms)
    config.markdown_extensions.append(_glossary)
    return config


def on_files(files: Files, config) -> Files:
    course = state.course()
    for module in course.ordered_modules():
        files.append(File.generated(config, f"modules/{module.id}.md",
                                    abs_src_path=str(course.root / module.file)))
    for checklist_id in course.checklist_order:
        files.append(File.generated(config, f"checklists/{checklist_id}.md",
                                    content=pages.checklist_page(course, checklist_id)))
    trainer_pages.add_files(files, course, config)
    return files


def on_page_markdown(markdown: str, page, config, files) -> str:
    escape_front_matter(page)  # before the navigation, search index or any template prints the title
    course = state.course()
    module_id = _module_id(page.file.src_uri)
    # Glossary terms are marked up on teaching pages only (not on the glossary or authoring pages themselves).
    _glossary.active = module_id is not None or page.file.src_uri.startswith("checklists/")
    if module_id and module_id in course.modules:
        return pages.module_page(course, module_id, markdown)
    return markdown


FACILITATOR = re.compile(r'<div class="admonition facilitator')


def on_page_content(html: str, page, config, files) -> str:
    # Material's search skips any element carrying data-search-exclude.
    html = FACILITATOR.sub('<div data-search-exclude class="admonition facilitator', html)
    return trainer_pages.page_content(html, page.file.src_uri)


def _module_id(src_uri: str) -> str | None:
    if src_uri.startswith("modules/") and src_uri.endswith(".md"):
        return src_uri[len("modules/"):-3]
    return None
