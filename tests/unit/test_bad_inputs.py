"""Every malformed input in tests/fixtures/bad/ gives exactly the messages in its expected.txt, and no traceback.

Each case folder holds files that replace those of the two-module fixture course, and expected.txt. To add a
case: make the folder, run the validator on a copy of the course with your files in it, check the messages read
well to an author, and save them as expected.txt.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT, build, copy_mini
from ikc.course import load_course

BAD = ROOT / "tests" / "fixtures" / "bad"
CASES = sorted(p.name for p in BAD.iterdir() if p.is_dir())


def course_with(case: str, tmp_path: Path) -> Path:
    root = copy_mini(tmp_path / "course")
    for source in (BAD / case).rglob("*"):
        if source.is_file() and source.name != "expected.txt":
            (root / source.relative_to(BAD / case)).write_bytes(source.read_bytes())
    return root


def test_corpus_is_large_enough():
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES)
def test_each_bad_input_gives_its_message(case, tmp_path):
    root = course_with(case, tmp_path)
    _, problems = load_course(root)
    expected = (BAD / case / "expected.txt").read_text().splitlines()
    assert expected, f"{case} has no expected messages"
    assert sorted(str(p) for p in problems) == sorted(expected)


def test_validate_command_reports_and_fails_without_traceback(tmp_path):
    root = course_with("quiz-no-correct-answer", tmp_path)
    result = subprocess.run([sys.executable, "-m", "ikc", "validate", str(root)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "quizzes/first-module.yml:15: field 'questions[0].options': no option is marked correct." in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_validate_command_passes_good_content():
    result = subprocess.run([sys.executable, "-m", "ikc", "validate", str(ROOT / "tests" / "fixtures" / "mini")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "All content is valid: 2 modules, 2 quizzes, 2 checklists" in result.stdout


@pytest.mark.parametrize("case", ["module-unknown-checklist", "yaml-bad-indentation", "module-broken-link"])
def test_mkdocs_build_stops_with_the_message_and_no_traceback(case, tmp_path):
    root = course_with(case, tmp_path)
    result = build(root / "mkdocs.yml", tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output
    for line in (BAD / case / "expected.txt").read_text().splitlines():
        assert line in output
