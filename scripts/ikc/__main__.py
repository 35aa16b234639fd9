"""Command line: `python -m ikc validate [PROJECT_ROOT]` checks every content file without building."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .course import load_course
from .paths import ROOT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ikc", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("validate", help="check modules, quizzes, checklists, glossary and sources")
    check.add_argument("root", nargs="?", type=Path, default=ROOT, help="project folder (default: this project)")
    args = parser.parse_args(argv)
    course, problems = load_course(args.root)
    if problems:
        count = len(problems)
        print(f"{count} problem{'s' if count != 1 else ''} found:", file=sys.stderr)
        for problem in sorted(problems, key=lambda p: (p.file, p.line or 0)):
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print(f"All content is valid: {len(course.modules)} modules, {len(course.quizzes)} quizzes, "
          f"{len(course.checklists)} checklists, {len(course.terms)} glossary terms, {len(course.sources)} sources.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
