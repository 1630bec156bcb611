"""``voice``: the report's words handed to a speaker, or a speaker's words passed off as the report's.

- A ``reported`` statement (the report's own voice) must not rest on a passage
  inside quotation marks: those are a speaker's words.
- An ``official``, ``claim`` or ``analysts`` statement hands its words to a party;
  every span of its evidence must say who: a reporting cue (lexicon ``CUES``) outside
  quotation marks in a sentence of the span, or a quote of the briefing that holds
  the span and has a cue. Where the report leaves it implicit, the statement's
  ``note`` says how the attribution was established, and the rule is satisfied.
"""

from __future__ import annotations

from collections.abc import Iterator

from viewer.model.briefing import KIND_LABELS
from viewer.model.statements import Statement, quotes
from viewer.review.context import Context
from viewer.review.findings import Finding, quoted
from viewer.review.passages import Passages
from viewer.review.spans import Span, SpanSet

ATTRIBUTING_KINDS = frozenset({"official", "claim", "analysts"})


def voices(context: Context, passages: Passages) -> Iterator[Finding]:
    cued_quotes = SpanSet(
        (quote.start, quote.end) for _, quote in quotes(context.briefing) if quote.cue is not None
    )
    for statement in context.statements:
        if not statement.evidence:
            continue
        if statement.kind == "reported":
            finding = _quoted_as_reported(statement, passages)
        elif statement.kind in ATTRIBUTING_KINDS and not statement.note:
            finding = _unattributed(statement, passages, cued_quotes)
        else:
            continue
        if finding is not None:
            yield finding


def _quoted_as_reported(statement: Statement, passages: Passages) -> Finding | None:
    inside = [span for span in statement.evidence if passages.quotations.containing(span)]
    if not inside:
        return None
    return Finding(
        statement.path,
        "voice",
        f"the evidence {_shown(passages, inside[0])} is inside quotation marks, a speaker's "
        "words; labelled Reported, the statement gives them to the report",
        tuple(inside),
    )


def _unattributed(statement: Statement, passages: Passages, cued_quotes: SpanSet) -> Finding | None:
    silent = [
        span
        for span in statement.evidence
        if cued_quotes.containing(span) is None
        and not any(passages.has_cue(s) for s in passages.sentences_of(span))
    ]
    if not silent:
        return None
    label = KIND_LABELS[statement.kind or "reported"]
    return Finding(
        statement.path,
        "voice",
        f"labelled {label}, “{statement.attribution}”, but the evidence "
        f"{_shown(passages, silent[0])} attributes it to no one; say in a note how the "
        "attribution was established, or make it Reported",
        tuple(silent),
    )


def _shown(passages: Passages, span: Span) -> str:
    return quoted(passages.text[span[0] : span[1]], 50)
