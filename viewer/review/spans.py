"""Spans of the report as the rules handle them: merged, searched by position, tested for overlap."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

Span = tuple[int, int]


def overlaps(a: Span, b: Span) -> bool:
    """Whether two half-open spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def merged(spans: Iterable[Span]) -> list[Span]:
    """The union of ``spans`` as sorted, disjoint spans (touching spans stay apart)."""
    result: list[Span] = []
    for start, end in sorted(spans):
        if result and start < result[-1][1]:
            if end > result[-1][1]:
                result[-1] = (result[-1][0], end)
        else:
            result.append((start, end))
    return result


class SpanSet:
    """Disjoint spans, sorted, asked by position in O(log n)."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self.spans = merged(spans)
        self._starts = [start for start, _ in self.spans]

    def containing(self, span: Span) -> Span | None:
        """The member that holds all of ``span``, if one does."""
        index = bisect_right(self._starts, span[0]) - 1
        if index >= 0 and self.spans[index][1] >= span[1]:
            return self.spans[index]
        return None

    def touches(self, span: Span) -> bool:
        """Whether any member shares a character with ``span``."""
        index = bisect_right(self._starts, span[0]) - 1
        if index >= 0 and self.spans[index][1] > span[0]:
            return True
        return index + 1 < len(self.spans) and self.spans[index + 1][0] < span[1]

    def inside(self, index: int) -> bool:
        """Whether the character at ``index`` lies in a member."""
        return self.containing((index, index + 1)) is not None
