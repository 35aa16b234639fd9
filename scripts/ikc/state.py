"""The course loaded for the current build, shared by the hooks and the macros (both run in one process)."""

from __future__ import annotations

from .course import Course

_course: Course | None = None


def set_course(course: Course) -> None:
    global _course
    _course = course


def course() -> Course:
    if _course is None:
        raise RuntimeError("the course is loaded by the MkDocs hooks in on_config; it is not loaded yet")
    return _course
