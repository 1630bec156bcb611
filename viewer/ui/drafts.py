"""File → New Briefing from Report… and Save Draft As…: a draft made in memory, then written.

The draft comes from the scaffold (viewer/authoring): every quoted passage of the report
found, with its cue, outlet and a proposed speaker. It is shown at once, with every
found quote marked in the original report; once saved, the author edits the JSON in
their own editor and the window follows every save.
"""

from __future__ import annotations

from pathlib import Path

import msgspec
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from viewer.model.loaded import ReportText
from viewer.problems import BriefingError, Problem
from viewer.ui.briefing_file import BriefingFile


def draft_path_for(report: Path) -> Path:
    """Where a draft of ``report`` is proposed to go: beside it, ``report.briefing.json``."""
    return report.with_name(f"{report.stem}.briefing.json")


class DraftMaker(QObject):
    """Makes drafts from reports for one window and saves them.

    Signals:
        can_save(bool): whether an unsaved draft is shown (Save Draft As… enabled).
        said(str): something to tell the reader in the status bar.
    """

    can_save = Signal(bool)
    said = Signal(str)

    def __init__(self, file: BriefingFile, parent: QWidget) -> None:
        super().__init__(parent)
        self._file = file
        self._parent = parent
        self._report: Path | None = None
        file.shown.connect(lambda *_: self.can_save.emit(file.unsaved))

    @Slot()
    def new_from_report(self) -> None:
        from viewer.ui import dialogs

        report = dialogs.ask_report_path(self._parent, str(self._file.loaded.path.parent))
        if report is not None:
            self.open_report(report)

    def open_report(self, report: Path) -> bool:
        """Scaffold ``report`` in memory and show the draft; a refusal is listed as a file's is."""
        from viewer.authoring.scaffold import DraftRefused, build_draft
        from viewer.loading import parse_briefing

        out = draft_path_for(report)
        kept = f"Still showing “{self._file.loaded.briefing.title}”."
        try:
            draft = build_draft(report, out)
            text = ReportText("verified", draft.source_text, draft.source_file)
            data = msgspec.json.encode(draft.briefing)
            loaded = parse_briefing(data, out, f"unsaved draft from {report.name}", text)
        except DraftRefused as refused:
            self._file.refused.emit(BriefingError(str(report), [Problem(str(refused))]), kept)
            return False
        except BriefingError as error:  # the scaffold wrote something the format refuses: a bug
            self._file.refused.emit(error, kept)
            return False
        self._report = report
        self._file.show_unsaved(loaded)
        self.said.emit(f"Draft from {report.name}: {draft.summary.describe()}. Not saved yet.")
        return True

    @Slot()
    def save_as(self) -> None:
        from viewer.ui import dialogs

        if self._report is None or not self._file.unsaved:
            return
        out = dialogs.ask_draft_path(self._parent, str(draft_path_for(self._report)))
        if out is not None:
            self.save_to(out)

    def save_to(self, out: Path) -> bool:
        """Write the draft to ``out`` (the file dialog asked before replacing one) and open it."""
        from viewer.authoring.scaffold import DraftRefused, build_draft, write_draft
        from viewer.ui import dialogs

        assert self._report is not None
        try:
            # Built again for where it goes: the report's path is relative to that folder.
            draft = build_draft(self._report, out)
            write_draft(draft, self._report, out, force=True, shown_out=str(out))
        except DraftRefused as refused:
            dialogs.show_warning(self._parent, "Save Draft", str(refused))
            return False
        saved = self._file.open(out)
        if saved:
            self.said.emit(f"Saved the draft to {out}; edit it, and this window follows.")
        return saved
