"""On paper: a checklist, a module and the checklist pack printed to PDF by Chromium, then read back with poppler.

Each PDF is checked for what the reader holds: no navigation or other screen chrome, each checklist of the pack
starting on a new page, the reader's ticks printed only when they chose so, and a footer with the guide's version
and the date on every page. `make pdf` is checked too: tagged PDFs with bookmarks, linked from the site.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from a11y import axe_violations
from helpers import MINI, ROOT, build

pytestmark = pytest.mark.browser

CHECKLIST = "checklists/sample-checklist.html"
MODULE = "modules/first-module.html"
PACK = "print/checklist-pack.html"
GUIDE = "print/whole-guide.html"
TICK = "✓"
CHROME = ".md-header, .md-tabs, .md-sidebar, .md-footer"


def print_to_pdf(page, tmp_path, name: str, paper: str = "A4") -> list[str]:
    """Print the page as a reader's Chromium does, and return the text of each printed page."""
    pdf = tmp_path / f"{name}.pdf"
    page.pdf(path=str(pdf), format=paper)
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True,
                                                             text=True, check=True).stdout).group(1))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    sheets = text.split("\f")[:pages]
    assert len(sheets) == pages
    return sheets


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def chrome_lines(page) -> list[str]:
    """Text of the site's navigation, header, search and footer, except words the page's own content also uses and
    the guide's title, which the printed footer carries on purpose."""
    article = flat(page.locator("article").inner_text())
    site_name = page.evaluate("document.querySelector('.md-header__topic')?.innerText.trim()") or ""
    lines = {flat(line).strip() for text in page.locator(CHROME).all_inner_texts() for line in text.split("\n")}
    return sorted(line for line in lines if len(line) > 2 and line not in article and line != site_name)


def assert_no_chrome(page, sheets: list[str]) -> None:
    chrome = chrome_lines(page)
    assert len(chrome) > 5, chrome  # the check has something to look for
    printed = flat(" ".join(sheets))
    assert [line for line in chrome if line in printed] == []
    for screen_only in ("Trainer view", "Clear all ticks", "items ticked", "Print this checklist", "Print the",
                        "On paper, the tick boxes are"):
        assert screen_only not in printed


def footer(sheet: str) -> str:
    """The last lines of a printed page: its running footer."""
    return flat(" ".join(line for line in sheet.strip().split("\n")[-3:]))


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_a_checklist_prints_alone_with_blank_boxes_or_the_readers_ticks(page, mini_url, tmp_path, paper):
    page.goto(mini_url + CHECKLIST)
    page.click("label[for=item-sample-checklist-item-one]")
    assert page.get_by_role("button", name="Print this checklist").is_visible()

    blank = print_to_pdf(page, tmp_path, "blank", paper)
    assert 1 <= len(blank) <= 2
    text = flat(" ".join(blank))
    for part in ("Sample checklist", "Check the sample things.", "The first thing is done.", "Some guidance.",
                 "Reference: Children Act 1989, s 1", "Notes", "Completed by (role)", "Checked by (manager)",
                 "Sample checklist, version 1.0, updated 22 November 2026"):
        assert part in text
    assert TICK not in text, "the reader's ticks must not print unless they choose so"
    assert "Blank copy" in text
    assert_no_chrome(page, blank)

    page.get_by_label("ticked as saved in this browser").check()
    ticked = print_to_pdf(page, tmp_path, "ticked", paper)
    assert flat(" ".join(ticked)).count(TICK) == 1  # the one item ticked on screen, and only that one
    assert "Ticks saved in this browser: 1 of 3 items" in flat(" ".join(ticked))

    for sheet in blank + ticked:
        assert "Mini course, version test" in footer(sheet)
        assert "Checklist version 1.0, updated 22 November 2026" in footer(sheet)
        assert "checklists/sample-checklist.html" in footer(sheet)
    assert f"Page 1 of {len(blank)}" in footer(blank[0])


def test_a_module_prints_without_navigation_with_footer_links_and_terms(page, mini_url, tmp_path):
    page.goto(mini_url + MODULE)
    sheets = print_to_pdf(page, tmp_path, "module")
    text = flat(" ".join(sheets))
    assert "Teaching section" in text and "What would you do?" in text
    assert_no_chrome(page, sheets)
    assert "zebra-facilitator" not in text  # trainer notes stay off a learner's paper
    assert "Statute One 1989 (https://www.legislation.gov.uk/)" in text  # links followed by their address
    assert "the other module (modules/second-module.html#teaching)" in text
    # Tooltips do not print: the terms used on the page are listed at its foot.
    assert "Terms used on this page" in text and "An order placing a child in the care of a local authority." in text
    for number, sheet in enumerate(sheets, start=1):
        assert "Mini course, version test · Law as at 22 November 2026" in footer(sheet)
        assert "modules/first-module.html" in footer(sheet)
        assert f"Page {number} of {len(sheets)}" in footer(sheet)


def test_the_pack_starts_each_checklist_on_a_new_page_after_its_contents(page, mini_url, tmp_path):
    page.goto(mini_url + CHECKLIST)
    page.click("label[for=item-sample-checklist-item-two]")
    page.goto(mini_url + PACK)
    sheets = print_to_pdf(page, tmp_path, "pack")
    assert_no_chrome(page, sheets)

    first_lines = [sheet.strip().split("\n")[0].strip() for sheet in sheets]
    titles = ["Sample checklist", "Second sample checklist"]
    assert first_lines[0] == "MINI COURSE · VERSION TEST" and "Contents" in sheets[0]
    starts = [first_lines.index(title) for title in titles]
    assert starts == sorted(starts) and starts[0] == 1, first_lines
    for title, start in zip(titles, starts):
        assert "Blank copy" in sheets[start]
    assert "Checklist version 1.0, updated 22 November 2026" in footer(sheets[starts[0]])
    assert "Checklist version 2.1, updated 1 October 2026" in footer(sheets[starts[1]])
    assert TICK not in flat(" ".join(sheets))

    page.get_by_label("ticked as saved in this browser").check()
    ticked = print_to_pdf(page, tmp_path, "pack-ticked")
    assert flat(ticked[starts[0]]).count(TICK) == 1 and TICK not in flat(ticked[starts[1]])


def test_make_pdf_writes_tagged_pdfs_with_bookmarks_that_the_site_links_to(tmp_path, monkeypatch):
    monkeypatch.setenv("IKC_PDFS", "1")  # what `make pdf` sets, so that the pages link to the PDFs
    site = tmp_path / "site"
    result = build(MINI / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr
    made = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_pdfs.py"), str(site)], capture_output=True,
                          text=True)
    assert made.returncode == 0, made.stderr
    guide = site / "downloads" / "international-kinship-care.pdf"
    pack = site / "downloads" / "international-kinship-care-checklists.pdf"
    for pdf, bookmark in ((guide, "Module 2: The second-module title"), (pack, "Second sample checklist")):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"Tagged:\s+yes", info)
        outline = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", str(pdf)], capture_output=True,
                                 text=True, check=True).stdout
        assert f">{bookmark}</item>" in outline  # a bookmark per part, to jump to
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "Mini course" in text  # real text, selectable
    html = (site / GUIDE).read_text()
    assert 'href="../downloads/international-kinship-care.pdf"' in html
    assert 'href="../downloads/international-kinship-care-checklists.pdf"' in (site / PACK).read_text()


@pytest.mark.parametrize("path", [PACK, GUIDE, CHECKLIST])
def test_axe_on_the_print_pages_and_the_print_choice(page, mini_url, path):
    page.goto(mini_url + path)
    page.wait_for_load_state("networkidle")
    if path != GUIDE:
        page.get_by_label("ticked as saved in this browser").check()
    assert axe_violations(page) == ""


@pytest.fixture(autouse=True)
def _poppler():
    if not shutil.which("pdftotext"):
        pytest.fail("poppler-utils is missing: run `make test`, which installs it")
