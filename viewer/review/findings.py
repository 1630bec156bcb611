"""What the reviewer found: a finding names a field, a code, a message in people's words, and its spans."""

from __future__ import annotations

from typing import Final, Literal

import msgspec

from viewer.review.spans import Span

Code = Literal[
    "report-unverified",
    "draft",
    "no-evidence",
    "dropped-hedge",
    "unsupported-detail",
    "voice",
    "inconsistent",
    "uncited",
]
Severity = Literal["finding", "info"]

#: Codes that inform without failing a review: ``--review`` still exits 0 with them.
INFORMATIONAL: Final = frozenset({"uncited"})


class Finding(msgspec.Struct, frozen=True):
    """One thing an editor would point out.

    Args:
        field: where: a field path (``regions[4].points[0]``, ``takeaways[2]``,
            ``regions[0].quotes[1]``, ``source``) or a passage, ``source[START:END]``.
        code: what kind of problem (see docs/review.md).
        message: what is wrong, quoting the words concerned; one line.
        spans: the passages of the report concerned, in code points, for the window
            to show; empty when there are none (nothing rests on the report).
    """

    field: str
    code: Code
    message: str
    spans: tuple[Span, ...] = ()

    @property
    def severity(self) -> Severity:
        return "info" if self.code in INFORMATIONAL else "finding"

    def line(self, path: str) -> str:
        """``PATH: FIELD: CODE: message``, as ``--review`` prints it, always one line."""
        return one_line(f"{path}: {self.field}: {self.code}: {self.message}")


def source_field(span: Span) -> str:
    """A passage's field: ``source[START:END]``."""
    return f"source[{span[0]}:{span[1]}]"


def one_line(text: str) -> str:
    """Runs of whitespace (line breaks, non-breaking spaces) as one space; controls escaped."""
    text = " ".join(text.split())
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)


def quoted(text: str, limit: int = 60) -> str:
    """Words of the report or the briefing in a message: “…”, on one line, shortened.

    A quote's own marks are not doubled: “They have…” is shown once quoted."""
    whole = one_line(text)
    if len(whole) > 1 and whole[0] in '“"' and whole[-1] in '”"':
        whole = whole[1:-1]  # a whole quotation: its marks are the message's
    text = whole[: limit * 2]
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"“{text}”"


def listed(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
