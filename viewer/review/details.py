"""``unsupported-detail``: a number, date, name or direction in a statement that its evidence does not state.

Details are compared folded (viewer/review/words.py) and in a canonical form:
"nine" and "9" are one number, "southern" and "south" one direction, "Sept" and
"September" one month. A capitalised word is a name unless it opens a sentence (or a
clause after a colon, or a quotation) and is a common word: one the lexicon lists
as a sentence starter or the report writes in lower case somewhere. "I" is never a
name. A name may also come from the rest of the sentence the evidence lies in, where
the report says who "the city" or "he" is; numbers, dates and directions may not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from viewer.model.statements import Statement
from viewer.review.context import Context
from viewer.review.findings import Finding, listed, quoted
from viewer.review.lexicon import (
    COMPASS,
    MONTHS,
    NUMBER_VALUES,
    NUMBER_WORDS,
    SENTENCE_STARTERS,
    WEEKDAYS,
)
from viewer.review.passages import Passages
from viewer.review.phrases import Words
from viewer.review.spans import Span
from viewer.review.words import fold, is_sentence_start

_AMBIGUOUS_MONTHS = frozenset({"may", "march"})  # a hedge and a verb in lower case


#: Words are folded and classified once each (a pure function of the word, memoised:
#: a long report repeats its words thousands of times).
_MEMO = 1 << 16


@lru_cache(maxsize=_MEMO)
def canonical(word: str) -> str:
    """The form two mentions of one detail share: ``9`` for "nine", ``sep`` for "September",
    ``south`` for "southern", ``ukraine`` for "Ukraine’s"."""
    folded = fold(word)
    month = folded[:3] if folded in MONTHS else None
    return month or NUMBER_VALUES.get(folded) or COMPASS.get(folded, folded)


_CAPITAL = "capital"


@lru_cache(maxsize=_MEMO)
def _kind_of_word(word: str) -> str:
    """What the word alone says it is: a detail kind, ``_CAPITAL`` (a name or a month, by
    its place in the sentence), or ``""`` (no detail)."""
    folded = fold(word)
    if word[0].isdigit() or folded in NUMBER_WORDS:
        return "a number"
    if folded in WEEKDAYS:
        return "a day"
    if folded in COMPASS:
        return "a direction"
    if word[0].isupper() and word != "I" and not folded.startswith("i'"):
        return _CAPITAL
    return ""


def detail_kind(text: str, start: int, word: str, common: Callable[[str], bool]) -> str | None:
    """What sort of detail the word at ``text[start:]`` is ("a number", "a name"…), if any.

    ``common(form)`` says whether the report writes a word in lower case.
    """
    kind = _kind_of_word(word)
    if kind == _CAPITAL:
        return _capital_kind(text, start, word, common)
    return kind or None


def _capital_kind(text: str, start: int, word: str, common: Callable[[str], bool]) -> str | None:
    folded = fold(word)
    starts = is_sentence_start(text, start)
    if folded in MONTHS and not (starts and folded in _AMBIGUOUS_MONTHS):
        return "a month"
    if starts and (folded in SENTENCE_STARTERS or common(canonical(word))):
        return None
    return "a name"


class _Known:
    """The canonical words of evidence spans and of sentences, each found once."""

    def __init__(self, passages: Passages) -> None:
        self.passages = passages
        self._spans: dict[Span, frozenset[str]] = {}
        self._sentences: dict[int, frozenset[str]] = {}
        self._lowercase: frozenset[str] | None = None
        self._forms = [canonical(word) for word in passages.words.normal]

    def _of(self, start: int, end: int) -> frozenset[str]:
        indexes = self.passages.words.within(start, end)
        return frozenset(self._forms[indexes.start : indexes.stop])

    def of_span(self, span: Span) -> frozenset[str]:
        known = self._spans.get(span)
        if known is None:
            known = self._spans[span] = self._of(*span)
        return known

    def of_evidence(self, evidence: list[Span]) -> frozenset[str]:
        if len(evidence) == 1:
            return self.of_span(evidence[0])
        return frozenset().union(*(self.of_span(span) for span in evidence))

    def of_sentence(self, index: int) -> frozenset[str]:
        known = self._sentences.get(index)
        if known is None:
            known = self._sentences[index] = self._of(*self.passages.sentences[index])
        return known

    def common(self, form: str) -> bool:
        if self._lowercase is None:
            words = self.passages.words
            text = words.text
            self._lowercase = frozenset(
                form
                for form, start in zip(self._forms, words.starts, strict=True)
                if text[start].islower()
            )
        return form in self._lowercase


def unsupported_details(context: Context, passages: Passages) -> Iterator[Finding]:
    known = _Known(passages)
    for statement in context.statements:
        if not statement.evidence:
            continue
        stated = known.of_evidence(statement.evidence)
        words = context.words(statement)
        forms = [canonical(word) for word in words.normal]
        if stated.issuperset(forms):
            continue
        missing = _missing(statement, words, forms, stated, known)
        if missing:
            yield Finding(
                statement.path,
                "unsupported-detail",
                f"the statement says {listed(missing)}; its evidence does not",
                tuple(statement.evidence),
            )


def _missing(
    statement: Statement, words: Words, forms: list[str], stated: frozenset[str], known: _Known
) -> list[str]:
    """Each detail of the statement its evidence does not state, as a message shows it."""
    context: set[str] | None = None
    missing: dict[str, str] = {}
    for index, form in enumerate(forms):
        if form in stated or form in missing:
            continue
        written = words.written[index]
        kind: str | None = _kind_of_word(written)
        if kind == _CAPITAL:
            kind = _capital_kind(statement.text, words.start(index), written, known.common)
        if not kind:
            continue
        if kind == "a name":
            if context is None:
                context = _sentence_words(known, statement.evidence)
            if form in context:
                continue
        missing[form] = f"{quoted(written)} ({kind})"
    return list(missing.values())


def _sentence_words(known: _Known, evidence: Iterable[Span]) -> set[str]:
    found: set[str] = set()
    for span in evidence:
        for index in known.passages.sentences_of(span):
            found |= known.of_sentence(index)
    return found
