"""Wall-clock time of `mkdocs build` on a project folder, as a separate process like `make build`."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def build_seconds(project: Path, strict: bool = True) -> float:
    """The time of one build; raises with MkDocs' output if the build fails.

    Python keeps compiled bytecode as it does on an ordinary machine. Where PYTHONDONTWRITEBYTECODE is set (this
    workplace sets it), the guide's own code in scripts/ would be compiled from source on every build, while every
    installed package, MkDocs and Material included, was compiled when it was installed: a cost only one side pays."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-m", "mkdocs", "build", "--clean", "-q", "-d", str(project / "site")]
    if strict:
        command.insert(4, "--strict")
    start = time.perf_counter()
    result = subprocess.run(command, cwd=project, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"build of {project} failed:\n{result.stdout}\n{result.stderr}")
    return seconds


def interleaved_seconds(projects: dict[str, tuple[Path, bool]], runs: int) -> dict[str, list[float]]:
    """{name: build times} for several (folder, strict) projects built in turn, round after round.

    On a shared machine the load drifts over minutes; building A three times and then B three times would put that
    drift into the ratio of A to B. Taking turns exposes each project to the same drift."""
    times: dict[str, list[float]] = {name: [] for name in projects}
    for _ in range(runs):
        for name, (project, strict) in projects.items():
            times[name].append(build_seconds(project, strict))
    return times


def ratios(a: list[float], b: list[float]) -> tuple[float, float]:
    """A's time over B's, as the ratio of medians and as the ratio of the fastest runs.

    Other work on a shared machine only ever adds time, and by different amounts from one build to the next, so the
    medians' ratio can move by tens of points between runs; the fastest runs are the nearest to each build's own
    cost. Both are reported, and a target counts as met only if both meet it."""
    return statistics.median(a) / statistics.median(b), min(a) / min(b)
