"""File → Print…, Print Preview…, Export PDF…, the choice of what they cover, and how it is laid out."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from viewer import settings
from viewer.model.loaded import LoadedBriefing

# Printing modules load on first use: QtPrintSupport and the print layout are
# not needed to open a window, and start-up time is measured (bench/).
if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from viewer.printing import Layout, PrintOptions

#: The page layouts, by their settings name, as the Page Layout menu offers them.
LAYOUT_NAMES = {"compact": "&Compact", "per-region": "One &Region per Page"}


def suggested_pdf_path(loaded: LoadedBriefing) -> Path:
    """Where Export PDF proposes to save: the title as the name, in the folder last used.

    Without a remembered folder, the briefing's own folder when the reader may write
    there (never the bundled briefing's, inside the application), else the home folder.
    The reader confirms or changes it in the dialog.
    """
    from viewer.file_names import safe_file_name
    from viewer.resources import bundled_briefing_path

    folder = settings.read_folder("folders/export")
    if folder is None:
        own = loaded.path.parent
        bundled = loaded.path.resolve() == bundled_briefing_path().resolve()
        folder = own if not bundled and os.access(own, os.W_OK) else Path.home()
    return folder / safe_file_name(loaded.briefing.title, ".pdf", loaded.path.stem)


class PrintActions(QObject):
    """Owns the printing actions of a window.

    ``current`` returns the briefing shown and the index of the region whose tab is
    current (``None`` on the Overview, Sources and Original report tabs). A
    ``QPrinter`` is created only when the user asks to print or preview: creating
    one talks to the CUPS server.
    """

    def __init__(
        self, window: QMainWindow, current: Callable[[], tuple[LoadedBriefing, int | None]]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._current = current
        self.print_action = QAction("&Print…", window)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_briefing)
        self.preview_action = QAction("Print Pre&view…", window)
        self.preview_action.triggered.connect(self.preview)
        self.export_action = QAction("&Export PDF…", window)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.export)
        self.whole_action = QAction("&Whole Briefing", window, checkable=True, checked=True)
        self.region_action = QAction("&Current Region Only", window, checkable=True)
        scope = QActionGroup(window)
        scope.addAction(self.whole_action)
        scope.addAction(self.region_action)
        self.original_action = QAction(
            "Append the &Original Report", window, checkable=True, checked=True
        )
        layouts = QActionGroup(window)
        remembered = settings.read("print/layout")
        if remembered not in LAYOUT_NAMES:
            remembered = "compact"
        self.layout_actions: dict[str, QAction] = {}
        for name, label in LAYOUT_NAMES.items():
            action = QAction(label, window, checkable=True, checked=name == remembered)
            action.toggled.connect(partial(self._remember_layout, name))
            layouts.addAction(action)
            self.layout_actions[name] = action
        self.last_preview: QPrintPreviewDialog | None = None
        self._preview_printer: QPrinter | None = None

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.print_action)
        menu.addAction(self.preview_action)
        menu.addAction(self.export_action)
        scope = menu.addMenu("Print &Scope")
        scope.addAction(self.whole_action)
        scope.addAction(self.region_action)
        scope.addSeparator()
        scope.addAction(self.original_action)
        layout = menu.addMenu("Page &Layout")
        layout.addActions(list(self.layout_actions.values()))

    def layout(self) -> Layout:
        """The page layout chosen in File → Page Layout."""
        if self.layout_actions["per-region"].isChecked():
            return "per-region"
        return "compact"

    def _remember_layout(self, name: str, checked: bool) -> None:
        if checked:
            settings.write("print/layout", name)

    def options(self) -> PrintOptions:
        """What Print, Preview and Export cover now."""
        from viewer.printing import PrintOptions

        _, region = self._current()
        only = (region,) if self.region_action.isChecked() and region is not None else None
        return PrintOptions(only, self.original_action.isChecked(), self.layout())

    def _printer(self) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        from viewer.printing import default_page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(default_page_layout())
        loaded, _ = self._current()
        printer.setDocName(loaded.briefing.title)
        printer.setCreator("briefing-viewer")
        return printer

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 8000)

    @Slot()
    def print_briefing(self) -> None:
        from viewer.printing import print_to
        from viewer.ui import dialogs

        printer = self._printer()
        if not dialogs.ask_print(self._window, printer):
            return
        loaded, _ = self._current()
        try:
            pages = print_to(loaded, self.options(), printer).pages
        except OSError as error:
            dialogs.show_warning(self._window, "Print failed", f"Could not print: {error}")
            return
        self._status(f"Sent {pages} pages to {printer.printerName() or 'the printer'}.")

    @Slot()
    def preview(self) -> None:
        """Open the preview without blocking; it repaints through the same print path."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from viewer.printing import print_to

        # The dialog does not own its printer: keep it alive as long as the dialog.
        self._preview_printer = self._printer()
        dialog = QPrintPreviewDialog(self._preview_printer, self._window)
        dialog.setWindowTitle("Print Preview")
        loaded, _ = self._current()
        options = self.options()
        dialog.paintRequested.connect(lambda printer: print_to(loaded, options, printer))
        dialog.finished.connect(dialog.deleteLater)
        self.last_preview = dialog
        dialog.open()

    @Slot()
    def export(self) -> None:
        from viewer.pdf_export import ExportError, export_pdf
        from viewer.ui import dialogs

        loaded, _ = self._current()
        out = dialogs.ask_pdf_path(self._window, str(suggested_pdf_path(loaded)))
        if out is None:
            return
        if out.resolve() == loaded.path.resolve():
            dialogs.show_warning(
                self._window, "Export PDF", "The PDF cannot replace the briefing it is made from."
            )
            return
        try:
            pages = export_pdf(loaded, out, self.options())
        except ExportError as error:
            dialogs.show_warning(self._window, "Export PDF", str(error))
            return
        settings.write_folder("folders/export", out.parent)
        self._status(f"Saved {pages} pages to {out}.")
