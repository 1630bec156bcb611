"""``dropped-hedge``: the evidence hedges or qualifies, and the statement keeps nothing of it.

Hedges are counted by family (viewer/review/lexicon.py): the statement keeps a hedge
when it has any phrase of the same family, anywhere, quoted or not. "May" with a
capital inside a sentence is the month, not a hedge.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import Final

from viewer.review.context import Context
from viewer.review.findings import Finding, listed, quoted
from viewer.review.lexicon import (
    HEDGE_FAMILIES,
    NOT_AFTER,
    NOT_BEFORE,
    SENTENCE_STARTERS,
    word_set,
)
from viewer.review.passages import Passages
from viewer.review.phrases import Phrases, Words, normal
from viewer.review.spans import Span
from viewer.review.words import is_sentence_start

HEDGES: Final = Phrases(
    ((phrase, index) for index, family in enumerate(HEDGE_FAMILIES) for phrase in family.phrases),
    NOT_AFTER,
    NOT_BEFORE,
)
#: The words after a hedge, separated by spaces only (a comma or a stop ends them).
_FOLLOWING: Final = re.compile(r"[^\S\n]+([\w’'-]+)")
#: Words a message shows after a hedge without counting them ("to a", "that in the").
_SMALL_WORDS: Final = SENTENCE_STARTERS | word_set("is are was were be been have has had")


def hedges(words: Words, indexes: range | None = None) -> Iterator[tuple[int, Span]]:
    """``(family index, span)`` of every hedge among ``words`` (at ``indexes``)."""
    text = words.text
    for family, start, end in HEDGES.find(words, indexes):
        if text[start:end] == "May" and not is_sentence_start(text, start):
            continue
        yield family, (start, end)


def families(words: Words) -> set[int]:
    """The hedge families the words have a phrase of."""
    return {family for family, _ in hedges(words)}


class _Index:
    """Every hedge of the report, found in one pass, and those of each evidence span."""

    def __init__(self, passages: Passages) -> None:
        self._passages = passages
        self._all = list(hedges(passages.words))
        self._starts = [start for _, (start, _) in self._all]

    def of(self, evidence: Iterable[Span]) -> dict[int, list[Span]]:
        found: dict[int, list[Span]] = {}
        for start, end in evidence:
            first = bisect_left(self._starts, start)
            for family, where in self._all[first : bisect_left(self._starts, end, first)]:
                if where[1] <= end:
                    found.setdefault(family, []).append(where)
        return found

    def shown(self, where: Span, evidence: Iterable[Span]) -> str:
        """The hedge and the two words it qualifies (small words not counted), as a message
        quotes them: “kind of gotten pinched”, “much more to a defensive posture”."""
        end = max((e for s, e in evidence if s <= where[0] < e), default=where[1])
        text = self._passages.text
        shown_end, counted = where[1], 0
        while counted < 2 and (following := _FOLLOWING.match(text, shown_end, end)):
            shown_end = following.end()
            counted += normal(following.group(1)) not in _SMALL_WORDS
        return quoted(text[where[0] : shown_end])


def dropped_hedges(context: Context, passages: Passages) -> Iterator[Finding]:
    index = _Index(passages)
    for statement in context.statements:
        if not statement.evidence:
            continue
        found = index.of(statement.evidence)
        if not found:
            continue
        words = context.words(statement)
        present = set(words.normal)
        possible = {f for f in found if not present.isdisjoint(HEDGES.first_words[f])}
        kept = families(words) if possible else set()
        for family in sorted(found.keys() - kept):
            where = found[family]
            shown = dict.fromkeys(index.shown(w, statement.evidence) for w in where)
            yield Finding(
                statement.path,
                "dropped-hedge",
                f"the evidence says {listed(list(shown)[:3])}; the statement keeps no such "
                f"qualifier ({HEDGE_FAMILIES[family].what})",
                tuple(where),
            )
