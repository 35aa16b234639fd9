"""MkDocs hooks for printing (listed in mkdocs.yml after hooks.py). The logic lives in the ikc package."""

from ikc.print_hooks import on_files, on_page_content, on_page_context, on_post_page  # noqa: F401
