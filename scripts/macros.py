"""Macros for mkdocs-macros-plugin (module_name in mkdocs.yml). The logic lives in the ikc package."""

from ikc.macros import define_env  # noqa: F401
