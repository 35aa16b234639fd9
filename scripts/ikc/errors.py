"""The one error type authors see: where the problem is, what is wrong, and what to do."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem in one content file."""

    file: str  # path relative to the project root, as the author knows it
    line: int | None  # 1-based; None when the problem is about the file as a whole
    field: str | None  # dotted path such as "questions[2].options", or None
    message: str  # what is wrong, in plain words
    hint: str = ""  # what to do about it

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        field = f" field '{self.field}':" if self.field else ""
        hint = f" What to do: {self.hint}" if self.hint else ""
        return f"{where}:{field} {self.message}.{hint}"


class ContentError(Exception):
    """Raised when content cannot be built. Carries every problem found, not only the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.file, p.line or 0, p.field or ""))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the guide's content:"
        return "\n".join([head, *(f"  - {p}" for p in self.problems)])


def field_path(path: tuple) -> str:
    """('questions', 2, 'options') -> 'questions[2].options'."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
