"""Where the project's folders are. The package lives in scripts/ikc, so the root is two levels up."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = "overrides/partials/ikc"  # Jinja templates for the HTML built from YAML


def display(path: Path, root: Path) -> str:
    """A path as the author knows it: relative to the project root."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
