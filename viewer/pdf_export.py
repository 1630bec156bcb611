"""Write a briefing as PDF, atomically: a failed export never leaves a half-written file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileDevice, QIODevice, QSaveFile
from PySide6.QtGui import QPdfWriter

from viewer import __version__
from viewer.model.loaded import LoadedBriefing
from viewer.pdf_metadata import metadata_text, pdf_metadata_xmp
from viewer.printing import PrintOptions, default_page_layout, print_to

PDF_RESOLUTION = 300


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
    """Write the PDF to ``out`` through ``QSaveFile``; pages written.

    ``QSaveFile`` writes a temporary file beside ``out`` (on Linux an unnamed one,
    ``O_TMPFILE``, so not even a killed process leaves it behind) and gives it the
    name ``out`` only when every byte is written. A new file gets the mode any
    program's new file gets (0666 less the umask, so colleagues can read it); a
    replaced one keeps its mode. Uses ``QPdfWriter``, never ``QPrinter``: creating a
    printer talks to the CUPS server.
    """
    target = QSaveFile(str(out))
    if not target.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportError(f"cannot write {out}: {target.errorString()}")
    try:
        writer = QPdfWriter(target)
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(default_page_layout())
        writer.setTitle(metadata_text(loaded.briefing.title))  # the same as the XMP title
        writer.setCreator(f"briefing-viewer {__version__}")
        writer.setDocumentXmpMetadata(pdf_metadata_xmp(loaded, subject_of(loaded, options)))
        pages = print_to(loaded, options, writer)
        del writer  # the PDF is complete once painting has ended
    except OSError as error:
        target.cancelWriting()
        target.commit()  # after cancelWriting, this removes the temporary file, if it has a name
        raise ExportError(f"cannot write {out}: {error}") from None
    if not target.commit():  # a full disk shows here: QPdfWriter does not report it
        raise ExportError(f"cannot write {out}: {_commit_failure(target)}")
    return pages


def _commit_failure(target: QSaveFile) -> str:
    """Why the finished file was not saved; a write cut short may leave Qt no reason but "Unknown error"."""
    reason = target.errorString()
    if target.error() in (QFileDevice.FileError.WriteError, QFileDevice.FileError.ResourceError):
        return f"writing stopped part-way ({reason})"
    return reason
