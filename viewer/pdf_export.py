"""Write a briefing as PDF, atomically: a failed export never leaves a half-written file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtGui import QPdfWriter

from viewer import __version__
from viewer.model.loaded import LoadedBriefing
from viewer.pdf_outline import OutlineError, add_outline
from viewer.printing import PrintOptions, default_page_layout, pdf_metadata_xmp, print_to

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
    """Write the PDF to ``out`` through a temporary file in the same folder; pages written.

    Uses ``QPdfWriter``, never ``QPrinter``: creating a printer talks to the CUPS server.
    """
    folder = out.parent if str(out.parent) else Path(".")
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise ExportError(f"cannot write {out}: {error.strerror or error}") from None
    os.close(fd)
    try:
        writer = QPdfWriter(temporary)
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(default_page_layout())
        writer.setTitle(loaded.briefing.title)
        writer.setCreator(f"briefing-viewer {__version__}")
        writer.setDocumentXmpMetadata(pdf_metadata_xmp(loaded, subject_of(loaded, options)))
        try:
            printed = print_to(loaded, options, writer)
        except OSError as error:
            raise ExportError(f"cannot write {out}: {error}") from None
        del writer  # finishes the file
        if os.path.getsize(temporary) == 0:
            raise ExportError(f"cannot write {out}: nothing was written")
        try:
            add_outline(temporary, printed.outline)
        except OutlineError as error:
            raise ExportError(f"cannot write {out}: {error}") from None
        os.replace(temporary, out)
    except OSError as error:
        raise ExportError(f"cannot write {out}: {error.strerror or error}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    return printed.pages
