"""Put the rendered HTML of several pages into one page (the whole guide, the checklist pack).

Each page keeps its own markup; what has to change so that the parts live together is done here:
- every id gets the part's prefix, so the same section id in two modules ("case-study") no longer clashes, and
  every attribute that refers to an id (for, aria-*, href="#…") follows it;
- a link to another page that is also in the combined page becomes a link to that part;
- any other relative link or image is made relative to the combined page's own address;
- headings move one level down, since each part sits under its own heading.

Only start tags are rewritten, with a pattern that cannot match text: in HTML text "<" is always escaped.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

ATTRIBUTE = re.compile(r'(\s)([a-zA-Z_:][-a-zA-Z0-9_:.]*)="([^"]*)"')
ID_LISTS = {"id", "for", "aria-describedby", "aria-labelledby", "aria-controls", "aria-owns", "headers", "list"}
URL_ATTRIBUTES = {"href", "src"}
# A start tag with at least one of those attributes. Any other tag is left exactly as it is, and not even handed to
# Python: most tags carry only a class, and taking them all apart was most of the cost of combining the pages.
REWRITTEN_NAMES = "|".join(sorted(ID_LISTS | URL_ATTRIBUTES))
TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)((?=\s)[^>]*?\s(?:" + REWRITTEN_NAMES + r")=[^>]*)>")
HEADING = re.compile(r"<(/?)h([1-5])\b")
FIRST_H1 = re.compile(r"<h1\b[^>]*>.*?</h1>\s*", re.S)
# Elements that belong to a page on its own and not inside a combined page (print controls, the colophon).
OWN_PAGE_ONLY = re.compile(r'<(form|p) class="(ikc-print-controls|ikc-print-colophon)\b.*?</\1>\s*', re.S)
EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)


@dataclass
class Part:
    """One page inside the combined page: its site path (modules/x.html), the prefix for its ids, its HTML."""

    url: str
    key: str
    html: str


def combine(parts: list[Part], page_url: str) -> dict[str, str]:
    """The HTML of each part, ready to sit in the page at page_url. Keys are the parts' keys."""
    targets = {part.url: part.key for part in parts}
    return {part.key: rewrite(part, targets, page_url) for part in parts}


def rewrite(part: Part, targets: dict[str, str], page_url: str) -> str:
    html = OWN_PAGE_ONLY.sub("", part.html)
    html = FIRST_H1.sub("", html, count=1)  # the part's own title: the combined page gives it a heading
    html = HEADING.sub(lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", html)

    def tag(match: re.Match) -> str:
        name, attributes = match.group(1), match.group(2)
        pairs = [(m.group(1), m.group(2), m.group(3)) for m in ATTRIBUTE.finditer(attributes)]
        rest = ATTRIBUTE.sub("", attributes)  # valueless attributes (hidden, checked) and the tag's closing slash
        out, inside = [], False
        for space, key, value in pairs:
            if key in ID_LISTS:
                value = " ".join(f"{part.key}--{v}" for v in value.split())
            elif key in URL_ATTRIBUTES:
                new = _url(value, part, targets, page_url)
                inside = new.startswith("#") and not value.startswith("#")
                value = new
            out.append((space, key, value))
        if inside:  # the link now stays inside the combined page: there is no address to print after it
            out = [a for a in out if a[1] != "data-ikc-address"]
        return f"<{name}" + "".join(f'{s}{k}="{v}"' for s, k, v in out) + rest + ">"

    return TAG.sub(tag, html)


def _url(value: str, part: Part, targets: dict[str, str], page_url: str) -> str:
    if not value or EXTERNAL.match(value):
        return value
    if value.startswith("#"):
        return f"#{part.key}--{value[1:]}" if len(value) > 1 else value
    path, _, fragment = value.partition("#")
    site_path = posixpath.normpath(posixpath.join(posixpath.dirname(part.url), path))
    if site_path in targets:
        key = targets[site_path]
        return f"#{key}--{fragment}" if fragment else f"#{key}"
    relative = posixpath.relpath(site_path, posixpath.dirname(page_url) or ".")
    return f"{relative}#{fragment}" if fragment else relative
