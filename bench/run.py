"""``make bench``: every figure of docs/performance.md, each against its floor, measured interleaved.

Prints a table (figure, median, min–max, floor, ratio, target, met) and writes
``bench/results.json``. Runs are interleaved (floor, app, floor, app…) so that
noise on this shared machine hits both sides of a ratio alike.

    python -m bench.run                 # every figure
    python -m bench.run export review   # only these groups: startup, check, review,
                                        # export, interactive, scaffold
"""

from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from bench.figures import Figure, at_most, figure, print_table
from bench.generate import write
from bench.measure import (
    APP,
    PYTHON,
    ROOT,
    RUNS,
    environment,
    interleaved,
    peak_rss,
    run,
    startup,
    timed,
    wall_ms,
)


def review_figure(path: Path, env: dict[str, str]) -> Figure:
    """``--review`` against ``--check`` of the same briefing, interleaved, wall time."""
    times = interleaved(
        {
            "check": lambda: wall_ms([*APP, "--check", str(path)], env),
            # It exits 1 when it has findings, as the synthetic briefing has (its points
            # repeat other sentences): 0 and 1 both count as a run.
            "review": lambda: wall_ms([*APP, "--review", str(path)], env, accepted=(0, 1)),
        }
    )
    return figure(
        "--review, 1000 regions (wall)",
        "ms",
        times["review"],
        times["check"],
        "≤ 3× --check",
        at_most(3),
    )


GROUPS = ("startup", "check", "review", "export", "interactive", "scaffold")


def main(argv: list[str] | None = None) -> int:
    groups = argv if argv is not None else sys.argv[1:]
    unknown = [group for group in groups if group not in GROUPS]
    if unknown:
        print(
            f"bench.run: unknown group {unknown[0]!r}; groups: {', '.join(GROUPS)}", file=sys.stderr
        )
        return 2
    groups = groups or list(GROUPS)
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    (work / "config").mkdir()
    env = environment(work / "config")
    briefings = {n: write(n, work) for n in (10, 100, 1000)}
    figures: list[Figure] = []
    pdf: dict[str, object] = {}
    # Warm-up: byte code compiled, fonts cached; not counted.
    run([PYTHON, "-m", "bench.floor_window"], env)
    run([*APP, "--measure-startup"], env)
    if "startup" in groups:
        figures += startup_figures(env, briefings)
    if "check" in groups:
        figures += check_figures(env, briefings)
    if "review" in groups:
        print("--review …", file=sys.stderr)
        figures.append(review_figure(briefings[1000], env))
    if "export" in groups:
        export, pdf = export_figures(work, env, briefings[1000])
        figures += export
    if "interactive" in groups:
        figures += interactive_figures(env, briefings[1000])
    if "scaffold" in groups:
        figures += scaffold_figures()

    print_table(figures, pdf, RUNS)
    results = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "runs": RUNS,
        },
        "groups": groups,
        "pdf": pdf,
        "figures": [asdict(f) for f in figures],
    }
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


def startup_figures(env: dict[str, str], briefings: dict[int, Path]) -> list[Figure]:
    """First paint and peak RSS of the window, bundled and 10 to 1000 regions."""
    print(f"start-up: {RUNS} interleaved runs of each …", file=sys.stderr)
    figures: list[Figure] = []
    paint: dict[str, list[float]] = {}
    rss: dict[str, list[float]] = {}
    commands = {
        "floor": [PYTHON, "-m", "bench.floor_window"],
        "bundled": [*APP, "--measure-startup"],
        **{f"{n} regions": [*APP, "--measure-startup", str(path)] for n, path in briefings.items()},
    }
    for _ in range(RUNS):
        for name, command in commands.items():
            ms, mib = startup(command, env)
            paint.setdefault(name, []).append(ms)
            rss.setdefault(name, []).append(mib)
    targets = {"bundled": 1.3, "10 regions": 1.3, "100 regions": 1.3, "1000 regions": 1.5}
    for name, limit in targets.items():
        figures.append(
            figure(
                f"first paint, {name}",
                "ms",
                paint[name],
                paint["floor"],
                f"≤ {limit}× floor",
                at_most(limit),
            )
        )
        figures.append(
            figure(
                f"peak RSS, {name}",
                "MiB",
                rss[name],
                rss["floor"],
                "≤ 1.3× floor",
                at_most(1.3),
            )
        )
    return figures


def check_figures(env: dict[str, str], briefings: dict[int, Path]) -> list[Figure]:
    print("--check …", file=sys.stderr)
    checks = interleaved(
        {
            "pass": lambda: wall_ms([PYTHON, "-c", "pass"], env),
            "bundled": lambda: wall_ms(
                [*APP, "--check", str(ROOT / "resources" / "briefing.json")], env
            ),
            "1000": lambda: wall_ms([*APP, "--check", str(briefings[1000])], env),
        }
    )
    return [
        figure(
            "--check, bundled briefing (wall)",
            "ms",
            checks["bundled"],
            checks["pass"],
            "≤ 4× python -c pass",
            at_most(4),
        ),
        figure("--check, 1000 regions (wall)", "ms", checks["1000"], target="printed"),
    ]


def export_figures(
    work: Path, env: dict[str, str], thousand: Path
) -> tuple[list[Figure], dict[str, object]]:
    """Pages per second against the floor, and peak RSS: bundled against 3000 regions."""
    print("PDF export of 1000 regions …", file=sys.stderr)
    pdf = work / "app.pdf"
    app_rates: list[float] = []
    floor_rates: list[float] = []
    compact_seconds: list[float] = []
    pages = compact_pages = 0
    for _ in range(RUNS):
        # Both sides end to end, timed from the outside: process start, imports and
        # all, as a user waits for them. One region per page, as the floor's pages are.
        floor_out, floor_seconds = timed(
            [PYTHON, "-m", "bench.floor_pdf", "1000", str(work / "floor.pdf")], env
        )
        floor_values = dict(line.split(": ") for line in floor_out.splitlines())
        floor_rates.append(int(floor_values["pages"]) / floor_seconds)
        command = [*APP, "--export-pdf", str(pdf), str(thousand)]
        out, seconds = timed([*command, "--layout", "per-region"], env)
        pages = int(out.rsplit(": ", 1)[1].split()[0])
        app_rates.append(pages / seconds)
        out, seconds = timed(command, env)
        compact_pages = int(out.rsplit(": ", 1)[1].split()[0])
        compact_seconds.append(seconds)
    footers_ok = footers_complete(pdf, compact_pages)
    figures = [
        figure(
            "--export-pdf, 1000 regions, per region",
            "pages/s",
            app_rates,
            floor_rates,
            "≥ 0.8× floor",
            lambda r: r >= 0.8,
        ),
        figure("--export-pdf, 1000 regions, compact", "s", compact_seconds, target="printed"),
    ]
    print("PDF export memory: bundled and 3000 regions …", file=sys.stderr)
    three_thousand = write(3000, work)
    bundled_rss: list[float] = []
    large_rss: list[float] = []
    for _ in range(max(2, RUNS // 3)):
        bundled_rss.append(peak_rss([*APP, "--export-pdf", str(work / "b.pdf")], env))
        large_rss.append(peak_rss([*APP, "--export-pdf", str(pdf), str(three_thousand)], env))
    figures.append(figure("peak RSS, --export-pdf bundled", "MiB", bundled_rss, target="printed"))
    figures.append(
        figure(
            "peak RSS, --export-pdf 3000 regions",
            "MiB",
            large_rss,
            bundled_rss,
            "≤ 3× bundled",
            at_most(3),
        )
    )
    return figures, {
        "per_region_pages_1000": pages,
        "compact_pages_1000": compact_pages,
        "every_footer_present": footers_ok,
    }


def interactive_figures(env: dict[str, str], thousand: Path) -> list[Figure]:
    """In process: find as you type, switching regions."""
    print("find-as-you-type and region switches …", file=sys.stderr)
    keystrokes: list[float] = []
    switches: list[float] = []
    for _ in range(max(3, RUNS // 2)):
        data = json.loads(run([PYTHON, "-m", "bench.interactive", str(thousand)], env))
        keystrokes += data["keystroke_ms"]
        switches += data["switch_ms"]
    worst = Figure(
        "find keystroke, 1000 regions (worst)",
        "ms",
        max(keystrokes),
        min(keystrokes),
        max(keystrokes),
        target="≤ 50 ms",
        met=max(keystrokes) <= 50,
    )
    return [
        figure(
            "find keystroke, 1000 regions (median)",
            "ms",
            keystrokes,
            target="≤ 20 ms",
            check=at_most(20),
        ),
        worst,
        figure(
            "switch to an unseen region, 1000 regions",
            "ms",
            switches,
            target="≤ 16 ms",
            check=at_most(16),
        ),
    ]


def footers_complete(pdf: Path, pages: int) -> bool:
    """Every page says "Page i of N" in its footer, and there are N pages."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    if len(reader.pages) != pages:
        return False
    # pypdf separates the words of a line with tabs.
    return all(
        f"Page {i} of {pages}" in " ".join(page.extract_text().split())
        for i, page in enumerate(reader.pages, 1)
    )


def scaffold_figures() -> list[Figure]:
    """``--scaffold``'s work in process: the seed, and the 3000-region report (~950 KB)."""
    from bench.scaffold_speed import samples

    print("scaffold …", file=sys.stderr)
    times = samples(RUNS)
    return [
        figure("scaffold, seed", "ms", times["seed"], target="printed"),
        figure(
            "scaffold, 3000-region report",
            "ms",
            times["3000 regions"],
            target="≤ 1000 ms",
            check=at_most(1000),
        ),
    ]


if __name__ == "__main__":
    sys.exit(main())
