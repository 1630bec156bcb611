"""Paper and PDF: the print document, built from the render path, painted page by page.

``QTextDocument.print_`` has no hook for a running header and numbers pages only
without a page size, so pages are painted here one by one (as Qt's own
``printPage`` does): the document is laid out for the device, then each page is
translated, clipped and drawn, with a header and a footer around it.

Paper has its own colours (``theme.PRINT``), whatever the screen theme is.
"""

from __future__ import annotations

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
    QTextDocument,
)

from viewer import __version__
from viewer.model.loaded import LoadedBriefing
from viewer.render.pages import section_title
from viewer.render.paper import contents_html, paper_html
from viewer.render.style import PAPER_SCALE, stylesheet
from viewer.section import ORIGINAL, OVERVIEW, SOURCES, Section
from viewer.theme import PRINT

#: Page margins in millimetres; header and footer sit inside them, text never nearer the edge.
MARGINS_MM = QMarginsF(18, 15, 18, 15)
BODY_POINT_SIZE = 10
HEADER_POINT_SIZE = 8


class PrintOptions(msgspec.Struct, frozen=True):
    """What to print: every region or some, and whether the original report is appended."""

    region_indexes: tuple[int, ...] | None = None  # None: the whole briefing
    include_original: bool = True


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


class _Part(msgspec.Struct):
    """One section laid out in its own document, its page count, and the page it starts on."""

    section: Section
    label: str  # the running header's second half, and the contents entry
    document: QTextDocument
    pages: int
    first_page: int = 0


class PrintDocument:
    """A briefing laid out for one paged device, each section knowing its first page.

    Each section is its own ``QTextDocument``: a section starts a page anyway, so
    nothing flows from one to the next, and each is laid out once, alone; only the
    overview is laid out again, when its contents get their page numbers.
    """

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
        self._metrics = QFontMetricsF(self.header_font, device)
        line = self._metrics.lineSpacing()
        self.header_height = line * 2.2
        self.footer_height = line * 2.2
        # Whole device pixels: the layout keeps page heights in fixed point, and a
        # fractional height lets a heading at a page top count as the page before.
        self.body_height = float(int(page.height() - self.header_height - self.footer_height))
        self._body_font = QFont()
        self._body_font.setPointSizeF(BODY_POINT_SIZE)
        # Ligature glyphs (ﬁ, ﬃ) would make "official" unsearchable in some PDF readers.
        self._body_font.setFeature(QFont.Tag("liga"), 0)
        self._stylesheet = stylesheet(PRINT, scale=PAPER_SCALE)
        self._parts = self._lay_out()

    # -- building -------------------------------------------------------------

    def _region_indexes(self) -> Sequence[int]:
        if self.options.region_indexes is None:
            return range(len(self.loaded.briefing.regions))
        return self.options.region_indexes

    def _sections(self) -> list[Section]:
        """Overview, the chosen regions, Sources, and the original report if it is appended."""
        sections = [OVERVIEW, *(Section.of_region(i) for i in self._region_indexes()), SOURCES]
        if self.options.include_original and self.loaded.report.verified:
            sections.append(ORIGINAL)
        return sections

    def _html(self, section: Section) -> str:
        return paper_html(self.loaded, section, self.options.region_indexes)

    def _overview_html(self, pages: Sequence[int] | None) -> str:
        """The overview with its contents: every other section and its first page (1-based)."""
        listed = self.sections[1:]
        numbers = [page + 1 for page in pages[1:]] if pages is not None else None
        return self._html(OVERVIEW) + contents_html(self.loaded, listed, numbers)

    def _part(self, section: Section, section_html: str) -> _Part:
        document = self._document(section_html)
        label = section_title(self.loaded, section)
        return _Part(section, label, document, document.pageCount())

    def _document(self, section_html: str) -> QTextDocument:
        """A section laid out for the device.

        A quote is a one-row table, and Qt moves a row that would straddle a page
        end to the next page whole (when it fits on one): quotes need no help here.
        """
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.device)
        document.setDefaultFont(self._body_font)
        document.setDocumentMargin(0)
        document.setDefaultStyleSheet(self._stylesheet)
        document.setPageSize(QSizeF(self.width, self.body_height))
        document.setHtml(section_html)
        return document

    def _lay_out(self) -> list[_Part]:
        """Lay out each section; then the overview, until its contents' page numbers hold."""
        body = [self._part(section, self._html(section)) for section in self.sections[1:]]
        overview = self._part(self.sections[0], self._overview_html(None))
        parts = [overview, *body]
        for _ in range(3):  # the numbers' widths can move a row to another page, rarely
            pages = _place(parts)
            overview = parts[0] = self._part(self.sections[0], self._overview_html(pages))
            if overview.pages == pages[1]:
                break
        _place(parts)  # the pages painted follow the overview actually laid out
        return parts

    @property
    def page_count(self) -> int:
        last = self._parts[-1]
        return last.first_page + last.pages

    # -- painting -------------------------------------------------------------

    def paint(self, painter: QPainter) -> None:
        """Paint every page; the caller has begun ``painter`` on ``self.device``."""
        total = self.page_count
        for part in self._parts:
            layout = part.document.documentLayout()
            header = self._metrics.elidedText(
                f"{self.loaded.briefing.title} · {part.label}",
                Qt.TextElideMode.ElideRight,
                self.width,
            )
            for page_in_part in range(part.pages):
                page = part.first_page + page_in_part
                if page:
                    self.device.newPage()
                # The header first, so text extraction reads it first.
                self._paint_header(painter, header)
                painter.save()
                painter.translate(0, self.header_height)
                painter.setClipRect(QRectF(0, 0, self.width, self.body_height))
                top = page_in_part * self.body_height
                painter.translate(0, -top)
                context = QAbstractTextDocumentLayout.PaintContext()
                # A line whose top is exactly at the next page's top belongs to that page
                # only: drawn here, it would be clipped from view but still be in the text.
                context.clip = QRectF(0, top, self.width, self.body_height - 1)
                layout.draw(painter, context)
                painter.restore()
                self._paint_footer(painter, page, total)

    def footer_texts(self, page: int, total: int) -> tuple[str, str]:
        left = (
            f"{self.loaded.file_name} · SHA-256 {self.loaded.sha256[:12]} · "
            f"briefing-viewer {__version__}"
        )
        return left, f"Page {page + 1} of {total}"

    def _paint_header(self, painter: QPainter, text: str) -> None:
        painter.save()
        painter.setFont(self.header_font)
        painter.setPen(QPen(Qt.GlobalColor.black))
        metrics = self._metrics
        baseline = metrics.ascent()
        painter.drawText(QPointF(0, baseline), text)
        rule_y = metrics.lineSpacing() * 1.3
        painter.setPen(QPen(Qt.GlobalColor.darkGray, self.device.logicalDpiY() / 144))
        painter.drawLine(QPointF(0, rule_y), QPointF(self.width, rule_y))
        painter.restore()

    def _paint_footer(self, painter: QPainter, page: int, total: int) -> None:
        painter.save()
        painter.setFont(self.header_font)
        metrics = self._metrics
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


def _place(parts: list[_Part]) -> list[int]:
    """Give each part the page after the one before it ends; their first pages."""
    first = 0
    for part in parts:
        part.first_page = first
        first += part.pages
    return [part.first_page for part in parts]


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
