"""A reader that stops reading (``| head -1``) ends the command quietly, never with a traceback.

The pipe's reading end is closed before the viewer starts, so its first write fails
every time: the tests do not depend on who is faster.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.paths import BUNDLED, ROOT

OLD_FORMAT = ROOT / "tests" / "data" / "briefing-v1.json"


def run_into_closed_pipe(
    *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "viewer", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            cwd=ROOT,
            env=env,
        )
    finally:
        os.close(write_end)


def test_check_into_a_closed_pipe_ends_quietly() -> None:
    result = run_into_closed_pipe("--check", str(BUNDLED), str(OLD_FORMAT))
    assert result.stderr == ""
    assert result.returncode == 1


def test_review_into_a_closed_pipe_ends_quietly() -> None:
    result = run_into_closed_pipe("--review", str(OLD_FORMAT))
    assert result.stderr == ""
    assert result.returncode == 1


def test_measure_startup_into_a_closed_pipe_quits_instead_of_hanging(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = run_into_closed_pipe("--measure-startup", env=env)
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
