"""When reading views become documents for screen readers: a factory, installed after the first paint.

Qt asks the factory for an accessible interface whenever assistive technology
(or a test) first looks at an object. Installing it touches ``QAccessible``,
whose Python type costs shiboken ~4 ms to create, so the window installs it
once it has painted (``viewer.ui.app``); a screen reader that already met a
reading view gets it as a document then too (``accessible_document.adopt``).
Tests that look at views before a first paint call ``install`` first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from viewer.ui.reading_view import ReadingView

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAccessibleInterface

_installed = False


def install() -> None:
    """From now on, every reading view is a document for assistive technology (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def after_first_paint(window: QWidget) -> None:
    """Install the factory; if a screen reader is listening, make the views built so far documents."""
    install()
    if QAccessible.isActive():
        from viewer.ui.accessible_document import adopt

        for view in window.findChildren(ReadingView):
            adopt(view)


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    """Asked for each object, class by class from its own up; only reading views get an answer.

    The module that builds documents is imported when one is first asked for.
    """
    if key != "ReadingView":
        return None
    from viewer.ui.accessible_document import document_for

    return document_for(obj)
