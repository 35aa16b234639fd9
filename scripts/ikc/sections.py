"""A module's Markdown body cut into the parts trainer pages reuse: the opening, each H2 section, facilitator boxes.

Presenter, handout and session-plan pages are built from these parts of the module's own Markdown, so the
content exists once. Cutting happens on Markdown lines (outside code fences), using the same heading pattern the
module loader checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .modules import FENCE, HEADING

BOX_START = re.compile(r'^(?:!!!|\?\?\?\+?)\s+facilitator(?:\s+"([^"]*)")?\s*$')
SAME_PAGE_LINK = re.compile(r"\]\(#")


@dataclass
class Box:
    title: str
    text: str  # the box's content, de-indented: plain Markdown


@dataclass
class Section:
    id: str
    title: str
    lines: list[str] = field(default_factory=list)  # the heading line and everything up to the next H2

    @property
    def markdown(self) -> str:
        return "\n".join(self.lines).strip()


@dataclass
class Body:
    opening: str
    sections: list[Section]
    closing_notes: list[Box]  # facilitator boxes that end the module: notes for the whole session

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)


def split_body(body: str) -> Body:
    """The opening (before the first H2), the H2 sections, and the facilitator boxes that close the module."""
    opening: list[str] = []
    sections: list[Section] = []
    in_fence = False
    for line in body.split("\n"):
        if FENCE.match(line):
            in_fence = not in_fence
        heading = None if in_fence else HEADING.match(line)
        if heading and len(heading.group(1)) == 2:
            sections.append(Section(heading.group(3) or "", heading.group(2), [line]))
        elif sections:
            sections[-1].lines.append(line)
        else:
            opening.append(line)
    closing: list[Box] = []
    if sections:
        kept, trailing = _split_trailing_boxes(sections[-1].lines)
        sections[-1].lines = kept
        closing = [box for _, box in boxes(trailing)]
    return Body("\n".join(opening).strip(), sections, closing)


def boxes(lines: list[str]) -> list[tuple[int, Box]]:
    """Each top-level facilitator box in these lines, with the index of its first line."""
    found = []
    i = 0
    while i < len(lines):
        match = BOX_START.match(lines[i])
        if not match:
            i += 1
            continue
        end = _box_end(lines, i)
        content = [line[4:] if line.startswith("    ") else line.lstrip() for line in lines[i + 1:end]]
        found.append((i, Box(match.group(1) or "Facilitator notes", "\n".join(content).strip())))
        i = end
    return found


def without_boxes(markdown: str) -> str:
    """Markdown with its facilitator boxes removed (for pages learners take away)."""
    lines = markdown.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if BOX_START.match(lines[i]):
            i = _box_end(lines, i)
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out).strip()


def anchors_to(page: str, markdown: str) -> str:
    """Point same-page links (](#id)) at the module page, for text moved to another page."""
    return SAME_PAGE_LINK.sub(f"]({page}#", markdown)


def _box_end(lines: list[str], start: int) -> int:
    """Index just past a box: its content is the following blank or indented lines."""
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end].startswith(("    ", "\t"))):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1  # trailing blank lines belong to what follows
    return end


def _split_trailing_boxes(lines: list[str]) -> tuple[list[str], list[str]]:
    """Split off the facilitator boxes (and blank lines) at the very end of a section."""
    cut = len(lines)
    while True:
        while cut > 0 and not lines[cut - 1].strip():
            cut -= 1
        start = next((i for i, _ in reversed(boxes(lines[:cut])) if _box_end(lines, i) >= cut), None)
        if start is None:
            return lines[:cut], lines[cut:]
        cut = start
