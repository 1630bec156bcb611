"""What to print and on what paper: the scope, the layout, the page size and margins."""

from __future__ import annotations

from typing import Final, Literal, get_args

import msgspec
from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize

from viewer.render.style import PAPER_BODY_POINTS

#: ``compact``: sections flow on one after another; ``per-region``: each starts a page.
Layout = Literal["compact", "per-region"]
LAYOUTS: Final[tuple[Layout, ...]] = get_args(Layout)
DEFAULT_LAYOUT: Final[Layout] = "compact"

#: Page margins in millimetres; header and footer sit inside them, text never nearer the edge.
MARGINS_MM: Final = QMarginsF(16, 12, 16, 12)
BODY_POINT_SIZE: Final = PAPER_BODY_POINTS
HEADER_POINT_SIZE: Final = 8


class PrintOptions(msgspec.Struct, frozen=True):
    """What to print: every region or some, whether the original report is appended, how laid out."""

    region_indexes: tuple[int, ...] | None = None  # None: the whole briefing
    include_original: bool = True
    layout: Layout = DEFAULT_LAYOUT


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
