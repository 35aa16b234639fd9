"""A fresh Chromium page that refuses some requests: shared by the `page` fixture (conftest.py, the site over HTTP)
and the `disk_page` fixture (test_offline_guide.py, the site from file://)."""

from __future__ import annotations

from typing import Callable


def guarded_page(browser, allowed: Callable[[str], bool]):
    """A new context (empty storage) and a page in it, 1280 x 900. A request whose URL `allowed` refuses is blocked
    and its URL added to `blocked`; JavaScript errors on the page go to `errors`.

    Returns (context, page, blocked, errors); the caller closes the context.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    blocked: list[str] = []

    def route(r):
        if allowed(r.request.url):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    return context, tab, blocked, errors
