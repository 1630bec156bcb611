"""Shared fixtures: the bundled briefing as data, files written from it, and the main window."""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_1de14245fb9f593d.txt"
BUNDLED = ROOT / "resources" / "briefing.json"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_bytes().decode("utf-8")


@pytest.fixture
def briefing_data() -> dict[str, Any]:
    """A fresh, mutable copy of the bundled briefing's JSON."""
    data: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
    return copy.deepcopy(data)


WriteBriefing = Callable[..., Path]


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


def shown_window(qtbot: Any, path: Path | None = None) -> Any:
    """The main window on ``path`` (the bundled briefing without one), shown and active."""
    from viewer.ui.app import create_application, create_main_window

    win = create_main_window(create_application(), path)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):  # shortcuts reach the active window only
        win.show()
        win.activateWindow()
    return win


@pytest.fixture
def window(qtbot: Any) -> Any:
    """The main window on the bundled briefing, shown as `briefing-viewer` shows it."""
    return shown_window(qtbot)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every test gets its own settings folder: the real user's settings are never touched."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def clean_clipboard(qapp: Any) -> Iterator[None]:
    """Empty the clipboard after each test.

    Isolates tests from each other, and works around the offscreen platform, whose
    clipboard frees data it was given after the application is gone: the process
    then segfaults at exit (the xcb platform does not).
    """
    yield
    qapp.clipboard().clear()
