"""The page's frame on one device: body size, and the running header and footer painted around it.

``QTextDocument.print_`` has no hook for a running header and numbers pages only
without a page size, so pages are painted here one by one (as Qt's own
``printPage`` does), with a header and a footer around the body.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from viewer import __version__
from viewer.model.loaded import LoadedBriefing
from viewer.printing.options import HEADER_POINT_SIZE

#: Before the title on every page of a draft.
DRAFT_MARK = "DRAFT ·"


class PageFrame:
    """Where the body of a page is on ``device``, and its header and footer.

    ``body_height`` is a whole number of device pixels: the text layout keeps page
    heights in fixed point, and a fractional height lets a heading at a page top
    count as the page before.
    """

    def __init__(self, loaded: LoadedBriefing, device: QPagedPaintDevice) -> None:
        self.loaded = loaded
        self.device = device
        self.resolution = device.logicalDpiY()
        page = device.pageLayout().paintRectPixels(self.resolution)
        self.width = float(page.width())
        self.font = QFont()
        self.font.setPointSizeF(HEADER_POINT_SIZE)
        # Ligature glyphs (ﬁ, ﬃ) would make "official" unsearchable in some PDF readers.
        self.font.setFeature(QFont.Tag("liga"), 0)
        self._metrics = QFontMetricsF(self.font, device)
        self._bold = QFont(self.font)
        self._bold.setBold(True)
        self._bold_metrics = QFontMetricsF(self._bold, device)
        line = self._metrics.lineSpacing()
        self.header_height = line * 2.2
        self.footer_height = line * 2.2
        self.body_height = float(int(page.height() - self.header_height - self.footer_height))
        self._footer_left = (
            f"{loaded.file_name} · SHA-256 {loaded.sha256[:12]} · briefing-viewer {__version__}"
        )

    def points(self, size: float) -> float:
        """``size`` points in device pixels."""
        return size * self.resolution / 72

    def footer_texts(self, page: int, total: int) -> tuple[str, str]:
        return self._footer_left, f"Page {page + 1} of {total}"

    def paint_header(self, painter: QPainter, section_title: str) -> None:
        """The briefing's title and the section's, over a rule; painted first on each page,
        so text extraction reads it first. A draft's pages say so first, in bold: a page
        of a draft that is copied or left on a printer still reads as one."""
        painter.save()
        x = 0.0
        if self.loaded.briefing.is_draft:
            painter.setFont(self._bold)
            painter.setPen(QPen(Qt.GlobalColor.black))
            painter.drawText(QPointF(0, self._metrics.ascent()), DRAFT_MARK)
            x = self._bold_metrics.horizontalAdvance(DRAFT_MARK + " ")
        text = self._metrics.elidedText(
            f"{self.loaded.briefing.title} · {section_title}",
            Qt.TextElideMode.ElideRight,
            self.width - x,
        )
        painter.setFont(self.font)
        painter.setPen(QPen(Qt.GlobalColor.black))
        painter.drawText(QPointF(x, self._metrics.ascent()), text)
        rule_y = self._metrics.lineSpacing() * 1.3
        painter.setPen(QPen(Qt.GlobalColor.darkGray, self.resolution / 144))
        painter.drawLine(QPointF(0, rule_y), QPointF(self.width, rule_y))
        painter.restore()

    def paint_footer(self, painter: QPainter, page: int, total: int) -> None:
        """A rule, the file, its SHA-256 and the app's version, and "Page X of Y"."""
        painter.save()
        painter.setFont(self.font)
        metrics = self._metrics
        top = self.header_height + self.body_height
        rule_y = top + metrics.lineSpacing() * 0.6
        painter.setPen(QPen(Qt.GlobalColor.darkGray, self.resolution / 144))
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
