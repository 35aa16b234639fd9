"""Fixtures: built sites (the fixture course and the real guide), a local server for each, and Chromium pages."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest

from guarded import guarded_page
from helpers import MINI, ROOT, build
from ikc.chromium import CHROMIUM, CHROMIUM_ARGS
from ikc.localserver import LocalServer


def _built(tmp_path_factory, config: Path, name: str) -> Path:
    site = tmp_path_factory.mktemp(name)
    result = build(config, site)
    assert result.returncode == 0, f"build of {config} failed:\n{result.stdout}\n{result.stderr}"
    return site


@pytest.fixture(scope="session")
def mini_site(tmp_path_factory) -> Path:
    return _built(tmp_path_factory, MINI / "mkdocs.yml", "mini-site")


@pytest.fixture(scope="session")
def guide_site(tmp_path_factory) -> Path:
    return _built(tmp_path_factory, ROOT / "mkdocs.yml", "guide-site")


@pytest.fixture(scope="session")
def mini_url(mini_site):
    server = LocalServer(mini_site)
    yield server.url
    server.close()


@pytest.fixture(scope="session")
def guide_url(guide_site):
    server = LocalServer(guide_site)
    yield server.url
    server.close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs Debian's chromium")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _local(url: str) -> bool:
    return url.startswith(("data:", "blob:")) or urlparse(url).hostname in ("127.0.0.1", "localhost")


@pytest.fixture
def page(browser):
    """A fresh browser context (empty storage) whose requests to any other host are blocked and recorded."""
    context, tab, foreign, errors = guarded_page(browser, _local)
    tab.foreign_requests = foreign  # every request the page made to a host other than the local test server
    tab.js_errors = errors
    yield tab
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"
