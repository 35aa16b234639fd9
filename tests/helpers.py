"""Shared test helpers: build a project into a folder, copy the fixture course.

The local HTTP server and the Chromium settings the tests use live in ikc.localserver and ikc.chromium,
shared with the scripts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "fixtures" / "mini"


def build(config: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """Run `mkdocs build --strict` for a project; returns the finished process (check returncode yourself)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-q",
                           "-f", str(config), "-d", str(site_dir)],
                          capture_output=True, text=True, env=env, cwd=config.parent)


def copy_mini(destination: Path) -> Path:
    """A writable copy of the two-module fixture course whose theme and code paths still resolve."""
    shutil.copytree(MINI, destination, ignore=shutil.ignore_patterns("site"))
    config = destination / "mkdocs.yml"
    text = config.read_text().replace("../../../", f"{ROOT.as_posix()}/")
    config.write_text(text)
    return destination

