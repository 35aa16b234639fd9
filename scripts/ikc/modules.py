"""Load a module: its front matter (checked against the schema) and the shape of its Markdown body."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import schema
from .errors import Problem
from .yamlsource import Located, load_yaml, read_text

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{#([A-Za-z0-9_-]+)[^}]*\})?\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
BOX = re.compile(r"^(?:!!!|\?\?\?\+?)\s+([a-z-]+)")
# What Markdown turns into a <div> (a box, or raw HTML), which must not sit inside a facilitator box: Material's
# search ends the box's exclusion at the first inner </div>, and the rest of the box would be in the learners' index.
DIV_MAKING = re.compile(r"^(?:!!!\s|<div\b)")
# Sections every module must have, by heading id, in this order.
REQUIRED_SECTIONS = ("case-study", "key-points", "reflective-questions")


@dataclass
class Heading:
    level: int
    text: str
    id: str | None
    line: int


@dataclass
class Module:
    id: str
    file: str  # as the author knows it, e.g. modules/legal-framework.md
    meta: dict
    body: str
    body_line: int  # line of the file where the body starts
    located: Located
    headings: list[Heading] = field(default_factory=list)
    boxes: list[tuple[str, int]] = field(default_factory=list)  # (type, line)
    divs_in_facilitator_boxes: list[int] = field(default_factory=list)  # lines (see DIV_MAKING)

    @property
    def anchors(self) -> set[str]:
        return {h.id for h in self.headings if h.id}


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter YAML, body, line the body starts on). No front matter gives (None, text, 1)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, text, 1
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), i + 2
    return None, text, 1


def load_module(path: Path, display: str) -> tuple[Module | None, list[Problem]]:
    text, problems = read_text(path, display)
    if text is None:
        return None, problems
    front, body, body_line = split_front_matter(text)
    if not text.strip():
        return None, [Problem(display, None, None, "is empty", "add the module's front matter and text, or delete the file")]
    if front is None and text.split("\n", 1)[0].strip() == "---":
        return None, [Problem(display, 1, None, "front matter has no closing '---' line",
                              "end the module's fields with a line of three dashes, before the text")]
    if front is None:
        return None, [Problem(display, 1, None, "has no front matter",
                              "start the file with a '---' line, the module's fields, and another '---' line")]
    located, problems = load_yaml(front, display, first_line=2)
    if located is None:
        return None, problems
    if not isinstance(located.data, dict):
        return None, problems + [Problem(display, 2, None, "front matter must be a block of fields", "see the authoring guide")]
    problems += schema.check(located, "module")
    module = Module(id=path.stem, file=display, meta=located.data, body=body, body_line=body_line, located=located)
    _scan_body(module)
    problems += _check_body(module)
    if located.data.get("id") not in (None, path.stem):
        problems.append(located.problem(("id",), f"'{located.data.get('id')}' does not match the file name '{path.stem}'",
                                        f"set id: {path.stem}, or rename the file"))
    return module, problems


def _scan_body(module: Module) -> None:
    in_fence = False
    facilitator_indent = None  # the indent of the facilitator box the line is in, if any
    for offset, line in enumerate(module.body.split("\n")):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        number = module.body_line + offset
        text = line.strip()
        indent = len(line) - len(line.lstrip())
        if facilitator_indent is not None and text and indent <= facilitator_indent:
            facilitator_indent = None  # a line as far left as the box's own first line ends the box
        if facilitator_indent is not None and DIV_MAKING.match(text):
            module.divs_in_facilitator_boxes.append(number)
        if m := HEADING.match(line):
            module.headings.append(Heading(len(m.group(1)), m.group(2), m.group(3), number))
        elif m := BOX.match(text):
            module.boxes.append((m.group(1), number))
            if m.group(1) == "facilitator" and facilitator_indent is None:
                facilitator_indent = indent


def _check_body(module: Module) -> list[Problem]:
    out: list[Problem] = []
    f = module.file
    seen: dict[str, int] = {}
    previous = 1
    for h in module.headings:
        if h.level == 1:
            out.append(Problem(f, h.line, None, f"has a level-one heading '{h.text}'",
                               "remove it: the title comes from the front matter; start sections with ##"))
        elif h.level > previous + 1:
            out.append(Problem(f, h.line, None, f"heading '{h.text}' skips from level {previous} to {h.level}",
                               f"use {'#' * (previous + 1)} here"))
        if h.level == 2 and not h.id:
            out.append(Problem(f, h.line, None, f"section '{h.text}' has no id",
                               "end the heading with an id, like '## Court approval {#court-approval}'"))
        if h.id:
            if h.id in seen:
                out.append(Problem(f, h.line, None, f"heading id '{h.id}' is already used on line {seen[h.id]}",
                                   "give each heading its own id"))
            seen[h.id] = h.line
        previous = max(h.level, 1)
    ids = [h.id for h in module.headings if h.level == 2]
    for required in REQUIRED_SECTIONS:
        if required not in ids:
            out.append(Problem(f, None, None, f"has no '{required}' section",
                               f"add a section headed '## … {{#{required}}}' (see the authoring guide)"))
    for line in module.divs_in_facilitator_boxes:
        out.append(Problem(f, line, None, "has a box or <div> inside a facilitator box, which would put the rest of "
                           "that facilitator box into the search index every learner downloads",
                           "move it out of the facilitator box, or write its text as plain paragraphs or a list"))
    if not any(kind == "facilitator" for kind, _ in module.boxes):
        out.append(Problem(f, None, None, "has no facilitator notes",
                           'add a box: !!! facilitator "Facilitator notes" with timings, an activity and prompts'))
    return out
