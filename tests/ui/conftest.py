"""Fixtures for the window's tests: isolated settings and clipboard, and the window itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.windows import shown_window
from viewer.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _isolated(qt_isolated: Path) -> Path:
    """Every window test runs with its own settings and leaves the clipboard empty."""
    return qt_isolated


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    """The main window on the bundled briefing, shown as `briefing-viewer` shows it."""
    return shown_window(qtbot)
