"""Every hostile file is refused by --check with exit 2 and exactly one line naming the problem."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.hostile_cases import CASES, Case
from tests.helpers.paths import ROOT


def check(*paths: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "viewer", "--check", *paths],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )


def test_there_are_at_least_forty_cases() -> None:
    assert len(CASES) >= 40
    assert len({case.id for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_refused_in_one_line(case: Case, tmp_path: Path) -> None:
    path = case.make(tmp_path)
    result = check(str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{path}: ")
    assert case.expected in lines[0]
    assert "Traceback" not in result.stderr


def test_all_cases_in_one_process_one_line_each(tmp_path: Path) -> None:
    paths = []
    for case in CASES:
        folder = tmp_path / case.id
        folder.mkdir()
        paths.append(str(case.make(folder)))
    result = check(*paths, timeout=60)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == paths
