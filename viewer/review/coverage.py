"""Where the briefing and its report meet: statements resting on nothing, sentences nothing rests on.

``no-evidence``: a statement without evidence spans (every statement of a
``briefing/1`` file, whose upgrade leaves them empty). ``uncited``: a sentence of the
report that no statement, summary, quote or cue touches and that ``not_content``
does not declare; informational, since leaving a sentence out may be deliberate.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from viewer.model.briefing import FORMAT_1, Briefing
from viewer.model.statements import Statement, quotes
from viewer.review.findings import Finding, quoted, source_field
from viewer.review.passages import Passages
from viewer.review.spans import Span, SpanSet


def without_evidence(briefing: Briefing, statements: Iterable[Statement]) -> Iterator[Finding]:
    why = (
        "a briefing/1 file has no evidence; in briefing/2, give it the spans it rests on"
        if briefing.format == FORMAT_1
        else "give it the spans of the report it rests on"
    )
    for statement in statements:
        if not statement.evidence:
            yield Finding(
                statement.path,
                "no-evidence",
                f"{quoted(statement.text, 50)} rests on no passage of the report ({why})",
            )


def cited_spans(briefing: Briefing) -> Iterator[Span]:
    """Every span of the report something of the briefing rests on."""
    for t in briefing.takeaways:
        yield from t.evidence
    for region in briefing.regions:
        yield from region.summary_evidence
        for point in region.points:
            yield from point.evidence
    for _, quote in quotes(briefing):
        yield quote.start, quote.end
        if quote.cue is not None:
            yield quote.cue


def uncited(briefing: Briefing, passages: Passages) -> Iterator[Finding]:
    cited = SpanSet(cited_spans(briefing))
    declared = SpanSet(passage.span for passage in briefing.not_content)
    for sentence in passages.sentences:
        if cited.touches(sentence) or declared.touches(sentence):
            continue
        yield Finding(
            source_field(sentence),
            "uncited",
            f"{quoted(passages.text[sentence[0] : sentence[1]], 70)}: nothing in the briefing "
            "rests on this sentence, and not_content does not declare it",
            (sentence,),
        )
