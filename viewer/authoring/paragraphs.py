"""A report's paragraphs as spans: the unit every quotation and cue is bounded to."""

from __future__ import annotations

import itertools
import re

Span = tuple[int, int]

#: The line breaks of ``str.splitlines``, CR LF counted as one.
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
#: A text whose longest line is at most this long may be hard-wrapped (e-mail, wire copy).
WRAP_WIDTH_MAX = 100
#: Hard-wrapped text has most of its continued lines within this many characters of the width.
_WRAP_SLACK = 12


def _lines(text: str) -> list[Span]:
    """Each line's span, without its line break."""
    spans = []
    start = 0
    for brk in _LINE_BREAK.finditer(text):
        spans.append((start, brk.start()))
        start = brk.end()
    spans.append((start, len(text)))
    return spans


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _first_word_length(text: str, start: int, end: int) -> int:
    length = 0
    while start + length < end and not text[start + length].isspace():
        length += 1
    return length


def _is_hard_wrapped(text: str, lines: list[Span]) -> tuple[bool, int]:
    """Whether the text's lines were broken at a fixed width, and that width.

    A text is taken as hard-wrapped when its longest line is short (≤ 100) and most lines
    followed by another line run close to that length, as a wrapping program leaves them.
    """
    width = max((end - start for start, end in lines), default=0)
    if width > WRAP_WIDTH_MAX or width < 40:
        return False, width
    continued = [
        (start, end)
        for (start, end), (nstart, nend) in itertools.pairwise(lines)
        if text[start:end].strip() and text[nstart:nend].strip()
    ]
    full = sum(1 for start, end in continued if end - start >= width - _WRAP_SLACK)
    return len(continued) >= 3 and full >= 0.6 * len(continued), width


def paragraphs(text: str) -> list[Span]:
    """Spans of the paragraphs of ``text``, without their surrounding white space.

    A paragraph is a line, as in a page's extracted text or a report with one paragraph per
    line. In hard-wrapped text a line break is kept inside the paragraph where the line was
    full (the next line's first word would not have fitted) and the next line is not indented;
    a blank line always ends a paragraph.
    """
    lines = _lines(text)
    wrapped, width = _is_hard_wrapped(text, lines)
    result: list[Span] = []
    current: Span | None = None
    for index, (start, end) in enumerate(lines):
        trimmed = _trimmed(text, start, end)
        if trimmed[0] == trimmed[1]:
            if current is not None:
                result.append(current)
            current = None
            continue
        current = trimmed if current is None else (current[0], trimmed[1])
        if wrapped and index + 1 < len(lines):
            nstart, nend = lines[index + 1]
            joins = (
                nstart < nend
                and not text[nstart].isspace()
                and (end - start) + 1 + _first_word_length(text, nstart, nend) > width
            )
            if joins:
                continue
        result.append(current)
        current = None
    if current is not None:
        result.append(current)
    return result
