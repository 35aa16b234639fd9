"""The pages of a built site as they are on disk: what the quality checks walk through, one by one."""

from __future__ import annotations

from pathlib import Path

# Folders of the built site that hold no pages of the guide (theme files and the search index).
NOT_PAGES = ("assets/", "search/")


def html_pages(site: Path) -> list[str]:
    """Every HTML page of a built site, as paths relative to its root ('index.html', 'modules/x.html', …)."""
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    return [p for p in pages if not p.startswith(NOT_PAGES)]


def presenter_pages(site: Path) -> list[str]:
    """The slide pages for trainers (modules/<id>-present.html), if this build has any."""
    return [p for p in html_pages(site) if p.endswith("-present.html")]
