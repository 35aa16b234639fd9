"""Cut a presenter page's rendered HTML into slides: one per H2 section, facilitator boxes moved into its notes.

The page is the module's own Markdown rendered by MkDocs (see trainer_pages.presenter_page); this only regroups
the top-level elements, so headings, boxes, tables and glossary terms are exactly as on the module page.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
HEADING_ID = re.compile(r'<h([12])[^>]*\bid="([^"]+)"[^>]*>(.*?)</h\1>', re.S)
TAG = re.compile(r"<[^>]+>")
NO_NOTES = '<p class="ikc-slide__no-notes">No trainer notes for this slide.</p>'
SESSION_NOTES = "session-notes"  # the id of the heading over notes for the whole session (not a slide)
TABLE_WRAP = '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">{}</div></div>'


@dataclass
class Node:
    start: int
    end: int
    tag: str
    classes: set[str]

    def shifted(self, by: int) -> Node:
        """The same element, its offsets counted from `by` characters later (within a slice of the text)."""
        return Node(self.start + by, self.end + by, self.tag, self.classes)


# One start tag, end tag or comment. The fragment is HTML that Python-Markdown and the guide's templates wrote, which
# escape "<" and ">" in text and attribute values, so a tag can be found by pattern (a ">" an author typed inside
# an attribute of raw HTML would only end that tag early, leaving the nesting intact). This replaced html.parser,
# whose parse was most of the cost of a presenter page (the output is the same, byte for byte).
_TOKEN = re.compile(r"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>", re.S)
_RAW_TEXT = {"script", "style"}  # their content is text, not markup
_CLASS = re.compile(r'\sclass="([^"]*)"')


def top_level(fragment: str) -> list[Node]:
    """The extent of each top-level element of an HTML fragment."""
    nodes: list[Node] = []
    depth, start, open_tag, classes = 0, 0, "", set()
    position = 0
    while match := _TOKEN.search(fragment, position):
        position = match.end()
        closing, tag, attributes = match.group(1), (match.group(2) or "").lower(), match.group(3) or ""
        if not tag:
            continue  # a comment
        if closing:
            if tag in VOID or depth == 0:
                continue
            depth -= 1
            if depth == 0:
                nodes.append(Node(start, match.end(), open_tag, classes))
            continue
        if tag in VOID or attributes.endswith("/"):
            if depth == 0:
                nodes.append(Node(match.start(), match.end(), tag, set()))
            continue
        if depth == 0:
            found = _CLASS.search(attributes)
            start, open_tag, classes = match.start(), tag, set(found.group(1).split()) if found else set()
        depth += 1
        if tag in _RAW_TEXT:  # skip to its end tag, which the next search then finds
            end = fragment.find(f"</{tag}", position)
            position = end if end >= 0 else len(fragment)
    return nodes


def split(page_html: str) -> str:
    """The page as <section class="ikc-slide"> elements, plus the whole-session notes as a separate section."""
    nodes = top_level(page_html)  # scanned once, then every slide takes its share
    starts = [n.start for n in nodes if n.tag == "h2" or "<h2" in page_html[n.start:n.end]]
    bounds = [0, *starts, len(page_html)]
    out, number = [], 0
    for a, b in zip(bounds, bounds[1:]):
        chunk = page_html[a:b]
        if not chunk.strip():
            continue
        heading = HEADING_ID.search(chunk)
        heading_id = heading.group(2) if heading else ""
        if heading_id == SESSION_NOTES:
            out.append(f'<section class="ikc-session-notes ikc-notes" aria-labelledby="{SESSION_NOTES}">{chunk}</section>')
            continue
        number += 1
        body, notes = _take_notes(chunk, [n.shifted(-a) for n in nodes if a <= n.start < b])
        title = _text(heading.group(3)) if heading else f"Slide {number}"
        labelled = f' aria-labelledby="{heading_id}"' if heading_id else f' aria-label="{html.escape(title)}"'
        out.append(
            f'<section class="ikc-slide" data-slide="{number}" data-title="{html.escape(title)}"'
            f' role="group" aria-roledescription="slide"{labelled}>\n'
            f'<div class="ikc-slide__body">\n{body}\n</div>\n'
            f'<div class="ikc-slide__notes ikc-notes">\n'
            f"{notes or NO_NOTES}\n</div>\n"
            f"</section>"
        )
    return "\n".join(out)


def _take_notes(chunk: str, nodes: list[Node]) -> tuple[str, str]:
    """Move the chunk's top-level facilitator boxes (among `nodes`, its top-level elements) into its notes; wrap its
    tables so that they scroll on their own (as Material's script does on ordinary pages) rather than making the
    whole slide scroll sideways."""
    boxes = [n for n in nodes if n.tag == "div" and {"admonition", "facilitator"} <= n.classes]
    body, cursor = [], 0
    for node in nodes:
        if node in boxes:
            body.append(chunk[cursor:node.start])
        elif node.tag == "table":
            body.append(chunk[cursor:node.start] + TABLE_WRAP.format(chunk[node.start:node.end]))
        else:
            continue
        cursor = node.end
    body.append(chunk[cursor:])
    return "".join(body).strip(), "\n".join(chunk[b.start:b.end] for b in boxes)


def _text(fragment: str) -> str:
    """A heading's words: tags and the permalink sign removed."""
    return html.unescape(TAG.sub("", fragment)).replace("¶", "").strip()
