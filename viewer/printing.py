"""Paper and PDF: the print document, built from the render path, painted page by page.

``QTextDocument.print_`` has no hook for a running header and numbers pages only
without a page size, so pages are painted here one by one (as Qt's own
``printPage`` does): the document is laid out for the device, then each page is
translated, clipped and drawn, with a header and a footer around it.

Paper has its own colours (``theme.PRINT``), whatever the screen theme is.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Sequence

import msgspec
from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextLength,
    QTextTable,
)

from viewer import __version__
from viewer.loading import LoadedBriefing
from viewer.render import esc, original_html, overview_html, region_html, sources_html, stylesheet
from viewer.theme import PRINT

#: Page margins in millimetres; header and footer sit inside them, text never nearer the edge.
MARGINS_MM = QMarginsF(18, 15, 18, 15)
BODY_POINT_SIZE = 10
HEADER_POINT_SIZE = 8
_QUOTE_RULE_WIDTH = 5  # the fixed first column by which quote tables are recognised


class PrintOptions(msgspec.Struct, frozen=True):
    """What to print: every region or some, and whether the original report is appended."""

    region_indexes: tuple[int, ...] | None = None  # None: the whole briefing
    include_original: bool = True


class Section(msgspec.Struct, frozen=True):
    label: str  # the running header's second half, and the contents entry
    in_contents: bool = True


def default_page_size(locale: QLocale | None = None) -> QPageSize:
    """Letter where the locale measures in inches (US), A4 elsewhere."""
    system = (locale or QLocale()).measurementSystem()
    if system == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def default_page_layout() -> QPageLayout:
    return QPageLayout(
        default_page_size(),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


class PrintDocument:
    """A briefing laid out for one paged device, with its sections' first pages known."""

    def __init__(
        self, loaded: LoadedBriefing, options: PrintOptions, device: QPagedPaintDevice
    ) -> None:
        self.loaded = loaded
        self.options = options
        self.device = device
        self.sections = self._sections()
        resolution = device.logicalDpiY()
        page = device.pageLayout().paintRectPixels(resolution)
        self.width = float(page.width())
        self.header_font = QFont()
        self.header_font.setPointSizeF(HEADER_POINT_SIZE)
        self.header_font.setFeature(QFont.Tag("liga"), 0)
        line = QFontMetricsF(self.header_font, device).lineSpacing()
        self.header_height = line * 2.2
        self.footer_height = line * 2.2
        # Whole device pixels: the layout keeps page heights in fixed point, and a
        # fractional height lets a heading at a page top count as the page before.
        self.body_height = float(int(page.height() - self.header_height - self.footer_height))
        self.document = QTextDocument()
        self.document.documentLayout().setPaintDevice(device)
        font = QFont()
        font.setPointSizeF(BODY_POINT_SIZE)
        # Ligature glyphs (ﬁ, ﬃ) would make "official" unsearchable in some PDF readers.
        font.setFeature(QFont.Tag("liga"), 0)
        self.document.setDefaultFont(font)
        self.document.setDocumentMargin(0)
        self.document.setDefaultStyleSheet(stylesheet(PRINT))
        self.document.setPageSize(QSizeF(self.width, self.body_height))
        self.section_pages = self._lay_out()

    # -- building -------------------------------------------------------------

    def _region_indexes(self) -> Sequence[int]:
        if self.options.region_indexes is None:
            return range(len(self.loaded.briefing.regions))
        return self.options.region_indexes

    def _sections(self) -> list[Section]:
        regions = self.loaded.briefing.regions
        sections = [Section("Overview", in_contents=False)]
        sections += [Section(regions[i].name) for i in self._region_indexes()]
        sections.append(Section("Sources"))
        if self._original_included():
            sections.append(Section("Original report"))
        return sections

    def _original_included(self) -> bool:
        return self.options.include_original and self.loaded.source.verified

    def _html(self, pages: Sequence[int] | None) -> str:
        loaded = self.loaded
        parts = [overview_html(loaded, links=False), self._contents(pages)]
        for index in self._region_indexes():
            parts.append(_new_page(region_html(loaded, index, links=False)))
        parts.append(
            _new_page(sources_html(loaded, links=False, region_indexes=self.options.region_indexes))
        )
        if self._original_included():
            parts.append(
                _new_page(
                    "<h1>Original report</h1>"
                    "<p class='muted'>The source text, verbatim. Quoted passages are "
                    "underlined and shaded.</p>" + original_html(loaded)
                )
            )
        return "".join(parts)

    def _contents(self, pages: Sequence[int] | None) -> str:
        rows = []
        for index, section in enumerate(self.sections):
            if not section.in_contents:
                continue
            page = str(pages[index] + 1) if pages is not None else "00"
            rows.append(
                f"<tr><td>{esc(section.label)}{self._counts(index)}</td>"
                f"<td align='right'>{page}</td></tr>"
            )
        return (
            "<h2>Contents</h2><table width='100%' cellspacing='0' cellpadding='2'>"
            + "".join(rows)
            + "</table>"
        )

    def _counts(self, section_index: int) -> str:
        """`` — 3 points, 1 quote`` after a region's contents entry."""
        regions = list(self._region_indexes())
        if not 1 <= section_index <= len(regions):
            return ""
        region = self.loaded.briefing.regions[regions[section_index - 1]]
        points, quotes = len(region.points), len(region.quotes)
        return (
            f"<span class='muted'> — {points} point{'s' if points != 1 else ''}, "
            f"{quotes} quote{'s' if quotes != 1 else ''}</span>"
        )

    def _lay_out(self) -> list[int]:
        """Lay out until the contents' page numbers agree with where sections start."""
        pages: list[int] | None = None
        for _ in range(3):
            self.document.setHtml(self._html(pages))
            self._keep_quotes_together()
            found = self._find_section_pages()
            if found == pages:
                break
            pages = found
        assert pages is not None
        return pages

    def _find_section_pages(self) -> list[int]:
        """First page of each section: the page of each top-level heading, in order."""
        layout = self.document.documentLayout()
        pages = [
            int(layout.blockBoundingRect(block).top() // self.body_height)
            for block in self._section_headings()
        ]
        if len(pages) != len(self.sections):
            raise RuntimeError(f"expected {len(self.sections)} sections, found {len(pages)}")
        return pages

    def _keep_quotes_together(self) -> None:
        """Move a quote that would straddle a page to the next page, when it fits on one.

        Moving a quote shifts what follows it, but only up to the next section,
        which starts on a new page anyway. So each pass moves the first
        straddling quote of every section at once, in one edit block (one
        relayout), instead of one quote per relayout: with 1000 regions that is
        a few passes rather than hundreds of full relayouts. Quotes in Sources (an
        index that repeats every quote) may straddle pages: keeping them together
        would need one pass per page of Sources.
        """
        layout = self.document.documentLayout()
        quotes = [frame for frame in self.document.rootFrame().childFrames() if _is_quote(frame)]
        starts = [block.position() for block in self._section_headings()]
        sources_start = starts[len(self.sections) - (2 if self._original_included() else 1)]
        quotes = [frame for frame in quotes if frame.firstPosition() < sources_start]
        moved: set[int] = set()
        while True:
            chosen: dict[int, QTextFrame] = {}
            for number, frame in enumerate(quotes):
                section = bisect.bisect_right(starts, frame.firstPosition())
                if number in moved or section in chosen:
                    continue
                rect = layout.frameBoundingRect(frame)
                first = int(rect.top() // self.body_height)
                last = int((rect.bottom() - 1) // self.body_height)
                if first != last and rect.height() < self.body_height:
                    chosen[section] = frame
                    moved.add(number)
            if not chosen:
                return
            cursor = QTextCursor(self.document)
            cursor.beginEditBlock()
            for frame in chosen.values():
                table_format = frame.frameFormat()
                table_format.setPageBreakPolicy(table_format.PageBreakFlag.PageBreak_AlwaysBefore)
                frame.setFrameFormat(table_format)
            cursor.endEditBlock()

    def _section_headings(self) -> list[QTextBlock]:
        """The top-level headings, in order: each starts a section, and a page."""
        headings = []
        block: QTextBlock = self.document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 1:
                headings.append(block)
            block = block.next()
        return headings

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    # -- painting -------------------------------------------------------------

    def paint(self, painter: QPainter) -> None:
        """Paint every page; the caller has begun ``painter`` on ``self.device``."""
        layout = self.document.documentLayout()
        total = self.page_count
        for page in range(total):
            if page:
                self.device.newPage()
            self._paint_header(painter, page)  # first, so text extraction reads it first
            painter.save()
            painter.translate(0, self.header_height)
            painter.setClipRect(QRectF(0, 0, self.width, self.body_height))
            painter.translate(0, -page * self.body_height)
            context = QAbstractTextDocumentLayout.PaintContext()
            # A line whose top is exactly at the next page's top belongs to that page only:
            # drawn here, it would be clipped from view but still be in the page's text.
            context.clip = QRectF(0, page * self.body_height, self.width, self.body_height - 1)
            layout.draw(painter, context)
            painter.restore()
            self._paint_footer(painter, page, total)

    def section_at(self, page: int) -> Section:
        current = self.sections[0]
        for section, first in zip(self.sections, self.section_pages, strict=True):
            if first <= page:
                current = section
        return current

    def header_text(self, page: int) -> str:
        return f"{self.loaded.briefing.title} · {self.section_at(page).label}"

    def footer_texts(self, page: int, total: int) -> tuple[str, str]:
        left = (
            f"{self.loaded.file_name} · SHA-256 {self.loaded.sha256[:12]} · "
            f"briefing-viewer {__version__}"
        )
        return left, f"Page {page + 1} of {total}"

    def _paint_header(self, painter: QPainter, page: int) -> None:
        painter.save()
        painter.setFont(self.header_font)
        painter.setPen(QPen(Qt.GlobalColor.black))
        metrics = QFontMetricsF(self.header_font, self.device)
        text = metrics.elidedText(self.header_text(page), Qt.TextElideMode.ElideRight, self.width)
        baseline = metrics.ascent()
        painter.drawText(QPointF(0, baseline), text)
        rule_y = metrics.lineSpacing() * 1.3
        painter.setPen(QPen(Qt.GlobalColor.darkGray, self.device.logicalDpiY() / 144))
        painter.drawLine(QPointF(0, rule_y), QPointF(self.width, rule_y))
        painter.restore()

    def _paint_footer(self, painter: QPainter, page: int, total: int) -> None:
        painter.save()
        painter.setFont(self.header_font)
        metrics = QFontMetricsF(self.header_font, self.device)
        top = self.header_height + self.body_height
        rule_y = top + metrics.lineSpacing() * 0.6
        painter.setPen(QPen(Qt.GlobalColor.darkGray, self.device.logicalDpiY() / 144))
        painter.drawLine(QPointF(0, rule_y), QPointF(self.width, rule_y))
        painter.setPen(QPen(Qt.GlobalColor.black))
        baseline = top + metrics.lineSpacing() * 1.2 + metrics.ascent()
        left, right = self.footer_texts(page, total)
        right_width = metrics.horizontalAdvance(right)
        left = metrics.elidedText(
            left, Qt.TextElideMode.ElideMiddle, self.width - right_width * 1.5
        )
        painter.drawText(QPointF(0, baseline), left)
        painter.drawText(QPointF(self.width - right_width, baseline), right)
        painter.restore()


def _new_page(section_html: str) -> str:
    """Start a section on a new page (never the first one: that would leave page 1 blank)."""
    return section_html.replace("<h1>", '<h1 style="page-break-before: always">', 1)


def _is_quote(frame: QTextFrame) -> bool:
    if not isinstance(frame, QTextTable) or frame.columns() != 2:
        return False
    widths = frame.format().columnWidthConstraints()
    return bool(widths) and widths[0] == QTextLength(
        QTextLength.Type.FixedLength, _QUOTE_RULE_WIDTH
    )


def print_to(loaded: LoadedBriefing, options: PrintOptions, device: QPagedPaintDevice) -> int:
    """Lay out and paint the briefing on ``device`` (a printer or a PDF writer); pages painted."""
    document = PrintDocument(loaded, options, device)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start painting on the output device")
    try:
        document.paint(painter)
    finally:
        painter.end()
    return document.page_count


def pdf_metadata_xmp(loaded: LoadedBriefing, subject: str) -> bytes:
    """XMP carrying Subject and Keywords, which ``QPdfWriter`` has no setter for."""
    title = html.escape(loaded.briefing.title)
    keywords = html.escape(f"briefing; sha256:{loaded.sha256}")
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{html.escape(subject)}</rdf:li></rdf:Alt></dc:description>
   <pdf:Keywords>{keywords}</pdf:Keywords>
   <pdf:Producer>briefing-viewer {__version__}</pdf:Producer>
   <xmp:CreatorTool>briefing-viewer {__version__}</xmp:CreatorTool>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()
