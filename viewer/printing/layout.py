"""Where each section goes: its first page and how far down, counted before anything is painted.

Every page's footer says how many pages there are and the contents give each
section's page, so the whole print is laid out once to count (each section laid
out, measured and let go) before it is laid out again, section by section, to be
painted (``painting``). Compact: a section starts below the one before it on the
same page when its heading and first lines fit there. One region per page: every
section starts a page, but a print of some regions keeps the first one under the
briefing's title, and a print of one region its passages under it.
"""

from __future__ import annotations

from collections.abc import Mapping

import msgspec

from viewer.model.statements import quote_path
from viewer.printing.options import Layout
from viewer.printing.typesetting import Typeset, Typesetter
from viewer.render.paper import Paper, Part
from viewer.section import OVERVIEW, Section

#: Space between a section and the one that follows it on the same page, in points.
GAP_POINTS = 14
#: How often the contents are laid out again if their page numbers move what follows.
CONTENTS_ATTEMPTS = 3


class Placement(msgspec.Struct, frozen=True):
    """A part on paper: the page it starts on (0-based), how far down, and its layout.

    ``html`` is what was laid out (UTF-8, half the size of a ``str`` of it), to be laid
    out again for painting without being made again; ``None`` for the contents, made
    again with the page numbers the plan found.
    """

    part: Part
    first_page: int
    start: float
    typeset: Typeset
    html: bytes | None

    @property
    def last_page(self) -> int:
        return self.first_page + self.typeset.pages - 1

    @property
    def heading_page(self) -> int:
        return self.first_page + self.typeset.heading_page


class Plan(msgspec.Struct, frozen=True):
    """The whole print: every section placed, page numbers for the contents and the index."""

    placements: list[Placement]
    pages: dict[Section, int]  # 1-based, the page of each section's heading
    quote_pages: dict[str, int]  # 1-based, by quote path
    headers: list[str]  # each page's running header: the section it starts with

    @property
    def page_count(self) -> int:
        return self.placements[-1].last_page + 1 if self.placements else 0


def plan(paper: Paper, typesetter: Typesetter, layout: Layout) -> Plan:
    """Lay out every part once, until the contents' page numbers hold."""
    pages: dict[Section, int] | None = None
    for _ in range(CONTENTS_ATTEMPTS):
        placements, quote_pages = _place(paper, typesetter, layout, pages)
        found = {p.part.section: p.heading_page + 1 for p in placements if not p.part.contents}
        contents = [p for p in placements if p.part.contents]
        if found == pages or not contents:
            pages = found
            break
        # The contents with these numbers: do they take the room the placeholders took?
        again = typesetter.typeset(paper.html(contents[0].part, found), contents[0].start, True)
        pages = found
        if again == contents[0].typeset:
            break
    assert pages is not None
    return Plan(placements, pages, quote_pages, _headers(paper, placements))


def _place(
    paper: Paper,
    typesetter: Typesetter,
    layout: Layout,
    pages: Mapping[Section, int] | None,
) -> tuple[list[Placement], dict[str, int]]:
    gap = typesetter.frame.points(GAP_POINTS)
    placements: list[Placement] = []
    quote_pages: dict[str, int] = {}
    page, end = 0, 0.0  # where the section before ended: on which page, how far down
    for part in paper.parts():
        section = part.section
        html = paper.html(part, pages, quote_pages)
        new_page = layout == "per-region" and not _follows(paper, part, placements)
        if not placements:
            first, start = 0, 0.0
        elif new_page or end + gap >= typesetter.height:
            first, start = page + 1, 0.0
        else:  # the contents go on under the overview: its heading's margin is gap enough
            first, start = page, end + (0.0 if part.contents else gap)
        typeset = typesetter.typeset(html, start, part.contents)
        if typeset is None:  # no room for its heading and first lines: the next page
            first, start = page + 1, 0.0
            typeset = typesetter.typeset(html, 0.0, part.contents)
            assert typeset is not None
        kept = None if part.contents else html.encode()
        placement = Placement(part, first, start, typeset, kept)
        placements.append(placement)
        if section.is_region or (section == OVERVIEW and not part.contents):
            region = section.region if section.is_region else None  # a draft's unplaced quotes
            for q, table_page in enumerate(typeset.table_pages):
                quote_pages[quote_path(region, q)] = first + table_page + 1
        page, end = placement.last_page, typeset.end
    return placements, quote_pages


def _follows(paper: Paper, part: Part, placements: list[Placement]) -> bool:
    """Whether ``part`` goes on under the one before even one region per page: the contents
    under the overview; in a print of some regions the first under the briefing's title;
    in a print of one region its passages under it."""
    if part.contents:
        return True
    if paper.whole or not placements:
        return False
    return len(placements) == 1 or len(paper.region_indexes) == 1


def _headers(paper: Paper, placements: list[Placement]) -> list[str]:
    """Each page's running header names the section the page starts with; a print of some
    regions names its first region on the first page, not the title block above it."""
    named = set(paper.outlined())
    headers: list[str | None] = [None] * (placements[-1].last_page + 1 if placements else 0)
    for placement in placements:
        if placement.part.section not in named:
            continue
        for page in range(placement.first_page, placement.last_page + 1):
            if headers[page] is None:
                headers[page] = paper.part_title(placement.part)
    fallback = paper.part_title(placements[0].part) if placements else ""
    return [header or fallback for header in headers]
