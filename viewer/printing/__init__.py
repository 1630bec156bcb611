"""Paper and PDF: the print built from the render path, laid out section by section, painted page by page.

``options`` says what to print and how; ``layout`` places every section (a first
pass that counts pages); ``painting`` lays each out again and paints it with the
running header and footer of ``frame``; ``typesetting`` is the one document that
lays out each section in turn. Paper has its own colours (``theme.PRINT``),
whatever the screen theme is.
"""

from __future__ import annotations

from viewer.printing.options import (
    DEFAULT_LAYOUT,
    LAYOUTS,
    Layout,
    PrintOptions,
    default_page_layout,
    default_page_size,
)
from viewer.printing.painting import OutlineEntry, Printed, print_to

__all__ = [
    "DEFAULT_LAYOUT",
    "LAYOUTS",
    "Layout",
    "OutlineEntry",
    "PrintOptions",
    "Printed",
    "default_page_layout",
    "default_page_size",
    "print_to",
]
