"""``--measure-startup``: time from the kernel's process start to the window's first paint.

The probe only watches; the window opens by the same path as without it.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from viewer.closed_output import stdout_reader_gone
from viewer.ui.first_paint import AfterFirstPaint


def process_age_ms() -> float:
    """Milliseconds since this process started, by the kernel's clock (``/proc/self/stat``).

    Field 22 is the start time in clock ticks after boot; ``CLOCK_BOOTTIME`` is
    the same clock now. Ticks are usually 10 ms, so that is the resolution.
    """
    with open("/proc/self/stat", encoding="ascii") as stat:
        fields = stat.read().rpartition(")")[2].split()
    start_ticks = int(fields[19])  # field 22 counted from 1; fields[0] here is field 3
    started = start_ticks / os.sysconf("SC_CLK_TCK")
    return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000


def max_rss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def report_first_paint(widget: QWidget, shown: Callable[[], dict[str, str]]) -> None:
    """Print the two figures once ``widget`` has painted for the first time, then what the
    first picture ``shown`` (``name: value`` lines, e.g. whether a refusal is on screen), then quit."""
    AfterFirstPaint(widget, lambda: _report(shown()))


def _report(shown: dict[str, str]) -> None:
    """Runs in a Qt slot, where an exception would be printed and the event loop would go
    on: whatever happens to the output, the application quits."""
    status = 0
    try:
        print(f"first-paint-ms: {process_age_ms():.1f}")
        print(f"max-rss-kib: {max_rss_kib()}")
        for name, value in shown.items():
            print(f"{name}: {value}")
        sys.stdout.flush()
    except BrokenPipeError:
        status = stdout_reader_gone()
    finally:
        QCoreApplication.exit(status)
