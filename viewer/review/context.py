"""What one review shares between its rules: the statements, the report's passages, each text's words once."""

from __future__ import annotations

from viewer.model.briefing import Briefing
from viewer.model.statements import Statement, quotes, statements
from viewer.review.passages import Passages
from viewer.review.phrases import Words


class Context:
    """One briefing under review, and what the rules work out about it once.

    Args:
        briefing: the briefing reviewed.
        report_text: its report, verified by SHA-256, or ``None`` when it is not.
    """

    def __init__(self, briefing: Briefing, report_text: str | None) -> None:
        self.briefing = briefing
        self.statements: list[Statement] = list(statements(briefing))
        self.report_text = report_text
        self.passages: Passages | None = (
            None
            if report_text is None
            else Passages(report_text, ((q.start, q.end) for _, q in quotes(briefing)))
        )
        self._words: dict[str, Words] = {}

    def words(self, statement: Statement) -> Words:
        """The words of a statement's text, cut once for every rule."""
        known = self._words.get(statement.path)
        if known is None:
            known = self._words[statement.path] = Words(statement.text)
        return known
