"""Take screenshots of built pages at desktop and phone width, to look at before calling a change done.

    .venv/bin/python scripts/screenshots.py site modules/legal-framework.html index.html

Writes PNGs to tests/artifacts/screenshots/. Uses Debian's Chromium, never a downloaded browser.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

from ikc.chromium import CHROMIUM, CHROMIUM_ARGS
from ikc.localserver import LocalServer

WIDTHS = {"desktop": (1280, 900), "phone": (375, 740)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path, help="the built site folder")
    parser.add_argument("pages", nargs="+", help="page paths inside the site")
    parser.add_argument("--full", action="store_true", help="whole page, not only the first screen")
    parser.add_argument("--dark", action="store_true", help="dark colour scheme")
    parser.add_argument("--print", dest="print_", action="store_true", help="also save a print-preview PDF")
    args = parser.parse_args()
    out = Path("tests/artifacts/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with LocalServer(args.site) as server, sync_playwright() as p:
        base = server.url
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, (width, height) in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": height},
                                    color_scheme="dark" if args.dark else "light")
            for path in args.pages:
                page.goto(base + path)
                page.wait_for_load_state("networkidle")
                stem = path.replace("/", "_").replace(".html", "")
                page.screenshot(path=str(out / f"{stem}-{name}.png"), full_page=args.full)
                if args.print_ and name == "desktop":
                    page.emulate_media(media="print")
                    page.pdf(path=str(out / f"{stem}.pdf"), format="A4", print_background=True)
                    page.emulate_media(media="screen")
            page.close()
        browser.close()
    print(f"Screenshots in {out}/")


if __name__ == "__main__":
    main()
