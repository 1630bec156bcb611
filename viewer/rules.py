"""The rules a briefing must follow that JSON Schema cannot express: ids, spans, drafts, quote text."""

from __future__ import annotations

from collections.abc import Iterator

from viewer.model.briefing import Briefing, Quote, Span
from viewer.model.statements import quotes
from viewer.problems import Problem, quote_difference, quote_for_message


def semantic_problems(briefing: Briefing, report_text: str | None) -> list[Problem]:
    """Rules JSON Schema cannot express. Spans reach past the report, and quote text is
    compared with it, only when the report is verified (``report_text`` is its text)."""
    problems = _region_id_problems(briefing) + _draft_problems(briefing)
    length = len(report_text) if report_text is not None else None
    for where, span in _spans(briefing):
        problem = _span_problem(span, length)
        if problem is not None:
            problems.append(Problem(problem, where))
    for where, quote in quotes(briefing):
        problems += _quote_problems(where, quote, report_text)
    return problems


def _region_id_problems(briefing: Briefing) -> list[Problem]:
    problems = []
    first_use: dict[str, int] = {}
    for r, region in enumerate(briefing.regions):
        if region.id in first_use:
            problems.append(
                Problem(
                    f"duplicate region id {quote_for_message(region.id)} "
                    f"(first used by regions[{first_use[region.id]}]); ids must be unique",
                    f"regions[{r}].id",
                )
            )
        else:
            first_use[region.id] = r
    return problems


def _draft_problems(briefing: Briefing) -> list[Problem]:
    """A finished briefing has takeaways and regions and every quote in a region."""
    if briefing.is_draft:
        return []
    problems = [
        Problem(f"expected at least 1 item in a finished briefing{_OR_DRAFT}", field)
        for field, items in (("takeaways", briefing.takeaways), ("regions", briefing.regions))
        if not items
    ]
    if briefing.quotes:
        problems.append(
            Problem(f"a finished briefing places every quote in a region{_OR_DRAFT}", "quotes")
        )
    return problems


_OR_DRAFT = ' (or mark it "status": "draft" while it is being written)'


def _spans(briefing: Briefing) -> Iterator[tuple[str, Span]]:
    """Every span of the briefing but the quotes' own, with its field path."""
    for t, point in enumerate(briefing.takeaways):
        for e, span in enumerate(point.evidence):
            yield f"takeaways[{t}].evidence[{e}]", span
    for r, region in enumerate(briefing.regions):
        for e, span in enumerate(region.summary_evidence):
            yield f"regions[{r}].summary_evidence[{e}]", span
        for p, point in enumerate(region.points):
            for e, span in enumerate(point.evidence):
                yield f"regions[{r}].points[{p}].evidence[{e}]", span
    for where, quote in quotes(briefing):
        if quote.cue is not None:
            yield f"{where}.cue", quote.cue
    for n, passage in enumerate(briefing.not_content):
        yield f"not_content[{n}].span", passage.span


def _span_problem(span: Span, length: int | None) -> str | None:
    start, end = span
    if end <= start:
        return f"[{start}, {end}]: the end must be greater than the start"
    if length is not None and end > length:
        return f"[{start}, {end}] ends past the end of the report ({length} characters)"
    return None


def _quote_problems(where: str, quote: Quote, report_text: str | None) -> list[Problem]:
    if quote.end <= quote.start:
        return [
            Problem(f"end ({quote.end}) must be greater than start ({quote.start})", f"{where}.end")
        ]
    if report_text is None:
        return []
    if quote.end > len(report_text):
        return [
            Problem(
                f"{quote.end} is past the end of the source ({len(report_text)} characters)",
                f"{where}.end",
            )
        ]
    found = report_text[quote.start : quote.end]
    if found != quote.text:
        return [
            Problem(
                quote_difference(report_text, quote.start, quote.end, quote.text),
                f"{where}.text",
            )
        ]
    return []
