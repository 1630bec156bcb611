"""Each section's HTML as cached sources, and the small counting and sizing helpers of the window."""

from __future__ import annotations

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


#: Overview rows shown before the rest of a long overview: more than a tall window holds.
FIRST_SCREEN_REGIONS = 60


class SectionSources:
    """Each section's HTML, rendered on first use and then shared by its view and find.

    Sections: 0 the overview, 1…n the regions, n + 1 the sources, n + 2 the original.
    """

    def __init__(self, loaded: LoadedBriefing) -> None:
        self._loaded = loaded
        self._regions = len(loaded.briefing.regions)
        self._html: dict[int, str] = {}

    def __len__(self) -> int:
        return self._regions + 3

    def html(self, section: int) -> str:
        if section not in self._html:
            self._html[section] = self._render(section)
        return self._html[section]

    def first_screen(self, section: int) -> str | None:
        """The top of a section too long to lay out within a frame, or ``None``.

        Only the overview of a briefing with many regions grows that long (a row
        per region); its first rows more than fill a window.
        """
        if section == 0 and self._regions > FIRST_SCREEN_REGIONS:
            return overview_html(self._loaded, region_limit=FIRST_SCREEN_REGIONS)
        return None

    def _render(self, section: int) -> str:
        if section == 0:
            return overview_html(self._loaded)
        if section <= self._regions:
            return region_html(self._loaded, section - 1)
        if section == self._regions + 1:
            return sources_html(self._loaded)
        return original_html(self._loaded)
