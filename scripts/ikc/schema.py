"""Check loaded YAML against the JSON Schemas in schemas/, and say what is wrong in an author's words.

Two well-kept libraries share the work. jsonschema-rs (compiled, in Rust) answers first whether a file is valid:
on every build nearly all are, and it takes a few milliseconds where jsonschema took a tenth of a second, plus as
much again to import. Only for a file it finds invalid does jsonschema (imported then) list every error, with the
details this module turns into Problems that name the file, the line and the field, with a hint. So what an author
is told always comes from jsonschema; tests/unit/test_schema.py checks that the two agree on every file of the
course, every malformed fixture and generated documents.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import jsonschema_rs

from .errors import Problem
from .yamlsource import Located

SCHEMA_DIR = Path(__file__).parent / "schemas"
TYPE_NAMES = {"string": "text", "integer": "a whole number", "number": "a number", "boolean": "true or false",
              "array": "a list", "object": "a block of fields", "null": "empty"}


@lru_cache(maxsize=None)
def _schema(name: str) -> dict:
    return json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def fast_validator(name: str):
    """jsonschema-rs, for the yes-or-no answer (formats such as dates checked, as jsonschema does)."""
    return jsonschema_rs.validator_for(_schema(name), validate_formats=True)


@lru_cache(maxsize=None)
def validator(name: str):
    """jsonschema, for the full list of errors."""
    import jsonschema  # only when a file is invalid: see the module's docstring

    schema = _schema(name)
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def is_valid(data, schema_name: str) -> bool:
    """jsonschema-rs's answer; False also when it cannot take the data (a type JSON has no word for)."""
    try:
        return fast_validator(schema_name).is_valid(data)
    except Exception:  # noqa: BLE001 - jsonschema then gives the answer and the reasons
        return False


def check(located: Located, schema_name: str) -> list[Problem]:
    """Every schema problem in located.data, one Problem each, in file order."""
    if is_valid(located.data, schema_name):
        return []
    found = [_describe(err, located) for err in _leaf_errors(validator(schema_name).iter_errors(located.data))]
    unique = {(p.line, p.field, p.message): p for p in found}
    return sorted(unique.values(), key=lambda p: (p.line or 0, p.field or ""))


def _leaf_errors(errors):
    """The most specific errors: for if/then/not wrappers, the errors underneath."""
    for err in errors:
        if err.context and err.validator not in ("not",):
            yield from _leaf_errors(err.context)
        else:
            yield err


def _describe(err, located: Located) -> Problem:
    """One jsonschema.ValidationError in an author's words."""
    path = tuple(err.absolute_path)
    kind = err.validator
    if kind == "additionalProperties":
        extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
        allowed = ", ".join(sorted(err.schema.get("properties", {})))
        name = extra[0] if extra else "?"
        return located.problem(path + (name,), f"unknown field '{name}'",
                               f"check its spelling; the fields allowed here are: {allowed}")
    if kind == "required":
        missing = err.message.split("'")[1] if "'" in err.message else err.message
        desc = err.schema.get("properties", {}).get(missing, {}).get("description", "")
        return located.problem(path, f"missing field '{missing}'", f"add '{missing}'. {desc}".strip())
    if kind == "type":
        wanted = err.validator_value if isinstance(err.validator_value, list) else [err.validator_value]
        wanted_text = " or ".join(TYPE_NAMES.get(w, w) for w in wanted)
        got = err.instance
        hint = f"write {wanted_text} here"
        if isinstance(got, bool) and "string" in wanted:
            hint = "YAML reads yes/no/on/off/true/false as true or false: put the text in quotes"
        elif isinstance(got, (int, float)) and "string" in wanted:
            hint = "YAML read this as a number: put it in quotes"
        elif got is None:
            hint = f"the value is empty: write {wanted_text}"
        return located.problem(path, f"must be {wanted_text}, not {_show(got)}", hint)
    if kind == "enum":
        choices = ", ".join(str(c) for c in err.validator_value)
        return located.problem(path, f"'{err.instance}' is not allowed", f"use one of: {choices}")
    if kind == "const":
        return located.problem(path, f"must be '{err.validator_value}'", "")
    if kind == "pattern":
        if err.validator_value.startswith("^https"):
            return located.problem(path, f"'{err.instance}' is not an https:// address", "give the full https:// address")
        return located.problem(path, f"'{err.instance}' is not a valid id",
                               "use lower-case letters, digits and single hyphens, like 'article-33-request'")
    if kind == "format":
        return located.problem(path, f"'{err.instance}' is not a date", "write the date as YYYY-MM-DD, e.g. 2026-11-22")
    if kind in ("minItems", "maxItems"):
        n = err.validator_value
        word = "at least" if kind == "minItems" else "at most"
        return located.problem(path, f"has {len(err.instance)} entries; {word} {n} are needed",
                               f"give {word} {n}")
    if kind in ("minimum", "maximum"):
        word = "at least" if kind == "minimum" else "at most"
        return located.problem(path, f"{err.instance} is out of range", f"use a number {word} {err.validator_value}")
    if kind == "minLength":
        return located.problem(path, "is empty", "write the text, or remove the field if it is optional")
    if kind == "not":
        # Only the quiz uses `not`: options on a true/false question, or answer fields on a choice question.
        if isinstance(err.instance, dict) and err.instance.get("type") == "true_false":
            return located.problem(path + ("options",), "a true_false question has no options",
                                   "remove 'options' and use answer, feedback_true and feedback_false")
        return located.problem(path, "a single or multiple question takes options, not answer/feedback_true/feedback_false",
                               "remove those fields, or set type: true_false")
    return located.problem(path, err.message, "")


def _show(value) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (dict,)):
        return "a block of fields"
    if isinstance(value, list):
        return "a list"
    text = str(value)
    return repr(text if len(text) < 40 else text[:37] + "...")
