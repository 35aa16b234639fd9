"""MkDocs hooks for paper (listed in mkdocs.yml after the course hooks, whose on_config loads the course).

- on_files: add the whole-guide page and the checklist pack (print_pages.py).
- on_page_content: give links to other pages of the site the address to print after them (print_footer.py).
- on_page_context: once every page is rendered, fill the whole guide and the pack with them.
- on_post_page: put each page's running footer for print into its <head>.
"""

from __future__ import annotations

from . import print_footer, print_pages, state


def on_files(files, config):
    print_pages.add_files(files, state.course(), config)
    return files


def on_page_content(html, page, config, files):
    return print_footer.add_link_addresses(html, page, config)


def on_page_context(context, page, config, nav):
    print_pages.fill(page, nav.pages)
    return context


def on_post_page(output, page, config):
    return output.replace("</head>", print_footer.style(page, state.course(), config) + "\n</head>", 1)
