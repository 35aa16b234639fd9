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


def scores(url: str) -> dict[str, int]:
    """{category: score out of 100} with Lighthouse's default (mobile, simulated slow 4G) settings."""
    if not LIGHTHOUSE.exists():
        raise RuntimeError("Lighthouse is missing: run `make bench`, which installs it with npm ci")
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        result = subprocess.run(
            [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
             f"--chrome-flags={CHROME_FLAGS}", f"--only-categories={','.join(CATEGORIES)}"],
            capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROMIUM})
        if result.returncode != 0 or not report.exists():
            raise RuntimeError(f"Lighthouse failed on {url}:\n{result.stderr[-2000:]}")
        data = json.loads(report.read_text())
    failing = [audit for audit in data["audits"].values() if audit.get("score") is not None and audit["score"] < 1
               and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")]
    result = {c: round(data["categories"][c]["score"] * 100) for c in CATEGORIES}
    result["_failing"] = [f"{a['id']} ({a['score']:.2f})" for a in failing]  # what to look at when a score is short
    return result


def median_scores(url: str, runs: int) -> dict:
    """The median of each score over `runs` runs, as Lighthouse's authors advise: on a shared machine one run's
    performance score can move by ten points. "_performance" holds every run's performance score, lowest first."""
    results = [scores(url) for _ in range(runs)]
    median = {c: round(statistics.median(r[c] for r in results)) for c in CATEGORIES}
    performance = [r["performance"] for r in results]
    median["_performance"] = sorted(performance)
    median["_failing"] = sorted({audit.split(" (")[0] for r in results for audit in r["_failing"]})
    return median
