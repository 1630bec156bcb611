"""Every section as printed: the overview with its contents, regions, the index of sources, the report.

Paper is read, not clicked: each statement carries its evidence as ``¶`` paragraph
numbers (``render.paper_report``), Sources is an index with page numbers instead of
every quote again, and a print of some regions carries only the report's passages
they rest on. In a PDF the contents are links and every heading an anchor
(``anchor``), which Qt's PDF writer turns into named destinations.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

import msgspec

from viewer.model.briefing import KIND_LABELS, NOT_STATED, Point, Quote
from viewer.model.loaded import LoadedBriefing
from viewer.model.statements import quote_path
from viewer.render.markup import displayed_quote, esc, muted
from viewer.render.pages import DRAFT_LINE, region_counts, report_line, section_title
from viewer.render.paper_report import (
    MARKS_LEGEND,
    Marks,
    ReportParagraphs,
    cited_spans,
    evidence_reference,
    quoted_spans,
    reference_legend,
    region_evidence,
)
from viewer.render.paper_report import appendix_html as report_paragraphs_html
from viewer.render.quotes import attribution_html, outlet_name, speaker_line
from viewer.render.report import ORIGINAL_TITLE
from viewer.section import ORIGINAL, OVERVIEW, SOURCES, Section
from viewer.text import counted

#: Stands in for page numbers before they are known; the column is as wide whatever it holds.
PAGE_PLACEHOLDER = "0000"
PASSAGES_TITLE = "Source passages"
CONTENTS_TITLE = "Contents"
UNPLACED_TITLE = "Quotes not yet in a region"


#: Text whose only white space is single spaces between words looks the same with or without
#: ``white-space: pre-wrap``; Qt's HTML import is markedly faster without the span.
#: (No control characters either: ``markup.esc`` shows those as pictures.)
_SIMPLE = re.compile(r"[^\s\x00-\x1f\x7f]+(?: [^\s\x00-\x1f\x7f]+)*")


def text(value: str) -> str:
    """Briefing text as HTML, as ``markup.esc`` makes it, without its span where none is needed."""
    if _SIMPLE.fullmatch(value):
        return html.escape(value, quote=True)
    return esc(value)


def badge(kind: str) -> str:
    """The kind of a statement, in words (paper has no tooltips)."""
    label = KIND_LABELS.get(kind, kind).upper()
    return f'<span class="kind">&nbsp;{text(label)}&nbsp;</span>'


def anchor(section: Section) -> str:
    """The name of a section's heading, which the contents link to and the outline opens."""
    return f"region-{section.region}" if section.is_region else section.kind


def spacer(height_px: float) -> str:
    """An empty block ``height_px`` CSS pixels high: where a section starts below another's end."""
    return f'<p style="margin: 0px; line-height: {height_px:.3f}px">&nbsp;</p>'


class Part(msgspec.Struct, frozen=True):
    """What is laid out on its own: a section, or (``contents``) the contents after the overview.

    The contents are apart because only they change when page numbers are known, and
    because their page numbers sit at a right tab stop (``CONTENTS_TAB``), which a
    table would cost three times as much to lay out for a long briefing.
    """

    section: Section
    contents: bool = False


def _heading(section: Section, text_html: str, level: int = 1) -> str:
    return f'<h{level}><a name="{anchor(section)}">{text_html}</a></h{level}>'


#: A reference this short is kept whole on one line: a lone "2" below "¶ 1," reads badly.
_UNBROKEN_REFERENCE = 16


def _ref(reference: str) -> str:
    """`` · ¶ 1, 2`` after a statement, never a line to itself nor its dot at a line's end."""
    if len(reference) <= _UNBROKEN_REFERENCE:
        reference = reference.replace(" ", "\u00a0")
    return f'&nbsp;<span class="ref">·&nbsp;{text(reference)}</span>'


class Paper:
    """The sections of one print and their HTML: the whole briefing, or some regions of it.

    ``region_indexes`` (``None``: every region) makes a print of those regions only:
    the briefing's title and source, the regions, and the passages of the report they
    rest on, with no takeaways, contents or index. ``include_original`` appends the
    report (or those passages) when it was verified.
    """

    def __init__(
        self,
        loaded: LoadedBriefing,
        region_indexes: Sequence[int] | None = None,
        include_original: bool = True,
    ) -> None:
        self.loaded = loaded
        self.whole = region_indexes is None
        count = len(loaded.briefing.regions)
        self.region_indexes = (
            tuple(range(count)) if region_indexes is None else tuple(region_indexes)
        )
        text = loaded.report_text
        self.report = ReportParagraphs(text) if text is not None else None
        self.appendix = include_original and self.report is not None

    def sections(self) -> list[Section]:
        """What is printed, in order; the first section opens the first page."""
        sections = [OVERVIEW, *(Section.of_region(i) for i in self.region_indexes)]
        if self.whole:
            sections.append(SOURCES)
        if self.appendix:
            sections.append(ORIGINAL)
        return sections

    def parts(self) -> list[Part]:
        """The parts laid out one after another: the sections, and the contents after the overview."""
        parts = [Part(section) for section in self.sections()]
        if self.whole:
            parts.insert(1, Part(OVERVIEW, contents=True))
        return parts

    def part_title(self, part: Part) -> str:
        """The running header of a page that starts with ``part``."""
        return CONTENTS_TITLE if part.contents else self.title(part.section)

    def title(self, section: Section) -> str:
        """The section's name in running headers, the contents and the PDF outline."""
        if section == ORIGINAL and not self.whole:
            return PASSAGES_TITLE
        return section_title(self.loaded, section)

    def outlined(self) -> list[Section]:
        """The sections the PDF outline lists (a print of some regions has no overview)."""
        return self.sections() if self.whole else self.sections()[1:]

    def html(
        self,
        part: Part,
        pages: Mapping[Section, int] | None = None,
        quote_pages: Mapping[str, int] | None = None,
    ) -> str:
        """A part's HTML; ``pages`` (1-based, by section) numbers the contents,
        ``quote_pages`` the index of sources (by quote path)."""
        section = part.section
        if part.contents:
            return self._contents(self.sections()[1:], pages)
        if section == OVERVIEW:
            return self._overview()
        if section.is_region:
            return self._region(section)
        if section == SOURCES:
            return self._sources(quote_pages or {})
        return self._original()

    # -- sections ---------------------------------------------------------------

    def _overview(self) -> str:
        briefing = self.loaded.briefing
        draft = f'<p class="warning">{DRAFT_LINE}</p>' if briefing.is_draft else ""
        head = (
            _heading(OVERVIEW, text(briefing.title))
            + draft
            + report_line(self.loaded)
            + reference_legend(self.report, self.appendix)
        )
        if not self.whole:
            return head
        takeaways = "".join(self._point(point) for point in briefing.takeaways)
        listed = f"<ol>{takeaways}</ol>" if takeaways else '<p class="muted">None.</p>'
        # A draft's quotes not yet in a region: printed here, where the screen shows them.
        unplaced = "".join(
            self._quote(quote_path(None, q), q_) for q, q_ in enumerate(briefing.quotes)
        )
        return (
            head
            + f"<h2>Key takeaways</h2>{listed}"
            + (f"<h2>{UNPLACED_TITLE}</h2>{unplaced}" if unplaced else "")
        )

    def _contents(self, listed: Sequence[Section], pages: Mapping[Section, int] | None) -> str:
        """Each section with its page at the right margin (a tab stop), both links in a PDF."""
        rows = []
        for section in listed:
            target = f'href="#{anchor(section)}"'
            # A tab in a name would jump to the page numbers' tab stop.
            name = f'<a class="toc" {target}>{text(self.title(section).replace(chr(9), " "))}</a>'
            if section.is_region:
                name += muted(f" — {region_counts(self.loaded, section.region)}")
            page = str(pages[section]) if pages is not None else PAGE_PLACEHOLDER
            rows.append(f'<p class="contents">{name}\t<a class="toc" {target}>{page}</a></p>')
        return f"<h2>{CONTENTS_TITLE}</h2>" + "".join(rows)

    def _point(self, point: Point) -> str:
        return (
            f"<li><p>{badge(point.kind)} {text(point.text)} "
            f'<span class="attribution">— {text(point.attribution)}</span>'
            f"{_ref(evidence_reference(self.report, point.evidence))}</p></li>"
        )

    def _region(self, section: Section) -> str:
        index = section.region
        region = self.loaded.briefing.regions[index]
        summary_ref = _ref(evidence_reference(self.report, region.summary_evidence))
        points = "".join(self._point(point) for point in region.points)
        quotes = "".join(
            self._quote(quote_path(index, q), quote) for q, quote in enumerate(region.quotes)
        )
        return (
            _heading(section, text(region.name))
            + f'<p class="summary">{text(region.summary)}{summary_ref}</p>'
            + (f"<ul>{points}</ul>" if points else "")
            + quotes
        )

    def _quote(self, path: str, quote: Quote) -> str:
        """A quote: one cell, its rule a left border (a cell of its own costs Qt as much again
        to lay out); ``printing.pagination`` keeps it whole on one page."""
        status = (
            ""
            if self.loaded.report.verified
            else '<br><span class="warning">Unverified: the source text is not available</span>'
        )
        where = _ref(evidence_reference(self.report, [(quote.start, quote.end)]))
        attribution = attribution_html(self.loaded, path, quote, compact=True, reference=where)
        return (
            '<table class="quote" width="100%" cellspacing="0" cellpadding="0"><tr>'
            '<td class="quote-body paper-quote">'
            f'<p class="quote-text">{esc(displayed_quote(quote.text))}</p>'
            f'<p class="attribution">{attribution}{status}</p>'
            "</td></tr></table>"
        )

    def _sources(self, quote_pages: Mapping[str, int]) -> str:
        """Every speaker and every outlet with where their quotes are printed (page numbers)."""
        briefing = self.loaded.briefing
        by_speaker: dict[tuple[str, str], list[tuple[int | None, str]]] = defaultdict(list)
        by_outlet: dict[str, list[tuple[int | None, str]]] = defaultdict(list)
        placed = [
            (r, quote_path(r, q), quote)
            for r in self.region_indexes
            for q, quote in enumerate(briefing.regions[r].quotes)
        ]
        unplaced = [(None, quote_path(None, q), quote) for q, quote in enumerate(briefing.quotes)]
        for r, path, quote in placed + unplaced:
            by_speaker[(speaker_line(quote), quote.role or "")].append((r, path))
            legacy = self.loaded.legacy_quotes.get(path)
            by_outlet[outlet_name(quote, legacy)].append((r, path))
        parts = [_heading(SOURCES, "Sources")]
        if not by_speaker:
            return parts[0] + "<p class='muted'>This briefing has no quotes.</p>"
        parts.append(
            '<p class="legend">Who is quoted, and through which outlet: each with the '
            "regions and pages where the quotes are printed.</p><h3>Speakers</h3>"
        )
        for (speaker, role), refs in by_speaker.items():
            role_text = text(role or "role " + NOT_STATED)
            parts.append(
                f'<p class="index-entry"><b>{text(speaker)}</b> · {role_text} — '
                f"{counted(len(refs), 'quote')}: {self._where(refs, quote_pages)}</p>"
            )
        parts.append("<h3>Outlets</h3>")
        for outlet in sorted(by_outlet, key=lambda name: (name == "", name.casefold())):
            refs = by_outlet[outlet]
            name = text(outlet) if outlet else f"Outlet {NOT_STATED}"
            parts.append(
                f'<p class="index-entry"><b>{name}</b> — {counted(len(refs), "quote")}: '
                f"{self._where(refs, quote_pages)}</p>"
            )
        return "".join(parts)

    def _where(self, refs: Sequence[tuple[int | None, str]], quote_pages: Mapping[str, int]) -> str:
        """``Kyiv p. 2; Donbas pp. 2, 3``: the regions in order, each with its pages (a
        draft's quotes not yet in a region under that name)."""
        pages_of: dict[int | None, list[int]] = {}
        for region, path in refs:
            page = quote_pages.get(path)
            listed = pages_of.setdefault(region, [])
            if page is not None and page not in listed:
                listed.append(page)
        names = self.loaded.briefing.regions
        items = []
        for region, pages in pages_of.items():
            numbers = ", ".join(str(page) for page in sorted(pages))
            label = "" if not pages else (" p. " if len(pages) == 1 else " pp. ") + numbers
            name = UNPLACED_TITLE if region is None else names[region].name
            items.append(text(name) + label)
        return "; ".join(items)

    def _original(self) -> str:
        report = self.report
        if report is None:  # not appended without a verified report; kept total
            return _heading(ORIGINAL, ORIGINAL_TITLE)
        if self.whole:
            marks = Marks(quoted_spans(self.loaded), cited_spans(self.loaded))
            return (
                _heading(ORIGINAL, ORIGINAL_TITLE)
                + f'<p class="legend">{text("The source text, verbatim. " + MARKS_LEGEND)}</p>'
                + report_paragraphs_html(report, marks)
            )
        regions = self.region_indexes
        quoted = quoted_spans(self.loaded, regions)
        cited = cited_spans(self.loaded, regions)
        chosen = self.loaded.briefing.regions
        evidence = [span for r in regions for span in region_evidence(chosen[r])]
        evidence += [(q.start, q.end) for r in regions for q in chosen[r].quotes]
        numbers = report.numbers(evidence)
        intro = (
            f"The paragraphs of the original report that {self._these()} statements and quotes "
            f"rest on: {counted(len(numbers), 'paragraph')} of {len(report.spans)}, verbatim. "
        )
        return (
            _heading(ORIGINAL, PASSAGES_TITLE)
            + f'<p class="legend">{text(intro + MARKS_LEGEND)}</p>'
            + report_paragraphs_html(report, Marks(quoted, cited), numbers)
        )

    def _these(self) -> str:
        return "this region’s" if len(self.region_indexes) == 1 else "these regions’"
