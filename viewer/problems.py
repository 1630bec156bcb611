"""What goes wrong when a briefing is read, as one-line messages a reader can act on."""

from __future__ import annotations

import msgspec

#: The window lists at most this many problems of one file; ``--check`` names the first.
MAX_LISTED_PROBLEMS = 20


class Problem(msgspec.Struct, frozen=True):
    """One thing wrong with a file.

    ``where`` is a JSON field path (``regions[2].quotes[0].end``), a ``LINE:COL``
    position, or empty when the problem concerns the file as a whole.
    """

    message: str
    where: str = ""

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class BriefingError(Exception):
    """A briefing file was refused; ``problems`` lists why (never empty)."""

    def __init__(self, display_path: str, problems: list[Problem]) -> None:
        if not problems:
            raise ValueError("a BriefingError needs at least one problem")
        self.display_path = display_path
        self.problems = problems[:MAX_LISTED_PROBLEMS]
        self.total = len(problems)
        super().__init__(self.one_line())

    def one_line(self) -> str:
        """``PATH: first problem … and N more problems``: the form ``--check`` prints."""
        line = f"{self.display_path}: {self.problems[0]}"
        rest = self.total - 1
        if rest:
            line += f" … and {rest} more problem{'s' if rest > 1 else ''}"
        return _single_line(line)


def _single_line(text: str) -> str:
    """Messages quote untrusted text; keep them on one line whatever it contains."""
    return "".join(ch if ch.isprintable() or ch == " " else f"\\u{ord(ch):04x}" for ch in text)


def quote_for_message(value: str, limit: int = 60) -> str:
    """A short, printable, quoted rendering of an untrusted string for a message."""
    shown = value if len(value) <= limit else value[: limit - 1] + "…"
    return '"' + _single_line(shown) + '"'
