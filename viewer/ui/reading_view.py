"""A read-only rich-text view that loads nothing and follows no link by itself."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from viewer.render import stylesheet
from viewer.theme import Colors


class ReadingView(QTextBrowser):
    """Shows one rendered section of a briefing.

    Links are reported through ``anchorClicked`` and never followed by Qt, and
    ``loadResource`` refuses everything: a document from a briefing cannot make
    the view read a local file, a ``data:`` URL or anything from the network.
    """

    def __init__(self, colors: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._colors = colors
        self.document().setDefaultStyleSheet(stylesheet(colors))
        self.document().setDocumentMargin(18)

    def loadResource(self, type: int, name: QUrl | str) -> object:  # noqa: N802 - Qt's names
        return None

    def show_html(self, html: str) -> None:
        self.document().setDefaultStyleSheet(stylesheet(self._colors))
        self.setHtml(html)

    def set_colors(self, colors: Colors) -> None:
        self._colors = colors


def plain_text_of(document: QTextDocument) -> str:
    """The document's text with paragraph separators as newlines, as a reader would copy it."""
    return document.toPlainText()
