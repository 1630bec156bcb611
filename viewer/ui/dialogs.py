"""Modal questions behind small functions, so tests replace them instead of driving dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QFileSystemModel, QMessageBox, QWidget

from viewer import __version__, settings

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

LICENCE = "MIT"


BRIEFINGS_FILTER = "Briefings (*.json)"
ALL_FILES_FILTER = "All files (*)"
#: The schema of the format is JSON too, but not a briefing.
SCHEMA_SUFFIX = ".schema.json"


class _WithoutSchemas(QSortFilterProxyModel):
    """The dialog's files without JSON schemas, while the Briefings filter is chosen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hiding = True

    def hide_schemas(self, hiding: bool) -> None:
        self.beginFilterChange()
        self._hiding = hiding
        self.endFilterChange()

    def filterAcceptsRow(  # noqa: N802 - Qt's name
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if not self._hiding or not isinstance(model, QFileSystemModel):
            return True
        index = model.index(source_row, 0, source_parent)
        return model.isDir(index) or not model.fileName(index).lower().endswith(SCHEMA_SUFFIX)


def open_dialog(parent: QWidget, start_dir: str) -> QFileDialog:
    """File → Open's dialog, not yet shown: briefings in ``start_dir``, the schema left out.

    Qt's own dialog, not the desktop's: a native one cannot leave out one kind of
    ``.json`` file (its filters match names; none excludes).
    """
    dialog = QFileDialog(parent, "Open briefing", start_dir)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    without_schemas = _WithoutSchemas(dialog)
    dialog.setProxyModel(without_schemas)
    dialog.setNameFilters([BRIEFINGS_FILTER, ALL_FILES_FILTER])
    dialog.filterSelected.connect(
        lambda chosen: without_schemas.hide_schemas(chosen == BRIEFINGS_FILTER)
    )
    return dialog


def ask_open_path(parent: QWidget, start_dir: str = "") -> Path | None:
    """Ask for a briefing file to open; ``None`` when the user cancels.

    The dialog starts in the folder it was last left in (remembered across runs),
    or in ``start_dir`` when that folder is unknown or gone.
    """
    remembered = settings.read_folder("folders/open")
    dialog = open_dialog(parent, str(remembered) if remembered is not None else start_dir)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        path = Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()
    settings.write_folder("folders/open", path.parent)
    return path


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
