"""The scaffold's speed, in process: the seed (a few ms) and the 3000-region report (≤ 1 s).

    python -m bench.scaffold_speed        # prints scaffold-seed-ms: and scaffold-3000-ms:

``measure()`` returns both medians for ``bench/run.py``. Each run is the whole of
``scaffold(report, out, force=True)``: read, scan, write the draft; the first run (imports,
caches) is not counted.
"""

from __future__ import annotations

import contextlib
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.generate import write
from viewer.authoring.scaffold import scaffold

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_1de14245fb9f593d.txt"


def _median_ms(report: Path, out: Path, runs: int) -> float:
    return statistics.median(_times_ms(report, out, runs))


def _times_ms(report: Path, out: Path, runs: int) -> list[float]:
    times = []
    for index in range(runs + 1):
        with contextlib.redirect_stdout(io.StringIO()):
            started = time.perf_counter()
            status = scaffold(str(report), str(out), True)
            elapsed = time.perf_counter() - started
        if status != 0:
            raise RuntimeError(f"scaffold of {report} exited {status}")
        if index:
            times.append(elapsed * 1000)
    return times


def samples(runs: int = 5) -> dict[str, list[float]]:
    """Every run's milliseconds of ``scaffold``, on the seed and on the 3000-region report."""
    with tempfile.TemporaryDirectory(prefix="scaffold-") as folder:
        work = Path(folder)
        write(3000, work)
        return {
            "seed": _times_ms(SEED, work / "seed-draft.json", runs),
            "3000 regions": _times_ms(work / "report-3000.txt", work / "draft-3000.json", runs),
        }


def measure(runs: int = 5) -> dict[str, float]:
    """Median milliseconds of ``scaffold`` on the seed and on the 3000-region report."""
    with tempfile.TemporaryDirectory(prefix="scaffold-") as folder:
        work = Path(folder)
        write(3000, work)
        return {
            "scaffold-seed-ms": _median_ms(SEED, work / "seed-draft.json", runs),
            "scaffold-3000-ms": _median_ms(
                work / "report-3000.txt", work / "draft-3000.json", runs
            ),
        }


def main() -> int:
    for name, value in measure().items():
        print(f"{name}: {value:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
