"""Load the YAML content files (quizzes, checklists, glossary, sources) and check each on its own."""

from __future__ import annotations

from pathlib import Path

from . import schema
from .errors import Problem
from .yamlsource import Located, load_yaml, read_text


def load_checked(path: Path, display: str, schema_name: str) -> tuple[Located | None, list[Problem]]:
    """Read, parse and schema-check one YAML file."""
    text, problems = read_text(path, display)
    if text is None:
        return None, problems
    located, problems = load_yaml(text, display)
    if located is None:
        return None, problems
    problems += schema.check(located, schema_name)
    return located, problems


def check_file_id(located: Located, stem: str) -> list[Problem]:
    value = located.data.get("id") if isinstance(located.data, dict) else None
    if value is not None and value != stem:
        return [located.problem(("id",), f"'{value}' does not match the file name '{stem}'",
                                f"set id: {stem}, or rename the file")]
    return []


def check_quiz(located: Located) -> list[Problem]:
    """What the schema cannot say: right answers exist, ids are unique, scenarios exist."""
    quiz = located.data
    if not isinstance(quiz, dict):
        return []
    out: list[Problem] = []
    scenarios = {}
    for i, sc in enumerate(_dicts(quiz.get("scenarios"))):
        if _key(sc.get("id")) in scenarios:
            out.append(located.problem(("scenarios", i, "id"), f"scenario id '{sc.get('id')}' is used twice",
                                       "give each scenario its own id"))
        scenarios[_key(sc.get("id"))] = i
    seen: set = set()
    for i, q in enumerate(_dicts(quiz.get("questions"))):
        where = ("questions", i)
        qid = _key(q.get("id"))
        if qid in seen:
            out.append(located.problem(where + ("id",), f"question id '{qid}' is used twice",
                                       "give each question its own id (results are stored by it)"))
        seen.add(qid)
        if q.get("scenario") is not None and _key(q.get("scenario")) not in scenarios:
            out.append(located.problem(where + ("scenario",), f"there is no scenario '{q.get('scenario')}'",
                                       f"use one of: {', '.join(map(str, scenarios)) or '(none defined)'}"))
        options = _dicts(q.get("options"))
        if q.get("type") in ("single", "multiple") and options:
            right = sum(1 for o in options if o.get("correct") is True)
            if right == 0:
                out.append(located.problem(where + ("options",), "no option is marked correct",
                                           "mark the right answer with 'correct: true'"))
            elif q.get("type") == "single" and right > 1:
                out.append(located.problem(where + ("options",), f"{right} options are marked correct in a single-choice question",
                                           "mark only one correct, or set type: multiple"))
            elif q.get("type") == "multiple" and right == len(options):
                out.append(located.problem(where + ("options",), "every option is marked correct",
                                           "include at least one wrong option, so the question tests something"))
            texts = [str(o.get("text", "")).strip().lower() for o in options]
            if len(set(texts)) != len(texts):
                out.append(located.problem(where + ("options",), "two options have the same text", "make each option different"))
    return out


def check_checklist(located: Located) -> list[Problem]:
    checklist = located.data
    if not isinstance(checklist, dict):
        return []
    out: list[Problem] = []
    seen: set = set()
    for s, section in enumerate(_dicts(checklist.get("sections"))):
        for i, item in enumerate(_dicts(section.get("items"))):
            if _key(item.get("id")) in seen:
                out.append(located.problem(("sections", s, "items", i, "id"), f"item id '{item.get('id')}' is used twice",
                                           "give each item its own id (ticks are stored by it)"))
            seen.add(_key(item.get("id")))
    return out


def _dicts(value) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _key(value):
    """An id usable in a set: a list or block typed where an id belongs (the schema reports it) becomes text."""
    return value if isinstance(value, (str, int, float, bool, type(None))) else repr(value)
