"""Creating the application and its window; ``cli.main`` stays thin and tests use the same factory."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from viewer import __version__
from viewer.loading import LoadedBriefing, load_briefing
from viewer.problems import BriefingError
from viewer.resources import bundled_briefing_path
from viewer.ui.main_window import APP_NAME, MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("Briefing Viewer")
    return app


def create_main_window(
    app: QApplication, path: Path | None, display_path: str | None = None
) -> MainWindow:
    """The window on ``path``, or on the bundled briefing; a refused file is reported in the window."""
    del app  # the window needs a QApplication to exist; taking it makes that explicit
    if path is None:
        return MainWindow(load_bundled())
    try:
        loaded = load_briefing(path, display_path)
    except BriefingError as error:
        window = MainWindow(load_bundled())
        window.show_refusal(error, "Showing the bundled briefing instead.")
        return window
    return MainWindow(loaded)


def load_bundled() -> LoadedBriefing:
    return load_briefing(bundled_briefing_path(), "bundled briefing")
