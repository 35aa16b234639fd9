"""Front-matter text that MkDocs and Material print into the page as HTML, made safe to print.

MkDocs treats a page title as HTML (a title taken from a Markdown heading is already escaped), so Material prints
`title` and `description` from front matter into the navigation, header, footer, <title>, <meta> and search index
as they are. Ours come from YAML and authors' front matter, which are text: a `<script>` there must show, not run.
"""

from __future__ import annotations

import html

# Front-matter fields printed unescaped by Material's templates (title, description) or ours (ikc_title).
TEXT_FIELDS = ("title", "description", "ikc_title")


def escape_front_matter(page) -> None:
    """Escape the page's text fields once, in place, before any template or the search index reads them."""
    if getattr(page, "_ikc_escaped", False):
        return
    for key in TEXT_FIELDS:
        value = page.meta.get(key)
        if isinstance(value, str):
            # Quotes too: description is printed inside an attribute.
            page.meta[key] = html.escape(value, quote=key == "description")
    # A title set on the page itself (from the nav, or copied from front matter by the macros plugin when it holds
    # "{{") wins over the front matter's: escape that one too.
    if isinstance(vars(page).get("title"), str):
        page.title = html.escape(vars(page)["title"], quote=False)
    page._ikc_escaped = True
