"""Load YAML while remembering the line of every value, and refuse what PyYAML would silently accept.

PyYAML's safe_load loses line numbers and lets a repeated key overwrite the first. We compose the node
tree ourselves (PyYAML's own composer) so that every error can name its line, and reject duplicate keys.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import yaml

from .errors import Problem

MAX_BYTES = 1_000_000  # no content file needs more; a larger one is a mistake (or an attack)


class Located:
    """Data loaded from YAML, with the line of each value keyed by its path."""

    def __init__(self, data, lines: dict[tuple, int], file: str):
        self.data = data
        self.lines = lines
        self.file = file

    def line(self, path: tuple) -> int | None:
        """The line of the value at path, or of its nearest parent that has one."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get(())

    def problem(self, path: tuple, message: str, hint: str = "") -> Problem:
        from .errors import field_path

        return Problem(self.file, self.line(path), field_path(path) or None, message, hint)


def read_text(path: Path, display: str) -> tuple[str | None, list[Problem]]:
    """Read a content file as UTF-8 text, or say why it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        return None, [Problem(display, None, None, f"cannot be read ({err.strerror})", "check the file exists")]
    if len(raw) > MAX_BYTES:
        return None, [Problem(display, None, None, f"is {len(raw):,} bytes, more than the {MAX_BYTES:,} allowed",
                              "split it up or remove what does not belong")]
    if b"\x00" in raw:
        return None, [Problem(display, None, None, "is not a text file (it contains NUL bytes)",
                              "save it as plain UTF-8 text")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        return None, [Problem(display, line, None, "is not valid UTF-8 text",
                              "save the file with UTF-8 encoding (your editor's 'Save with encoding' option)")]
    return text, []


def _compose(text: str):
    """The document's node tree (with line numbers), or a yaml error.

    libyaml (CSafeLoader, part of the PyYAML wheel) parses several times faster than the pure-Python loader. The pure
    loader still parses any text that libyaml refuses, and any text with control characters (which only it
    rejects), so that every error message is worded the same on every machine.
    """
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None and not yaml.reader.Reader.NON_PRINTABLE.search(text):
        loader = fast(text)
        try:
            return loader.get_single_node()
        except yaml.YAMLError:
            pass  # parsed again below, for the message
        finally:
            loader.dispose()
    loader = yaml.SafeLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def load_yaml(text: str, display: str, first_line: int = 1) -> tuple[Located | None, list[Problem]]:
    """Parse YAML text. first_line shifts line numbers, for YAML embedded in a larger file."""
    offset = first_line - 1
    if not text.strip():
        return None, [Problem(display, None, None, "is empty", "add the content, or delete the file")]
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 + offset if mark else None
        what = err.problem or "is not valid YAML"
        return None, [Problem(display, line, None, f"YAML syntax error: {what}",
                              "check indentation, and quote text that contains ': ' or starts with a special character")]
    except yaml.YAMLError as err:  # reader errors (e.g. control characters) carry no problem_mark
        return None, [Problem(display, None, None, f"YAML cannot be read: {str(err).splitlines()[0]}",
                              "remove unusual or invisible characters")]
    if node is None:
        return None, [Problem(display, None, None, "holds no YAML content", "add the content, or delete the file")]
    problems: list[Problem] = []
    lines: dict[tuple, int] = {}
    constructor = yaml.SafeLoader("")
    data = _build(node, (), lines, problems, display, offset, constructor)
    return Located(data, lines, display), problems


STR_TAG = "tag:yaml.org,2002:str"


def _construct(node, constructor):
    """A scalar's Python value. Most are text, which PyYAML's constructor would hand back unchanged by a longer road."""
    return node.value if node.tag == STR_TAG else constructor.construct_object(node)


def _build(node, path, lines, problems, display, offset, constructor, parents=(), built=None):
    lines[path] = node.start_mark.line + 1 + offset
    if not isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        return _scalar(node, path, problems, display, offset, constructor)
    if any(node is parent for parent in parents):  # an anchor that contains itself (&a [*a])
        problems.append(Problem(display, lines[path], _dotted(path) or None, "refers to itself through an anchor",
                                "write the content out instead of using & and *"))
        return None
    # A block used again through an alias (*name) is refused: nested aliases multiply ("billion laughs") and
    # would take minutes and gigabytes to expand. Content never needs them.
    built = set() if built is None else built
    if id(node) in built:
        if "reported" not in built:  # once per file: a bomb would otherwise list hundreds of places
            built.add("reported")
            problems.append(Problem(display, lines[path], _dotted(path) or None,
                                    "repeats a block through an alias (*name)",
                                    "write the content out in full: anchors (&) and aliases (*) are not supported"))
        return None
    built.add(id(node))
    parents = parents + (node,)
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, path + (i,), lines, problems, display, offset, constructor, parents, built)
                for i, item in enumerate(node.value)]
    result = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            problems.append(Problem(display, key_node.start_mark.line + 1 + offset, None,
                                    "a key must be a plain word", "write keys as simple names"))
            continue
        if key_node.value == "<<" or key_node.tag.endswith(":merge"):
            problems.append(Problem(display, key_node.start_mark.line + 1 + offset, None,
                                    "merge keys (<<) are not supported", "write the fields out in full"))
            continue
        try:
            key = str(_construct(key_node, constructor))
        except yaml.YAMLError:
            key = str(key_node.value)
        if key in result:
            problems.append(Problem(display, key_node.start_mark.line + 1 + offset,
                                    _dotted(path + (key,)), "appears twice in the same block",
                                    f"keep one '{key}' (YAML would silently keep only the last)"))
            continue
        result[key] = _build(value_node, path + (key,), lines, problems, display, offset, constructor, parents,
                             built)
    return result


def _scalar(node, path, problems, display, offset, constructor):
    try:
        value = _construct(node, constructor)
    except yaml.YAMLError as err:
        problems.append(Problem(display, node.start_mark.line + 1 + offset, _dotted(path) or None,
                                f"value cannot be read ({getattr(err, 'problem', None) or err})",
                                "write plain text, numbers, true/false or dates only"))
        return None
    # Dates are kept as ISO text (2026-11-22) so that JSON Schema can check them like any other value.
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def _dotted(path):
    from .errors import field_path

    return field_path(path)
