"""MkDocs hooks (listed in mkdocs.yml). MkDocs loads this file by path; the logic lives in the ikc package."""

from ikc.hooks import on_config, on_files, on_page_content, on_page_markdown  # noqa: F401
