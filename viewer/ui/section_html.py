"""Each section's HTML, rendered once per load and shared by the section's view and by find."""

from __future__ import annotations

from viewer.model.loaded import LoadedBriefing
from viewer.render.pages import overview_html, section_html
from viewer.render.statements import Flags
from viewer.section import OVERVIEW, Section, SectionOrder

#: Overview rows shown before the rest of a long overview: more than a tall window holds.
FIRST_SCREEN_REGIONS = 60


class SectionHtml:
    """The HTML of every section of one loaded briefing, each rendered on first use."""

    def __init__(self, loaded: LoadedBriefing) -> None:
        self._loaded = loaded
        self.order = SectionOrder(len(loaded.briefing.regions))
        self._html: dict[Section, str] = {}
        self._flags: Flags = {}

    def set_flags(self, flags: Flags) -> bool:
        """Mark the reviewer's findings on the pages from now on; whether anything changed."""
        if flags == self._flags:
            return False
        self._flags = flags
        self._html = {}
        return True

    @property
    def sections(self) -> list[Section]:
        return list(self.order)

    def html(self, section: Section) -> str:
        if section not in self._html:
            self._html[section] = section_html(self._loaded, section, self._flags)
        return self._html[section]

    def first_screen(self, section: Section) -> str | None:
        """The top of a section too long to lay out within a frame, or ``None``.

        Only the overview of a briefing with many regions grows that long (a row
        per region); its first rows more than fill a window.
        """
        if section == OVERVIEW and self.order.region_count > FIRST_SCREEN_REGIONS:
            return overview_html(self._loaded, region_limit=FIRST_SCREEN_REGIONS, flags=self._flags)
        return None
