"""One section laid out for the device at a place on its first page; what a page needs to know of it.

One ``QTextDocument`` serves every section in turn: a section is laid out, measured
(or painted) and replaced by the next, so memory does not grow with the briefing.
A section that starts below another's end begins with an empty block that high
(``render.paper.spacer``); ``pagination`` fixes the page ends Qt gets wrong.
"""

from __future__ import annotations

import msgspec
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFont, QTextBlock, QTextCursor, QTextDocument, QTextOption

from viewer.printing.frame import PageFrame
from viewer.printing.options import BODY_POINT_SIZE
from viewer.printing.pagination import Fix, PageEnds
from viewer.render.paper import spacer


class Typeset(msgspec.Struct, frozen=True):
    """A section laid out: pages counted from the one it starts on (0).

    ``pages`` counts the pages that carry its text; ``end`` is how far down the body
    of the last one its text reaches; ``heading_page`` is where its heading is;
    ``fixes`` are the page ends changed (``pagination``); ``table_pages`` the page
    each of its tables (a region's quotes, in order) starts on.
    """

    pages: int
    end: float
    heading_page: int
    fixes: tuple[Fix, ...]
    table_pages: tuple[int, ...]


class Typesetter:
    """Lays out sections, one at a time, in a document shared by all of them."""

    def __init__(self, frame: PageFrame, stylesheet: str) -> None:
        self.frame = frame
        self.height = frame.body_height
        font = QFont()
        font.setPointSizeF(BODY_POINT_SIZE)
        font.setFeature(QFont.Tag("liga"), 0)
        self.document = document = QTextDocument()
        document.documentLayout().setPaintDevice(frame.device)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setDefaultStyleSheet(stylesheet)
        document.setPageSize(QSizeF(frame.width, self.height))
        self._css_pixel = self._css_pixel_size()
        # Tab stops are scaled like CSS lengths. Just inside the margin: a stop on it
        # leaves no room for what it aligns.
        right = (frame.width - 2) / self._css_pixel
        self._right_tab = [QTextOption.Tab(right, QTextOption.TabType.RightTab)]

    def _css_pixel_size(self) -> float:
        """Device pixels per CSS pixel: Qt scales stylesheet lengths by the device's DPI
        over the screen's, which is not always 96."""
        tops = []
        for height in (100, 200):
            self.document.setHtml(spacer(height) + "<p>x</p>")
            second = self.document.begin().next()
            tops.append(self.document.documentLayout().blockBoundingRect(second).top())
        return (tops[1] - tops[0]) / 100

    def typeset(self, html: str, start: float = 0.0, right_tab: bool = False) -> Typeset | None:
        """Lay out ``html`` starting ``start`` pixels down its first page, and measure it.

        ``right_tab``: a tab stop at the right margin, where the contents' page numbers go.

        ``None`` when the section should rather start on a new page: below ``start``
        there is no room for its heading and the first lines after it.
        """
        ends = self._set(html, start, right_tab)
        heading = self._first_heading()
        heading_page = ends.page(ends.line_top(heading, 0)) if heading.isValid() else 0
        # Asked first, before the rest is laid out: a section that must start on the
        # next page is laid out again there, and Qt lays out only what it is asked about.
        if start > 0 and (heading_page > 0 or ends.next_fix(0, heading.blockNumber())):
            return None
        fixes: list[Fix] = []
        # Nothing to fix at page ends when everything is on one page.
        if self._bottom() > self.height:
            after = 0
            while (fix := ends.next_fix(after)) is not None:
                if start > 0 and fix.block <= heading.blockNumber():
                    return None  # its heading would start the next page: so should it
                ends.apply(fix)
                fixes.append(fix)
                after = ends.resume_at(fix)
        bottom = self._bottom()
        last = ends.page(bottom - 1) if bottom > 0 else 0
        return Typeset(
            pages=last + 1,
            end=bottom - last * self.height,
            heading_page=heading_page,
            fixes=tuple(fixes),
            table_pages=tuple(
                ends.page(ends.line_top(self.document.findBlockByNumber(n), 0))
                for n in sorted(ends.tables)
            ),
        )

    def repeat(self, html: str, start: float, typeset: Typeset, right_tab: bool = False) -> None:
        """Lay out ``html`` again as ``typeset`` measured it, to paint it."""
        self._set(html, start, right_tab).apply_all(typeset.fixes)

    def _set(self, html: str, start: float, right_tab: bool = False) -> PageEnds:
        prefix = spacer(start / self._css_pixel) if start > 0 else ""
        self.document.setHtml(prefix + html)
        if right_tab:
            self._set_right_tab()
        # Qt lays out a long document lazily: as far as it is asked about (positions,
        # rectangles), the rest when the page count is asked for.
        return PageEnds(self.document, self.height)

    def _first_heading(self) -> QTextBlock:
        block = self.document.begin()
        while block.isValid() and block.blockFormat().headingLevel() == 0:
            block = block.next()
        return block

    def _set_right_tab(self) -> None:
        """A tab stop at the right margin in every block (HTML cannot say so), laid out once."""
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        block = self.document.begin()
        while block.isValid():
            block_format = block.blockFormat()
            block_format.setTabPositions(self._right_tab)
            QTextCursor(block).setBlockFormat(block_format)
            block = block.next()
        cursor.endEditBlock()

    def _bottom(self) -> float:
        """How far down the document its last line of text reaches (empty blocks aside)."""
        layout = self.document.documentLayout()
        block = self.document.lastBlock()
        while block.isValid():
            top = layout.blockBoundingRect(block).top()  # lays the document out so far
            lines = block.layout().lineCount()
            if block.text().strip() and lines:
                line = block.layout().lineAt(lines - 1)
                return self._table_bottom(top + line.y() + line.height())
            block = block.previous()
        return 0.0

    def _table_bottom(self, bottom: float) -> float:
        """A table's frame (a quote's shading) may reach below its last line."""
        frames = self.document.rootFrame().childFrames()
        if not frames:
            return bottom
        return max(bottom, self.document.documentLayout().frameBoundingRect(frames[-1]).bottom())
