"""Property-based: whatever YAML an author writes, the checker returns problems; it never raises."""

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ikc import schema
from ikc.data import check_checklist, check_quiz
from ikc.yamlsource import load_yaml

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20),
                    st.dates())
keys = st.sampled_from(["id", "module", "version", "pass_mark", "questions", "options", "type", "correct", "text",
                        "feedback", "answer", "sections", "items", "terms", "term", "scenario", "section"]) | st.text(max_size=8)
documents = st.recursive(scalars, lambda children: st.lists(children, max_size=4) |
                         st.dictionaries(keys, children, max_size=5), max_leaves=25)


def check_everything(text: str) -> None:
    located, _ = load_yaml(text, "fuzz.yml")
    if located is None or not isinstance(located.data, dict):
        return
    for kind in ("quiz", "checklist", "glossary", "sources", "module"):
        schema.check(located, kind)
    check_quiz(located)
    check_checklist(located)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_any_yaml_document_is_checked_without_raising(document):
    check_everything(yaml.safe_dump(document, allow_unicode=True))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_is_checked_without_raising(text):
    check_everything(text)
