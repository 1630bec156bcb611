"""``--scaffold REPORT -o OUT``: a draft briefing from a report, written without touching the report."""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from viewer.atomic_file import write_atomically
from viewer.authoring.draft import SourceMeta, Summary, draft_briefing, summarise
from viewer.authoring.html_text import extract_article, looks_like_html
from viewer.safe_read import ReadRefused, read_regular_file

EXIT_OK = 0
EXIT_REFUSED = 2


class DraftRefused(Exception):
    """The report or OUT cannot be used; the message is one line for a person."""


@dataclass(frozen=True)
class Draft:
    """A draft briefing in memory, and the source text its offsets point into.

    ``source_file`` is where that text is: the report itself, or (for a web page) the text
    file still to be written next to the briefing when ``extracted`` is true.
    """

    briefing: dict[str, Any]
    source_text: str
    source_file: Path
    source_bytes: bytes
    extracted: bool
    summary: Summary


def _decode(shown: str, data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex().upper()
        raise DraftRefused(
            f"{shown}: not UTF-8 text: byte 0x{bad} at byte offset {error.start}; "
            "save the report as UTF-8 (or as a web page, .html)"
        ) from None
    if not text.strip():
        raise DraftRefused(f"{shown}: holds no text")
    return text


def _relative(path: Path, folder: Path) -> str:
    return Path(os.path.relpath(os.path.abspath(path), os.path.abspath(folder))).as_posix()


def build_draft(report: Path, out: Path, shown: str | None = None) -> Draft:
    """The draft for ``report`` (a .txt report or a saved web page) meant to be saved as ``out``.

    Nothing is written: the window builds a draft in memory with this. ``out`` decides the
    source path (relative to its folder) and, for a web page, where the text will go.
    """
    shown = shown if shown is not None else str(report)
    try:
        data = read_regular_file(report)
    except ReadRefused as refused:
        raise DraftRefused(f"{shown}: {refused.problem}") from None
    if looks_like_html(report.suffix, data):
        article = extract_article(data)
        if article is None:
            raise DraftRefused(f"{shown}: holds no article text (no main text found in the page)")
        text, meta = article.text, article.meta
        source_file = out.parent / f"{report.stem}.txt"
        source_bytes = text.encode("utf-8")
        extracted = True
    else:
        text, meta = _decode(shown, data), SourceMeta()
        source_file, source_bytes, extracted = report, data, False
    title = meta.headline or f"Draft briefing from {report.name}"
    briefing = draft_briefing(text, _relative(source_file, out.parent), source_bytes, meta, title)
    return Draft(
        briefing, text, source_file, source_bytes, extracted, summarise(briefing["quotes"])
    )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _check_out(report: Path, out: Path, shown_out: str, force: bool) -> None:
    if _same_file(out, report):
        raise DraftRefused(f"{shown_out}: is the report itself; the report is never written")
    folder = out.parent
    if not folder.is_dir():
        raise DraftRefused(f"{shown_out}: folder {str(folder)!r} does not exist")
    try:
        mode = os.lstat(out).st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise DraftRefused(f"{shown_out}: cannot examine: {error.strerror or error}") from None
    if stat.S_ISDIR(mode):
        raise DraftRefused(f"{shown_out}: is a directory; expected a file name for the draft")
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise DraftRefused(f"{shown_out}: exists and is not a regular file")
    if not force:
        raise DraftRefused(f"{shown_out}: already exists; pass --force to replace it")


def _check_source(draft: Draft, report: Path, out: Path) -> bool:
    """Whether the extracted text must be written (False: an identical file is already there)."""
    target = draft.source_file
    if _same_file(target, out) or _same_file(target, report):
        raise DraftRefused(f"{target}: the page's text would overwrite the report or OUT")
    if not target.exists() and not target.is_symlink():
        return True
    try:
        existing = read_regular_file(target)
    except ReadRefused as refused:
        raise DraftRefused(f"{target}: {refused.problem}") from None
    if existing != draft.source_bytes:
        raise DraftRefused(
            f"{target}: exists and holds other text; move it away or choose another OUT folder"
        )
    return False


def _write_new(path: Path, data: bytes) -> None:
    with open(path, "xb") as handle:
        handle.write(data)


def write_draft(draft: Draft, report: Path, out: Path, force: bool, shown_out: str) -> None:
    """Write the draft (and a web page's text) after every refusal has been checked."""
    _check_out(report, out, shown_out, force)
    write_source = draft.extracted and _check_source(draft, report, out)
    data = msgspec.json.format(msgspec.json.encode(draft.briefing), indent=2) + b"\n"
    try:
        if write_source:
            _write_new(draft.source_file, draft.source_bytes)
        try:
            write_atomically(out, data, replace=force)
        except BaseException:
            if write_source:
                draft.source_file.unlink(missing_ok=True)
            raise
    except FileExistsError as error:
        name = shown_out if error.filename is None else error.filename
        raise DraftRefused(f"{name}: appeared while writing; nothing was replaced") from None
    except OSError as error:
        raise DraftRefused(f"{shown_out}: cannot write: {error.strerror or error}") from None


def scaffold(report: str, out: str, force: bool) -> int:
    """``briefing-viewer --scaffold REPORT -o OUT [--force]``: exit 0, or 2 with one line on stderr."""
    report_path, out_path = Path(report), Path(out)
    try:
        draft = build_draft(report_path, out_path, report)
        write_draft(draft, report_path, out_path, force, out)
    except DraftRefused as refused:
        print(f"briefing-viewer: {refused}", file=sys.stderr)
        return EXIT_REFUSED
    written = f" (its text written to {draft.source_file})" if draft.extracted else ""
    print(f"{out}: draft with {draft.summary.describe()} from {report}{written}")
    return EXIT_OK
