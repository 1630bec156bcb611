"""Each section's HTML as cached sources, and the small counting and sizing helpers of the window."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from viewer.loading import LoadedBriefing
from viewer.render import original_html, overview_html, region_html, sources_html


def default_size(widget: QWidget) -> QSize:
    """1000 × 760, or less where the screen is smaller: the window never starts past its edge."""
    screen = widget.screen().availableGeometry()
    return QSize(min(1000, int(screen.width() * 0.9)), min(760, int(screen.height() * 0.9)))


def counted(number: int, noun: str) -> str:
    """ "1 quote", "2 quotes"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def section_sources(loaded: LoadedBriefing) -> list[Callable[[], str]]:
    """Each section's HTML, rendered once on first use and then shared by its view and find."""
    sources: list[Callable[[], str]] = [partial(overview_html, loaded)]
    sources += [partial(region_html, loaded, i) for i in range(len(loaded.briefing.regions))]
    sources += [partial(sources_html, loaded), partial(original_html, loaded)]
    return [cache(source) for source in sources]
