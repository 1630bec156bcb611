"""Copy with citation: a quote and where it stands, on the clipboard as plain text and HTML."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from viewer.model.briefing import Quote
from viewer.model.loaded import LoadedBriefing
from viewer.model.statements import find
from viewer.render.citation import citation, citation_html


def copy_citation(loaded: LoadedBriefing, path: str) -> str:
    """Put the quote at ``path`` with its citation on the clipboard; what to tell the reader."""
    quote = find(loaded.briefing, path)
    if not isinstance(quote, Quote):
        return "There is no such quote in this briefing."
    data = QMimeData()
    data.setText(citation(loaded, path, quote))
    data.setHtml(citation_html(loaded, path, quote))
    QGuiApplication.clipboard().setMimeData(data)
    if not loaded.report.verified:
        return "Quote copied with its citation, marked unverified."
    return "Quote copied with its citation."
