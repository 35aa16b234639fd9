"""What a page carries on paper beyond its content: a running footer, and the address after each link.

The footer is made of CSS @page margin boxes (Chromium 131 and later, so also the PDFs of `make pdf`): the guide's
title and version, the "law as at" date, the page's title and address, and "Page n of m". Its text differs per page,
so each page gets its own small <style> in its <head> (on_post_page). In the whole guide and the checklist pack each
part is a CSS named page with its own footer: a module's pages show that module's date and address.
Links to other pages of the site get their address (data-ikc-address, shown after the link by ikc-print.css).
"""

from __future__ import annotations

import html as html_lib
import posixpath
import re
from dataclasses import dataclass

from . import print_pages
from .course import Course
from .render import long_date

LINK = re.compile(r'<a\b([^>]*?)\shref="([^"#][^"]*)"([^>]*)>')
NOT_ADDRESSED = re.compile(r'class="[^"]*\b(?:ikc-term|headerlink|md-button)\b')
EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)


@dataclass
class Footer:
    name: str | None      # a CSS named page (or the :first page), or None for the page's default footer
    selector: str | None  # the elements printed on that named page
    lines: list[str]      # left-hand text, one entry per line
    blank: bool = False   # no footer at all (the cover of the whole guide)


def address(config, url: str) -> str:
    """A page's address as printed: the full address if site_url is set in mkdocs.yml, else its path in the site."""
    base = (config.site_url or "").strip()
    return f"{base.rstrip('/')}/{url}" if base else url


def guide_line(config, law: str, extra: str = "") -> str:
    version = config.extra.get("guide_version")
    parts = [config.site_name + (f", version {version}" if version else "")]
    if extra:
        parts.append(extra)
    if law:
        parts.append(f"Law as at {law}")
    return " · ".join(parts)


def _module_for(course: Course, src_uri: str) -> str | None:
    """The module a page belongs to: the module itself, or one of its trainer pages (modules/<id>-handout.md)."""
    if not src_uri.startswith("modules/"):
        return None
    stem = src_uri[len("modules/"):-3]
    candidates = [m for m in course.module_order if stem == m or stem.startswith(m + "-")]
    return max(candidates, key=len) if candidates else None


def _module_footer(course, config, module_id, name=None, selector=None, title=None, url=None) -> Footer:
    meta = course.modules[module_id].meta
    number = course.module_order.index(module_id) + 1
    law = print_pages.law_range(print_pages.law_dates(course, [module_id]))
    label = title or f"Module {number}: {meta['title']}"
    return Footer(name, selector, [guide_line(config, law),
                                   f"{label} · {address(config, url or f'modules/{module_id}.html')}"])


def _checklist_footer(course, config, checklist_id, name=None, selector=None) -> Footer:
    checklist = course.checklists[checklist_id]
    teaching = [m.id for m in course.modules_using_checklist(checklist_id)]
    law = print_pages.law_range(print_pages.law_dates(course, teaching)) if teaching else ""
    version = f"Checklist version {checklist['version']}, updated {long_date(checklist['updated'])}"
    return Footer(name, selector, [guide_line(config, law, version),
                                   f"{checklist['title']} · {address(config, f'checklists/{checklist_id}.html')}"])


def footers(page, course: Course, config) -> list[Footer]:
    src = page.file.src_uri
    guide_law = print_pages.law_range(print_pages.law_dates(course))
    title = html_lib.unescape(page.title or config.site_name)  # page titles may arrive HTML-escaped (titles.py)
    default = Footer(None, None, [guide_line(config, guide_law), f"{title} · {address(config, page.url)}"])
    module_id = _module_for(course, src)
    if module_id:
        own_page = src == f"modules/{module_id}.md"  # else a trainer page of the module, under its own title
        return [_module_footer(course, config, module_id, title=None if own_page else title, url=page.url)]
    if src.startswith("checklists/") and src[len("checklists/"):-3] in course.checklists:
        return [_checklist_footer(course, config, src[len("checklists/"):-3])]
    if src == print_pages.GUIDE:
        parts = [_module_footer(course, config, m, _name(print_pages.module_key(m)), _selector(print_pages.module_key(m)))
                 for m in course.module_order if m in course.modules]
        for back_src, key, part_title in print_pages.BACK_MATTER:
            parts.append(Footer(_name(key), _selector(key), [guide_line(config, guide_law),
                                f"{part_title} · {address(config, back_src[:-3] + '.html')}"]))
        return [default, Footer(":first", None, [], blank=True), *parts]  # the cover has no footer
    if src == print_pages.PACK:
        return [default, *(_checklist_footer(course, config, c, _name(print_pages.checklist_key(c)),
                                             _selector(print_pages.checklist_key(c)))
                           for c in course.checklist_order if c in course.checklists)]
    return [default]


def _name(key: str) -> str:
    return "ikc-" + re.sub(r"[^a-zA-Z0-9-]", "-", key)


def _selector(key: str) -> str:
    # The part's heading and the part itself share the named page, so the heading starts the part's first page.
    return f'#{key}, [data-part="{key}"]'


def css_string(text: str) -> str:
    """A CSS string literal; "<" escaped too, so no text can close the <style> element."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ").replace("<", "\\3c ")
    return f'"{escaped}"'


def style(page, course: Course, config) -> str:
    rules = []
    for footer in footers(page, course, config):
        at = f"@page {footer.name}" if footer.name else "@page"
        if footer.blank:
            rules.append(f"{at} {{ @bottom-left {{ content: none; }} @bottom-right {{ content: none; }} }}")
        else:
            text = ' "\\A " '.join(css_string(line) for line in footer.lines)
            rules.append(f"{at} {{ @bottom-left {{ content: {text}; }} }}")
        if footer.selector:
            rules.append(f"{footer.selector} {{ page: {footer.name}; }}")
    return '<style media="print" id="ikc-print-footer">\n' + "\n".join(rules) + "\n</style>"


def add_link_addresses(html: str, page, config) -> str:
    """Give each link to another page of the site the address to print after it."""
    here = posixpath.dirname(page.url)

    def mark(match: re.Match) -> str:
        before, href, after = match.groups()
        if EXTERNAL.match(href) or NOT_ADDRESSED.search(before + after) or "data-ikc-address" in before + after:
            return match.group(0)
        path, _, fragment = href.partition("#")
        target = posixpath.normpath(posixpath.join(here, path))
        target = "index.html" if target == "." else target
        shown = address(config, target) + (f"#{fragment}" if fragment else "")
        return f'<a{before} href="{href}" data-ikc-address="{html_lib.escape(shown)}"{after}>'

    return LINK.sub(mark, html)
