"""Sentences of one paragraph (sentencex), with its quotations kept whole and opaque."""

from __future__ import annotations

import re

import sentencex

from viewer.authoring.marks import MARKS
from viewer.authoring.paragraphs import Span

_WORDS = re.compile(r"\S")
#: Kept in a masked quotation: the punctuation that ends it can end its sentence.
_FINAL = ".!?…"


def _masked(text: str, paragraph: Span, quotes: list[Span]) -> str:
    """The paragraph with every quotation's words replaced by ``x`` (same length).

    The splitter then never cuts a sentence inside a quotation, and a quotation that ends
    with a full stop (“We will.” He left.) still ends its sentence.
    """
    start, end = paragraph
    parts: list[str] = []
    cursor = start
    for qstart, qend in quotes:
        parts.append(text[cursor:qstart])
        inner_end = qend - 1 if text[qend - 1] in MARKS else qend  # a quote run to the end has none
        final = inner_end
        while final > qstart + 1 and text[final - 1] in _FINAL:
            final -= 1
        inner = text[qstart + 1 : final]
        parts.append(text[qstart])
        parts.append(_WORDS.sub("x", inner))
        parts.append(text[final:qend])
        cursor = qend
    parts.append(text[cursor:end])
    return "".join(parts)


def sentences(text: str, paragraph: Span, quotes: list[Span]) -> list[Span]:
    """The sentence spans of ``paragraph`` in ``text`` (absolute offsets, white space trimmed).

    ``quotes`` are the paragraph's quotations in order; none is ever split.
    """
    masked = _masked(text, paragraph, quotes)
    start = paragraph[0]
    spans: list[Span] = []
    for boundary in sentencex.get_sentence_boundaries("en", masked):
        first, last = boundary["start_index"], boundary["end_index"]
        while first < last and masked[first].isspace():
            first += 1
        while last > first and masked[last - 1].isspace():
            last -= 1
        if first < last:
            spans.append((start + first, start + last))
    return spans or [paragraph]
