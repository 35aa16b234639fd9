"""Turn author text from YAML into safe HTML.

Two layers, so that YAML can never inject markup: the text is HTML-escaped first (so a `<script>` shows as
text), then rendered as Markdown, then cleaned by nh3 (a maintained binding of the Rust `ammonia` sanitiser)
to drop anything that is still not on the allow-list, such as `javascript:` links.
"""

from __future__ import annotations

import functools
import html
import re

import markdown
import nh3
from markupsafe import Markup

TAGS = {"p", "em", "strong", "a", "ul", "ol", "li", "code", "br", "blockquote"}
ATTRIBUTES = {"a": {"href", "title"}}
SCHEMES = {"http", "https", "mailto"}


# One converter, reset between texts: building a new one for each of the thousands of short texts in the quizzes,
# checklists and glossary took a quarter of the build.
_CONVERTER = markdown.Markdown(output_format="html")


def md_block(text) -> Markup:
    """Markdown paragraphs and lists."""
    return _md_block(str(text or ""))


# One line of words and ordinary punctuation, starting with a letter, digit or opening quote or bracket: nothing
# Markdown would read as markup (no emphasis, code, links, escapes, entities, tags, headings, quotes or list
# markers), so Markdown's whole output is the line in a paragraph. Most quiz options, feedback and checklist items
# are like this; skipping the Markdown parser for them saves about a quarter of the project's own build time.
# tests/unit/test_markup.py checks the shortcut against Markdown itself, on every text in the course and on
# generated ones.
_PLAIN_LINE = re.compile(r"[A-Za-z0-9\u00C0-\u024F\u2018\u201C\"'(][^\x00-\x1f\x7f\\`*_\[\]<>&#]*")
_LIST_NUMBER = re.compile(r"\d+\.")  # "2. Then..." opens a numbered list


def _is_plain_line(text: str) -> bool:
    return _PLAIN_LINE.fullmatch(text) is not None and not _LIST_NUMBER.match(text)


def _clean(rendered: str) -> str:
    return nh3.clean(rendered, tags=TAGS, attributes=ATTRIBUTES, url_schemes=SCHEMES, link_rel=None)


def markdown_block(text: str) -> str:
    """What Markdown itself makes of a text (the tests check the shortcut in _md_block against it)."""
    return _clean(_CONVERTER.reset().convert(html.escape(text, quote=False)))


@functools.lru_cache(maxsize=None)  # the same quiz and checklist texts appear on several pages (module, slides, print)
def _md_block(text: str) -> Markup:
    return Markup(_clean(f"<p>{text}</p>") if _is_plain_line(text) else markdown_block(text))


def md_inline(text) -> Markup:
    """Markdown for one line (a label, an option): no surrounding paragraph."""
    return _md_inline(str(text or ""))


@functools.lru_cache(maxsize=None)  # as _md_block: an option's text is shown on several pages, and twice on some
def _md_inline(text: str) -> Markup:
    block = str(_md_block(text)).strip()
    if block.startswith("<p>") and block.endswith("</p>") and block.count("<p>") == 1:
        block = block[3:-4]
    return Markup(block)


def plain(text) -> str:
    """Text with Markdown and tags removed (and not escaped: templates escape it), for plain-text uses."""
    return _plain(str(text or ""))


@functools.lru_cache(maxsize=None)
def _plain(text: str) -> str:
    return html.unescape(nh3.clean(str(_md_inline(text)), tags=set()))


# Characters that Python-Markdown lets a backslash make literal (markdown.Markdown.ESCAPED_CHARS).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()>#+\-.!])")


def md_literal(text) -> str:
    """Text from YAML to put into generated Markdown (a heading) so that it shows exactly as typed: no tags, no
    links, no emphasis, and no braces that attr_list would read as attributes."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(str(text or ""), quote=False))
