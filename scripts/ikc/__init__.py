"""International Kinship Care: load, validate and render the guide's modules, quizzes and checklists.

The package has no MkDocs imports at its top level, so pytest and `python -m ikc validate` can use it alone.
MkDocs reaches it through scripts/hooks.py and scripts/macros.py.
"""
