"""Keyboard helpers for browser tests: move focus with Tab only, as a keyboard user would."""

from __future__ import annotations


def tab_to(page, selector: str, limit: int = 40, key: str = "Tab") -> None:
    """Press Tab until the focused element matches selector; fail if it is never reached."""
    for _ in range(limit):
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press(key)
    raise AssertionError(f"{selector} was not reached with {limit} presses of {key}")


def focused_text(page) -> str:
    return page.evaluate("() => document.activeElement ? document.activeElement.textContent.trim() : ''")
