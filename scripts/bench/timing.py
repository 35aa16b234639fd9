"""Wall-clock time of `mkdocs build` on a project folder, as a separate process like `make build`."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def build_seconds(project: Path, runs: int = 1, strict: bool = True) -> float:
    """The median build time over `runs` builds; raises with MkDocs' output if a build fails."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    times = []
    for _ in range(runs):
        command = [sys.executable, "-m", "mkdocs", "build", "--clean", "-q", "-d", str(project / "site")]
        if strict:
            command.insert(4, "--strict")
        start = time.perf_counter()
        result = subprocess.run(command, cwd=project, capture_output=True, text=True, env=env)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            raise RuntimeError(f"build of {project} failed:\n{result.stdout}\n{result.stderr}")
    return statistics.median(times)
