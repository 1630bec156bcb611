"""The PDF's outline (bookmarks), appended to the file Qt wrote as an incremental update.

Qt 6.11's ``QPdfWriter`` writes links and named destinations for a document's
anchors (``<a href="#name">``, ``<a name="name">``), but has no outline API. So the
finished file gets one more revision, as PDF editors save theirs: an outline whose
entries open those named destinations, a catalog that points at it and opens the
outline panel, and a cross-reference section for the new objects. pypdf reads what
is needed (the trailer and the catalog, not the pages) and serialises the objects;
the file's bytes are not rewritten, so this costs the same whatever the page count.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import BinaryIO, Protocol

from pypdf import PdfReader
from pypdf.errors import PdfReadError
from pypdf.generic import (
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    TextStringObject,
)

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


class Entry(Protocol):
    """An outline entry: its title, and the named destination it opens."""

    @property
    def title(self) -> str: ...

    @property
    def anchor(self) -> str: ...


class OutlineError(Exception):
    """The PDF could not be given its outline; the message says why."""


def outline_update(pdf: BinaryIO, entries: Sequence[Entry]) -> bytes:
    """The bytes to append to ``pdf`` (seekable, readable) to give it an outline of ``entries``."""
    try:
        reader = PdfReader(pdf)
        trailer = reader.trailer
        root = trailer.raw_get("/Root")
        catalog = reader.trailer["/Root"]
        size = int(str(trailer["/Size"]))
    except (PdfReadError, KeyError, ValueError) as error:
        raise OutlineError(f"not a PDF this app can add an outline to: {error}") from None
    if not isinstance(root, IndirectObject) or not isinstance(catalog, DictionaryObject):
        raise OutlineError("the PDF's catalog is not where a PDF keeps it")
    previous = _startxref(pdf)

    outlines = size
    items = list(range(size + 1, size + 1 + len(entries)))

    def ref(number: int) -> IndirectObject:
        return IndirectObject(number, 0, reader)

    objects: dict[int, PdfObject] = {}
    for index, (number, entry) in enumerate(zip(items, entries, strict=True)):
        item = DictionaryObject()
        item[NameObject("/Title")] = TextStringObject(entry.title)
        item[NameObject("/Parent")] = ref(outlines)
        item[NameObject("/Dest")] = TextStringObject(entry.anchor)
        if index > 0:
            item[NameObject("/Prev")] = ref(items[index - 1])
        if index + 1 < len(items):
            item[NameObject("/Next")] = ref(items[index + 1])
        objects[number] = item
    tree = DictionaryObject()
    tree[NameObject("/Type")] = NameObject("/Outlines")
    tree[NameObject("/First")] = ref(items[0])
    tree[NameObject("/Last")] = ref(items[-1])
    tree[NameObject("/Count")] = NumberObject(len(items))
    objects[outlines] = tree
    new_catalog = DictionaryObject()
    new_catalog.update({NameObject(str(key)): value for key, value in catalog.items()})
    new_catalog[NameObject("/Outlines")] = ref(outlines)
    new_catalog[NameObject("/PageMode")] = NameObject("/UseOutlines")
    objects[root.idnum] = new_catalog

    pdf.seek(0, io.SEEK_END)
    return _revision(pdf.tell(), objects, trailer, size + 1 + len(entries), previous)


def _startxref(pdf: BinaryIO) -> int:
    """Where the file's last cross-reference section starts (its ``startxref``)."""
    pdf.seek(0, io.SEEK_END)
    length = pdf.tell()
    pdf.seek(max(0, length - 1024))
    match = _STARTXREF.search(pdf.read())
    if match is None:
        raise OutlineError("the PDF does not end with a cross-reference offset")
    return int(match.group(1))


def _revision(
    offset: int,
    objects: dict[int, PdfObject],
    trailer: DictionaryObject,
    size: int,
    previous: int,
) -> bytes:
    """The objects, a cross-reference section for them and a trailer, starting at ``offset``."""
    out = io.BytesIO()
    out.write(b"\n")
    positions: dict[int, int] = {}
    for number in sorted(objects):
        positions[number] = offset + out.tell()
        out.write(f"{number} 0 obj\n".encode("ascii"))
        objects[number].write_to_stream(out)
        out.write(b"\nendobj\n")
    xref = offset + out.tell()
    out.write(b"xref\n")
    for first, numbers in _runs(sorted(positions)):
        out.write(f"{first} {len(numbers)}\n".encode("ascii"))
        for number in numbers:
            out.write(f"{positions[number]:010d} 00000 n\r\n".encode("ascii"))
    new_trailer = DictionaryObject()
    for key in ("/Root", "/Info", "/ID"):
        if key in trailer:
            new_trailer[NameObject(key)] = trailer.raw_get(key)
    new_trailer[NameObject("/Size")] = NumberObject(size)
    new_trailer[NameObject("/Prev")] = NumberObject(previous)
    out.write(b"trailer\n")
    new_trailer.write_to_stream(out)
    out.write(f"\nstartxref\n{xref}\n%%EOF\n".encode("ascii"))
    return out.getvalue()


def _runs(numbers: list[int]) -> list[tuple[int, list[int]]]:
    """Consecutive object numbers grouped: one cross-reference subsection each."""
    runs: list[tuple[int, list[int]]] = []
    for number in numbers:
        if runs and runs[-1][1][-1] + 1 == number:
            runs[-1][1].append(number)
        else:
            runs.append((number, [number]))
    return runs
