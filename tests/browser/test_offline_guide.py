"""The real guide opened from a folder on disk (file://), with every network request blocked and recorded:
a module reads, its quiz gives feedback, search finds pages, and links lead to other pages."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from guarded import guarded_page
from test_site import search

pytestmark = pytest.mark.browser
MODULE = "modules/legal-framework.html"


@pytest.fixture
def disk_page(browser):
    context, tab, requests, errors = guarded_page(
        browser, lambda url: urlparse(url).scheme in ("file", "data", "blob"))
    tab.network_requests = requests
    yield tab
    context.close()
    assert not errors, f"JavaScript errors from file://: {errors}"


def test_module_quiz_and_search_work_from_disk(disk_page, guide_site):
    page = disk_page
    page.goto((guide_site / MODULE).as_uri())
    assert "The legal framework" in page.locator("h1").inner_text()
    assert page.locator(".ikc-module-header, .ikc-objectives").first.is_visible()

    question = page.locator(".ikc-quiz .ikc-question").first
    question.locator("input").first.check()
    question.locator(".ikc-question__check").click()
    assert question.locator(".ikc-question__result").inner_text().startswith(("Correct.", "Not correct.", "Partly"))
    assert question.locator(".ikc-option__feedback:visible").count() >= 1

    results = search(page, "Article 33")
    assert results.count() >= 1
    results.locator("a").first.click()
    page.wait_for_load_state()
    assert page.url.startswith("file://") and page.locator("h1").is_visible()
    assert page.network_requests == [], f"requests that left the disk: {page.network_requests}"


def test_quiz_result_is_kept_from_disk(disk_page, guide_site):
    page = disk_page
    page.goto((guide_site / MODULE).as_uri())
    for question in page.locator(".ikc-quiz .ikc-question").all():
        question.locator("input").first.check()
        question.locator(".ikc-question__check").click()
    assert "You scored" in page.locator(".ikc-quiz__score").inner_text()
    page.reload()
    last = page.locator(".ikc-quiz__last")
    last.scroll_into_view_if_needed()  # as the reader would: the browser renders the quiz as it nears the screen
    page.wait_for_function("el => el.innerText.startsWith('Your last result')", arg=last.element_handle(),
                           timeout=5000)
