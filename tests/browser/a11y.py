"""Accessibility checks run inside the page: axe-core (WCAG 2.2 A and AA), visible focus, and reflow."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe

# Every WCAG 2.0, 2.1 and 2.2 rule at levels A and AA (axe tags 2.2's new AA rules "wcag22aa").
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}
_AXE = Axe()


def axe_violations(page) -> str:
    """axe-core's report of WCAG A/AA violations on the page as it is now; '' when there are none."""
    # A button still fading between its resting and focused colours would be measured half-way: let it settle.
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')", timeout=5000)
    render_every_block(page)
    results = _AXE.run(page, options=WCAG)
    if results.violations_count == 0:
        return ""
    return results.generate_report()


def render_every_block(page) -> None:
    """Lay out the blocks that ikc-offscreen.css lets the browser skip while they are off screen.

    A reader only ever sees those blocks rendered (they render as they scroll near), and measures such as colour
    contrast need a laid-out block, so the checks look at the page as the reader will see each part of it."""
    page.add_style_tag(content="* { content-visibility: visible !important; }")


def focus_indicator(page) -> str:
    """What makes the focused element visibly focused ('outline …' or 'box-shadow …'); '' if nothing does."""
    return page.evaluate("""() => {
        const el = document.activeElement;
        if (!el || el === document.body) return "";
        const style = getComputedStyle(el);
        if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) return "outline " + style.outlineStyle;
        if (style.boxShadow && style.boxShadow !== "none") return "box-shadow";
        return "";
    }""")


# Text that sticks out past the left or right edge of the viewport, or a page wider than the viewport (WCAG 1.4.10).
# Text that is clipped by a box (Material's one-line header title) cannot be scrolled to, so it is not counted;
# tables and code may scroll inside their own box, as 1.4.10 allows for two-dimensional content; the navigation
# drawer and search, which sit off screen until opened, are not counted while closed.
_REFLOW = """() => {
    const width = document.documentElement.clientWidth;
    const problems = [];
    const pageWidth = document.documentElement.scrollWidth;
    if (pageWidth > width + 1) problems.push(`the page is ${pageWidth}px wide in a ${width}px window`);
    const offCanvas = "[data-md-component=sidebar][data-md-type=navigation], .md-sidebar--primary, .md-search";
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!node.textContent.trim() || seen.has(el) || el.closest(offCanvas)) continue;
        if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
            if (rect.width === 0) continue;
            let left = rect.left, right = rect.right, allowed = false, inBox = false;
            for (let box = el; box && box !== document.documentElement; box = box.parentElement) {
                const overflow = getComputedStyle(box).overflowX;
                if (overflow === "visible") continue;
                const r = box.getBoundingClientRect();
                if (overflow === "auto" || overflow === "scroll") {
                    if (el.closest("table, pre")) { allowed = true; break; }
                    if (right > r.right + 1 || left < r.left - 1) { inBox = true; break; }
                }
                left = Math.max(left, r.left); right = Math.min(right, r.right);
            }
            if (allowed || (!inBox && right <= left)) continue;
            if (inBox || right > width + 1 || left < -1) {
                seen.add(el);
                problems.push(`<${el.tagName.toLowerCase()} class="${el.className}"> "${node.textContent.trim().slice(0, 50)}" ` +
                              `runs from ${Math.round(rect.left)}px to ${Math.round(rect.right)}px` +
                              (inBox ? " inside a box that scrolls sideways" : ""));
                break;
            }
        }
    }
    return problems;
}"""


def reflow_problems(page) -> list[str]:
    """Text the reader would have to scroll sideways to read, at the page's current window width."""
    return page.evaluate(_REFLOW)
