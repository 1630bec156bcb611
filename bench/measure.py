"""Running the commands a benchmark measures: each from outside, in its own settings folder.

Every figure of ``bench/run.py`` comes from these: wall time from process start to
exit, first paint and peak RSS as the process reports them, or peak RSS as the kernel
counted it for the process alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Collection
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "7"))
ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
APP = [PYTHON, "-m", "viewer"]


def environment(config: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: byte code cached after the first run
    return env


def run(command: list[str], env: dict[str, str], accepted: Collection[int] = (0,)) -> str:
    """The command's output; it must end with one of the ``accepted`` exit statuses.

    A fresh settings folder per run: no run reopens the file of the one before.
    """
    env = {**env, "XDG_CONFIG_HOME": tempfile.mkdtemp(prefix="config-", dir=env["XDG_CONFIG_HOME"])}
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    if result.returncode not in accepted:
        raise RuntimeError(f"{' '.join(command)} failed: {result.stderr.strip()[-500:]}")
    return result.stdout


def startup(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(first-paint ms, peak RSS MiB) from a ``--measure-startup``-style run."""
    values = dict(line.split(": ") for line in run(command, env).splitlines() if ": " in line)
    return float(values["first-paint-ms"]), int(values["max-rss-kib"]) / 1024


def timed(
    command: list[str], env: dict[str, str], accepted: Collection[int] = (0,)
) -> tuple[str, float]:
    """The command's output and its wall time in seconds, process start to exit."""
    started = time.perf_counter()
    out = run(command, env, accepted)
    return out, time.perf_counter() - started


def wall_ms(command: list[str], env: dict[str, str], accepted: Collection[int] = (0,)) -> float:
    return timed(command, env, accepted)[1] * 1000


def interleaved(samplers: dict[str, Callable[[], float]]) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {name: [] for name in samplers}
    for _ in range(RUNS):
        for name, sample in samplers.items():
            samples[name].append(sample())
    return samples


#: Runs the wrapped command and prints the peak RSS (KiB) of it alone: measured from outside.
PEAK_RSS = (
    "import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(code)"
)


def peak_rss(command: list[str], env: dict[str, str]) -> float:
    """The peak RSS of ``command`` in MiB, as the kernel counted it for that process."""
    return int(run([PYTHON, "-c", PEAK_RSS, *command], env).splitlines()[-1]) / 1024
