"""Page ends Qt's layout gets wrong for print, found in a laid-out document and fixed.

Qt breaks pages between lines, anywhere. Three rules are ours:

- a heading keeps the ``KEPT_LINES`` lines after it on its page;
- a quote (a table) is never cut: Qt moves a table row to the next page only when
  its first line would start below the page end, so a quote that begins near the
  bottom would be cut; it starts a new page instead (unless it is taller than one);
- no block of text crosses a page end. ``QTextLayout::draw`` also draws the last
  line above its clip rectangle (its ``firstLine`` is that line, not the next), so
  the page after a block's page end would carry that line again: invisible, clipped,
  but there for search and copy. A short block, or one in a list, starts a new page;
  a longer one is cut into two blocks where the page ends, which looks the same.

Each fix is recorded (``Fix``), so painting lays the document out exactly as it was
measured by replaying them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Literal

import msgspec
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextFrame

#: Lines of text a heading keeps with it on its page.
KEPT_LINES: Final = 2
#: Blocks of at most this many lines move whole to the next page rather than being cut.
KEPT_TOGETHER: Final = 3


class Fix(msgspec.Struct, frozen=True):
    """``break``: start a new page before block ``block`` (or the table it opens);
    ``split``: end block ``block`` at its character ``offset``, the rest a block of its own."""

    kind: Literal["break", "split"]
    block: int
    offset: int = 0


class PageEnds:
    """The page ends of a laid-out document, pages ``height`` device pixels high."""

    def __init__(self, document: QTextDocument, height: float) -> None:
        self.document = document
        self.height = height
        self.layout = document.documentLayout()
        self.tables: dict[int, QTextFrame] = {
            frame.firstCursorPosition().block().blockNumber(): frame
            for frame in document.rootFrame().childFrames()
        }

    def page(self, y: float) -> int:
        return int(y // self.height)

    def line_top(self, block: QTextBlock, line: int) -> float:
        """Where a line of ``block`` starts, from the document's top."""
        return self.layout.blockBoundingRect(block).top() + block.layout().lineAt(line).y()

    # -- finding --------------------------------------------------------------------

    def next_fix(self, after: int, until: int | None = None) -> Fix | None:
        """The first fix needed from block ``after`` on (to block ``until``), or ``None``."""
        block = self.document.findBlockByNumber(after)
        while block.isValid() and (until is None or block.blockNumber() <= until):
            fix = self._fix_for(block)
            if fix is not None:
                return fix
            block = block.next()
        return None

    def _fix_for(self, block: QTextBlock) -> Fix | None:
        number = block.blockNumber()
        if self._breaks_before(block):
            return None  # it starts a page already: nothing better to do
        # Asking for its rectangle lays a long document out as far as the block.
        height = self.layout.blockBoundingRect(block).height()
        lines = block.layout().lineCount()
        table = self.tables.get(number)
        if table is not None:
            self.layout.blockBoundingRect(table.lastCursorPosition().block())
            rect = self.layout.frameBoundingRect(table)
            first = self.page(self.line_top(block, 0))
            if self.page(rect.bottom() - 1) != first and rect.height() <= self.height:
                return Fix("break", self._kept_by(block))
            return None
        if lines == 0 or QTextCursor(block).currentTable() is not None:
            return None  # inside a quote: the rule for tables decides
        first_page = self.page(self.line_top(block, 0))
        if block.blockFormat().headingLevel() > 0:
            following = self._following_line_top(block)
            if following is not None and self.page(following) != first_page:
                return Fix("break", number)
            return None
        if self.page(self.line_top(block, lines - 1)) == first_page:
            return None
        if (lines <= KEPT_TOGETHER or block.textList() is not None) and height <= self.height:
            return Fix("break", self._kept_by(block))
        cut = next(i for i in range(lines) if self.page(self.line_top(block, i)) != first_page)
        return Fix("split", number, block.layout().lineAt(cut).textStart())

    def _kept_by(self, block: QTextBlock) -> int:
        """The block to start a new page before so that ``block`` does: the heading above
        it if ``block`` holds that heading's first lines (else the heading is left alone)."""
        seen = 0
        previous = block.previous()
        while previous.isValid() and seen < KEPT_LINES:
            if previous.blockFormat().headingLevel() > 0:
                return previous.blockNumber()
            if previous.text().strip() and QTextCursor(previous).currentTable() is None:
                seen += previous.layout().lineCount()
            previous = previous.previous()
        return block.blockNumber()

    def _breaks_before(self, block: QTextBlock) -> bool:
        table = self.tables.get(block.blockNumber())
        policy = (
            table.frameFormat().pageBreakPolicy()
            if table
            else block.blockFormat().pageBreakPolicy()
        )
        return bool(policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)

    def _following_line_top(self, heading: QTextBlock) -> float | None:
        """The top of the last of the ``KEPT_LINES`` lines of text after ``heading``."""
        seen = 0
        last = 0.0
        block = heading.next()
        while block.isValid():
            self.layout.blockBoundingRect(block)  # laid out, so its lines are there
            lines = block.layout().lineCount()
            if block.text().strip() and lines:
                if seen + lines >= KEPT_LINES:
                    return self.line_top(block, KEPT_LINES - seen - 1)
                seen += lines
                last = self.line_top(block, lines - 1)
            block = block.next()
        return last if seen else None

    def resume_at(self, fix: Fix) -> int:
        """Where to look again after ``fix``: a quote moved to the next page can leave the
        heading above it alone; the rest of a cut block may cross the next page end."""
        if fix.kind == "split":
            return fix.block + 1
        block = self.document.findBlockByNumber(fix.block).previous()
        while block.isValid() and block.blockFormat().headingLevel() == 0:
            block = block.previous()
        return block.blockNumber() if block.isValid() else 0

    # -- fixing ---------------------------------------------------------------------

    def apply(self, fix: Fix) -> None:
        """Make the change, and lay the document out again (asked for a rectangle after a
        change, Qt may answer from the layout before it)."""
        self._change(fix)
        self.document.pageCount()

    def _change(self, fix: Fix) -> None:
        block = self.document.findBlockByNumber(fix.block)
        if fix.kind == "split":
            self._split(block, fix.offset)
        else:
            self._break_before(block)

    def apply_all(self, fixes: Sequence[Fix]) -> None:
        """Make the changes of an earlier layout, in one edit: laid out once, after them."""
        if fixes:
            cursor = QTextCursor(self.document)
            cursor.beginEditBlock()
            for fix in fixes:
                self._change(fix)
            cursor.endEditBlock()
        self.document.pageCount()

    def _break_before(self, block: QTextBlock) -> None:
        policy = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        table = self.tables.get(block.blockNumber())
        if table is not None:
            frame_format = table.frameFormat()
            frame_format.setPageBreakPolicy(policy)
            table.setFrameFormat(frame_format)
            return
        block_format = block.blockFormat()
        block_format.setPageBreakPolicy(policy)
        QTextCursor(block).setBlockFormat(block_format)

    def _split(self, block: QTextBlock, offset: int) -> None:
        """Two blocks where one was: the first without its bottom margin, the second
        without its top margin or indent, so the text sits where it sat."""
        cursor = QTextCursor(block)
        cursor.beginEditBlock()
        first = block.blockFormat()
        rest = block.blockFormat()
        first.setBottomMargin(0)
        rest.setTopMargin(0)
        rest.setTextIndent(0)
        cursor.setBlockFormat(first)
        cursor.setPosition(block.position() + offset)
        cursor.insertBlock(rest, cursor.charFormat())
        cursor.endEditBlock()
        # Block numbers after the cut moved on by one: tables are found by number.
        self.tables = {
            frame.firstCursorPosition().block().blockNumber(): frame
            for frame in self.document.rootFrame().childFrames()
        }
