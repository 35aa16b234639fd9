"""Reading text as a reader sees it.

Boxes (admonitions, details, the quiz, the sources) use content-visibility: auto (ikc-offscreen.css). The browser
draws such a box in the frame after it appears or nears the screen, and until then innerText leaves it out: a
check that reads a box's text at once races that frame. Wait for the text instead.
"""

from playwright.sync_api import expect


def expect_shown_text(locator, text: str) -> None:
    """Wait until `text` is in what `locator` shows: innerText, not textContent, which holds hidden text too."""
    expect(locator).to_contain_text(text, use_inner_text=True)
