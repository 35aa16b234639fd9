"""The whole course: every module, quiz, checklist, glossary term and source, checked against each other.

load_course() is the one entry point used by the MkDocs hooks, the macros and the `validate` command, so all
three see the same content and report the same problems.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

from .data import check_checklist, check_file_id, check_quiz, load_checked
from .errors import ContentError, Problem
from .modules import Module, load_module
from .paths import display
from .yamlsource import load_yaml, read_text

LINK = re.compile(r"(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
GENERATED_ANCHORS = {"objectives", "checklists", "quiz", "sources", "session-plan", "terms-on-this-page"}


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass
class Term:
    term: str
    aliases: list[str]
    definition: str
    slug: str
    file: str
    line: int | None

    @property
    def forms(self) -> list[str]:
        return [self.term, *self.aliases]


@dataclass
class Course:
    root: Path
    module_order: list[str] = field(default_factory=list)
    modules: dict[str, Module] = field(default_factory=dict)
    quizzes: dict[str, dict] = field(default_factory=dict)
    checklists: dict[str, dict] = field(default_factory=dict)
    checklist_order: list[str] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    sources: dict[str, dict] = field(default_factory=dict)
    sources_loaded: bool = False  # False when sources.yml itself is broken: its problem is reported instead

    def ordered_modules(self) -> list[Module]:
        return [self.modules[m] for m in self.module_order if m in self.modules]

    def ordered_checklists(self) -> list[dict]:
        return [self.checklists[c] for c in self.checklist_order if c in self.checklists]

    def modules_using_checklist(self, checklist_id: str) -> list[Module]:
        return [m for m in self.ordered_modules() if checklist_id in (m.meta.get("checklists") or [])]

    def modules_citing(self, source_id: str) -> list[Module]:
        return [m for m in self.ordered_modules()
                if any(s.get("id") == source_id for s in m.meta.get("sources") or [] if isinstance(s, dict))]

    def term(self, slug: str) -> Term | None:
        return next((t for t in self.terms if t.slug == slug), None)


def load_course(root: Path, nav: list | None = None) -> tuple[Course, list[Problem]]:
    """Load and check everything under root. nav is mkdocs.yml's nav (read from the file if not given)."""
    course = Course(root=root)
    problems: list[Problem] = []
    if nav is None:
        nav, nav_problems = _read_nav(root)
        problems += nav_problems
    nav_pages = list(_nav_pages(nav or []))
    course.module_order = [p.split("/", 1)[1][:-3] for p in nav_pages if p.startswith("modules/")]
    course.checklist_order = [p.split("/", 1)[1][:-3] for p in nav_pages
                              if p.startswith("checklists/") and p != "checklists/index.md"]

    for path in sorted((root / "modules").glob("*.md")):
        module, found = guarded(display(path, root), load_module, path, display(path, root))
        problems += found
        if module:
            course.modules[module.id] = module
    problems += _load_yaml_files(course, root)
    problems += _cross_check(course, root)
    return course, problems


def guarded(file: str, load, *args):
    """Run a loader; an unexpected failure becomes a Problem naming the file, never a traceback for the author."""
    try:
        return load(*args)
    except Exception as err:  # noqa: BLE001 - the point is to catch what the checks did not foresee
        return None, [Problem(file, None, None, f"could not be checked ({type(err).__name__}: {err})",
                              "look for an unusual structure in this file; if it looks right, report it with the file")]


def guarded_checks(located, found: list[Problem], check) -> list[Problem]:
    """Extra checks on data that may not have passed its schema: a crash is reported, not raised."""
    try:
        return found + check(located)
    except Exception as err:  # noqa: BLE001
        return found + [Problem(located.file, None, None, f"could not be checked ({type(err).__name__}: {err})",
                                "fix the other problems reported for this file first")]


def require_valid(root: Path, nav: list | None = None) -> Course:
    course, problems = load_course(root, nav)
    if problems:
        raise ContentError(problems)
    return course


def _read_nav(root: Path):
    path = root / "mkdocs.yml"
    text, problems = read_text(path, "mkdocs.yml")
    if text is None:
        return [], problems
    located, problems = load_yaml(text, "mkdocs.yml")
    data = located.data if located else {}
    return (data.get("nav") or []) if isinstance(data, dict) else [], problems


def _nav_pages(nav):
    for entry in nav:
        if isinstance(entry, str):
            yield entry
        elif isinstance(entry, dict):
            for value in entry.values():
                yield from _nav_pages(value if isinstance(value, list) else [value])


def _load_yaml_files(course: Course, root: Path) -> list[Problem]:
    problems: list[Problem] = []
    quiz_dir, checklist_dir, glossary_dir = root / "quizzes", root / "quizzes" / "checklists", root / "quizzes" / "glossary"
    for path in sorted(quiz_dir.glob("*.y*ml")):
        if path.name == "sources.yml":
            continue
        located, found = guarded(display(path, root), load_checked, path, display(path, root), "quiz")
        problems += found
        if located and isinstance(located.data, dict):
            problems += guarded_checks(located, check_file_id(located, path.stem), check_quiz)
            course.quizzes[path.stem] = {"data": located.data, "located": located}
    for path in sorted(checklist_dir.glob("*.y*ml")):
        located, found = guarded(display(path, root), load_checked, path, display(path, root), "checklist")
        problems += found
        if located and isinstance(located.data, dict):
            problems += guarded_checks(located, check_file_id(located, path.stem), check_checklist)
            course.checklists[path.stem] = {**located.data, "_located": located}
    problems += _load_glossary(course, root, glossary_dir)
    problems += _load_sources(course, root)
    return problems


def _load_glossary(course: Course, root: Path, folder: Path) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, str] = {}  # lower-case form -> "file:line" where first defined
    for path in sorted(folder.glob("*.y*ml")):
        located, found = guarded(display(path, root), load_checked, path, display(path, root), "glossary")
        problems += found
        if not located or not isinstance(located.data, dict):
            continue
        for i, entry in enumerate(located.data.get("terms") or []):
            if not isinstance(entry, dict) or not isinstance(entry.get("term"), str):
                continue
            line = located.line(("terms", i))
            forms = [entry["term"], *[a for a in entry.get("aliases") or [] if isinstance(a, str)]]
            clash = next((f for f in forms if f.lower() in seen), None)
            if clash:
                problems.append(located.problem(("terms", i, "term"),
                                                f"'{clash}' is already defined in {seen[clash.lower()]}",
                                                "define each term once: delete this one or merge the two definitions"))
                continue
            for form in forms:
                seen[form.lower()] = f"{located.file}:{line}"
            course.terms.append(Term(entry["term"], forms[1:], str(entry.get("definition", "")),
                                     slugify(entry["term"]), located.file, line))
    return problems


def _load_sources(course: Course, root: Path) -> list[Problem]:
    path = root / "quizzes" / "sources.yml"
    located, problems = guarded(display(path, root), load_checked, path, display(path, root), "sources")
    if not located or not isinstance(located.data, dict):
        return problems
    course.sources_loaded = True
    for i, src in enumerate(located.data.get("sources") or []):
        if not isinstance(src, dict):
            continue
        if src.get("id") in course.sources:
            problems.append(located.problem(("sources", i, "id"), f"source id '{src.get('id')}' is used twice",
                                            "give each source its own id"))
        course.sources[src.get("id")] = src
    return problems


def _cross_check(course: Course, root: Path) -> list[Problem]:
    out: list[Problem] = []
    pages = _site_pages(course, root)
    for module in course.modules.values():
        out += _check_module_refs(course, root, module)
        out += _check_links(course, pages, module)
    for mid in course.modules:
        if mid not in course.module_order:
            out.append(Problem("mkdocs.yml", None, "nav", f"module '{mid}' is not in the course navigation",
                               f"add 'modules/{mid}.md' under Course in nav, where it belongs in the course order"))
    for mid in course.module_order:
        if mid not in course.modules and not (root / "modules" / f"{mid}.md").exists():
            out.append(Problem("mkdocs.yml", None, "nav", f"the navigation lists 'modules/{mid}.md', which does not exist",
                               f"create modules/{mid}.md or remove it from nav"))
    for cid in course.checklists:
        if cid not in course.checklist_order:
            out.append(Problem("mkdocs.yml", None, "nav", f"checklist '{cid}' is not in the navigation",
                               f"add 'checklists/{cid}.md' under Checklists in nav"))
    for cid in course.checklist_order:
        if cid not in course.checklists and not _yaml_exists(root / "quizzes" / "checklists", cid):
            out.append(Problem("mkdocs.yml", None, "nav", f"the navigation lists 'checklists/{cid}.md', which has no YAML file",
                               f"create quizzes/checklists/{cid}.yml or remove it from nav"))
    for qid, quiz in course.quizzes.items():
        owner = quiz["data"].get("module")
        located = quiz["located"]
        if owner not in course.modules and not (root / "modules" / f"{owner}.md").exists():
            out.append(located.problem(("module",), f"there is no module '{owner}'",
                                       f"name an existing module, or create modules/{owner}.md"))
        elif owner in course.modules and course.modules[owner].meta.get("quiz") != qid:
            out.append(located.problem(("module",), f"module '{owner}' does not name this quiz",
                                       f"set 'quiz: {qid}' in modules/{owner}.md"))
    return out


def _yaml_exists(folder: Path, stem: str) -> bool:
    """A file that exists but could not be loaded has its own problem reported; do not report it missing too."""
    return (folder / f"{stem}.yml").exists() or (folder / f"{stem}.yaml").exists()


def _check_module_refs(course: Course, root: Path, module: Module) -> list[Problem]:
    out: list[Problem] = []
    meta, loc = module.meta, module.located
    quiz_id = meta.get("quiz")
    if isinstance(quiz_id, str):
        if quiz_id not in course.quizzes:
            if not _yaml_exists(root / "quizzes", quiz_id):
                out.append(loc.problem(("quiz",), f"there is no quiz '{quiz_id}'", f"create quizzes/{quiz_id}.yml"))
        else:
            quiz = course.quizzes[quiz_id]
            for i, q in enumerate(quiz["data"].get("questions") or []):
                if isinstance(q, dict) and isinstance(q.get("section"), str) and q["section"] not in module.anchors:
                    out.append(quiz["located"].problem(("questions", i, "section"),
                                                       f"module '{module.id}' has no section with id '{q['section']}'",
                                                       "use the {#id} of a heading in the module"))
    for i, cid in enumerate(meta.get("checklists") or []):
        if isinstance(cid, str) and cid not in course.checklists and not _yaml_exists(root / "quizzes" / "checklists", cid):
            out.append(loc.problem(("checklists", i), f"there is no checklist '{cid}'",
                                   f"create quizzes/checklists/{cid}.yml or correct the id"))
    cited = set()
    for i, src in enumerate(meta.get("sources") or []):
        if not isinstance(src, dict):
            continue
        if src.get("id") not in course.sources and course.sources_loaded:
            out.append(loc.problem(("sources", i, "id"), f"there is no source '{src.get('id')}'",
                                   "add it to quizzes/sources.yml, or use an id that is there"))
        if src.get("id") in cited:
            out.append(loc.problem(("sources", i, "id"), f"source '{src.get('id')}' is listed twice", "list it once"))
        cited.add(src.get("id"))
    return out


def _site_pages(course: Course, root: Path) -> set[str]:
    """Every page a module can link to, as a path under the site's root ("modules/id.md")."""
    pages = {f"modules/{m}.md" for m in course.modules} | {f"checklists/{c}.md" for c in course.checklists}
    return pages | {"checklists/index.md"} | {p.relative_to(root / "docs").as_posix()
                                             for p in (root / "docs").rglob("*.md")}


def _check_links(course: Course, pages: set[str], module: Module) -> list[Problem]:
    """Internal links in a module's body, with the line they are on: pages exist and anchors too."""
    out: list[Problem] = []
    for offset, line in enumerate(module.body.split("\n")):
        for match in LINK.finditer(line):
            target = match.group(1)
            if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I):
                continue  # http:, https:, mailto: are not checked here
            path, _, anchor = target.partition("#")
            page = posixpath.normpath(posixpath.join("modules", path)) if path else module.file
            number = module.body_line + offset
            if path and page not in pages:
                out.append(Problem(module.file, number, None, f"links to '{target}', which is not a page of the guide",
                                   "check the path: other modules are 'id.md', checklists '../checklists/id.md'"))
                continue
            target_module = course.modules.get(page[len("modules/"):-3]) if page.startswith("modules/") else None
            if anchor and target_module and anchor not in target_module.anchors | GENERATED_ANCHORS:
                out.append(Problem(module.file, number, None, f"links to '#{anchor}', which is not a section of {page}",
                                   "use the {#id} of one of that module's headings"))
    return out
