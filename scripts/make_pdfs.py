"""Print the whole guide and the checklist pack of a built site to PDF, into the site, for download.

    make pdf                                    # builds the site with download links, then runs this
    .venv/bin/python scripts/make_pdfs.py site  # a site already built with IKC_PDFS=1

Debian's Chromium (never a downloaded browser) prints the generated pages print/whole-guide.html and
print/checklist-pack.html exactly as a reader's Chromium would, with the site's own print styles and running
footers, on A4. The PDFs are tagged (text can be selected and read aloud) and carry an outline of bookmarks built
from the headings. The checklists print with blank boxes and the guide in learner view (no trainer notes).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from ikc import print_pages
from ikc.chromium import CHROMIUM, CHROMIUM_ARGS
from ikc.localserver import LocalServer

DOCUMENTS = [(print_pages.GUIDE, print_pages.GUIDE_PDF), (print_pages.PACK, print_pages.PACK_PDF)]


def html_path(src_uri: str) -> str:
    return src_uri[:-3] + ".html"


def make_pdfs(site: Path, paper: str = "A4") -> list[Path]:
    """Print each document of the built site to its PDF inside the site; returns the PDFs written."""
    written = []
    with LocalServer(site) as server, sync_playwright() as p:
        base = server.url
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context()
        # Anything not on the local server is refused, so a PDF can never depend on the network.
        context.route("**/*", lambda r: r.continue_() if r.request.url.startswith((base, "data:", "blob:"))
                      else r.abort())
        for src, pdf in DOCUMENTS:
            page = context.new_page()
            page.goto(base + html_path(src))
            page.wait_for_load_state("networkidle")
            out = site / pdf
            out.parent.mkdir(parents=True, exist_ok=True)
            page.pdf(path=str(out), format=paper, outline=True, tagged=True)
            page.close()
            written.append(out)
        browser.close()
    return written


def describe(pdf: Path) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")
    return f"{pdf} ({pages} pages, {pdf.stat().st_size // 1024} KB)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path, nargs="?", default=Path("site"), help="the built site folder")
    parser.add_argument("--paper", default="A4", choices=["A4", "Letter"], help="paper size (default A4)")
    args = parser.parse_args()
    missing = [html_path(src) for src, _ in DOCUMENTS if not (args.site / html_path(src)).exists()]
    if missing:
        print(f"{args.site} has no {', '.join(missing)}: build the site first (make pdf does both).", file=sys.stderr)
        return 1
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: run `make chromium` to install Debian's chromium.", file=sys.stderr)
        return 1
    for pdf in make_pdfs(args.site, args.paper):
        print("Wrote", describe(pdf) if shutil.which("pdfinfo") else pdf)
    return 0


if __name__ == "__main__":
    sys.exit(main())
