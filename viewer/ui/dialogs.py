"""Modal questions behind small functions, so tests replace them instead of driving dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from viewer import __version__

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

LICENCE = "MIT"


def ask_open_path(parent: QWidget, start_dir: str = "") -> Path | None:
    """Ask for a briefing file to open; ``None`` when the user cancels."""
    name, _ = QFileDialog.getOpenFileName(
        parent, "Open briefing", start_dir, "Briefings (*.json);;All files (*)"
    )
    return Path(name) if name else None


def ask_report_path(parent: QWidget, start_dir: str = "") -> Path | None:
    """Ask for a report to make a draft from: a text file or a saved web page."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        "New Briefing from Report",
        start_dir,
        "Reports (*.txt *.html *.htm);;All files (*)",
    )
    return Path(name) if name else None


def ask_draft_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save a draft; the dialog itself asks before replacing a file."""
    name, _ = QFileDialog.getSaveFileName(
        parent, "Save Draft As", suggested, "Briefings (*.json);;All files (*)"
    )
    return Path(name) if name else None


def about_box(parent: QWidget) -> QMessageBox:
    """The About dialog, opened without blocking (``open()``) so tests can read and close it."""
    box = QMessageBox(parent)
    box.setWindowTitle("About briefing-viewer")
    box.setIcon(QMessageBox.Icon.Information)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        f"briefing-viewer {__version__}\n\n"
        "Reads news briefings offline: regions, key facts, and quotes checked "
        "against the source report, each with who said it and to whom.\n\n"
        f"Licence: {LICENCE}."
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask_print(parent: QWidget, printer: QPrinter) -> bool:
    """The system print dialog; True when the user chose to print (settings are in ``printer``)."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print briefing")
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save a PDF; ``None`` when the user cancels."""
    dialog = QFileDialog(parent, "Export PDF", suggested)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setMimeTypeFilters(["application/pdf"])
    dialog.setDefaultSuffix("pdf")
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def show_warning(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A warning with plain text (never guessed as rich text), opened without blocking."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
