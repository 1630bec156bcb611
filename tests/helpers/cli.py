"""The command line as scripts use it: ``python -m viewer …`` in a subprocess."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers.paths import ROOT


def run_viewer(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """``briefing-viewer args`` from the source tree, its output as text."""
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=env,
    )
