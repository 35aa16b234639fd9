"""Learner progress and the CPD record: module status in the navigation and on My learning, reflections, print and
plain text, export / import with merge / clear, and stored data that is broken, old or newer never breaking a page."""

import json
import subprocess

import pytest

from a11y import axe_violations, focus_indicator, reflow_problems
from keyboard import tab_to
from shown import expect_shown_text

pytestmark = pytest.mark.browser
FIRST_NAV = ".md-nav--primary a.md-nav__link[href$='first-module.html']"
SECOND_NAV = ".md-nav--primary a.md-nav__link[href$='second-module.html']"
FIRST_ENTRY = ".ikc-cpd-entry[data-module-id='first-module']"
REFLECTION = {"learnt": "Ask about family abroad at the first review.",
              "impact": "I will start viability checks earlier, so children wait less.",
              "peer": "How our team records contact with relatives overseas."}


def answer_quiz(page, url, module="first-module", right=True):
    """Open a module of the fixture course and answer all three questions, rightly (100%) or wrongly (0%)."""
    page.goto(f"{url}modules/{module}.html")
    page.wait_for_selector(".ikc-question__actions:not([hidden])")
    q = f"#q-{module}"
    picks = [f"{q}-single-one-0", f"{q}-multi-one-0", f"{q}-multi-one-1", f"{q}-tf-one-1"] if right else \
        [f"{q}-single-one-1", f"{q}-multi-one-2", f"{q}-tf-one-0"]
    for pick in picks:
        page.check(pick)
    for question in ("single-one", "multi-one", "tf-one"):
        page.click(f"{q}-{question} .ikc-question__check")
    page.wait_for_selector(".ikc-quiz__score:not(:empty)")


def stored(page) -> dict:
    return json.loads(page.evaluate("() => localStorage.getItem('ikc-data')") or "null")


def put_raw(page, url, value: str):
    page.goto(url + "index.html")
    page.evaluate("v => localStorage.setItem('ikc-data', v)", value)


def open_learning(page, url):
    page.goto(url + "my-learning.html")
    page.wait_for_selector(".ikc-learning__overview:not([hidden])")


def write_reflection(page, module="first-module", when=None):
    entry = page.locator(f".ikc-cpd-entry[data-module-id='{module}']")
    entry.locator(".ikc-cpd-entry__edit").click()
    if when:
        page.fill(f"#reflect-{module}-when", when)
    page.select_option(f"#reflect-{module}-format", "group")
    for field, text in REFLECTION.items():
        page.fill(f"#reflect-{module}-{field}", text)
    entry.locator(".ikc-reflection__done").click()
    return entry


def export(page, tmp_path, button=".ikc-data__export"):
    with page.expect_download() as download:
        page.click(button)
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    return path


# ---------- Status in the navigation and on My learning ----------

def test_passing_the_quiz_completes_the_module_in_navigation_and_on_my_learning(page, mini_url):
    page.goto(mini_url + "index.html")
    assert page.locator(FIRST_NAV + " .ikc-status").count() == 0  # not started: no mark

    answer_quiz(page, mini_url)
    assert "You have completed this module" in page.locator(".ikc-quiz__completed").inner_text()
    mark = page.locator(FIRST_NAV + " .ikc-status--completed")
    assert mark.count() == 1 and mark.inner_text().strip().endswith("(completed)")
    assert page.locator(".md-nav--secondary .ikc-status, a[href^='#'] .ikc-status").count() == 0  # not on sections

    page.goto(mini_url + "modules/second-module.html")  # opened, quiz not passed
    assert page.locator(SECOND_NAV + " .ikc-status--in-progress").count() == 1
    assert page.locator(FIRST_NAV + " .ikc-status--completed").count() == 1
    assert page.get_by_role("link", name="The first-module title (completed)").count() >= 1

    open_learning(page, mini_url)
    assert page.locator(".ikc-learning__summary").inner_text() == \
        "You have completed 1 of 2 modules. 1 in progress, 0 not started."
    assert page.locator(".ikc-learning__bar").evaluate("bar => [bar.value, bar.max]") == [1, 2]
    assert "About 30 min of study completed, of about 1 h" in page.locator(".ikc-learning__time").inner_text()
    first = page.locator(".ikc-learning__module[data-module-id='first-module']").inner_text()
    assert "Completed" in first and "quiz 100%" in first
    assert "In progress" in page.locator(".ikc-learning__module[data-module-id='second-module']").inner_text()
    assert page.locator(FIRST_ENTRY).is_visible()
    assert not page.locator(".ikc-cpd-entry[data-module-id='second-module']").is_visible()
    assert page.locator(FIRST_ENTRY + " .ikc-cpd-entry__score").inner_text() == "100% (pass mark 70%)"
    assert "explain what a care order is" in page.locator(FIRST_ENTRY).inner_text()


def test_only_the_module_page_itself_counts_as_opening_it(page, mini_url):
    page.goto(mini_url + "modules/first-module-handout.html")  # a trainer's handout has the module header too
    page.goto(mini_url + "print/whole-guide.html")  # every module on one page
    assert stored(page) is None
    page.goto(mini_url + "modules/first-module.html")
    assert stored(page)["records"]["module"]["first-module"]["opened"]
    assert list(stored(page)["records"]["module"]) == ["first-module"]


def test_a_failed_retake_never_undoes_a_completion(page, mini_url):
    answer_quiz(page, mini_url)
    page.click(".ikc-quiz__retry")
    answer_quiz(page, mini_url, right=False)
    assert "(0%)" in page.locator(".ikc-quiz__score").inner_text()
    assert page.locator(FIRST_NAV + " .ikc-status--completed").count() == 1
    open_learning(page, mini_url)
    assert page.locator(FIRST_ENTRY + " .ikc-cpd-entry__score").inner_text() == "100% (pass mark 70%)"


def test_my_learning_before_anything_is_done(page, mini_url):
    open_learning(page, mini_url)
    assert page.locator(".ikc-learning__summary").inner_text().startswith("You have completed 0 of 2 modules.")
    assert page.locator(".ikc-cpd__empty").is_visible()
    assert not page.locator(".ikc-cpd__tools").is_visible()
    expect_shown_text(page.locator(".ikc-data-tools__privacy"), "stays on this device")


# ---------- Reflection, and nothing lost through reload, export, clear and import ----------

def test_reflection_survives_reload_export_clear_and_import(page, mini_url, tmp_path):
    answer_quiz(page, mini_url)
    page.goto(mini_url + "checklists/sample-checklist.html")
    page.locator(".ikc-checklist input[type=checkbox]").first.check()
    open_learning(page, mini_url)

    entry = page.locator(FIRST_ENTRY)
    entry.locator(".ikc-cpd-entry__edit").click()
    form = page.locator("#reflect-first-module")
    assert form.is_visible()
    expect_shown_text(form.locator(".ikc-reflection__privacy"), "Do not write names")
    assert "privacy" in page.get_attribute("#reflect-first-module-learnt", "aria-describedby")
    page.fill("#reflect-first-module-learnt", "Typed, then the tab was closed.")
    page.reload()  # saved as typed: nothing is lost by leaving without pressing Done
    assert "Typed, then the tab was closed." in page.locator(FIRST_ENTRY + " .ikc-reflection-view").inner_text()

    entry = write_reflection(page, when="2026-11-20")
    assert page.evaluate("() => document.activeElement.classList.contains('ikc-cpd-entry__edit')")
    assert entry.locator(".ikc-cpd-entry__status").inner_text() == "Your reflection is saved in this browser."
    page.reload()
    view = page.locator(FIRST_ENTRY + " .ikc-reflection-view").inner_text()
    assert all(text in view for text in REFLECTION.values())
    assert page.locator(FIRST_ENTRY + " .ikc-cpd-entry__when").inner_text() == "20 November 2026"
    assert "in a group session or training day" in page.locator(FIRST_ENTRY + " .ikc-cpd-entry__what").inner_text()

    saved = export(page, tmp_path)
    assert saved.name.startswith("ikc-learning-record-") and saved.suffix == ".json"
    exported = json.loads(saved.read_text())
    assert exported["schema"] == 2
    assert exported["records"]["reflection"]["first-module"]["learnt"] == REFLECTION["learnt"]
    assert exported["records"]["checklist"]["sample-checklist"]["items"]
    assert exported["records"]["completion"]["first-module"]["percent"] == 100

    page.click(".ikc-data__clear")
    dialog = page.locator("dialog.ikc-data__confirm")
    assert dialog.is_visible() and "cannot be undone" in dialog.inner_text()
    offered = export(page, tmp_path / "..", ".ikc-data__confirm-export")  # the export offered before clearing
    assert json.loads(offered.read_text())["records"] == exported["records"]
    page.click(".ikc-data__confirm-clear")
    assert not dialog.is_visible()
    assert "cleared from this browser" in page.locator(".ikc-data__status").inner_text()
    assert page.evaluate("() => document.activeElement.classList.contains('ikc-data__clear')")
    assert stored(page) is None
    assert page.locator(".ikc-cpd__empty").is_visible()
    assert page.locator(FIRST_NAV + " .ikc-status").count() == 0

    page.set_input_files("#ikc-import-file", str(saved))
    page.wait_for_selector(".ikc-data__status:has-text('Imported')")
    assert "records added" in page.locator(".ikc-data__status").inner_text()
    assert page.locator(FIRST_NAV + " .ikc-status--completed").count() == 1
    page.reload()
    view = page.locator(FIRST_ENTRY + " .ikc-reflection-view").inner_text()
    assert all(text in view for text in REFLECTION.values())
    assert page.locator(".ikc-learning__summary").inner_text().startswith("You have completed 1 of 2")
    page.goto(mini_url + "checklists/sample-checklist.html")
    assert page.locator(".ikc-checklist input[type=checkbox]").first.is_checked()


def test_clearing_asks_first_and_cancel_or_escape_keeps_everything(page, mini_url):
    answer_quiz(page, mini_url)
    open_learning(page, mini_url)
    before = stored(page)
    page.click(".ikc-data__clear")
    page.click(".ikc-data__confirm-cancel")
    page.focus(".ikc-data__clear")
    page.keyboard.press("Enter")
    assert page.locator("dialog.ikc-data__confirm").is_visible()
    assert page.evaluate("() => document.activeElement.classList.contains('ikc-data__confirm-export')")
    page.keyboard.press("Escape")
    assert not page.locator("dialog.ikc-data__confirm").is_visible()
    assert stored(page) == before
    assert page.locator(FIRST_ENTRY).is_visible()


def test_reflection_by_keyboard(page, mini_url):
    answer_quiz(page, mini_url)
    open_learning(page, mini_url)
    page.focus(FIRST_ENTRY + " .ikc-cpd-entry__edit")
    assert focus_indicator(page)
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "reflect-first-module-learnt"
    page.keyboard.type("Learnt by keyboard.")
    tab_to(page, "#reflect-first-module .ikc-reflection__done")
    page.keyboard.press("Enter")
    assert "Learnt by keyboard." in page.locator(FIRST_ENTRY + " .ikc-reflection-view").inner_text()


# ---------- Import merges, keeping the newer record ----------

def test_import_keeps_the_newer_of_two_records(page, mini_url, tmp_path):
    local = {"app": "ikc", "schema": 2, "records": {
        "completion": {"first-module": {"date": "2026-05-01T09:00:00Z", "percent": 90, "passMark": 70,
                                        "updated": "2026-05-01T09:00:00Z"}},
        "reflection": {"first-module": {"learnt": "Newer, written here.", "updated": "2026-06-01T09:00:00Z"}},
        "checklist": {"sample-checklist": {"items": {}, "updated": "2026-01-01T09:00:00Z"}}}}
    put_raw(page, mini_url, json.dumps(local))
    incoming = {"app": "ikc", "schema": 2, "exported": "2026-07-01T09:00:00Z", "records": {
        "reflection": {"first-module": {"learnt": "Older, from the other device.", "updated": "2026-02-01T09:00:00Z"},
                       "second-module": {"learnt": "Only in the file.", "updated": "2026-03-02T09:00:00Z"}},
        "completion": {"second-module": {"date": "2026-03-01T09:00:00Z", "percent": 80, "passMark": 70,
                                         "updated": "2026-03-01T09:00:00Z"}},
        "checklist": {"sample-checklist": {"items": {}, "updated": "2026-04-01T09:00:00Z"}}}}
    file = tmp_path / "other-device.json"
    file.write_text(json.dumps(incoming))
    open_learning(page, mini_url)
    page.set_input_files("#ikc-import-file", str(file))
    status = page.locator(".ikc-data__status")
    page.wait_for_selector(".ikc-data__status:has-text('Imported')")
    assert status.inner_text() == (
        "Imported \u201cother-device.json\u201d: 2 records added; 1 record replaced by a newer copy from the file; "
        "1 record kept as it was, because this browser's copy is as new or newer.")
    assert "Newer, written here." in page.locator(FIRST_ENTRY + " .ikc-reflection-view").inner_text()
    second = page.locator(".ikc-cpd-entry[data-module-id='second-module']")
    assert second.is_visible() and "Only in the file." in second.inner_text()
    records = stored(page)["records"]
    assert records["checklist"]["sample-checklist"]["updated"] == "2026-04-01T09:00:00Z"  # the file's was newer
    assert records["reflection"]["first-module"]["updated"] == "2026-06-01T09:00:00Z"  # imported times are kept

    again = page.evaluate("() => localStorage.getItem('ikc-data')")
    page.set_input_files("#ikc-import-file", str(file))  # importing the same file twice changes nothing
    page.wait_for_selector(".ikc-data__status:has-text('4 records kept')")
    assert page.evaluate("() => localStorage.getItem('ikc-data')") == again


def test_import_ignores_entries_that_could_pollute_objects(page, mini_url, tmp_path):
    file = tmp_path / "hostile.json"
    file.write_text('{"app": "ikc", "schema": 2, "records": {"__proto__": {"x": {"polluted": true}}, '
                    '"reflection": {"__proto__": {"polluted": true}, "first-module": "not a record"}}}')
    open_learning(page, mini_url)
    page.set_input_files("#ikc-import-file", str(file))
    page.wait_for_selector(".ikc-data__status:has-text('Imported')")
    assert "3 entries in the file could not be read and were left out." in page.locator(".ikc-data__status").inner_text()
    assert page.evaluate("() => ({}).polluted === undefined && ({}).x === undefined")


@pytest.mark.parametrize("content, message", [
    ("not json at all", "not an export from this guide"),
    (json.dumps({"app": "something-else", "schema": 1, "records": {}}), "not an export from this guide"),
    (json.dumps({"app": "ikc", "schema": 99, "records": {}}), "made by a newer version of this guide"),
    (json.dumps({"app": "ikc", "schema": 0, "records": {}}), "older version of this guide"),
])
def test_a_file_that_is_not_an_export_changes_nothing(page, mini_url, tmp_path, content, message):
    answer_quiz(page, mini_url)
    open_learning(page, mini_url)
    before = stored(page)
    file = tmp_path / "file.json"
    file.write_text(content)
    page.set_input_files("#ikc-import-file", str(file))
    page.wait_for_selector(".ikc-data__status:has-text('Nothing was imported')")
    assert message in page.locator(".ikc-data__status").inner_text()
    assert stored(page) == before


def test_an_export_from_an_older_version_is_migrated_on_import(page, mini_url, tmp_path):
    old = {"app": "ikc", "schema": 1, "records": {"quiz": {"first-module": {
        "version": 1, "score": 3, "max": 3, "percent": 100, "passed": True, "passMark": 70,
        "date": "2026-03-04T10:00:00Z", "updated": "2026-03-04T10:00:00Z"}}}}
    file = tmp_path / "old.json"
    file.write_text(json.dumps(old))
    open_learning(page, mini_url)
    page.set_input_files("#ikc-import-file", str(file))
    page.wait_for_selector(".ikc-data__status:has-text('Imported')")
    assert page.locator(FIRST_ENTRY + " .ikc-cpd-entry__when").inner_text() == "4 March 2026"
    assert stored(page)["records"]["completion"]["first-module"]["percent"] == 100


# ---------- Broken, old and newer data in storage ----------

def test_malformed_storage_is_set_aside_with_a_notice_and_the_page_works(page, mini_url, tmp_path):
    put_raw(page, mini_url, '{"app": "ikc", "schema": 2, "records": {')
    open_learning(page, mini_url)
    notice = page.locator(".ikc-storage-notice")
    assert notice.get_attribute("role") == "alert"
    assert "could not be read" in notice.inner_text()
    assert page.locator(".ikc-learning__summary").inner_text().startswith("You have completed 0 of 2")
    assert "1 copy of saved data that could not be read" in page.locator(".ikc-data__set-aside").inner_text()
    kept = page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('ikc-data-unreadable-'))")
    assert len(kept) == 1
    exported = json.loads(export(page, tmp_path).read_text())
    assert exported["setAside"][0]["text"] == '{"app": "ikc", "schema": 2, "records": {'

    answer_quiz(page, mini_url)  # the site carries on with a fresh record
    assert page.locator(FIRST_NAV + " .ikc-status--completed").count() == 1
    assert page.locator(".ikc-storage-notice").count() == 0  # reported once, not on every page


def test_storage_from_the_previous_schema_is_migrated(page, mini_url):
    schema_one = {"app": "ikc", "schema": 1, "records": {
        "quiz": {"first-module": {"version": 1, "score": 3, "max": 3, "percent": 100, "passed": True, "passMark": 70,
                                  "date": "2026-02-03T10:00:00Z", "updated": "2026-02-03T10:00:00Z"},
                 "second-module": {"version": 1, "score": 1, "max": 3, "percent": 33, "passed": False,
                                   "date": "2026-02-05T10:00:00Z", "updated": "2026-02-05T10:00:00Z"}},
        "checklist": {"sample-checklist": {"items": {"a": True}, "updated": "2026-02-01T10:00:00Z"}}}}
    put_raw(page, mini_url, json.dumps(schema_one))
    open_learning(page, mini_url)
    assert page.locator(".ikc-storage-notice").count() == 0
    assert page.locator(".ikc-learning__summary").inner_text() == \
        "You have completed 1 of 2 modules. 1 in progress, 0 not started."
    assert page.locator(FIRST_ENTRY + " .ikc-cpd-entry__when").inner_text() == "3 February 2026"
    assert "opened on 5 February 2026" in page.locator(".ikc-learning__module[data-module-id='second-module']").inner_text()
    write_reflection(page)
    records = stored(page)
    assert records["schema"] == 2
    assert records["records"]["checklist"]["sample-checklist"]["items"] == {"a": True}


def test_storage_from_an_unknown_older_schema_is_set_aside_with_a_notice(page, mini_url):
    put_raw(page, mini_url, json.dumps({"app": "ikc", "schema": 0, "records": {"quiz": {}}}))
    open_learning(page, mini_url)
    assert "older version of this guide could not be updated" in page.locator(".ikc-storage-notice").inner_text()
    assert page.locator(".ikc-learning__summary").inner_text().startswith("You have completed 0 of 2")
    assert page.locator(".ikc-data__set-aside").is_visible()


def test_storage_from_a_newer_version_is_never_overwritten(page, mini_url):
    newer = json.dumps({"app": "ikc", "schema": 99, "records": {"future": {"x": {"updated": "2027-01-01"}}}})
    put_raw(page, mini_url, newer)
    answer_quiz(page, mini_url)
    assert "made by a newer version" in page.locator(".ikc-storage-notice").inner_text()
    open_learning(page, mini_url)
    page.click(".ikc-data__clear")
    page.click(".ikc-data__confirm-clear")
    assert "Nothing was cleared" in page.locator(".ikc-data__status").inner_text()
    assert page.evaluate("() => localStorage.getItem('ikc-data')") == newer


# ---------- Print and plain text ----------

def completed_with_reflection(page, url):
    answer_quiz(page, url)
    open_learning(page, url)
    write_reflection(page, when="2026-11-20")


def test_copy_as_plain_text(page, mini_url):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    completed_with_reflection(page, mini_url)
    page.click(".ikc-cpd__copy")
    page.wait_for_selector(".ikc-cpd__status:has-text('Copied')")
    text = page.evaluate("() => navigator.clipboard.readText()")
    assert "This is a self-declared record, not an accreditation." in text
    assert "Module 1: The first-module title" in text
    assert "When: 20 November 2026" in text
    assert "Quiz score: 100% (pass mark 70%)" in text
    assert "- explain what a care order is" in text
    assert f"What I learnt:\n{REFLECTION['learnt']}" in text
    assert f"Peer reflection to discuss:\n{REFLECTION['peer']}" in text
    assert "second-module" not in text and "<" not in text


def test_plain_text_is_shown_selected_when_the_browser_will_not_copy(page, mini_url):
    completed_with_reflection(page, mini_url)
    page.evaluate("() => { navigator.clipboard.writeText = () => Promise.reject(new Error('denied')); }")
    page.click(".ikc-cpd__copy")
    box = page.locator("#ikc-cpd-text")
    assert box.is_visible()
    assert REFLECTION["impact"] in box.input_value()
    assert page.evaluate("() => document.activeElement.id") == "ikc-cpd-text"
    assert page.evaluate("() => { const b = document.activeElement; return b.selectionEnd - b.selectionStart; }") > 100
    assert "shown below" in page.locator(".ikc-cpd__status").inner_text()


def test_print_shows_the_record_alone(page, mini_url, tmp_path):
    completed_with_reflection(page, mini_url)
    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")
    page.click(".ikc-cpd__print")
    assert page.evaluate("() => window.printed") == 1
    page.emulate_media(media="print")
    pdf = tmp_path / "record.pdf"
    page.pdf(path=str(pdf), format="A4")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    for expected in ("Continuing professional development record", "self-declared record, not an accreditation",
                     "Printed on", "Module 1: The first-module title", "20 November 2026", "100% (pass mark 70%)",
                     "explain what a care order is", REFLECTION["learnt"], REFLECTION["impact"], REFLECTION["peer"]):
        assert expected in flat, expected
    for absent in ("Your progress", "Export my data", "Print the record", "Edit your reflection", "Clear my data",
                   "The second-module title"):
        assert absent not in flat, absent


# ---------- Accessibility, and the offline folder ----------

def test_axe_on_my_learning_in_each_state(page, mini_url, tmp_path):
    open_learning(page, mini_url)
    assert axe_violations(page) == ""  # nothing done yet
    answer_quiz(page, mini_url)
    open_learning(page, mini_url)
    page.click(FIRST_ENTRY + " .ikc-cpd-entry__edit")
    assert axe_violations(page) == ""  # a completed module with its reflection form open
    page.click("#reflect-first-module .ikc-reflection__done")
    page.evaluate("() => { navigator.clipboard.writeText = () => Promise.reject(new Error('denied')); }")
    page.click(".ikc-cpd__copy")
    export(page, tmp_path)
    assert axe_violations(page) == ""  # reflection shown, plain text box and export status shown
    page.click(".ikc-data__clear")
    assert axe_violations(page) == ""  # the confirmation dialog


def test_axe_with_the_storage_notice(page, mini_url):
    put_raw(page, mini_url, "{broken")
    open_learning(page, mini_url)
    assert page.locator(".ikc-storage-notice").is_visible()
    assert axe_violations(page) == ""


def test_my_learning_reflows_at_320_px_with_the_form_open(page, mini_url):
    answer_quiz(page, mini_url)
    page.set_viewport_size({"width": 320, "height": 700})
    open_learning(page, mini_url)
    page.click(FIRST_ENTRY + " .ikc-cpd-entry__edit")
    assert reflow_problems(page) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_on_my_learning_in_the_guide(page, guide_url, scheme):
    """The real guide has the dark palette: a completed module, its form open, and the clear dialog, in both schemes."""
    page.emulate_media(color_scheme=scheme)
    open_learning(page, guide_url)
    first = page.locator(".ikc-cpd-entry").first.get_attribute("data-module-id")
    page.evaluate("""id => localStorage.setItem('ikc-data', JSON.stringify({app: 'ikc', schema: 2, records: {
        completion: {[id]: {date: '2026-11-20T10:00:00Z', percent: 90, passMark: 70, updated: '2026-11-20T10:00:00Z'}},
        reflection: {[id]: {learnt: 'A point.', impact: 'An impact.', peer: 'A question.', updated: '2026-11-21T10:00:00Z'}}}}))""",
                  first)
    open_learning(page, guide_url)
    assert page.locator("body").get_attribute("data-md-color-scheme") == ("slate" if scheme == "dark" else "default")
    assert page.locator(f".ikc-cpd-entry[data-module-id='{first}'] .ikc-reflection-view").is_visible()
    assert axe_violations(page) == ""
    page.click(f".ikc-cpd-entry[data-module-id='{first}'] .ikc-cpd-entry__edit")
    assert axe_violations(page) == ""
    page.click(".ikc-data__clear")
    assert axe_violations(page) == ""


def test_progress_works_from_the_offline_folder(browser, mini_site, tmp_path):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    url = mini_site.as_uri() + "/"
    answer_quiz(page, url)
    page.goto(url + "my-learning.html")
    assert page.locator(FIRST_ENTRY).is_visible()
    assert page.locator(FIRST_NAV + " .ikc-status--completed").count() == 1
    saved = export(page, tmp_path)
    assert json.loads(saved.read_text())["records"]["completion"]["first-module"]
    context.close()
