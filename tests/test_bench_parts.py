"""The benchmark's parts are correct (no test here asserts a time)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.generate import generate, write
from bench.interactive import WORDS
from tests.helpers.paths import ROOT
from viewer.loading import load_briefing


def run_module(
    module: str, *args: str, config: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m module args`` offscreen, with its settings in ``config`` when given."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if config is not None:
        env["XDG_CONFIG_HOME"] = str(config)
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


@pytest.mark.parametrize("regions", [1, 10, 100])
def test_generated_briefings_pass_check(tmp_path: Path, regions: int) -> None:
    path = write(regions, tmp_path)
    result = run_module("viewer", "--check", str(path))
    assert result.returncode == 0, result.stderr
    assert f"ok ({regions} regions, {2 * regions} quotes)" in result.stdout
    loaded = load_briefing(path)
    assert loaded.report.verified


def test_generator_is_deterministic() -> None:
    assert generate(50) == generate(50)
    assert generate(50) != generate(50, seed=8)


def test_measure_startup_prints_both_figures_and_exits_0(tmp_path: Path) -> None:
    result = run_module("viewer", "--measure-startup", config=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(": ") for line in result.stdout.splitlines())
    assert set(lines) == {"first-paint-ms", "max-rss-kib", "refusal-shown"}
    assert lines["refusal-shown"] == "no"
    assert 0 < float(lines["first-paint-ms"]) < 60_000
    assert int(lines["max-rss-kib"]) > 10_000  # a Qt process, measured in KiB


def test_measure_startup_uses_the_real_start_path(tmp_path: Path) -> None:
    """A bad file given to --measure-startup still opens the window with the refusal, as without it."""
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    result = run_module("viewer", "--measure-startup", str(bad), config=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines())
    assert float(lines["first-paint-ms"]) > 0
    assert lines["refusal-shown"] == "yes", "the first picture lists why the file was refused"


def test_floor_window_reports_like_the_app() -> None:
    result = run_module("bench.floor_window", "--tabs", "3", "--lazy")
    assert result.returncode == 0, result.stderr
    assert "first-paint-ms: " in result.stdout
    assert "max-rss-kib: " in result.stdout


def test_interactive_driver_reports_keystrokes_and_switches(tmp_path: Path) -> None:
    path = write(30, tmp_path)
    result = run_module("bench.interactive", str(path), config=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["keystroke_ms"]) == sum(len(word) for word in WORDS)  # one figure per key
    assert data["switch_ms"]
