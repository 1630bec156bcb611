"""Painting the planned print page by page: each section laid out again, painted, and let go.

A page may hold the end of one section and the start of the next: each is drawn
in its own slice of the body, translated so its page sits on the device's page,
and clipped so a line at a page's top is drawn on that page only (drawn also at
the bottom of the page before, clipped from view, its text would be there twice
for search and copy).
"""

from __future__ import annotations

import msgspec
from PySide6.QtCore import QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPagedPaintDevice, QPainter

from viewer.model.loaded import LoadedBriefing
from viewer.printing.frame import PageFrame
from viewer.printing.layout import Placement, Plan, plan
from viewer.printing.options import PrintOptions
from viewer.printing.typesetting import Typesetter
from viewer.render.paper import Paper, anchor
from viewer.render.style import paper_stylesheet
from viewer.theme import PRINT


class OutlineEntry(msgspec.Struct, frozen=True):
    """A bookmark of the PDF: a section's title and the anchor its heading carries."""

    title: str
    anchor: str


class Printed(msgspec.Struct, frozen=True):
    """What was printed: how many pages, and the outline a PDF can be given."""

    pages: int
    outline: list[OutlineEntry]


class _Painter:
    """Paints a plan's pages in order, opening a page whenever a slice belongs to the next."""

    def __init__(self, frame: PageFrame, painter: QPainter, plan: Plan) -> None:
        self.frame = frame
        self.painter = painter
        self.plan = plan
        self.page = -1

    def slice(self, typesetter: Typesetter, placement: Placement, part_page: int) -> None:
        """Page ``part_page`` of the section just laid out, on its page of the print."""
        frame, painter = self.frame, self.painter
        self._turn_to(placement.first_page + part_page)
        top = part_page * frame.body_height
        # The first page's slice begins where the section does: above is the one before.
        skip = placement.start if part_page == 0 else 0.0
        painter.save()
        painter.translate(0, frame.header_height)
        painter.setClipRect(QRectF(0, skip, frame.width, frame.body_height - skip))
        painter.translate(0, -top)
        context = QAbstractTextDocumentLayout.PaintContext()
        # A line is drawn where it meets the clip, edges included: one whose top is exactly
        # at the next page's top belongs to that page only, one whose bottom is exactly at
        # this page's top to the page before.
        context.clip = QRectF(0, top + skip + 1, frame.width, frame.body_height - skip - 2)
        typesetter.document.documentLayout().draw(painter, context)
        painter.restore()

    def _turn_to(self, page: int) -> None:
        while self.page < page:
            if self.page >= 0:
                self.frame.paint_footer(self.painter, self.page, self.plan.page_count)
                self.frame.device.newPage()
            self.page += 1
            self.frame.paint_header(self.painter, self.plan.headers[self.page])

    def finish(self) -> None:
        if self.page >= 0:
            self.frame.paint_footer(self.painter, self.page, self.plan.page_count)


def print_to(loaded: LoadedBriefing, options: PrintOptions, device: QPagedPaintDevice) -> Printed:
    """Lay out and paint the briefing on ``device`` (a printer or a PDF writer)."""
    paper = Paper(loaded, options.region_indexes, options.include_original)
    frame = PageFrame(loaded, device)
    typesetter = Typesetter(frame, paper_stylesheet(PRINT))
    the_plan = plan(paper, typesetter, options.layout)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start painting on the output device")
    try:
        pages = _Painter(frame, painter, the_plan)
        for placement in the_plan.placements:
            kept = placement.html
            html = kept.decode() if kept is not None else paper.html(placement.part, the_plan.pages)
            # The same HTML at the same place lays out as it did when the plan was made.
            typesetter.repeat(html, placement.start, placement.typeset, placement.part.contents)
            for part_page in range(placement.typeset.pages):
                pages.slice(typesetter, placement, part_page)
        pages.finish()
    finally:
        painter.end()
    outline = [OutlineEntry(paper.title(s), anchor(s)) for s in paper.outlined()]
    return Printed(the_plan.page_count, outline)
