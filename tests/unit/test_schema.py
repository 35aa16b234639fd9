"""The two schema checkers agree (ikc/schema.py): jsonschema-rs says whether a file is valid, and only when it says
no does jsonschema list the errors. A file jsonschema-rs passed while jsonschema would fault it would slip through
unreported, so that direction is checked on every content file there is and on altered copies of them."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import ROOT
from ikc import schema
from ikc.modules import split_front_matter
from ikc.yamlsource import load_yaml

FOLDERS = [ROOT, ROOT / "tests" / "fixtures" / "mini", *sorted((ROOT / "tests" / "fixtures" / "bad").iterdir())]


def kind_of(path: Path) -> str | None:
    parts = path.parts
    if path.suffix == ".md" and "modules" in parts:
        return "module"
    if path.suffix not in (".yml", ".yaml") or "quizzes" not in parts:
        return None
    if path.name == "sources.yml":
        return "sources"
    return {"checklists": "checklist", "glossary": "glossary"}.get(parts[-2], "quiz")


def data_of(path: Path):
    try:
        text = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, ValueError):
        return None
    if path.suffix == ".md":
        text = split_front_matter(text)[0]
        if text is None:
            return None
    located, _ = load_yaml(text, path.name)
    return located.data if located else None


CASES = [(path, kind) for folder in FOLDERS if folder.is_dir()
         for path in sorted(folder.rglob("*")) if path.is_file() and "site" not in path.parts
         and "node_modules" not in path.parts and ".venv" not in path.parts and (kind := kind_of(path))]
DOCUMENTS = [(path, kind, data) for path, kind in CASES if (data := data_of(path)) is not None]


def errors(data, kind: str) -> list:
    return list(schema.validator(kind).iter_errors(data))


def test_every_kind_of_file_is_among_the_cases():
    assert {kind for _, kind, _ in DOCUMENTS} == {"module", "quiz", "checklist", "glossary", "sources"}
    assert len(DOCUMENTS) > 100


@pytest.mark.parametrize("path,kind,data", DOCUMENTS, ids=[str(p.relative_to(ROOT)) for p, _, _ in DOCUMENTS])
def test_both_checkers_give_the_same_answer_on_every_content_file(path, kind, data):
    assert schema.is_valid(data, kind) == (not errors(data, kind))


def test_the_fast_answer_is_used_only_when_the_file_is_valid():
    """A file with an error gets jsonschema's description of it, not an empty list."""
    path, kind, data = next(d for d in DOCUMENTS if d[1] == "quiz" and schema.is_valid(d[2], "quiz"))
    broken = {**data, "pass_mark": "high"}
    assert not schema.is_valid(broken, kind)
    located, _ = load_yaml(path.read_text(), path.name)
    located.data = broken
    assert [p.message for p in schema.check(located, kind)] == ["must be a whole number, not 'high'"]


def test_data_the_fast_checker_cannot_take_is_passed_to_jsonschema():
    assert schema.is_valid({"id": b"bytes"}, "quiz") is False  # YAML's !!binary gives bytes; JSON has none


VALID = [(kind, data) for _, kind, data in DOCUMENTS if schema.is_valid(data, kind)]
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 200), st.floats(allow_nan=False), st.text(max_size=12),
                    st.sampled_from(["", "2026-13-01", "2026-11-22", "1.0", "single", "true_false", "legislation",
                                     "https://example.org", "http://example.org", "a-b", "A b", "id\n"]))


def paths(value, here=()):
    yield here
    if isinstance(value, dict):
        for key, child in value.items():
            yield from paths(child, here + (key,))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from paths(child, here + (i,))


@st.composite
def altered(draw):
    """A valid content file with one change: a value replaced, a field removed or added, or an entry dropped."""
    kind, data = draw(st.sampled_from(VALID))
    data = copy.deepcopy(data)
    where = draw(st.sampled_from(list(paths(data))[1:]))
    parent = data
    for step in where[:-1]:
        parent = parent[step]
    change = draw(st.sampled_from(["replace", "remove", "add", "empty"]))
    if change == "replace":
        parent[where[-1]] = draw(SCALARS)
    elif change == "remove":
        del parent[where[-1]]
    elif change == "add" and isinstance(parent, dict):
        parent[draw(st.sampled_from(["id", "extra", "text", "correct", "options", "answer"]))] = draw(SCALARS)
    else:
        parent[where[-1]] = type(parent[where[-1]])() if isinstance(parent[where[-1]], (dict, list, str)) else None
    return kind, data


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(altered())
def test_both_checkers_agree_on_altered_content(case):
    kind, data = case
    if schema.is_valid(data, kind):
        assert errors(data, kind) == [], "jsonschema-rs passed a document that jsonschema faults"
