"""Hostile briefing files, each with the words its refusal must contain; naughty strings a valid one may hold."""

from __future__ import annotations

import copy
import json
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.helpers.paths import BUNDLED

Maker = Callable[[Path], Path]


@dataclass(frozen=True)
class Case:
    id: str
    make: Maker
    expected: str  # a fragment of the message after "PATH: "


def bundled() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
    return copy.deepcopy(data)


def raw(content: bytes) -> Maker:
    def make(folder: Path) -> Path:
        path = folder / "case.json"
        path.write_bytes(content)
        return path

    return make


def text(content: str) -> Maker:
    return raw(content.encode("utf-8"))


def edited(edit: Callable[[dict[str, Any]], object]) -> Maker:
    def make(folder: Path) -> Path:
        data = bundled()
        edit(data)
        return raw(json.dumps(data, ensure_ascii=False).encode("utf-8"))(folder)

    return make


def replaced(old: str, new: str) -> Maker:
    """Edit the bundled briefing's text, for what json.dumps cannot produce."""
    source = BUNDLED.read_text(encoding="utf-8")
    assert old in source
    return text(source.replace(old, new, 1))


def quote(data: dict[str, Any], region: int = 0, index: int = 0) -> dict[str, Any]:
    result: dict[str, Any] = data["regions"][region]["quotes"][index]
    return result


def directory(folder: Path) -> Path:
    path = folder / "dir.json"
    path.mkdir()
    return path


def fifo(folder: Path) -> Path:
    path = folder / "fifo.json"
    os.mkfifo(path)
    return path


def unix_socket(folder: Path) -> Path:
    path = folder / "s.json"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()  # the socket file stays
    return path


def sparse(folder: Path) -> Path:
    path = folder / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(17 * 1024 * 1024)
    return path


def missing(folder: Path) -> Path:
    return folder / "missing.json"


def device(_: Path) -> Path:
    return Path("/dev/zero")


VALID = json.dumps(bundled(), ensure_ascii=False)

CASES = [
    # the file itself
    Case("directory", directory, "is a directory; expected a regular file"),
    Case("fifo", fifo, "is a FIFO (named pipe); expected a regular file"),
    Case("socket", unix_socket, "is a socket; expected a regular file"),
    Case("device", device, "is a character device; expected a regular file"),
    Case("too-large", sparse, "file is 17.0 MiB; the limit is 16.0 MiB"),
    Case("missing", missing, "no such file"),
    Case("empty", raw(b""), "1:1: the file is empty"),
    Case("whitespace-only", raw(b" \n\t "), "2:3: the file holds only spaces and line breaks"),
    # encodings
    Case("utf16-bom", raw(VALID.encode("utf-16")), "the file is UTF-16 text (it starts with"),
    Case("utf16le-no-bom", raw(VALID.encode("utf-16-le")), "looks like UTF-16 or UTF-32"),
    Case("utf32-bom", raw(VALID.encode("utf-32")), "file is UTF-32"),
    Case(
        "latin1",
        raw(VALID.replace("Kyiv", "Kyïv").encode("latin-1", "replace")),
        "not valid UTF-8: byte 0xEF at byte offset",
    ),
    Case(
        "truncated-utf8",
        raw(b'{"title": "\xe2\x80'),
        "1:12: not valid UTF-8: byte 0xE2 at byte offset 11",
    ),
    # JSON syntax
    Case("trailing-comma", text('{"format": "briefing/1",}'), "1:24: a comma before '}' at 1:25"),
    Case("html", text("<!DOCTYPE html>"), "1:1: this is not JSON: it starts with '<'"),
    Case("single-quotes", text("{'format': 'briefing/1'}"), "1:2: expected a field name in double"),
    Case(
        "comment",
        text('{"format": "briefing/1" // no\n}'),
        "1:25: expected ',' or '}' in the object",
    ),
    Case(
        "unterminated-string",
        text('{"title": "abc'),
        "1:15: the file ends inside a string that starts at 1:11",
    ),
    Case(
        "raw-control-character", text('{"title": "a\nb"}'), "1:13: a line break inside the string"
    ),
    Case("extra-data", text(VALID + " {}"), "more after the end of the JSON"),
    Case("leading-zero", text('{"start": 012}'), "a JSON number does not start with 0"),
    Case("hex-number", text('{"start": 0x1F}'), "JSON numbers are decimal"),
    Case("plus-number", text('{"start": +1}'), "1:11: expected a value for the field “start”"),
    Case(
        "nan",
        replaced('"start": 215', '"start": NaN'),
        "NaN is not valid JSON; expected a finite number",
    ),
    Case("infinity", replaced('"start": 215', '"start": Infinity'), "Infinity is not valid JSON"),
    Case(
        "minus-infinity",
        replaced('"start": 215', '"start": -Infinity'),
        "-Infinity is not valid JSON",
    ),
    Case(
        "overflowing-float",
        replaced('"start": 215', '"start": 1e400'),
        "too large; expected a finite number",
    ),
    Case(
        "huge-integer",
        replaced('"start": 215', '"start": ' + "9" * 5000),
        "a whole number with 5000 digits; expected at most 30 digits",
    ),
    Case(
        "duplicate-top-level-key",
        replaced('"title":', '"title": "x", "title":'),
        "the key “title” appears twice in one object (first at",
    ),
    Case(
        "duplicate-nested-key",
        replaced('"start": 215', '"start": 215, "start": 215'),
        "the key “start” appears twice in one object (first at",
    ),
    Case(
        "lone-surrogate",
        replaced('"title": "', '"title": "\\ud800'),
        "title: the text contains a lone surrogate",
    ),
    Case(
        "deep-nesting",
        text('{"regions": ' + "[" * 100 + "]" * 100 + "}"),
        "objects and lists nested deeper than 64 levels",
    ),
    Case("very-deep-nesting", text("[" * 100_000), "1:65: objects and lists nested deeper"),
    Case(
        "top-level-array",
        text("[]"),
        "(top level): expected a JSON object at the top level, found an empty list",
    ),
    Case(
        "top-level-string",
        text('"briefing"'),
        "expected a JSON object at the top level, found the text “briefing”",
    ),
    # format and schema
    Case(
        "format-version",
        edited(lambda d: d.update(format="briefing/3")),
        'format: this file needs format "briefing/3"; this app reads "briefing/2" and "briefing/1"',
    ),
    Case(
        "format-number",
        edited(lambda d: d.update(format=2)),
        "format: expected text, found the number 2",
    ),
    Case(
        "format-missing",
        edited(lambda d: d.pop("format")),
        "(top level): the field “format” is missing",
    ),
    Case(
        "title-missing",
        edited(lambda d: d.pop("title")),
        "(top level): the field “title” is missing",
    ),
    Case(
        "title-number",
        edited(lambda d: d.update(title=42)),
        "title: expected text, found the number 42",
    ),
    Case(
        "title-empty",
        edited(lambda d: d.update(title="")),
        "title: this is empty; expected some text",
    ),
    Case(
        "regions-empty",
        edited(lambda d: d.update(regions=[])),
        "regions: expected at least 1 item in a finished briefing",
    ),
    Case(
        "regions-object",
        edited(lambda d: d.update(regions={})),
        "regions: expected a list, found an object",
    ),
    Case(
        "unknown-field",
        edited(lambda d: d["regions"][0].update(colour="red")),
        "regions[0]: unknown field “colour”; expected only “id”, “name”, “summary”, “summary_evidence”, “points”",
    ),
    Case(
        "bad-kind",
        edited(lambda d: d["takeaways"][0].update(kind="rumour")),
        "takeaways[0].kind: expected one of “analysts”, “claim”, “official” or “reported”, "
        "found the text “rumour”",
    ),
    Case(
        "negative-offset",
        edited(lambda d: quote(d).update(start=-1)),
        "regions[0].quotes[0].start: expected 0 or more, found the number -1",
    ),
    Case(
        "string-offset",
        edited(lambda d: quote(d).update(start="215")),
        "regions[0].quotes[0].start: expected a whole number, found the text “215”",
    ),
    Case(
        "float-offset",
        edited(lambda d: quote(d).update(start=215.5)),
        "regions[0].quotes[0].start: expected a whole number, found the number 215.5",
    ),
    Case(
        "whole-float-offset",
        edited(lambda d: quote(d).update(start=215.0)),
        "regions[0].quotes[0].start: expected a whole number, found a number with a decimal point",
    ),
    Case(
        "boolean-offset",
        edited(lambda d: quote(d).update(end=True)),
        "regions[0].quotes[0].end: expected a whole number, found true",
    ),
    Case(
        "bad-slug",
        edited(lambda d: d["regions"][0].update(id="Kyiv City")),
        "regions[0].id: expected lower-case letters and digits joined by single hyphens, "
        "like “kherson-mykolaiv”, found the text “Kyiv City”",
    ),
    Case(
        "bad-sha256",
        edited(lambda d: d["source"].update(sha256="XYZ")),
        "source.sha256: expected 64 lower-case hexadecimal digits (0-9, a-f), "
        "found the text “XYZ” (3 characters)",
    ),
    Case(
        "outlet-missing",
        edited(lambda d: quote(d).pop("outlet")),
        "regions[0].quotes[0]: the field “outlet” is missing; write null when the report",
    ),
    Case(
        "number-speaker",
        edited(lambda d: quote(d).update(speaker=42)),
        "regions[0].quotes[0].speaker: expected text or null, found the number 42",
    ),
    # rules beyond the schema
    Case(
        "reversed-offsets",
        edited(lambda d: quote(d).update(start=295, end=215)),
        "regions[0].quotes[0].end: end (215) must be greater than start (295)",
    ),
    Case(
        "past-the-end",
        edited(lambda d: quote(d).update(end=5000)),
        "regions[0].quotes[0].end: 5000 is past the end of the source (2486 characters)",
    ),
    Case(
        "quote-mismatch",
        edited(lambda d: quote(d).update(start=216, end=296)),
        "regions[0].quotes[0].text: the text differs from the report at character 216: "
        "the report has “…They have about a th…”, the file has ““They have about a t…”",
    ),
    Case(
        "duplicate-region-id",
        edited(lambda d: d["regions"][1].update(id="kyiv")),
        'regions[1].id: duplicate region id "kyiv" (first used by regions[0])',
    ),
    Case(
        "absolute-source-path",
        edited(lambda d: d["source"].update(path="/etc/passwd")),
        "source.path: expected a path relative to the briefing's folder or to seeds/",
    ),
    Case(
        "several-problems",
        edited(
            lambda d: (quote(d).update(start=-1), d["regions"][1].update(id="X"), d.pop("title"))
        ),
        "… and 2 more problems",
    ),
]

# Strings a briefing may carry that break naive text handling: controls that XML cannot
# carry, markup and XML syntax, code points XML forbids, bidi overrides, line separators.
NAUGHTY_STRINGS = [
    "form\x0cfeed",
    "\x01\x02\x03",
    "nul\x00byte",
    "escape\x1b[31mred",
    "delete\x7f",
    "tab\tand\nnewline and\r\ncrlf and\rcr",
    "\ufffe\uffff",
    "\ufeffbyte-order mark",
    "<b>bold</b> & <img src='file:///etc/passwd'>",
    "&amp; &#1; &#x0C; &lt;",
    "]]> <![CDATA[x]]> <!-- comment -->",
    '<?xpacket end="w"?></x:xmpmeta>',
    "'single' \"double\"",
    "\u202eright-to-left override\u202c",
    "line\u2028separator\u2029paragraph",
    "\x85next line \x9fC1",
    "😀 𝕏 \U0010fffd",
    " leading and trailing spaces ",
]
