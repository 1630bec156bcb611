"""What goes wrong when a briefing is read, as one-line messages a reader can act on."""

from __future__ import annotations

import unicodedata

import msgspec

#: The window lists this many problems of one file at first; the rest on request.
MAX_LISTED_PROBLEMS = 20


class Problem(msgspec.Struct, frozen=True):
    """One thing wrong with a file.

    ``where`` is a JSON field path (``regions[2].quotes[0].end``), a ``LINE:COL``
    position, or empty when the problem concerns the file as a whole: the form
    ``--check`` prints. ``reader_where`` names the same place as a reader knows it
    ("Kyiv, quote 1"), for the window; empty until the loader fills it in.
    """

    message: str
    where: str = ""
    reader_where: str = ""

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message

    def for_reader(self) -> str:
        """The problem as the window shows it: the reader's name for the place, then what is wrong."""
        where = self.reader_where or self.where
        return f"{where}: {self.message}" if where else self.message


class BriefingError(Exception):
    """A briefing file was refused; ``problems`` lists every reason (never empty)."""

    def __init__(self, display_path: str, problems: list[Problem]) -> None:
        if not problems:
            raise ValueError("a BriefingError needs at least one problem")
        self.display_path = display_path
        self.problems = list(problems)
        super().__init__(self.one_line())

    @property
    def total(self) -> int:
        return len(self.problems)

    def one_line(self) -> str:
        """``PATH: first problem … and N more problems``: the form ``--check`` prints."""
        line = f"{self.display_path}: {self.problems[0]}"
        rest = self.total - 1
        if rest:
            line += f" … and {rest} more problem{'s' if rest > 1 else ''}"
        return single_line(line)


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def single_line(text: str) -> str:
    """Messages quote untrusted text; keep it on one line and make invisible characters visible.

    Line breaks and tabs appear as JSON writes them (``\\n``, ``\\t``), anything else
    unprintable (a no-break space, a control character) as ``\\u00a0``.
    """
    return "".join(
        ch if ch.isprintable() or ch == " " else _ESCAPES.get(ch, f"\\u{ord(ch):04x}")
        for ch in text
    )


def shortened(value: str, limit: int = 60) -> str:
    """An untrusted string cut to ``limit`` characters (``…`` marks the cut), on one line."""
    return single_line(value if len(value) <= limit else value[: limit - 1] + "…")


def quote_for_message(value: str, limit: int = 60) -> str:
    """A short, printable, quoted rendering of an untrusted string for a message."""
    return '"' + shortened(value, limit) + '"'


def in_quotes(value: str, limit: int = 60) -> str:
    """Like ``quote_for_message``, in typographic quotes: “like this”."""
    return "“" + shortened(value, limit) + "”"


def quote_difference(report: str, start: int, end: int, text: str) -> str:
    """Where and how a quote's ``text`` differs from ``report[start:end]``, for its message.

    Both sides are shown in a short window around the first character that differs,
    counted like ``start`` and ``end`` (code points from 0); characters that look
    alike are named. When the text is in the report elsewhere, the message says where.
    """
    span = report[start:end]
    first = next(
        (i for i, (ours, theirs) in enumerate(zip(span, text, strict=False)) if ours != theirs),
        min(len(span), len(text)),
    )
    before = min(_BEFORE, first)  # the same context on both sides, so that they line up
    ours = (
        f"the report has “{_window(report, start + first, before)}”"
        if first < len(span)
        else f"the quote's characters end there (end is {end})"
    )
    theirs = (
        f"the file has “{_window(text, first, before)}”"
        if first < len(text)
        else "the file's text ends there"
    )
    message = f"the text differs from the report at character {start + first}: {ours}, {theirs}"
    if first < len(span) and first < len(text) and not (span[first] + text[first]).isalnum():
        message += f" ({_name(span[first])} in the report, {_name(text[first])} in the file)"
    elsewhere = report.find(text) if text else -1
    if elsewhere >= 0:
        message += f"; that text is in the report at {elsewhere}–{elsewhere + len(text)}"
    return message


_BEFORE, _AFTER = 12, 20


def _window(text: str, at: int, before: int) -> str:
    """``text`` from ``before`` characters before index ``at`` to a few after, ``…`` where cut."""
    begin, stop = max(0, at - before), min(len(text), at + _AFTER)
    return (
        ("…" if begin > 0 else "")
        + single_line(text[begin:stop])
        + ("…" if stop < len(text) else "")
    )


def _name(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed character').lower()}"
