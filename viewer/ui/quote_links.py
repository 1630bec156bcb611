"""What the links in a reading view do: open a region, select a quote in the source, copy it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QGuiApplication, QTextCursor

from viewer.render import citation, citation_html, source_position

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow


class QuoteLinks(QObject):
    """Follows ``region:N``, ``quote:R/Q`` and ``copy:R/Q`` links for one window.

    The links come from our own HTML (see ``viewer.render``); anything else is ignored.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    @Slot(QUrl)
    def follow(self, url: QUrl) -> None:
        scheme, _, target = url.toString().partition(":")
        if scheme == "region" and target.isdigit():
            self._window.show_region(int(target))
        elif scheme in ("quote", "copy"):
            region, _, quote = target.partition("/")
            if region.isdigit() and quote.isdigit():
                if scheme == "quote":
                    self.show_in_source(int(region), int(quote))
                else:
                    self.copy_citation(int(region), int(quote))

    def show_in_source(self, region_index: int, quote_index: int) -> None:
        """Switch to the original report and select exactly the quote's span."""
        window = self._window
        loaded = window.loaded
        quote = loaded.briefing.regions[region_index].quotes[quote_index]
        view = window.open_section(window.tabs.section_count - 1)
        text = loaded.source.text
        if text is None or not loaded.source.verified:
            window.statusBar().showMessage(
                "The source report is not available; quotes are unverified."
            )
            return
        cursor = QTextCursor(view.document())
        cursor.setPosition(source_position(text, quote.start))
        cursor.setPosition(source_position(text, quote.end), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        view.ensureCursorVisible()
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        window.statusBar().showMessage(f"Quote selected: characters {quote.start}–{quote.end}")

    def copy_citation(self, region_index: int, quote_index: int) -> None:
        """Put the quote with its citation on the clipboard, as plain text and as HTML."""
        loaded = self._window.loaded
        data = QMimeData()
        data.setText(citation(loaded, region_index, quote_index))
        data.setHtml(citation_html(loaded, region_index, quote_index))
        QGuiApplication.clipboard().setMimeData(data)
        self._window.statusBar().showMessage("Quote copied with its citation.", 5000)
