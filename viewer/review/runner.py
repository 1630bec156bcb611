"""The reviewer: every rule over one loaded briefing, findings in the order of the report.

Rules that read the report (hedges, details, voices, uncited sentences) run only on a
report verified by its SHA-256. When it is missing, changed or unreadable, one
``report-unverified`` finding says so and what was not checked; the rules that need
only the briefing (draft, no-evidence, inconsistent) run all the same.
"""

from __future__ import annotations

from collections.abc import Iterable

from viewer.model.loaded import LoadedBriefing
from viewer.model.statements import Statement, quotes
from viewer.review.consistency import inconsistencies
from viewer.review.context import Context
from viewer.review.coverage import uncited, without_evidence
from viewer.review.details import unsupported_details
from viewer.review.drafts import unfinished
from viewer.review.findings import Finding
from viewer.review.hedges import dropped_hedges
from viewer.review.voice import voices

_NOT_CHECKED = "hedges, details, voices and uncited sentences were not checked"


def review(loaded: LoadedBriefing) -> list[Finding]:
    """Every finding on ``loaded``, in report order.

    Findings that rest on no passage (the report unverified, a draft's gaps,
    statements without evidence) come first, in the briefing's order; then the
    others by the first passage they concern, ties in the briefing's order.
    """
    briefing = loaded.briefing
    context = Context(briefing, loaded.report_text)
    said = context.statements
    found: list[Finding] = [
        *unfinished(briefing),
        *without_evidence(briefing, said),
        *inconsistencies(said, context.report_text),
    ]
    passages = context.passages
    if passages is None:
        found.append(unverified(loaded))
    else:
        found += dropped_hedges(context, passages)
        found += unsupported_details(context, passages)
        found += voices(context, passages)
        found += uncited(briefing, passages)
    return in_report_order(found, _field_order(loaded, said))


def unverified(loaded: LoadedBriefing) -> Finding:
    report = loaded.report
    why = {
        "missing": "the report was not found",
        "changed": "the report is not the one the briefing was made from",
        "unreadable": "the report could not be read",
        "verified": "",
    }[report.state]
    detail = f" ({report.detail})" if report.detail else ""
    return Finding("source", "report-unverified", f"{why}{detail}; {_NOT_CHECKED}")


def _field_order(loaded: LoadedBriefing, said: Iterable[Statement]) -> dict[str, int]:
    order = {"source": 0, "takeaways": 1, "regions": 2}
    for statement in said:
        order.setdefault(statement.path, len(order))
    for path, _ in quotes(loaded.briefing):
        order.setdefault(path, len(order))
    return order


def in_report_order(found: Iterable[Finding], field_order: dict[str, int]) -> list[Finding]:
    last = len(field_order)

    def key(finding: Finding) -> tuple[int, int]:
        where = min(start for start, _ in finding.spans) if finding.spans else -1
        return where, field_order.get(finding.field, last)

    return sorted(found, key=key)
