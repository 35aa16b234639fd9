"""Temporary copies of the project to time: as it is, as plain MkDocs (its own Markdown, or every page's final
Markdown), and with its modules multiplied."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from .timing import build_seconds

ROOT = Path(__file__).resolve().parents[2]
# What a copy of the project needs to build (not the virtual environment, node_modules or built sites).
PROJECT_PARTS = ("mkdocs.yml", "docs", "modules", "quizzes", "overrides", "scripts")


def _config() -> dict:
    return yaml.safe_load((ROOT / "mkdocs.yml").read_text())


def copy_project(destination: Path) -> Path:
    destination.mkdir(parents=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, destination / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination / part)
    return destination


def plain_project(destination: Path, markdown: Path | None = None) -> Path:
    """The same Markdown (docs/ and modules/) built by MkDocs and Material alone: no macros, no hooks, no
    generated pages, no theme overrides. Search and the offline plugin stay, as they are not the project's.
    With `markdown`, a folder of Markdown pages, those pages stand in for the Markdown of docs/ and modules/."""
    config = _config()
    docs = destination / "docs"
    if markdown is None:
        shutil.copytree(ROOT / "docs", docs)
        shutil.copytree(ROOT / "modules", docs / "modules")
    else:
        shutil.copytree(ROOT / "docs", docs, ignore=shutil.ignore_patterns("*.md"))  # images and the like
        shutil.copytree(markdown, docs, dirs_exist_ok=True)
    theme = {"name": "material", "font": False, "language": "en", "features": config["theme"].get("features", [])}
    plain = {"site_name": config["site_name"], "docs_dir": "docs", "use_directory_urls": False, "theme": theme,
             "markdown_extensions": config.get("markdown_extensions", []), "plugins": ["search", "offline"]}
    (destination / "mkdocs.yml").write_text(yaml.safe_dump(plain, sort_keys=False))
    return destination


# A hook added to a copy of the project: it writes each page's Markdown as MkDocs is about to convert it (after
# the macros and every project hook have run), so plain MkDocs can be timed on exactly the pages the guide makes.
_DUMP_HOOK = """
from pathlib import Path
from mkdocs.plugins import event_priority

OUT = Path(__file__).parent / "expanded"


@event_priority(-100)  # last, after the macros
def on_page_markdown(markdown, page, **_):
    target = OUT / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(markdown)
    return markdown
"""


def same_pages_project(destination: Path) -> Path:
    """Plain MkDocs and Material (as plain_project) given the Markdown of every page the guide publishes, generated
    pages included, as the guide's build hands it to MkDocs: the page count is the same, and what is left of the
    difference is the project's own work (checking the YAML, macros, generating pages, the glossary and hooks)."""
    source = copy_project(destination / "source")
    (source / "dump_markdown.py").write_text(_DUMP_HOOK)
    config_path = source / "mkdocs.yml"
    config = yaml.safe_load(config_path.read_text())
    config["hooks"] = [*config.get("hooks", []), "dump_markdown.py"]
    config_path.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True))
    build_seconds(source)  # the build writes source/expanded/; its time is not used
    return plain_project(destination / "plain", markdown=source / "expanded")


def module_ids() -> list[str]:
    """The course's modules in the order of the navigation."""
    course = next(item["Course"] for item in _config()["nav"] if isinstance(item, dict) and "Course" in item)
    return [Path(entry if isinstance(entry, str) else next(iter(entry.values()))).stem for entry in course]


def multiplied_project(destination: Path, factor: int) -> tuple[Path, int]:
    """A copy of the project with every module (and its quiz) present `factor` times; returns it and the number
    of modules. Copies keep their checklists, sources and glossary, so every cross-check still runs."""
    root = copy_project(destination)
    ids = module_ids()
    added = []
    for n in range(2, factor + 1):
        for module_id in ids:
            new_id = f"{module_id}-copy-{n}"
            text = (root / "modules" / f"{module_id}.md").read_text()
            text = re.sub(rf"^(id|quiz): {re.escape(module_id)}$", rf"\1: {new_id}", text, count=2, flags=re.M)
            (root / "modules" / f"{new_id}.md").write_text(text)
            quiz = root / "quizzes" / f"{module_id}.yml"
            if quiz.exists():
                text = quiz.read_text()
                text = re.sub(rf"^(id|module): {re.escape(module_id)}$", rf"\1: {new_id}", text, count=2, flags=re.M)
                (root / "quizzes" / f"{new_id}.yml").write_text(text)
            added.append(f"modules/{new_id}.md")
    config_path = root / "mkdocs.yml"
    config = yaml.safe_load(config_path.read_text())
    for item in config["nav"]:
        if isinstance(item, dict) and "Course" in item:
            item["Course"] = item["Course"] + added
    config_path.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True))
    return root, len(ids) * factor
