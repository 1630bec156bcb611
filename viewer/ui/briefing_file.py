"""The open briefing file: one load path for opening and reloading, and its live state on disk.

A reader who edits the briefing (or its report) in their own editor sees every save:
a valid one is shown, an invalid one is refused while the last good version stays,
and a file that becomes valid again, whatever its bytes, clears the refusal. A file
that is deleted or moved away is said to be gone; the last version read stays on
screen, and the notice clears when the file comes back.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from viewer.loading import parse_briefing
from viewer.model.loaded import LoadedBriefing
from viewer.problems import BriefingError
from viewer.safe_read import ReadRefused, read_regular_file
from viewer.ui.file_watcher import FileWatcher
from viewer.ui.opening import remember_opened

KEPT_ON_RELOAD = "Still showing the last version that could be read."


class BriefingFile(QObject):
    """Holds the briefing shown; opens, reloads and watches its file and its report.

    Signals:
        shown(LoadedBriefing, bool): this briefing is now the one shown; ``True``
            when it is a new version of the same file (the reader keeps their place).
        refused(BriefingError, str): a file could not be opened; the string says
            what stays on screen.
        gone(str): the open file is no longer there (a sentence for the reader).
    """

    shown = Signal(object, bool)
    refused = Signal(object, str)
    gone = Signal(str)

    def __init__(self, loaded: LoadedBriefing, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loaded = loaded
        self._last_seen = loaded.sha256  # of the bytes last read, shown or refused
        self._is_gone = False
        self._unsaved = False
        self._watcher = FileWatcher(self)
        self._watcher.changed.connect(self._on_disk_change)
        self._watch()

    @property
    def loaded(self) -> LoadedBriefing:
        return self._loaded

    @property
    def is_gone(self) -> bool:
        return self._is_gone

    @property
    def unsaved(self) -> bool:
        """Whether the briefing shown is a draft made in memory, not yet written anywhere."""
        return self._unsaved

    def show_unsaved(self, loaded: LoadedBriefing) -> None:
        """Show a draft made in memory; there is no file to watch or reload until it is saved."""
        self._loaded = loaded
        self._unsaved = True
        self._is_gone = False
        self._watcher.watch([])
        self.shown.emit(loaded, False)

    def open(self, path: Path, display_path: str | None = None) -> bool:
        """Show the briefing at ``path`` and remember it for the next run (Open Recent, the
        session); on any problem keep what is shown and say why."""
        kept = f"Still showing “{self._loaded.briefing.title}”."
        opened = self._load(path, display_path or str(path), kept, same_file=False)
        if opened:
            remember_opened(path)
        return opened

    @Slot()
    def reload(self) -> bool:
        """Read the open file again (F5, or a change on disk)."""
        loaded = self._loaded
        if self._unsaved:
            self.gone.emit("This draft is not saved yet: File → Save Draft As… writes it.")
            return False
        if not loaded.path.is_file():
            self._report_gone()
            return False
        return self._load(loaded.path, loaded.display_path, KEPT_ON_RELOAD, same_file=True)

    def _load(self, path: Path, shown: str, kept: str, same_file: bool) -> bool:
        try:
            data = read_regular_file(path)
        except ReadRefused as refusal:
            self.refused.emit(BriefingError(shown, [refusal.problem]), kept)
            return False
        if same_file:
            self._last_seen = hashlib.sha256(data).hexdigest()
        try:
            loaded = parse_briefing(data, path, shown)
        except BriefingError as error:
            self.refused.emit(error, kept)
            return False
        self._loaded = loaded
        self._last_seen = loaded.sha256
        self._is_gone = False
        self._unsaved = False
        self._watch()
        self.shown.emit(loaded, same_file)
        return True

    def _watch(self) -> None:
        """The briefing, and its report where it was found or would be looked for first."""
        loaded = self._loaded
        report = loaded.report.path or loaded.path.parent / loaded.briefing.source.path
        self._watcher.watch([loaded.path, report])

    def _report_gone(self) -> None:
        self._is_gone = True
        self.gone.emit(
            f"{self._loaded.display_path} is no longer there (moved or deleted); "
            "showing the last version read. It reappears here when the file comes back."
        )

    @Slot()
    def _on_disk_change(self) -> None:
        """Reload when the file's bytes or its report changed; say so when the file went away."""
        loaded = self._loaded
        if not loaded.path.is_file():
            if not self._is_gone:
                self._report_gone()
            return
        try:
            data = read_regular_file(loaded.path)
        except ReadRefused:
            return  # unreadable for now (a FIFO put in its place, say); the next event tells
        if (
            self._is_gone
            or hashlib.sha256(data).hexdigest() != self._last_seen
            or self._report_changed()
        ):
            self.reload()

    def _report_changed(self) -> bool:
        """Whether the report now on disk is not the one the shown briefing was checked against."""
        loaded = self._loaded
        path = loaded.report.path or loaded.path.parent / loaded.briefing.source.path
        try:
            digest = hashlib.sha256(read_regular_file(path)).hexdigest()
        except ReadRefused:
            return loaded.report.verified  # a verified report went missing
        return (digest == loaded.briefing.source.sha256) != loaded.report.verified
