"""The original report on the page: its text verbatim, quoted passages marked, offsets mapped to positions."""

from __future__ import annotations

import html

from viewer.model.loaded import LoadedBriefing
from viewer.model.statements import quotes
from viewer.text import fold_breaks, utf16_len

ORIGINAL_TITLE = "Original report"


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, overlapping or touching ``[start, end)`` spans merged into one each."""
    result: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(end, result[-1][1]))
        else:
            result.append((start, end))
    return result


def quoted_spans(loaded: LoadedBriefing) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` spans of the report that some quote covers."""
    return merged([(quote.start, quote.end) for _, quote in quotes(loaded.briefing)])


def original_html(loaded: LoadedBriefing) -> str:
    """The report's text, verbatim, with every quoted span marked. Only for a verified report.

    One ``pre-wrap`` paragraph keeps one text block per report line, so report
    offsets map to document positions (see ``report_position``).
    """
    text = loaded.report_text
    if text is None:
        return ""
    pieces = []
    cursor = 0
    for start, end in quoted_spans(loaded):
        pieces.append(_piece(text, cursor, start))
        pieces.append(f'<span class="quoted">{_piece(text, start, end)}</span>')
        cursor = end
    pieces.append(_piece(text, cursor, len(text)))
    return f'<p style="white-space: pre-wrap">{"".join(pieces)}</p>'


def _piece(text: str, start: int, end: int) -> str:
    piece = text[start:end]
    if start > 0 and text[start - 1] == "\r" and piece.startswith("\n"):
        piece = piece[1:]  # the break was already made by the CR that ended the previous piece
    return html.escape(fold_breaks(piece), quote=False)


def report_position(text: str, offset: int) -> int:
    """Document position of a report offset: code points → UTF-16 units, CR LF folded to one break."""
    return utf16_len(fold_breaks(text[:offset]))
