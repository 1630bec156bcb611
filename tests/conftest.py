"""Fixtures for every test: the seed, the bundled briefing as data, files written from it.

Nothing here starts Qt: tests of JSON, validation and the command line run without a
``QApplication``. Qt tests get theirs from pytest-qt (``qtbot``, ``qapp``), and their
settings and clipboard are isolated by ``qt_isolated`` (autouse under tests/ui/).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.briefings import WriteBriefing
from tests.helpers.paths import BUNDLED, SEED

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_bytes().decode("utf-8")


@pytest.fixture
def briefing_data() -> dict[str, Any]:
    """A fresh, mutable copy of the bundled briefing's JSON."""
    data: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def write_briefing(tmp_path: Path) -> WriteBriefing:
    """Write a briefing (dict or raw text/bytes) to a file in ``tmp_path``; the seed is found via seeds/."""

    def write(content: dict[str, Any] | str | bytes, name: str = "briefing.json") -> Path:
        path = tmp_path / name
        if isinstance(content, dict):
            path.write_text(json.dumps(content, ensure_ascii=False, indent=2), encoding="utf-8")
        elif isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        return path

    return write


@pytest.fixture
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This test's own settings folder: the real user's settings are never touched."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def qt_isolated(qapp: Any, isolated_settings: Path) -> Iterator[Path]:
    """Own settings, and an empty clipboard after the test.

    The clipboard is emptied to isolate tests, and because the offscreen platform's
    clipboard frees data it was given after the application is gone: the process
    then segfaults at exit (the xcb platform does not).
    """
    yield isolated_settings
    qapp.clipboard().clear()


@pytest.fixture
def umask_022() -> Iterator[None]:
    """Files are created as most users' are: readable by others (0644)."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)
