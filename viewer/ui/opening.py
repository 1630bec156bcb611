"""Which file to open: dropped files, the recent list, and whether the open file changed on disk."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QMimeData

from viewer import settings
from viewer.loading import LoadedBriefing
from viewer.safe_read import ReadRefused, read_regular_file


def dropped_briefing(data: QMimeData) -> Path | None:
    """The one local ``.json`` file being dragged, if that is what it is."""
    urls = data.urls() if data.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() == ".json" else None


def remember_opened(path: Path) -> None:
    absolute = str(path.resolve())
    settings.write("session/last_file", absolute)
    settings.remember_recent(absolute)


def changed_on_disk(loaded: LoadedBriefing) -> bool:
    """Whether the file's bytes differ from the ones shown; ``False`` while it is missing.

    Read with the same checks as a load, so a FIFO put in its place cannot block.
    """
    try:
        data = read_regular_file(loaded.path)
    except ReadRefused:
        return False  # gone or unreadable for now; an editor's next rename brings it back
    return hashlib.sha256(data).hexdigest() != loaded.sha256
