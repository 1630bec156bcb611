"""The cue finder: the report's own words attributing a quote, in its sentence or the next one."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from viewer.authoring import clause, verbs
from viewer.authoring.paragraphs import Span
from viewer.authoring.tokens import Token, tokenize

#: Where a cue was found, for the note to the author.
SAME, BEFORE, AFTER = "same sentence", "sentence before", "sentence after"


@dataclass(frozen=True)
class Cue:
    """The attributing words ``start``–``end`` (``tokens``), their verb, and where they stand."""

    start: int
    end: int
    verb: str
    speaker: Span | None
    role: Span | None
    where: str
    tokens: tuple[Token, ...] = ()


class _Segment:
    """Words of a sentence outside its quotations, between two quotations or a quotation and an end."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start, self.end = start, end

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.text, self.start, self.end)

    def verbs(self, kinds: tuple[str, ...]) -> list[int]:
        return list(self.iter_verbs(kinds))

    def iter_verbs(self, kinds: tuple[str, ...]) -> Iterator[int]:
        tokens = self.tokens
        return (i for i in range(len(tokens)) if clause.kind(tokens, i) in kinds)

    def words_between(self, first: int, last: int) -> list[Token]:
        return [t for t in self.tokens[first:last] if t.word]


def _cue(found: clause.Clause | None, where: str, tokens: list[Token]) -> Cue | None:
    if found is None:
        return None
    inside = tuple(t for t in tokens if found.start <= t.start and t.end <= found.end)
    return Cue(found.start, found.end, found.verb, found.speaker, found.role, where, inside)


def _cut(text: str, start: int, end: int, from_end: bool) -> tuple[int, int]:
    """A segment ends at a semicolon: what comes after it is another clause."""
    if from_end:
        cut = text.rfind(";", start, end)
        return (cut + 1, end) if cut >= 0 else (start, end)
    cut = text.find(";", start, end)
    return (start, cut) if cut >= 0 else (start, end)


def _segments(text: str, sentence: Span, quotes: list[Span]) -> Iterator[tuple[int, int]]:
    cursor = sentence[0]
    for start, end in quotes:
        if end <= sentence[0] or start >= sentence[1]:
            continue
        if start > cursor:
            yield cursor, start
        cursor = max(cursor, end)
    if cursor < sentence[1]:
        yield cursor, sentence[1]


_STRONG = ("strong", "participle", "according")
_ANY = ("strong", "weak", "participle", "according")


def _tight_after(segment: _Segment) -> Cue | None:
    """A cue right after the quote: "“…,” the official said", "“…,” according to AFP"."""
    for index in segment.iter_verbs(_ANY):
        if len(segment.words_between(0, index)) <= verbs.WEAK_REACH:
            return _cue(
                clause.at_verb(segment.tokens, index, before_quote=False), SAME, segment.tokens
            )
        return None
    return None


def _tight_before(segment: _Segment) -> Cue | None:
    """A cue right before the quote: "Crowley added: “…”", "he labeled it “a fraud”"."""
    tokens = segment.tokens
    found = segment.verbs(_ANY)
    if found:
        index = found[-1]
        between = segment.words_between(index + 1, len(tokens))
        if len(between) <= verbs.WEAK_REACH and not any(
            t.lower in verbs.CLAUSE - {"that"} for t in between
        ):
            return _cue(clause.at_verb(tokens, index, before_quote=True), SAME, tokens)
        return None
    # A transcript's label: "Prelogar: “…”" at the start of its sentence.
    words = [t for t in tokens if t.word]
    if (
        tokens
        and tokens[-1].text == ":"
        and 0 < len(words) <= 4
        and all(t.capitalised for t in words)
        and len(words) == len(tokens) - 1
    ):
        span = (words[0].start, words[-1].end)
        return Cue(span[0], span[1], "label", span, None, SAME, tuple(words))
    return None


def _interrupting(segment: _Segment, quote: Span) -> Cue | None:
    """A cue standing alone between two quotations: "“So,” Alito declared, “I take it …”".

    It serves the second quotation only when little else follows it ("adding that …" would
    be the second one's own cue).
    """
    cue = _tight_after(segment)
    if cue is None:
        return None
    rest = [i for i, t in enumerate(segment.tokens) if t.start >= cue.end]
    words = [segment.tokens[i] for i in rest if segment.tokens[i].word]
    if len(words) > 6 or any(clause.kind(segment.tokens, i) is not None for i in rest):
        return None
    return cue


def _nearest(segment: _Segment, last: bool, before_quote: bool, where: str) -> Cue | None:
    """The reporting verb nearest one end of the segment (strong verbs only).

    ``last``: look from the segment's end (it stands before the quotation); ``before_quote``:
    a quotation follows the segment, which decides how the clause is read (see ``at_verb``).
    """
    found = segment.verbs(_STRONG)
    cues = [
        cue
        for index in (reversed(found) if last else found)
        if (cue := _cue(clause.at_verb(segment.tokens, index, before_quote), where, segment.tokens))
        is not None
    ]
    return next((cue for cue in cues if cue.speaker is not None), cues[0] if cues else None)


def _distance(quote: Span, start: int, end: int) -> int:
    return min(abs(start - quote[1]), abs(quote[0] - end))


def _same_sentence(
    text: str, parts: list[_Segment], quote: Span, quotes: list[Span]
) -> Iterator[Cue | None]:
    """Candidate cues in the quote's own sentence, best first."""
    ends = {end for _, end in quotes}
    starts = {start for start, _ in quotes}
    before = next((p for p in parts if p.end == quote[0]), None)
    after = next((p for p in parts if p.start == quote[1]), None)
    if after is not None:
        after = _Segment(text, *_cut(text, after.start, after.end, from_end=False))
        yield _tight_after(after)
    if before is not None:
        interrupted = before.start in ends  # "“So,” Alito declared, “I take it …”"
        before = _Segment(text, *_cut(text, before.start, before.end, from_end=True))
        if interrupted:
            yield _interrupting(before, quote)
        yield _tight_before(before)
    near = [
        cue
        for cue in (
            _nearest(after, False, False, SAME) if after is not None else None,
            _nearest(before, True, True, SAME) if before is not None else None,
        )
        if cue is not None
    ]
    yield from sorted(near, key=lambda cue: _distance(quote, cue.start, cue.end))
    others = [p for p in parts if p.end < quote[0] or p.start > quote[1]]
    for part in sorted(others, key=lambda p: _distance(quote, p.start, p.end)):
        yield _nearest(part, part.end <= quote[0], part.end in starts, SAME)


def find_cue(text: str, sentences: list[Span], quotes: list[Span], quote: Span) -> Cue | None:
    """The cue of ``quote`` among its paragraph's ``sentences`` (``quotes``: all of that paragraph's).

    In its own sentence, in order: words right after the quotation, words right before it,
    the nearest reporting verb in the rest of the sentence; a cue that names a speaker is
    preferred to one that does not. Failing those, the sentence before, then the one after.
    """
    number = next(
        (i for i, (start, end) in enumerate(sentences) if start <= quote[0] < end),
        None,
    )
    if number is None:
        return None
    sentence = (sentences[number][0], max(sentences[number][1], quote[1]))
    parts = [_Segment(text, *part) for part in _segments(text, sentence, quotes)]
    fallback: Cue | None = None
    for cue in _same_sentence(text, parts, quote, quotes):
        if cue is not None and cue.speaker is not None:
            return cue
        fallback = fallback or cue
    if fallback is not None:
        return fallback
    starts = {start for start, _ in quotes}
    for neighbour, where in ((number - 1, BEFORE), (number + 1, AFTER)):
        if 0 <= neighbour < len(sentences):
            spans = list(_segments(text, sentences[neighbour], quotes))
            for start, end in reversed(spans) if where == BEFORE else spans:
                segment = _Segment(text, start, end)
                cue = _nearest(segment, where == BEFORE, end in starts, where)
                if cue is not None:
                    return cue
    return None
