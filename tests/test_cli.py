"""The command-line contract scripts depend on: output lines, exit codes, no Qt for --check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.helpers.briefings import WriteBriefing
from tests.helpers.paths import BUNDLED, ROOT
from viewer import __version__


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
    )


def test_check_reports_each_file_and_fails_when_one_is_bad(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["regions"][3]["quotes"][0]["start"] += 1
    bad = write_briefing(briefing_data, "bad.json")
    broken = write_briefing("{\n  [", "broken.json")
    result = run("--check", str(BUNDLED), str(bad), str(broken))
    assert result.returncode == 2
    assert result.stdout == f"{BUNDLED}: ok (7 regions, 8 quotes)\n"
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{bad}: regions[3].quotes[0].text: text does not match")
    assert lines[1].startswith(f"{broken}: 2:3: ")
    assert "Traceback" not in result.stderr


def test_check_keeps_the_path_exactly_as_given() -> None:
    relative = os.path.join(".", "resources", "..", "resources", "briefing.json")
    result = run("--check", relative)
    assert result.returncode == 0
    assert result.stdout.startswith(f"{relative}: ok (")


def test_check_does_not_import_qt() -> None:
    code = (
        "import sys\nfrom viewer.cli import main\n"
        f"status = main(['--check', {str(BUNDLED)!r}])\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6') or m.startswith('shiboken'))\n"
        "print(status, qt)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.stdout.splitlines()[-1] == "0 []"


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == f"briefing-viewer {__version__}"
    assert "--check" in run("--help").stdout


def test_help_leaves_out_the_benchmark_option_which_still_works(tmp_path: Path) -> None:
    help_text = run("--help").stdout
    assert "--export-pdf" in help_text
    assert "measure" not in help_text
    assert "first-paint" not in help_text
    # The window opens: its settings go to a folder of this test's own.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = run("--measure-startup", env=env)
    assert result.returncode == 0
    assert "first-paint-ms: " in result.stdout


def test_without_a_display_the_window_refuses_in_one_line() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = run(env=env)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert "no display" in lines[0]


def test_missing_file_is_refused(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    result = run("--check", str(missing))
    assert result.returncode == 2
    assert result.stderr == f"{missing}: no such file\n"
