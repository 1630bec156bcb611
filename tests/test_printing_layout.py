"""Compact pages: sections flow on, and no heading is left alone at the bottom of a page."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from tests.helpers.briefings import WriteBriefing
from tests.helpers.pdf import body_lines, poppler_page_texts
from viewer.loading import load_briefing
from viewer.printing import PrintOptions

#: Lines that follow a heading on its page, at least.
KEPT_LINES = 2


def headings(data: dict[str, Any]) -> set[str]:
    names = {region["name"] for region in data["regions"]}
    return names | {
        "Key takeaways",
        "Contents",
        "Sources",
        "Speakers",
        "Outlets",
        "Original report",
    }


def with_fillers(data: dict[str, Any], count: int) -> dict[str, Any]:
    """The briefing with ``count`` one-line points added to its first region: everything
    after it moves down by a line each, so some count puts each heading at a page end."""
    data = copy.deepcopy(data)
    region = data["regions"][0]
    filler = {**region["points"][0], "text": "Filler.", "attribution": "The report"}
    region["points"] = [*region["points"], *([filler] * count)]
    return data


def test_no_heading_is_left_at_the_bottom_of_a_page(
    qapp: Any, tmp_path: Path, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    """A page (one line ≈ one filler) holds about 55 lines: every other count from 0 to 56
    puts each heading, in turn, where it would end a page."""
    from viewer.pdf_export import export_pdf

    titles = headings(briefing_data)
    for count in range(0, 57, 2):
        path = write_briefing(with_fillers(briefing_data, count), f"fillers-{count}.json")
        out = tmp_path / f"fillers-{count}.pdf"
        export_pdf(load_briefing(path), out, PrintOptions())
        for number, text in enumerate(poppler_page_texts(out), start=1):
            lines = body_lines(text)
            alone = [line for line in lines[-KEPT_LINES:] if line in titles]
            assert not alone, f"{count} fillers: {alone} ends page {number}"


def test_compact_sections_share_pages_and_one_region_per_page_does_not(
    qapp: Any, tmp_path: Path, briefing_data: dict[str, Any]
) -> None:
    from tests.helpers.paths import BUNDLED
    from viewer.pdf_export import export_pdf

    loaded = load_briefing(BUNDLED)
    names = [region["name"] for region in briefing_data["regions"]]
    for layout, shared in (("compact", True), ("per-region", False)):
        out = tmp_path / f"{layout}.pdf"
        export_pdf(loaded, out, PrintOptions(layout="compact" if shared else "per-region"))
        per_page = [
            [line for line in body_lines(t) if line in names] for t in poppler_page_texts(out)
        ]
        assert any(len(found) > 1 for found in per_page) is shared, layout
