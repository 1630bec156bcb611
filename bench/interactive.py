"""In-process figures on a large briefing: find-as-you-type and switching to an unseen region.

Usage: ``python -m bench.interactive BRIEFING.json``; prints JSON with per-keystroke
and per-switch milliseconds. Each keystroke is timed from sending the key event to
the highlighted result painted; each switch from the request to the region painted.
The window's settings (open tabs, zoom, find) go to a folder of this run's own, never
to the user's.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from viewer.section import Section
from viewer.ui.app import create_application, create_main_window

WORDS = ("convoys", "district 7", "evacuation", "Harrow", "shelling", "roads")


def main() -> int:
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bench-interactive-")
    app = create_application()
    window = create_main_window(app, Path(sys.argv[1]))
    window.show()
    QApplication.processEvents()
    while (
        not window.search.ensure_index().is_complete
    ):  # the index builds in idle time after opening
        QApplication.processEvents()
    keystrokes = []
    window.menu_actions.find_action.trigger()
    for word in WORDS:
        window.search.ensure_bar().edit.clear()
        for char in word:
            started = time.perf_counter()
            QTest.keyClicks(window.search.ensure_bar().edit, char)
            window.repaint()  # paint the highlighted result now
            keystrokes.append((time.perf_counter() - started) * 1000)
    window.search.ensure_bar().close_bar()
    switches = []
    regions = len(window.loaded.briefing.regions)
    for region in range(regions // 3, regions, max(1, regions // 20)):
        started = time.perf_counter()
        view = window.open_section(Section.of_region(region))
        view.viewport().repaint()
        switches.append((time.perf_counter() - started) * 1000)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    print(json.dumps({"keystroke_ms": keystrokes, "switch_ms": switches}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
