"""Lighthouse (npm, pinned in package-lock.json) against Debian's Chromium: the four category scores of a page."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
from pathlib import Path

from ikc.chromium import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
# Headless, with the same flags as every other use of Chromium here (none of its own calls home).
CHROME_FLAGS = " ".join(["--headless", "--disable-gpu", *CHROMIUM_ARGS])
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def calibrated_slowdown(benchmark_index: float) -> float:
    """The CPU slowdown that makes this machine behave like the mid-tier phone Lighthouse aims at.

    Lighthouse's fixed 4x is chosen for a high-end desktop (benchmark index 1500 to 2000). Its documentation
    (docs/throttling.md, "Calibrating the CPU slowdown") says to lower it on a weaker machine, and links a calculator
    whose three straight lines are these: 1533 gives 4x, 1300 gives 3x, 800 gives 2x and 150 gives 1x. A faster
    machine is slowed more than 4x, so the target is no easier there; one slower than the phone is not slowed."""
    if benchmark_index >= 1300:
        return 3 + (benchmark_index - 1300) / 233
    if benchmark_index >= 800:
        return 2 + (benchmark_index - 800) / 500
    if benchmark_index >= 150:
        return 1 + (benchmark_index - 150) / 650
    return 1.0


def scores(url: str, cpu_slowdown: float | None = None) -> dict:
    """{category: score out of 100} with Lighthouse's default (mobile, simulated slow 4G) settings, or with the CPU
    slowed by `cpu_slowdown` instead of 4x. "_benchmark_index" is Lighthouse's measure of this machine's speed."""
    if not LIGHTHOUSE.exists():
        raise RuntimeError("Lighthouse is missing: run `make bench`, which installs it with npm ci")
    throttling = [] if cpu_slowdown is None else [f"--throttling.cpuSlowdownMultiplier={cpu_slowdown:.2f}"]
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        result = subprocess.run(
            [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}", *throttling,
             f"--chrome-flags={CHROME_FLAGS}", f"--only-categories={','.join(CATEGORIES)}"],
            capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROMIUM})
        if result.returncode != 0 or not report.exists():
            raise RuntimeError(f"Lighthouse failed on {url}:\n{result.stderr[-2000:]}")
        data = json.loads(report.read_text())
    failing = [audit for audit in data["audits"].values() if audit.get("score") is not None and audit["score"] < 1
               and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")]
    result = {c: round(data["categories"][c]["score"] * 100) for c in CATEGORIES}
    result["_failing"] = [f"{a['id']} ({a['score']:.2f})" for a in failing]  # what to look at when a score is short
    result["_benchmark_index"] = data["environment"]["benchmarkIndex"]
    return result


def median_scores(url: str, runs: int, cpu_slowdown: float | None = None) -> dict:
    """The median of each score over `runs` runs, as Lighthouse's authors advise: on a shared machine one run's
    performance score can move by ten points. "_performance" holds every run's performance score, lowest first;
    "_benchmark_index" is the median of the runs' measures of the machine's speed."""
    results = [scores(url, cpu_slowdown) for _ in range(runs)]
    median = {c: round(statistics.median(r[c] for r in results)) for c in CATEGORIES}
    median["_performance"] = sorted(r["performance"] for r in results)
    median["_failing"] = sorted({audit.split(" (")[0] for r in results for audit in r["_failing"]})
    median["_benchmark_index"] = statistics.median(r["_benchmark_index"] for r in results)
    return median
