"""The report on paper: numbered paragraphs, quoted and cited passages marked, evidence references.

Paper cannot be clicked, so a statement says where the report says it by paragraph:
``¶ 3`` is the report's third paragraph, numbered so in the appendix, where the
passages statements rest on are marked with a dotted underline and quoted passages
with a solid one (shapes, not colours: they survive a greyscale printer). Without a
verified report there is nothing to number: references give character offsets.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Final

from viewer.model.briefing import Region
from viewer.model.loaded import LoadedBriefing
from viewer.model.statements import quotes, statements
from viewer.render.markup import muted
from viewer.render.report import merged
from viewer.text import fold_breaks

Span = tuple[int, int]

#: The one-line explanation of ``¶`` references, printed where they first appear.
REFERENCE_LEGEND: Final = (
    "¶ after a statement: the paragraphs of the original report it rests on, "
    "numbered as printed at the end."
)
REFERENCE_LEGEND_NO_APPENDIX: Final = (
    "¶ after a statement: the paragraphs of the original report it rests on "
    "(paragraphs counted from the report’s start, separated by blank lines)."
)
OFFSETS_LEGEND: Final = (
    "“characters” after a statement: where in the original report it rests on "
    "(the report is not available, so its paragraphs cannot be numbered)."
)
#: The appendix's key to its marks.
MARKS_LEGEND: Final = (
    "¶ numbers the report’s paragraphs. Solid underline: quoted in the briefing. "
    "Dotted underline: a passage a statement rests on."
)


def paragraphs(text: str) -> list[Span]:
    """The report's paragraphs as ``[start, end)`` spans: runs of lines that are not blank."""
    spans: list[Span] = []
    start: int | None = None
    end = offset = 0
    for line in text.splitlines(keepends=True):
        content = line.splitlines()[0] if line.splitlines() else ""
        if content.strip():
            if start is None:
                start = offset
            end = offset + len(content)
        elif start is not None:
            spans.append((start, end))
            start = None
        offset += len(line)
    if start is not None:
        spans.append((start, end))
    return spans


class ReportParagraphs:
    """A verified report's paragraphs, numbered from 1 as the appendix prints them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = paragraphs(text)
        self._starts = [start for start, _ in self.spans]

    def numbers(self, spans: Iterable[Span]) -> list[int]:
        """The paragraphs (1-based, in order, each once) that any of ``spans`` overlaps."""
        found: set[int] = set()
        for start, end in spans:
            first = max(bisect_right(self._starts, start) - 1, 0)
            for index in range(first, len(self.spans)):
                p_start, p_end = self.spans[index]
                if p_start >= end:
                    break
                if p_end > start:
                    found.add(index + 1)
        return sorted(found)


def number_ranges(numbers: Sequence[int]) -> str:
    """``1, 3–5, 8`` from ``[1, 3, 4, 5, 8]``."""
    parts: list[str] = []
    index = 0
    while index < len(numbers):
        last = index
        while last + 1 < len(numbers) and numbers[last + 1] == numbers[last] + 1:
            last += 1
        first_n, last_n = numbers[index], numbers[last]
        if last_n == first_n:
            parts.append(str(first_n))
        elif last_n == first_n + 1:
            parts.append(f"{first_n}, {last_n}")
        else:
            parts.append(f"{first_n}–{last_n}")
        index = last + 1
    return ", ".join(parts)


def evidence_reference(report: ReportParagraphs | None, evidence: Iterable[Span]) -> str:
    """``¶ 1, 3`` (with a report) or ``characters 0–115, 215–295`` (without), as plain text;
    a non-breaking space keeps ``¶`` with its number."""
    spans = list(evidence)
    if report is not None:
        numbers = report.numbers(spans)
        if numbers:
            return f"¶\u00a0{number_ranges(numbers)}"
    return "characters " + ", ".join(f"{start}–{end}" for start, end in spans)


def reference_legend(report: ReportParagraphs | None, appendix: bool) -> str:
    """The legend of the references, as escaped HTML, for the top of the first page."""
    text = REFERENCE_LEGEND if appendix else REFERENCE_LEGEND_NO_APPENDIX
    if report is None:
        text = OFFSETS_LEGEND
    return f'<p class="legend">{html.escape(text)}</p>'


def quoted_spans(loaded: LoadedBriefing, regions: Iterable[int] | None = None) -> list[Span]:
    """Merged spans some quote covers (of ``regions`` only, when given)."""
    if regions is None:
        return merged([(quote.start, quote.end) for _, quote in quotes(loaded.briefing)])
    chosen = loaded.briefing.regions
    return merged([(q.start, q.end) for r in regions for q in chosen[r].quotes])


def cited_spans(loaded: LoadedBriefing, regions: Iterable[int] | None = None) -> list[Span]:
    """Merged spans some statement rests on (the takeaways' too, unless ``regions`` are given)."""
    if regions is None:
        return merged([span for s in statements(loaded.briefing) for span in s.evidence])
    return merged([span for r in regions for span in region_evidence(loaded.briefing.regions[r])])


def region_evidence(region: Region) -> list[Span]:
    """Every span a region's summary and points rest on."""
    return [*region.summary_evidence, *(span for point in region.points for span in point.evidence)]


class Marks:
    """Quoted and cited spans, merged and sorted, found by bisection (a long report has thousands)."""

    def __init__(self, quoted: Sequence[Span], cited: Sequence[Span]) -> None:
        self.quoted = merged(list(quoted))
        self.cited = merged(list(cited))
        self._quoted_starts = [start for start, _ in self.quoted]
        self._cited_starts = [start for start, _ in self.cited]

    @staticmethod
    def _within(spans: list[Span], starts: list[int], start: int, end: int) -> list[Span]:
        """The spans that overlap ``[start, end)``, clipped to it."""
        found: list[Span] = []
        index = bisect_right(starts, end - 1) - 1
        while index >= 0 and spans[index][1] > start:
            found.append((max(spans[index][0], start), min(spans[index][1], end)))
            index -= 1
        return found[::-1]

    def pieces(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """``[start, end)`` cut into pieces, each ``"quoted"``, ``"cited"`` or ``""``."""
        quoted = self._within(self.quoted, self._quoted_starts, start, end)
        cited = self._within(self.cited, self._cited_starts, start, end)
        cuts = sorted({start, end, *(x for span in (*quoted, *cited) for x in span)})
        result = []
        for a, b in pairwise(cuts):
            if any(s <= a and b <= e for s, e in quoted):
                result.append((a, b, "quoted"))
            elif any(s <= a and b <= e for s, e in cited):
                result.append((a, b, "cited"))
            else:
                result.append((a, b, ""))
        return result


def appendix_html(report: ReportParagraphs, marks: Marks, only: Iterable[int] | None = None) -> str:
    """The report's paragraphs, each with its number, quoted and cited passages marked.

    ``only`` (1-based paragraph numbers) prints just those, with ``[…]`` where
    paragraphs are left out: the passages one region rests on.
    """
    wanted = None if only is None else set(only)
    rows: list[str] = []
    skipped = False
    for number, (start, end) in enumerate(report.spans, start=1):
        if wanted is not None and number not in wanted:
            skipped = True
            continue
        if skipped and rows:
            rows.append(f"<p>{muted('[…]')}</p>")
        skipped = False
        rows.append(
            f'<p class="report-paragraph"><span class="paragraph-number">¶&nbsp;{number}</span> '
            f'<span style="white-space: pre-wrap">{_marked(report.text, marks, start, end)}</span></p>'
        )
    if skipped and rows:
        rows.append(f"<p>{muted('[…]')}</p>")
    return "".join(rows)


def _marked(text: str, marks: Marks, start: int, end: int) -> str:
    """``text[start:end]`` escaped, quoted spans underlined, cited ones underlined dotted."""
    pieces = []
    for a, b, kind in marks.pieces(start, end):
        piece = html.escape(fold_breaks(text[a:b]), quote=False)
        pieces.append(f'<span class="{kind}">{piece}</span>' if kind else piece)
    return "".join(pieces)
