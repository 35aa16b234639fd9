"""The built guide: search finds content, nothing is fetched from another host, and axe-core finds no violations."""

import pytest

from a11y import axe_violations

pytestmark = pytest.mark.browser


def search(page, query: str):
    """Type into Material's search box (behind a button on narrow screens) and wait for results."""
    toggle = page.locator("label.md-header__button[for=__search]")
    box = page.locator("input.md-search__input")
    if toggle.is_visible():
        toggle.click()
    box.click()
    box.press_sequentially(query, delay=20)  # Material searches on key events, not on a pasted value
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    return page.locator(".md-search-result__item")


def test_search_finds_article_33_in_the_legal_framework(page, guide_url):
    page.goto(guide_url + "index.html")
    results = search(page, "Article 33")
    links = [a.get_attribute("href") for a in results.locator("a").all()]
    assert any("modules/legal-framework.html" in href for href in links), links
    results.locator("a[href*='modules/legal-framework.html']").first.click()
    page.wait_for_url("**/modules/legal-framework.html*")
    assert "The legal framework" in page.locator("h1").inner_text()


def test_search_finds_checklists_and_quiz_text(page, mini_url):
    page.goto(mini_url + "index.html")
    links = [a.get_attribute("href") for a in search(page, "second thing").locator("a").all()]
    assert any("checklists/sample-checklist.html" in href for href in links), links


def test_facilitator_notes_are_hidden_and_not_searchable(page, mini_url, mini_site):
    page.goto(mini_url + "modules/first-module.html")
    assert page.locator(".admonition.facilitator").first.is_hidden()
    index = (mini_site / "search" / "search_index.json").read_text()
    assert "zebra-facilitator" not in index
    assert "Teaching section" in index


@pytest.mark.parametrize("path", ["index.html", "modules/legal-framework.html",
                                  "checklists/legal-route-court-application.html", "glossary.html", "sources.html"])
def test_no_request_leaves_the_local_server(page, guide_url, path):
    page.goto(guide_url + path)
    page.wait_for_load_state("networkidle")
    search(page, "special guardianship")
    assert page.foreign_requests == []


@pytest.mark.parametrize("path", ["index.html", "modules/legal-framework.html",
                                  "checklists/legal-route-court-application.html"])
def test_axe_finds_no_violations(page, guide_url, path):
    page.goto(guide_url + path)
    page.wait_for_load_state("networkidle")
    assert axe_violations(page) == ""


def test_axe_after_answering_a_quiz_question(page, mini_url):
    page.goto(mini_url + "modules/first-module.html")
    page.check("#q-first-module-single-one-1")
    page.click("#q-first-module-single-one .ikc-question__check")
    page.click("button.ikc-term >> nth=0")
    assert axe_violations(page) == ""


def test_built_folder_works_from_disk(browser, mini_site):
    context = browser.new_context()
    page = context.new_page()
    page.goto((mini_site / "modules" / "first-module.html").as_uri())
    page.check("#q-first-module-single-one-0")
    page.click("#q-first-module-single-one .ikc-question__check")
    assert page.locator("#q-first-module-single-one .ikc-question__result").inner_text().startswith("Correct.")
    assert search(page, "Central Authority").count() >= 1
    context.close()
