"""The original report on the page: its text verbatim, what rests on each passage marked, offsets mapped.

The text is cut where anything starts or ends (a quote, a quote's cue, a statement's
evidence, a passage declared not content) and each piece is marked for what covers
it: ``quoted`` (a quote: shaded, solid underline), ``cited`` (evidence or a cue: dotted
underline), ``not-content`` or ``uncited`` (nothing rests on it; dimmed on request).
The marks differ in line style, not in colour alone, so they survive greyscale. On
screen each marked piece is a link that says what rests on it.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Iterator
from itertools import pairwise

from viewer.model.loaded import LoadedBriefing
from viewer.model.statements import quotes, statements
from viewer.render.links import ShowPassage, href
from viewer.render.markup import attribute
from viewer.text import fold_breaks, utf16_len

ORIGINAL_TITLE = "Original report"

Spans = list[tuple[int, int]]


def merged(spans: Spans) -> Spans:
    """Sorted, overlapping or touching ``[start, end)`` spans merged into one each."""
    result: Spans = []
    for start, end in sorted(spans):
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(end, result[-1][1]))
        else:
            result.append((start, end))
    return result


def quoted_spans(loaded: LoadedBriefing) -> Spans:
    """Merged ``[start, end)`` spans of the report that some quote covers."""
    return merged([(quote.start, quote.end) for _, quote in quotes(loaded.briefing)])


def cited_spans(loaded: LoadedBriefing) -> Spans:
    """Merged spans some statement's evidence or some quote's cue rests on."""
    briefing = loaded.briefing
    spans = [span for statement in statements(briefing) for span in statement.evidence]
    spans += [quote.cue for _, quote in quotes(briefing) if quote.cue is not None]
    return merged(spans)


class _Cover:
    """Which of a set of merged spans covers an offset, by binary search."""

    def __init__(self, spans: Spans) -> None:
        self._spans = spans
        self._starts = [start for start, _ in spans]

    def at(self, offset: int) -> bool:
        index = bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self._spans[index][1]


def pieces(loaded: LoadedBriefing, length: int) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, class, title) for each stretch of the report with one kind of mark."""
    quoted, cited = quoted_spans(loaded), cited_spans(loaded)
    declared = sorted((n.span[0], n.span[1], n.reason) for n in loaded.briefing.not_content)
    not_content = _Cover(merged([(s, e) for s, e, _ in declared]))
    cuts = {0, length}
    for spans in (quoted, cited):
        for start, end in spans:
            cuts.update((start, end))
    for start, end, _ in declared:
        cuts.update((start, end))
    is_quoted, is_cited = _Cover(quoted), _Cover(cited)
    bounds = sorted(cut for cut in cuts if 0 <= cut <= length)
    for start, end in pairwise(bounds):
        if is_quoted.at(start):
            yield start, end, "quoted", "Quoted in the briefing"
        elif is_cited.at(start):
            yield start, end, "cited", "A statement of the briefing rests on this passage"
        elif not_content.at(start):
            reason = next(r for s, e, r in declared if s <= start < e)
            yield start, end, "not-content", f"Not content: {reason}"
        else:
            yield start, end, "uncited", "Nothing in the briefing rests on this passage"


def original_html(loaded: LoadedBriefing, links: bool = True) -> str:
    """The report's text, verbatim, every passage marked for what rests on it; only for a
    verified report. On screen (``links``) a marked passage links to what rests on it.

    One ``pre-wrap`` paragraph keeps one text block per report line, so report
    offsets map to document positions (see ``report_position``).
    """
    text = loaded.report_text
    if text is None:
        return ""
    out = []
    for start, end, kind, title in pieces(loaded, len(text)):
        piece = f'<span class="{kind}" title="{attribute(title)}">{_piece(text, start, end)}</span>'
        if links and kind in ("quoted", "cited"):
            piece = f'<a class="passage" href="{href(ShowPassage(start, end))}">{piece}</a>'
        out.append(piece)
    return f'<p style="white-space: pre-wrap">{"".join(out)}</p>'


def _piece(text: str, start: int, end: int) -> str:
    piece = text[start:end]
    if start > 0 and text[start - 1] == "\r" and piece.startswith("\n"):
        piece = piece[1:]  # the break was already made by the CR that ended the previous piece
    return html.escape(fold_breaks(piece), quote=False)


def report_position(text: str, offset: int) -> int:
    """Document position of a report offset: code points → UTF-16 units, CR LF folded to one break."""
    return utf16_len(fold_breaks(text[:offset]))


def resting_html(loaded: LoadedBriefing, start: int, end: int) -> str:
    """What rests on the report's characters ``start``–``end``, each a link to where it stands."""
    from viewer.model.statements import reader_name, resting_on
    from viewer.render.links import GoTo
    from viewer.render.markup import esc

    briefing = loaded.briefing
    paths = resting_on(briefing, start, end)
    if not paths:
        return f"<p>Nothing in the briefing rests on characters {start}–{end}.</p>"
    links = ", ".join(
        f'<a href="{href(GoTo(path))}">{esc(reader_name(briefing, path))}</a>' for path in paths
    )
    return f"<p><b>Characters {start}–{end}</b> — resting on them: {links}</p>"
