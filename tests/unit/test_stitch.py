"""Putting several rendered pages into one (ikc/stitch.py), as the whole guide and the checklist pack do."""

from __future__ import annotations

from ikc import stitch

MODULE = stitch.Part(url="modules/legal.html", key="m-legal", html=(
    '<h1 id="legal">The legal framework</h1>\n'
    '<h2 id="case-study">Case study</h2>\n'
    '<p class="lead">See <a href="#case-study">the case</a>, the <a href="../checklists/art33.html#step-2">request'
    ' checklist</a>, the <a href="../glossary.html">glossary</a> and <a href="https://www.legislation.gov.uk/">the'
    ' Act</a>.</p>\n'
    '<label for="tick-1">Tick</label><input type="checkbox" id="tick-1" aria-describedby="hint-1 note-1" checked>\n'
    '<details class="ikc-answer" data-search-exclude><summary>Answer</summary></details>\n'
    '<img src="../assets/map.png" alt="Map">\n'
    '<form class="ikc-print-controls"><button>Print</button></form>\n'))
CHECKLIST = stitch.Part(url="checklists/art33.html", key="c-art33", html='<h1>Article 33</h1>\n<h3 id="step-2">Step 2</h3>')


def combined() -> dict[str, str]:
    return stitch.combine([MODULE, CHECKLIST], "print/whole-guide.html")


def test_ids_and_the_attributes_that_refer_to_them_take_the_part_prefix():
    html = combined()["m-legal"]
    assert '<h3 id="m-legal--case-study">' in html
    assert '<a href="#m-legal--case-study">' in html
    assert '<label for="m-legal--tick-1">' in html
    assert 'aria-describedby="m-legal--hint-1 m-legal--note-1"' in html


def test_links_to_a_combined_part_stay_inside_the_page_and_other_addresses_are_made_relative_to_it():
    html = combined()["m-legal"]
    assert '<a href="#c-art33--step-2">' in html
    assert '<a href="../glossary.html">' in html  # the same page, now seen from print/
    assert '<img src="../assets/map.png" alt="Map">' in html
    assert '<a href="https://www.legislation.gov.uk/">' in html


def test_headings_move_down_a_level_and_the_part_loses_its_own_title_and_print_controls():
    html = combined()["m-legal"]
    assert "<h1" not in html and "The legal framework" not in html
    assert "ikc-print-controls" not in html
    assert '<h4 id="c-art33--step-2">' in combined()["c-art33"]


def test_tags_with_nothing_to_rewrite_are_left_exactly_as_they_were():
    html = combined()["m-legal"]
    assert '<p class="lead">' in html
    assert '<details class="ikc-answer" data-search-exclude>' in html
    assert '<input type="checkbox" id="m-legal--tick-1" aria-describedby="m-legal--hint-1 m-legal--note-1" checked>' in html
