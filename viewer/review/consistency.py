"""``inconsistent``: two statements on overlapping evidence that disagree about whose words they are.

Points and takeaways are compared by kind and by attribution (case and spacing folded);
summaries have no single voice and are not compared. One sweep over the spans sorted
by start: the spans still open are kept by voice, one (the longest-running) per voice,
so a span is compared with each other voice open at its start, never with every
statement: O(n log n + n × voices open at once), fast on a 1000-region briefing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from viewer.model.briefing import KIND_LABELS
from viewer.model.statements import Statement
from viewer.review.findings import Finding, quoted
from viewer.review.spans import Span

Voice = tuple[str, str]


def _voice(statement: Statement) -> Voice:
    return (statement.kind or "", " ".join((statement.attribution or "").casefold().split()))


def inconsistencies(statements: Iterable[Statement], text: str | None) -> Iterator[Finding]:
    """``text`` (the verified report, or ``None``) only lets messages quote the passage."""
    voiced = [s for s in statements if s.kind is not None and s.evidence]
    spans = sorted(
        (start, end, order)
        for order, statement in enumerate(voiced)
        for start, end in statement.evidence
    )
    open_by_voice: dict[Voice, tuple[int, int]] = {}  # voice → (end, statement order)
    reported: set[tuple[int, int]] = set()
    for start, end, order in spans:
        voice = _voice(voiced[order])
        for other_voice, (other_end, other) in list(open_by_voice.items()):
            if other_end <= start:
                del open_by_voice[other_voice]
            elif other_voice != voice and other != order and (other, order) not in reported:
                reported.add((other, order))
                overlap = (start, min(end, other_end))
                yield _finding(voiced[other], voiced[order], overlap, text)
        current = open_by_voice.get(voice)
        if current is None or current[0] < end:
            open_by_voice[voice] = (end, order)


def _finding(first: Statement, second: Statement, overlap: Span, text: str | None) -> Finding:
    where = f" {quoted(text[overlap[0] : overlap[1]], 50)}" if text is not None else ""
    return Finding(
        second.path,
        "inconsistent",
        f"rests on the same passage{where} as {first.path}, but gives it another voice: "
        f"{_described(second)} here, {_described(first)} there",
        (overlap,),
    )


def _described(statement: Statement) -> str:
    return f"{KIND_LABELS[statement.kind or 'reported']}, “{statement.attribution}”"
