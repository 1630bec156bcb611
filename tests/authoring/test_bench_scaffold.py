"""The scaffold's benchmark parts run and report what they say (no test here asserts a time)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench import scaffold_pages, scaffold_speed

PAGE = Path(__file__).parent / "data" / "saved-page.html"


def test_pages_lists_found_and_present(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copyfile(PAGE, tmp_path / "saved-page.html")
    shutil.copyfile(PAGE, tmp_path / "n4k_fox13now_001.html")  # a name the table counts
    assert scaffold_pages.main([str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split() == ["n4k_fox13now_001", "3", "/", "4"]
    assert lines[2].split() == ["saved-page", "3", "/", "—"]
    assert lines[3].split() == ["counted", "pages", "3", "/", "4"]


def test_pages_refuses_a_folder_without_pages(tmp_path: Path) -> None:
    assert scaffold_pages.main([str(tmp_path)]) == 2


def test_speed_measures_both_figures() -> None:
    figures = scaffold_speed.measure(runs=1)
    assert sorted(figures) == ["scaffold-3000-ms", "scaffold-seed-ms"]
    assert all(value > 0 for value in figures.values())
