"""What a page costs to download: every file Chromium fetches for it, by kind, raw and gzipped."""

from __future__ import annotations

import gzip
from pathlib import Path
from urllib.parse import unquote, urlparse

from playwright.sync_api import sync_playwright

from ikc.chromium import CHROMIUM, CHROMIUM_ARGS

KINDS = {".html": "HTML", ".css": "CSS", ".js": "JS", ".woff2": "fonts", ".woff": "fonts", ".ttf": "fonts",
         ".otf": "fonts", ".json": "search index"}


def sizes(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    return len(data), len(gzip.compress(data, compresslevel=9))


def page_weight(site: Path, base_url: str, page: str) -> dict[str, list[int]]:
    """{kind: [raw bytes, gzipped bytes]} for every file the page loads from the site (a search index apart)."""
    fetched: set[str] = set()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context()
        # Requests of the page and of its workers (Material's search runs in a worker).
        context.on("request", lambda request: fetched.add(request.url))
        tab = context.new_page()
        tab.goto(base_url + page)
        tab.wait_for_load_state("networkidle")
        browser.close()
    totals: dict[str, list[int]] = {}
    for url in sorted(fetched):
        if not url.startswith(base_url):
            raise RuntimeError(f"{page} fetched {url} from another host")
        path = site / unquote(urlparse(url).path).lstrip("/")
        if not path.is_file():
            continue
        kind = KINDS.get(path.suffix, "other")
        raw, zipped = sizes(path)
        entry = totals.setdefault(kind, [0, 0])
        entry[0] += raw
        entry[1] += zipped
    return totals
