"""What only paper shows: the contents with page numbers, and the original report with its heading.

Everything else on paper is the screen's page rendered without links.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.model.loaded import LoadedBriefing
from viewer.render.markup import esc, muted
from viewer.render.pages import (
    overview_html,
    region_counts,
    region_html,
    section_title,
    sources_html,
)
from viewer.render.report import ORIGINAL_TITLE, original_html
from viewer.section import Section

#: Stands in for page numbers while the contents are first laid out: as wide as two digits.
PAGE_PLACEHOLDER = "00"


def contents_html(
    loaded: LoadedBriefing, sections: Sequence[Section], pages: Sequence[int] | None
) -> str:
    """The contents: each section after the overview with its first page (1-based) when known."""
    rows = []
    for index, section in enumerate(sections):
        counts = muted(f" — {region_counts(loaded, section.region)}") if section.is_region else ""
        page = str(pages[index]) if pages is not None else PAGE_PLACEHOLDER
        rows.append(
            f"<tr><td>{esc(section_title(loaded, section))}{counts}</td>"
            f"<td align='right'>{page}</td></tr>"
        )
    return (
        "<h2>Contents</h2><table width='100%' cellspacing='0' cellpadding='2'>"
        + "".join(rows)
        + "</table>"
    )


def paper_html(
    loaded: LoadedBriefing, section: Section, region_indexes: Sequence[int] | None
) -> str:
    """A section as printed; the overview without its contents (see ``contents_html``).

    ``region_indexes`` limits Sources to those regions' quotes (a print of one region).
    """
    if section.kind == "overview":
        return overview_html(loaded, links=False)
    if section.kind == "region":
        return region_html(loaded, section.region, links=False)
    if section.kind == "sources":
        return sources_html(loaded, links=False, region_indexes=region_indexes)
    return (
        f"<h1>{ORIGINAL_TITLE}</h1>"
        "<p class='muted'>The source text, verbatim. Quoted passages are "
        "underlined and shaded.</p>" + original_html(loaded, links=False)
    )
