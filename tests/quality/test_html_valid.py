"""Every built page passes the W3C Nu HTML Checker (vnu) with no errors.

vnu.jar comes from the npm package vnu-jar, pinned in package-lock.json and installed by `make test`; it runs on
the machine's Java. Errors are fixed in the templates (overrides/), never filtered, except the one below.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from built import html_pages
from helpers import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Material's base.html writes its two hidden toggles as <input type="checkbox" autocomplete="off"> outside any
# template block, so no override can reach them without copying the whole base template. The attribute keeps
# Firefox from restoring the drawer and search open after a reload, so it stays: only this message, on only those
# two inputs (the extract must show class="md-toggle"), is accepted.
MATERIAL_TOGGLE = ("Attribute “autocomplete” is only allowed when the input type is “color”, “date”, “datetime-local”, "
                   "“email”, “hidden”, “month”, “number”, “password”, “range”, “search”, “tel”, “text”, “time”, "
                   "“url”, or “week”.")


def _accepted(message: dict) -> bool:
    return message["message"] == MATERIAL_TOGGLE and 'class="md-toggle"' in message.get("extract", "")


def vnu_errors(site, pages: list[str]) -> list[str]:
    """Every error vnu reports on these pages, as 'page:line: message', less the one accepted above."""
    if not VNU.exists() or not shutil.which("java"):
        pytest.fail(f"{VNU.relative_to(ROOT)} or java is missing: run `make test`, which installs both")
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "json", "--stdout",
                             "--exit-zero-always", *pages], capture_output=True, text=True, cwd=site)
    assert result.stdout, result.stderr
    errors = []
    for message in json.loads(result.stdout)["messages"]:
        if message["type"] != "info" and not _accepted(message):
            where = message.get("url", "").split(str(site), 1)[-1].lstrip("/")
            errors.append(f"{where}:{message.get('lastLine', '?')}: {message['message']} "
                          f"[{message.get('extract', '').strip()[:120]}]")
    return errors


@pytest.mark.parametrize("site_fixture", ["mini_site", "guide_site"])
def test_every_page_is_valid_html(site_fixture, request):
    site = request.getfixturevalue(site_fixture)
    pages = html_pages(site)
    assert "index.html" in pages and len(pages) >= 8
    errors = vnu_errors(site, pages)
    assert errors == [], f"{len(errors)} HTML errors:\n" + "\n".join(errors)


def test_the_checker_finds_errors(tmp_path):
    """The check above would fail on a real error: vnu is really run, and its messages reach the report."""
    (tmp_path / "bad.html").write_text("<!doctype html><html lang=en><title>x</title><p><div tabindex=''>x</div>")
    errors = vnu_errors(tmp_path, ["bad.html"])
    assert any("tabindex" in e for e in errors), errors
