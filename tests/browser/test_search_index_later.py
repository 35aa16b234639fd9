"""The search index is fetched after the page is drawn (or when the reader opens search), not as the page loads."""

import pytest

from test_site import search

pytestmark = pytest.mark.browser

INDEX = "search/search_index.json"


def _index_requests(page) -> list:
    requests = []
    page.on("request", lambda request: requests.append(request) if request.url.endswith(INDEX) else None)
    return requests


def test_opening_search_fetches_the_index_at_once(page, mini_url):
    # A browser that is never idle: only the reader opening search can release the request.
    page.add_init_script("window.requestIdleCallback = function () { return 0; };")
    requests = _index_requests(page)
    page.goto(mini_url + "modules/first-module.html")
    page.wait_for_load_state("load")
    page.wait_for_timeout(1500)
    assert requests == [], "the index was fetched before the reader asked for search"
    links = [a.get_attribute("href") for a in search(page, "second thing").locator("a").all()]
    assert len(requests) == 1
    assert any("checklists/sample-checklist.html" in href for href in links), links


def test_the_index_arrives_without_the_reader_asking_once_the_page_is_drawn(page, mini_url):
    requests = _index_requests(page)
    page.goto(mini_url + "modules/first-module.html")
    page.wait_for_function(
        "performance.getEntriesByType('resource').some(e => e.name.endsWith('search/search_index.json'))",
        timeout=10000)
    timing = page.evaluate("""() => ({
        index: performance.getEntriesByType('resource').find(e => e.name.endsWith('search/search_index.json')).startTime,
        painted: performance.getEntriesByName('first-paint')[0].startTime})""")
    assert timing["index"] >= timing["painted"], timing
    assert len(requests) == 1
    # Search then works with no wait for a download (so it keeps working if the connection drops).
    page.wait_for_load_state("networkidle")
    assert search(page, "second thing").count() > 0
