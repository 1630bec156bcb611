"""Floor: a bare QMainWindow + QTabWidget + one QTextBrowser with ~3 KB of HTML.

Prints ``first-paint-ms`` and ``max-rss-kib`` measured exactly as
``briefing-viewer --measure-startup`` does. ``--tabs N`` adds N - 1 more tabs
(``--lazy``: empty pages whose browser is built on first show).
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QTextBrowser, QWidget

from viewer.startup_probe import report_first_paint

PARAGRAPH = "<p>Officials said the situation along the line of contact was <b>unchanged</b>; " * 4
HTML = "<h1>Bare window</h1>" + (PARAGRAPH + "</p>") * 9  # about 3 KB


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tabs", type=int, default=1)
    parser.add_argument("--lazy", action="store_true")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget(window)
    first = QTextBrowser()
    first.setHtml(HTML)
    tabs.addTab(first, "Overview")
    for number in range(1, args.tabs):
        page = QWidget() if args.lazy else QTextBrowser()
        if isinstance(page, QTextBrowser):
            page.setHtml(HTML)
        tabs.addTab(page, f"Tab {number}")
    window.setCentralWidget(tabs)
    window.resize(1000, 760)
    report_first_paint(first, dict)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
