"""``make bench``: every figure of docs/performance.md, each against its floor, measured interleaved.

Prints a table (figure, median, min–max, floor, ratio, target, met) and writes
``bench/results.json``. Runs are interleaved (floor, app, floor, app…) so that
noise on this shared machine hits both sides of a ratio alike.
``python -m bench.run review`` measures only ``--review`` against ``--check``.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.generate import write

RUNS = int(os.environ.get("BENCH_RUNS", "7"))
ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
APP = [PYTHON, "-m", "viewer"]


@dataclass
class Figure:
    name: str
    unit: str
    median: float
    low: float
    high: float
    floor: float | None = None
    ratio: float | None = None
    target: str = ""
    met: bool | None = None


def environment(config: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: byte code cached after the first run
    return env


def run(command: list[str], env: dict[str, str]) -> str:
    # A fresh settings folder per run: no run reopens the file of the one before.
    env = {**env, "XDG_CONFIG_HOME": tempfile.mkdtemp(prefix="config-", dir=env["XDG_CONFIG_HOME"])}
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {result.stderr.strip()[-500:]}")
    return result.stdout


def startup(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(first-paint ms, peak RSS MiB) from a ``--measure-startup``-style run."""
    values = dict(line.split(": ") for line in run(command, env).splitlines() if ": " in line)
    return float(values["first-paint-ms"]), int(values["max-rss-kib"]) / 1024


def timed(command: list[str], env: dict[str, str]) -> tuple[str, float]:
    """The command's output and its wall time in seconds, process start to exit."""
    started = time.perf_counter()
    out = run(command, env)
    return out, time.perf_counter() - started


def wall_ms(command: list[str], env: dict[str, str]) -> float:
    return timed(command, env)[1] * 1000


def interleaved(samplers: dict[str, Callable[[], float]]) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {name: [] for name in samplers}
    for _ in range(RUNS):
        for name, sample in samplers.items():
            samples[name].append(sample())
    return samples


def figure(
    name: str,
    unit: str,
    values: list[float],
    floor: list[float] | None = None,
    target: str = "",
    check: Callable[[float], bool] | None = None,
) -> Figure:
    median = statistics.median(values)
    result = Figure(name, unit, median, min(values), max(values), target=target)
    if floor is not None:
        result.floor = statistics.median(floor)
        result.ratio = median / result.floor
    if check is not None:
        result.met = check(result.ratio if result.ratio is not None else median)
    return result


def at_most(limit: float) -> Callable[[float], bool]:
    return lambda value: value <= limit


def review_wall_ms(path: Path, env: dict[str, str]) -> float:
    """``--review`` of ``path``, wall time; it exits 1 when it has findings, as the synthetic
    briefing has (its points repeat other sentences), so 0 and 1 both count as a run."""
    started = time.perf_counter()
    result = subprocess.run(
        [*APP, "--review", str(path)], env=env, capture_output=True, text=True, timeout=300
    )
    elapsed = (time.perf_counter() - started) * 1000
    if result.returncode not in (0, 1):
        raise RuntimeError(f"--review {path} failed: {result.stderr.strip()[-500:]}")
    return elapsed


def review_figure(path: Path, env: dict[str, str]) -> Figure:
    """``--review`` against ``--check`` of the same briefing, interleaved, wall time."""
    times = interleaved(
        {
            "check": lambda: wall_ms([*APP, "--check", str(path)], env),
            "review": lambda: review_wall_ms(path, env),
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


def review_only() -> int:
    """``python -m bench.run review``: only the ``--review`` figure, printed as a table row."""
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    (work / "config").mkdir()
    env = environment(work / "config")
    path = write(1000, work)
    review_wall_ms(path, env)  # warm-up: byte code compiled
    print(f"--review: {RUNS} interleaved runs of it and --check …", file=sys.stderr)
    result = review_figure(path, env)
    print(
        f"{result.name}: median {result.median:.1f} ms ({result.low:.1f}–{result.high:.1f}), "
        f"--check {result.floor:.1f} ms, ratio {result.ratio:.2f}× (target {result.target}): "
        f"{'met' if result.met else 'NOT met'}"
    )
    return 0


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    (work / "config").mkdir()
    env = environment(work / "config")
    briefings = {n: write(n, work) for n in (10, 100, 1000)}
    figures: list[Figure] = []
    # Warm-up: byte code compiled, fonts cached; not counted.
    run([PYTHON, "-m", "bench.floor_window"], env)
    run([*APP, "--measure-startup"], env)

    # -- start-up: first paint and memory ------------------------------------
    print(f"start-up: {RUNS} interleaved runs of each …", file=sys.stderr)
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
                lambda r: r <= 1.3,
            )
        )

    # -- --check -------------------------------------------------------------
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
    figures.append(
        figure(
            "--check, bundled briefing (wall)",
            "ms",
            checks["bundled"],
            checks["pass"],
            "≤ 4× python -c pass",
            lambda r: r <= 4,
        )
    )
    figures.append(figure("--check, 1000 regions (wall)", "ms", checks["1000"], target="printed"))
    print("--review …", file=sys.stderr)
    figures.append(review_figure(briefings[1000], env))

    # -- PDF export ------------------------------------------------------------
    print("PDF export of 1000 regions …", file=sys.stderr)
    pdf = work / "app.pdf"
    app_rates: list[float] = []
    floor_rates: list[float] = []
    pages = 0
    for _ in range(RUNS):
        # Both sides end to end, timed from the outside: process start, imports and
        # all, as a user waits for them.
        floor_out, floor_seconds = timed(
            [PYTHON, "-m", "bench.floor_pdf", "1000", str(work / "floor.pdf")], env
        )
        floor_values = dict(line.split(": ") for line in floor_out.splitlines())
        floor_rates.append(int(floor_values["pages"]) / floor_seconds)
        out, seconds = timed([*APP, "--export-pdf", str(pdf), str(briefings[1000])], env)
        pages = int(out.rsplit(": ", 1)[1].split()[0])
        app_rates.append(pages / seconds)
    figures.append(
        figure(
            "--export-pdf, 1000 regions",
            "pages/s",
            app_rates,
            floor_rates,
            "≥ 0.8× floor",
            lambda r: r >= 0.8,
        )
    )
    footers_ok = footers_complete(pdf, pages)

    # -- in-process: find as you type, switching regions ----------------------
    print("find-as-you-type and region switches …", file=sys.stderr)
    keystrokes: list[float] = []
    switches: list[float] = []
    for _ in range(max(3, RUNS // 2)):
        data = json.loads(run([PYTHON, "-m", "bench.interactive", str(briefings[1000])], env))
        keystrokes += data["keystroke_ms"]
        switches += data["switch_ms"]
    figures.append(
        figure(
            "find keystroke, 1000 regions (median)",
            "ms",
            keystrokes,
            target="≤ 20 ms",
            check=lambda v: v <= 20,
        )
    )
    worst = Figure(
        "find keystroke, 1000 regions (worst)",
        "ms",
        max(keystrokes),
        min(keystrokes),
        max(keystrokes),
        target="≤ 50 ms",
        met=max(keystrokes) <= 50,
    )
    figures.append(worst)
    figures.append(
        figure(
            "switch to an unseen region, 1000 regions",
            "ms",
            switches,
            target="≤ 16 ms",
            check=lambda v: v <= 16,
        )
    )

    print_table(figures, pages, footers_ok)
    results = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "runs": RUNS,
        },
        "pdf": {"pages": pages, "every_footer_present": footers_ok},
        "figures": [asdict(f) for f in figures],
    }
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


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


def print_table(figures: list[Figure], pages: int, footers_ok: bool) -> None:
    print(
        f"\n{'figure':<44} {'median':>10} {'min–max':>17} {'floor':>9} {'ratio':>7}  {'target':<20} met"
    )
    for f in figures:
        spread = f"{f.low:.1f}–{f.high:.1f}"
        floor = f"{f.floor:.1f}" if f.floor is not None else "—"
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
        met = {True: "yes", False: "NO", None: "—"}[f.met]
        print(
            f"{f.name:<44} {f.median:>7.1f} {f.unit:<3} {spread:>16} {floor:>9} {ratio:>7}  {f.target:<20} {met}"
        )
    print(f"\nPDF: {pages} pages; every footer 'Page i of {pages}' present: {footers_ok}")
    print(f"Medians of {RUNS} runs; results in bench/results.json")


if __name__ == "__main__":
    sys.exit(review_only() if sys.argv[1:] == ["review"] else main())
