"""The report cut into passages: its sentences and its quotations, with exact code-point offsets.

The sentence splitter is a regular expression and a few rules, fast on a long report:
a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotation marks or
brackets after it) when whitespace follows and the next word starts with a capital,
a digit or an opening quotation mark; never after a title or an abbreviation of the
lexicon ("Gen.", "U.S.", "No." before a number), a single initial ("J."), or inside
a number ("3.5"). A blank
line always ends a sentence; a single line break is only a space. Non-breaking spaces
count as spaces; a sentence's span leaves out the whitespace around it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import Final

from viewer.review.lexicon import ABBREVIATIONS, CUES, NUMBER_ABBREVIATIONS
from viewer.review.phrases import Phrases, Words
from viewer.review.spans import Span, SpanSet

_CUES: Final = Phrases((cue, cue) for cue in CUES)

#: A blank line, or a run of sentence-ending marks with the closing marks after it
#: and whitespace next. (It starts with a character class: ``re`` then skips ahead fast.)
_BOUNDARY: Final = re.compile(r"[\n.!?…](?:(?<=\n)[^\S\n]*\n\s*|(?<!\n)[.!?…]*[”’\"'»)\]]*(?=\s))")
_OPENING: Final = "“‘\"'«(["
_CURLY_QUOTE: Final = re.compile(r"“[^“”]*?(?:”|(?=\n[^\S\n]*\n)|(?=“)|\Z)")
_STRAIGHT_QUOTE: Final = re.compile(r"\"[^\"]*?(?:\"|(?=\n[^\S\n]*\n)|\Z)")


def sentences(text: str) -> list[Span]:
    """Every sentence of ``text`` as ``(start, end)``, in order, whitespace trimmed."""
    found: list[Span] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        if boundary.group()[0] == "\n":
            _add(found, text, start, boundary.start())
        elif _ends_sentence(text, boundary.start(), boundary.end()):
            _add(found, text, start, boundary.end())
        else:
            continue
        start = boundary.end()
    _add(found, text, start, len(text))
    return found


def _ends_sentence(text: str, marks: int, after: int) -> bool:
    """Whether the marks at ``marks`` (up to ``after``, whitespace next) end a sentence."""
    length = len(text)
    while after < length and text[after].isspace():
        after += 1
    while after < length and text[after] in _OPENING:
        after += 1
    if after >= length:
        return True
    following = text[after]
    if not (following.isupper() or following.isdigit()):
        return False
    if text[marks] != ".":
        return True
    begin = marks
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "."):
        begin -= 1
    word = text[begin:marks].lower()
    if word in ABBREVIATIONS or (word in NUMBER_ABBREVIATIONS and following.isdigit()):
        return False
    return not (len(word) == 1 and text[begin].isupper())


def _add(found: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        found.append((start, end))


def quotations(text: str) -> list[Span]:
    """Every passage between quotation marks, the marks included.

    A quotation left open runs to the end of its paragraph (as a quotation that goes
    on into the next paragraph is printed) or to the next opening mark.
    """
    curly = [m.span() for m in _CURLY_QUOTE.finditer(text)]
    straight = [m.span() for m in _STRAIGHT_QUOTE.finditer(text)]
    return sorted(curly + straight)


class Passages:
    """A verified report's words, sentences and quotations, and which sentences attribute.

    Args:
        text: the report, verified against the briefing's SHA-256.
        quoted: the briefing's own quotes (``start``, ``end``), counted as quotations
            whatever marks the report uses.
    """

    def __init__(self, text: str, quoted: Iterable[Span] = ()) -> None:
        self.text = text
        self.words = Words(text, with_offsets=True)
        self.sentences = sentences(text)
        self._sentence_ends = [end for _, end in self.sentences]
        self.quotations = SpanSet([*quotations(text), *quoted])
        self._cued: dict[int, bool] = {}

    def sentences_of(self, span: Span) -> Iterator[int]:
        """The indexes of the sentences that share a character with ``span``."""
        index = bisect_right(self._sentence_ends, span[0])
        while index < len(self.sentences) and self.sentences[index][0] < span[1]:
            yield index
            index += 1

    def has_cue(self, sentence: int) -> bool:
        """Whether the sentence attributes what it says: a reporting cue outside quotation marks."""
        known = self._cued.get(sentence)
        if known is None:
            found = _CUES.find(self.words, self.words.within(*self.sentences[sentence]))
            known = any(not self.quotations.inside(start) for _, start, _ in found)
            self._cued[sentence] = known
        return known
