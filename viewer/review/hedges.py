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
from viewer.review.lexicon import HEDGE_FAMILIES, NOT_AFTER, NOT_BEFORE
from viewer.review.passages import Passages
from viewer.review.phrases import Phrases, Words
from viewer.review.spans import Span
from viewer.review.words import is_sentence_start

HEDGES: Final = Phrases(
    ((phrase, index) for index, family in enumerate(HEDGE_FAMILIES) for phrase in family.phrases),
    NOT_AFTER,
    NOT_BEFORE,
)
#: Up to two words after a hedge, so that a message shows what it qualifies.
_FOLLOWING: Final = re.compile(r"(?:[^\S\n]+[\w’'-]+){0,2}")


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
        """The hedge and the next words it qualifies, as a message quotes them."""
        end = max((e for s, e in evidence if s <= where[0] < e), default=where[1])
        text = self._passages.text
        following = _FOLLOWING.match(text, where[1], end)
        return quoted(text[where[0] : following.end() if following else where[1]])


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
