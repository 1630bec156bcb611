"""Write a briefing as PDF, atomically: a failed export never leaves a half-written file."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QFileDevice, QIODevice, QSaveFile, QTemporaryFile
from PySide6.QtGui import QPdfWriter

from viewer import __version__
from viewer.model.loaded import LoadedBriefing
from viewer.pdf_metadata import metadata_text, pdf_metadata_xmp
from viewer.pdf_outline import OutlineError, outline_update
from viewer.printing import Printed, PrintOptions, default_page_layout, print_to

PDF_RESOLUTION = 300
CHUNK_BYTES = 1 << 20


class ExportError(Exception):
    """The PDF could not be written; the message names the file and why."""


def subject_of(loaded: LoadedBriefing, options: PrintOptions) -> str:
    regions = loaded.briefing.regions
    if options.region_indexes is None:
        scope = f"{len(regions)} regions"
    else:
        scope = ", ".join(regions[i].name for i in options.region_indexes)
    return f"News briefing distilled from {loaded.briefing.source.path} ({scope})"


def export_pdf(loaded: LoadedBriefing, out: Path, options: PrintOptions) -> int:
    """Write the PDF to ``out`` whole or not at all, with its outline; pages written.

    Qt paints the pages into a temporary file, never into memory, so a long briefing's
    export holds one page at a time, not the whole PDF. The outline is appended to it
    (QPdfWriter has no outline of its own, see ``pdf_outline``), then the file is copied
    in chunks through ``QSaveFile``, which writes beside ``out`` (on Linux an unnamed file,
    ``O_TMPFILE``, so not even a killed process leaves it behind) and gives it the name
    ``out`` only when every byte is written. A new file gets the mode any program's new
    file gets (0666 less the umask, so colleagues can read it); a replaced one keeps its
    mode. Uses ``QPdfWriter``, never ``QPrinter``: creating a printer talks to the CUPS
    server.
    """
    pages = QTemporaryFile()
    if not pages.open():
        raise ExportError(f"cannot write {out}: no temporary file ({pages.errorString()})")
    try:
        printed = _paint(loaded, options, pages, out)
        if not pages.flush() or pages.error() != QFileDevice.FileError.NoError:
            raise ExportError(
                f"cannot write {out}: writing stopped part-way ({pages.errorString()})"
            )
        with open(pages.fileName(), "rb") as painted:
            try:
                outline = outline_update(painted, printed.outline) if printed.outline else b""
            except OutlineError as error:
                raise ExportError(f"cannot write {out}: {error}") from None
            painted.seek(0)
            _save(out, painted, outline)
    finally:
        pages.close()
    return printed.pages


def _paint(loaded: LoadedBriefing, options: PrintOptions, device: QIODevice, out: Path) -> Printed:
    writer = QPdfWriter(device)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(default_page_layout())
    writer.setTitle(metadata_text(loaded.briefing.title))  # the same as the XMP title
    writer.setCreator(f"briefing-viewer {__version__}")
    writer.setDocumentXmpMetadata(pdf_metadata_xmp(loaded, subject_of(loaded, options)))
    try:
        return print_to(loaded, options, writer)
    except OSError as error:
        raise ExportError(f"cannot write {out}: {error}") from None
    finally:
        del writer  # the PDF is complete once painting has ended


def _save(out: Path, painted: BinaryIO, outline: bytes) -> None:
    target = QSaveFile(str(out))
    if not target.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportError(f"cannot write {out}: {target.errorString()}")
    chunks = itertools.chain(iter(lambda: painted.read(CHUNK_BYTES), b""), [outline])
    for chunk in chunks:
        if target.write(chunk) != len(chunk):
            target.cancelWriting()
            break
    if not target.commit():  # a full disk shows here, or a write cut short above
        raise ExportError(f"cannot write {out}: {_commit_failure(target)}")


def _commit_failure(target: QSaveFile) -> str:
    """Why the finished file was not saved; a write cut short may leave Qt no reason but "Unknown error"."""
    reason = target.errorString()
    if target.error() in (QFileDevice.FileError.WriteError, QFileDevice.FileError.ResourceError):
        return f"writing stopped part-way ({reason})"
    return reason
