"""MkDocs hooks (listed in mkdocs.yml): one stylesheet and one script for the guide's own assets (ikc/bundle.py)."""

from ikc.bundle import on_config, on_files  # noqa: F401
