"""The sections of a briefing as values: Overview, one per region, Sources, Original report.

Tabs, find, the session, links and printing all speak of sections; this module alone
knows their order. ``SectionOrder.position`` is a section's place in reading order (the
tab order of a small briefing), which is also how the session stores it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final, Literal

import msgspec

SectionKind = Literal["overview", "region", "sources", "original"]


class Section(msgspec.Struct, frozen=True):
    """One section; ``region`` is the region's index for a region section, else -1."""

    kind: SectionKind
    region: int = -1

    @staticmethod
    def of_region(index: int) -> Section:
        return Section("region", index)

    @property
    def is_region(self) -> bool:
        return self.kind == "region"


OVERVIEW: Final = Section("overview")
SOURCES: Final = Section("sources")
ORIGINAL: Final = Section("original")

#: The sections before and after the regions, in reading order.
_BEFORE: Final = (OVERVIEW,)
_AFTER: Final = (SOURCES, ORIGINAL)


class SectionOrder:
    """The sections of a briefing with ``region_count`` regions, in reading order."""

    def __init__(self, region_count: int) -> None:
        self.region_count = region_count

    def __len__(self) -> int:
        return len(_BEFORE) + self.region_count + len(_AFTER)

    def __iter__(self) -> Iterator[Section]:
        yield from _BEFORE
        for index in range(self.region_count):
            yield Section.of_region(index)
        yield from _AFTER

    def __contains__(self, section: object) -> bool:
        if not isinstance(section, Section):
            return False
        if section.is_region:
            return 0 <= section.region < self.region_count
        return section in _BEFORE or section in _AFTER

    def position(self, section: Section) -> int:
        """The section's place in reading order (0 for the Overview)."""
        if section.is_region:
            return len(_BEFORE) + section.region
        if section in _BEFORE:
            return _BEFORE.index(section)
        return len(_BEFORE) + self.region_count + _AFTER.index(section)

    def at(self, position: int) -> Section | None:
        """The section at ``position`` in reading order, or ``None`` past either end."""
        if not 0 <= position < len(self):
            return None
        if position < len(_BEFORE):
            return _BEFORE[position]
        position -= len(_BEFORE)
        if position < self.region_count:
            return Section.of_region(position)
        return _AFTER[position - self.region_count]

    def regions(self) -> Iterator[Section]:
        return (Section.of_region(index) for index in range(self.region_count))
