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


@functools.lru_cache(maxsize=None)  # the same quiz and checklist texts appear on several pages (module, slides, print)
def _md_block(text: str) -> Markup:
    rendered = _CONVERTER.reset().convert(html.escape(text, quote=False))
    return Markup(nh3.clean(rendered, tags=TAGS, attributes=ATTRIBUTES, url_schemes=SCHEMES, link_rel=None))


def md_inline(text) -> Markup:
    """Markdown for one line (a label, an option): no surrounding paragraph."""
    block = str(md_block(text)).strip()
    if block.startswith("<p>") and block.endswith("</p>") and block.count("<p>") == 1:
        block = block[3:-4]
    return Markup(block)


def plain(text) -> str:
    """Text with Markdown and tags removed (and not escaped: templates escape it), for plain-text uses."""
    return html.unescape(nh3.clean(str(md_inline(text)), tags=set()))


# Characters that Python-Markdown lets a backslash make literal (markdown.Markdown.ESCAPED_CHARS).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()>#+\-.!])")


def md_literal(text) -> str:
    """Text from YAML to put into generated Markdown (a heading) so that it shows exactly as typed: no tags, no
    links, no emphasis, and no braces that attr_list would read as attributes."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(str(text or ""), quote=False))
