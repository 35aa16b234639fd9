"""HTML, script and template syntax typed into any text field of the YAML or of a module's front matter is shown
as text on every page that uses it, and never runs: checked in the built HTML and in the browser after opening
everything that reveals text (quiz feedback, glossary definitions, trainer view, search results, slides)."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
import yaml

from built import html_pages
from helpers import build, copy_mini
from ikc.localserver import LocalServer
from ikc.modules import split_front_matter
from test_site import search

pytestmark = pytest.mark.browser

# Each would set window.pwned if it ran; {{ 7*7 }} would print 49 if a template engine evaluated it.
PAYLOAD = (' <script>window.pwned=1</script><img src="x" onerror="window.pwned=2"> '
           '[more](javascript:window.pwned=3) <b onmouseover="window.pwned=4">bold</b> {{ 7*7 }}')
# The fields that hold words for a reader (not ids, types, dates or addresses).
TEXT_FIELDS = {"title", "prompt", "text", "feedback", "explanation", "purpose", "audience", "guidance",
               "reference", "definition", "summary", "supports", "activity", "objectives"}


def _poison(value, key=None):
    if isinstance(value, dict):
        return {k: _poison(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [(v + PAYLOAD if key in TEXT_FIELDS and isinstance(v, str) else _poison(v)) for v in value]
    if key in TEXT_FIELDS and isinstance(value, str):
        return value + PAYLOAD
    return value


@pytest.fixture(scope="module")
def poisoned_site(tmp_path_factory):
    root = copy_mini(tmp_path_factory.mktemp("poisoned") / "course")
    for path in (root / "quizzes").rglob("*.yml"):
        path.write_text(yaml.safe_dump(_poison(yaml.safe_load(path.read_text())), allow_unicode=True, sort_keys=False))
    for path in (root / "modules").glob("*.md"):
        front, body, _ = split_front_matter(path.read_text())
        meta = _poison(yaml.safe_load(front))
        path.write_text("---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n" + body)
    site = root / "site"
    result = build(root / "mkdocs.yml", site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


class _Markup(HTMLParser):
    """Elements and attributes the payload would create if it got through as markup."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self._in_script = tag == "script"
        for name, value in attrs:
            # Text in an aria-label or a <meta> is harmless; an event handler or a javascript: address is not.
            runs = name.startswith("on") or (name in ("href", "src") and value.strip().lower().startswith("javascript:"))
            if value and "pwned" in value and runs:
                self.found.append(f"<{tag} {name}={value!r}>")

    def handle_data(self, data):
        if self._in_script and "pwned" in data:
            self.found.append(f"<script>{data.strip()[:60]}")

    def handle_endtag(self, tag):
        self._in_script = False


def test_no_payload_becomes_markup_in_any_built_page(poisoned_site):
    found = {}
    shown = 0
    for path in html_pages(poisoned_site):
        text = (poisoned_site / path).read_text()
        parser = _Markup()
        parser.feed(text)
        if parser.found:
            found[path] = parser.found
        shown += text.count("&lt;script&gt;window.pwned=1&lt;/script&gt;")
        assert ">49<" not in text and " 49 " not in text.replace("\n", " "), f"{path}: {{{{ 7*7 }}}} was evaluated"
    assert found == {}, found
    assert shown >= 20, "the payloads should be on the pages, shown as text"


def test_nothing_runs_when_every_text_is_revealed(page, poisoned_site):
    server = LocalServer(poisoned_site)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        for path in html_pages(poisoned_site):
            page.goto(server.url + path)
            page.wait_for_load_state("networkidle")
            for question in page.locator(".ikc-question").all():  # every option's feedback and explanation
                check = question.locator(".ikc-question__check")
                if check.is_visible() and check.get_attribute("aria-disabled") != "true":
                    question.locator("input").first.check()
                    check.click()
            for term in page.locator("button.ikc-term:visible").all():
                term.click()
            trainer = page.get_by_role("button", name="Trainer view")
            if trainer.count():
                trainer.first.click()
            page.mouse.move(300, 300)
            assert page.evaluate("() => window.pwned") is None, f"a payload ran on {path}"
        page.goto(server.url + "index.html")
        assert search(page, "first").count() >= 1  # results whose titles and text carry the payload
        page.locator(".md-search-result__item").first.hover()
        assert page.evaluate("() => window.pwned") is None, "a payload ran in the search results"
        page.goto(server.url + "modules/first-module.html")
        assert "<script>window.pwned=1</script>" in page.locator("h1").inner_text()
        assert "{{ 7*7 }}" in page.locator("article").inner_text()
    finally:
        # Leave the page before the server stops: the search index is fetched once the page is idle, and a fetch
        # cut off by the server stopping is a script error on the page, not a payload running.
        page.goto("about:blank")
        server.close()
    assert dialogs == []
