"""Creating the application and its window; ``cli.main`` stays thin and tests use the same factory."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from viewer import __version__, settings
from viewer.loading import load_briefing
from viewer.model.loaded import LoadedBriefing
from viewer.problems import BriefingError
from viewer.resources import bundled_briefing_path, resource_path
from viewer.ui.first_paint import AfterFirstPaint
from viewer.ui.main_window import MainWindow
from viewer.ui.opening import remember_opened

ICON = "icons/briefing-viewer.svg"
APP_NAME = "briefing-viewer"


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(argv if argv is not None else sys.argv[:1])
    )
    # Settings are an INI file on every platform: one format to read, test and repair.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("Briefing Viewer")
    app.setDesktopFileName("briefing-viewer")  # matches resources/briefing-viewer.desktop
    app.setWindowIcon(QIcon(str(resource_path(ICON))))
    return app


def create_main_window(
    app: QApplication, path: Path | None, display_path: str | None = None
) -> MainWindow:
    """The window on ``path``, or on the bundled briefing; a refused file is reported in the window.

    Once it has painted, its reading views become documents for screen readers.
    """
    del app  # the window needs a QApplication to exist; taking it makes that explicit
    window = _window_on(path, display_path)
    # One more turn of the event loop: the window's paint event comes before its pages'.
    AfterFirstPaint(window, lambda: QTimer.singleShot(0, window, partial(_make_accessible, window)))
    return window


def _make_accessible(window: MainWindow) -> None:
    from viewer.ui import accessibility  # its Qt types cost time the first picture does not need

    accessibility.after_first_paint(window)


def _window_on(path: Path | None, display_path: str | None) -> MainWindow:
    if path is None:
        return _restored_window()
    try:
        loaded = load_briefing(path, display_path)
    except BriefingError as error:
        window = MainWindow(load_bundled())
        window.bars.show_refusal(error, "Showing the bundled briefing instead.")
        return window
    remember_opened(path)
    return MainWindow(loaded)


def _restored_window() -> MainWindow:
    """The last run's file, geometry and tab; the bundled briefing when there is no last file."""
    last = settings.read("session/last_file")
    note = ""
    loaded = None
    if last:
        try:
            loaded = load_briefing(Path(last))
        except BriefingError as error:
            first = error.problems[0].for_reader()
            note = f"Could not reopen {last} ({first}); showing the bundled briefing."
    window = MainWindow(loaded or load_bundled())
    window.restore_session()
    if note:
        window.statusBar().showMessage(note)
    return window


def load_bundled() -> LoadedBriefing:
    return load_briefing(bundled_briefing_path(), "bundled briefing")
