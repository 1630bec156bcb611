"""Exported PDFs for tests, read back as a reader's PDF tools would: pages, lines, outline, links."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from tests.helpers.paths import ROOT


def export(
    *args: str, umask: int = 0o022, max_file_size: int | None = None
) -> subprocess.CompletedProcess[str]:
    """``briefing-viewer --export-pdf ARGS…`` in a process of its own, without a display,
    under ``umask``, its files limited to ``max_file_size`` bytes (as a full disk would be)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # --export-pdf needs no display and sets what it needs

    def limit_file_size() -> None:  # Python ignores SIGXFSZ: a write past it fails with EFBIG
        if max_file_size is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_size, max_file_size))

    return subprocess.run(
        [sys.executable, "-m", "viewer", "--export-pdf", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
        umask=umask,
        preexec_fn=limit_file_size,
    )


def exported(out: Path, *args: str) -> Path:
    """Export to ``out`` and fail the test with the app's message if that fails."""
    result = export(str(out), *args)
    assert result.returncode == 0, result.stderr
    return out


def normal(text: str) -> str:
    """Each line's words separated by single spaces (pypdf puts tabs and runs of spaces
    between words that Qt positions one by one), blank lines dropped."""
    lines = (" ".join(line.replace("\u00a0", " ").split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def page_texts(path: Path) -> list[str]:
    """Each page's text, lines as laid out, header line first, footer lines last."""
    pages = PdfReader(path).pages
    return [normal(page.extract_text(extraction_mode="layout")) for page in pages]


def poppler_page_texts(path: Path) -> list[str]:
    """Each page's text as poppler's ``pdftotext -layout`` reads it: twenty times faster than
    pypdf, for tests that read many PDFs (it joins words around a non-breaking space)."""
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [normal(page) for page in out.split("\f")[:-1]]


def body_lines(page_text: str) -> list[str]:
    """A page's lines without its running header (the first) and footer (the last)."""
    return page_text.splitlines()[1:-1]


def header(page_text: str) -> str:
    return page_text.splitlines()[0]


def words(texts: list[str]) -> str:
    """All pages' text with every run of white space one space: for phrases across lines."""
    return " ".join(" ".join(texts).split())


def outline(path: Path) -> list[tuple[str, int]]:
    """The PDF's bookmarks: each title and the page (0-based) it opens."""
    reader = PdfReader(path)
    found = []
    for item in reader.outline:
        assert not isinstance(item, list), "the outline has one level"
        page = reader.get_destination_page_number(item)
        assert page is not None, f"{item.title} opens no page"
        found.append((str(item.title), page))
    return found


def links(path: Path, page: int) -> list[tuple[list[float], int]]:
    """The internal links on ``page``: each one's rectangle and the page (0-based) it opens."""
    reader = PdfReader(path)
    destinations = reader.named_destinations
    found = []
    annotations: Any = reader.pages[page].get("/Annots", [])
    for reference in annotations:
        annotation = reference.get_object()
        if annotation.get("/Subtype") != "/Link" or "/Dest" not in annotation:
            continue
        target = destinations[str(annotation["/Dest"])]
        rect = [float(value) for value in annotation["/Rect"]]
        opens = reader.get_destination_page_number(target)
        assert opens is not None, f"a link to {annotation['/Dest']} opens no page"
        found.append((rect, opens))
    return found
