"""Render course content to HTML with the Jinja templates in overrides/partials/ikc/.

Markup lives in templates, not in Python strings, so that a designer can change it without touching the
loading and checking code.
"""

from __future__ import annotations

import datetime
from functools import lru_cache

import jinja2

from .markup import md_block, md_inline, plain
from .paths import ROOT, TEMPLATES


@lru_cache(maxsize=None)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(ROOT / TEMPLATES)),
        autoescape=True,  # every value is escaped unless it went through md_block/md_inline
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(md=md_block, md_inline=md_inline, plain=plain, minutes=format_minutes, long_date=long_date)
    return env


def render(template: str, **context) -> str:
    """Render a template; the result has no blank lines, so Markdown treats it as one raw HTML block."""
    html = environment().get_template(template).render(**context)
    return "\n".join(line for line in html.split("\n") if line.strip())


def format_minutes(minutes) -> str:
    minutes = int(minutes or 0)
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    return f"{hours} h" if hours else f"{rest} min"


def long_date(value) -> str:
    """2026-11-22 -> 22 November 2026 (GOV.UK date style)."""
    day = datetime.date.fromisoformat(str(value))
    return f"{day.day} {day:%B %Y}"
