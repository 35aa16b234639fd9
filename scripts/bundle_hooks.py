"""MkDocs hooks (listed in mkdocs.yml): one stylesheet and one script for the guide's own assets, and every script
file deferred (ikc/bundle.py)."""

from ikc.bundle import on_config, on_files, on_post_page, on_post_template  # noqa: F401
