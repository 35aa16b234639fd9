"""Benchmark the guide (`make bench`): build time against plain MkDocs, growth with 10x and 100x modules, the
weight of a module page and of the search index, and Lighthouse scores. Prints a table, then the README section.

Targets (issue 8): the project's rendering adds at most 20% to a plain build of the same Markdown (every page's
Markdown as the guide hands it to MkDocs, so the page count is equal; a build of only the hand-written files is
shown too, and takes about a third of the time because it makes a third of the pages); build time grows
linearly with content; a module page is under 150 KB gzipped without the search index; Lighthouse accessibility,
best practices and SEO 100 and performance at least 95, with the CPU slowed as Lighthouse's documentation advises
for the machine (its fixed 4x is for a high-end desktop; both are shown).

  .venv/bin/python scripts/benchmark.py [--runs 9] [--factors 10 100] [--no-lighthouse] [--lighthouse-runs 9]
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import lighthouse, projects, timing, weight  # noqa: E402
from bench.serve import GzipServer  # noqa: E402
from ikc.chromium import CHROMIUM  # noqa: E402

MODULE_PAGE = "modules/legal-framework.html"
KB = 1024


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown CPU")
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / KB ** 3
    chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True).stdout.split()
    return (f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, {' '.join(chromium[:2])}")


def pages(site: Path) -> int:
    """HTML pages in a built site, not counting the 404 page."""
    return sum(1 for page in site.rglob("*.html") if page.name != "404.html")


def percent(ratio: float) -> str:
    return f"{(ratio - 1) * 100:+.0f}%"


def kb(n: int) -> str:
    return f"{n / KB:.1f} KB"


def run(args) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="ikc-bench-") as folder:
        tmp = Path(folder)
        print("Timing the guide and plain MkDocs…", file=sys.stderr)
        full = projects.copy_project(tmp / "full")
        plain = projects.plain_project(tmp / "plain")
        same = projects.same_pages_project(tmp / "same")
        times = timing.interleaved_seconds({"full": (full, True), "plain": (plain, False), "same": (same, False)},
                                           args.runs)
        t_full, t_plain, t_same = (statistics.median(times[name]) for name in ("full", "plain", "same"))
        modules = len(projects.module_ids())
        # The guide makes pages the plain build has no source for (checklists, trainer and print pages): say how
        # many, as that, not slower rendering of each page, is most of the difference.
        pages_full, pages_plain = pages(full / "site"), pages(plain / "site")
        median_ratio, fastest_ratio = timing.ratios(times["full"], times["same"])
        met = median_ratio <= 1.2 and fastest_ratio <= 1.2
        rows += [(f"Build, the guide (median of {args.runs}, builds taking turns)", f"{t_full:.2f} s",
                  f"{pages_full} pages"),
                 ("Build, every page's final Markdown in plain MkDocs + Material", f"{t_same:.2f} s",
                  f"{pages(same / 'site')} pages, as the guide's build hands them to MkDocs"),
                 ("Project rendering overhead, page count equal", f"{percent(median_ratio)} (fastest runs: "
                  f"{percent(fastest_ratio)})", "target at most +20%: " + ("met" if met else "MISSED")),
                 ("Build, only the Markdown files of docs/ and modules/ in plain MkDocs + Material", f"{t_plain:.2f} s",
                  f"{pages_plain} pages: the guide takes x{t_full / t_plain:.2f}, as it makes "
                  f"{pages_full - pages_plain} more pages"),
                 ("Build time per page, guide / those files", f"{t_full / pages_full * 1000:.0f} ms / "
                  f"{t_plain / pages_plain * 1000:.0f} ms", "the same measure, page for page")]
        base = t_full / modules
        rows.append((f"Build, 1x ({modules} modules)", f"{t_full:.2f} s", f"{base:.3f} s per module"))
        for factor in args.factors:
            print(f"Timing {factor}x modules…", file=sys.stderr)
            grown, count = projects.multiplied_project(tmp / f"x{factor}", factor)
            t = timing.build_seconds(grown)
            rows.append((f"Build, {factor}x ({count} modules)", f"{t:.2f} s",
                         f"{t / count:.3f} s per module; x{t / t_full:.1f} the time for x{factor} the content"))

        site = full / "site"
        server = GzipServer(site)
        try:
            print("Weighing a module page…", file=sys.stderr)
            totals = weight.page_weight(site, server.url, MODULE_PAGE)
            index = totals.pop("search index", [0, 0])
            raw = sum(v[0] for v in totals.values())
            zipped = sum(v[1] for v in totals.values())
            for kind in ("HTML", "CSS", "JS", "fonts", "other"):
                if kind in totals:
                    rows.append((f"Module page {kind}", kb(totals[kind][0]), f"{kb(totals[kind][1])} gzipped"))
            rows.append(("Module page total, without search index", kb(raw), f"{kb(zipped)} gzipped; target "
                         "under 150 KB gzipped: " + ("met" if zipped < 150 * KB else "MISSED")))
            for name in ("search/search_index.json", "search/search_index.js"):
                if (site / name).exists():
                    size, gz = weight.sizes(site / name)
                    rows.append((f"Search index ({name})", kb(size), f"{kb(gz)} gzipped"))
            if index[0]:
                rows.append(("Search index loaded by the module page", kb(index[0]), f"{kb(index[1])} gzipped"))
            if args.lighthouse:
                for label, page in (("home page", "index.html"), ("module page", MODULE_PAGE)):
                    rows += lighthouse_rows(label, server.url + page, args.lighthouse_runs)
        finally:
            server.close()
    return rows


def lighthouse_rows(label: str, url: str, runs: int) -> list[tuple[str, str, str]]:
    """Two rows: Lighthouse's fixed 4x CPU slowdown, then the slowdown its documentation advises for this machine.
    The target is judged on the second, which is the mid-tier phone Lighthouse aims at; the first is shown too."""
    print(f"Lighthouse on the {label}, CPU slowed 4x…", file=sys.stderr)
    fixed = lighthouse.median_scores(url, runs)
    index = fixed["_benchmark_index"]
    slowdown = lighthouse.calibrated_slowdown(index)
    print(f"Lighthouse on the {label}, CPU slowed {slowdown:.1f}x…", file=sys.stderr)
    calibrated = lighthouse.median_scores(url, runs, slowdown)
    rows = []
    for result, how, judged in ((fixed, "CPU slowed 4x, Lighthouse's default", False),
                                (calibrated, f"CPU slowed {slowdown:.1f}x, calibrated for this machine's benchmark "
                                             f"index of {index:.0f} as Lighthouse's documentation advises", True)):
        scores = " / ".join(str(result[c]) for c in lighthouse.CATEGORIES)
        by_run = " ".join(str(score) for score in result["_performance"])
        met = result["performance"] >= 95 and all(result[c] == 100 for c in ("accessibility", "best-practices", "seo"))
        if not judged:
            verdict = "; shown for comparison"
        elif met:
            verdict = "; target 95+/100/100/100: met"
        else:
            verdict = "; target 95+/100/100/100: MISSED (" + ", ".join(result["_failing"][:6]) + ")"
        rows.append((f"Lighthouse, {label}, {how}", scores,
                     f"perf / a11y / best practices / SEO, median of {runs} (perf by run: {by_run}){verdict}"))
    return rows


def table(rows) -> str:
    lines = ["| Measure | Value | Notes |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9, help="builds of each project, taken in turn (default 9: on a "
                        "shared machine one build of the same project can take from 3.1 s to 5.1 s)")
    parser.add_argument("--factors", type=int, nargs="*", default=[10, 100], help="content multiples to time")
    parser.add_argument("--no-lighthouse", dest="lighthouse", action="store_false")
    parser.add_argument("--lighthouse-runs", type=int, default=9, help="Lighthouse runs per page (default 9: here "
                        "one module page scored from 85 to 100 over 19 runs of the same build)")
    args = parser.parse_args()
    rows = run(args)
    print(table(rows))
    print(f"\nMeasured {datetime.date.today().isoformat()} on {machine()}.")


if __name__ == "__main__":
    main()
