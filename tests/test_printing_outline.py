"""The PDF's outline (bookmarks) and its contents' links, as PDF readers find them."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.helpers.pdf import body_lines, exported, links, outline, page_texts
from viewer.pdf_outline import OutlineError, outline_update


@pytest.fixture(scope="module", params=["compact", "per-region"])
def briefing_pdf(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("outline") / f"{request.param}.pdf"
    return exported(out, "--layout", request.param)


def names(data: dict[str, Any]) -> list[str]:
    return [
        "Overview",
        *(region["name"] for region in data["regions"]),
        "Sources",
        "Original report",
    ]


def test_every_section_and_region_has_a_bookmark_that_opens_its_page(
    briefing_pdf: Path, briefing_data: dict[str, Any]
) -> None:
    marks = outline(briefing_pdf)
    assert [title for title, _ in marks] == names(briefing_data)
    texts = page_texts(briefing_pdf)
    assert marks[0][1] == 0
    for title, page in marks[1:]:
        assert title in body_lines(texts[page]), f"{title}'s bookmark opens page {page + 1}"


def test_the_contents_entries_are_links_to_their_pages(
    briefing_pdf: Path, briefing_data: dict[str, Any]
) -> None:
    """The name and the page number of each entry both open the section's page."""
    found = links(briefing_pdf, 0)
    sections = outline(briefing_pdf)[1:]
    assert [page for _, page in found] == [page for _, page in sections for _ in range(2)]
    lines = body_lines(page_texts(briefing_pdf)[0])
    rows = lines[lines.index("Contents") + 1 :][: len(sections)]
    printed = [int(re.findall(r"\d+$", row)[0]) - 1 for row in rows]
    assert printed == [page for _, page in sections], "the link opens the page the entry names"
    for rect, _ in found:
        left, bottom, right, top = rect
        assert right - left > 3, "a link is as wide as its text"
        assert top - bottom > 5, "a link is as high as its text"


def test_the_pdf_opens_with_its_bookmarks_shown(briefing_pdf: Path) -> None:
    catalog: Any = PdfReader(briefing_pdf).trailer["/Root"]
    assert catalog["/PageMode"] == "/UseOutlines"


def test_poppler_reads_the_outline_and_the_destinations(
    briefing_pdf: Path, briefing_data: dict[str, Any]
) -> None:
    """Another reader (poppler) than the one that wrote the outline's objects reads them too."""
    xml = subprocess.run(
        ["pdftohtml", "-xml", "-stdout", "-i", "-q", str(briefing_pdf)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    items = re.findall(r"<item[^>]*>([^<]*)</item>", xml)
    assert [item.replace("&#39;", "'") for item in items] == names(briefing_data)
    destinations = subprocess.run(
        ["pdfinfo", "-dests", str(briefing_pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert '"region-0"' in destinations
    assert '"original"' in destinations


def test_a_print_of_one_region_is_bookmarked_by_its_parts(tmp_path: Path) -> None:
    out = exported(tmp_path / "donbas.pdf", "--region", "donbas")
    assert [title for title, _ in outline(out)] == ["Donbas", "Source passages"]


def test_an_outline_is_added_to_nothing_but_a_pdf() -> None:
    """A file that is not a PDF is refused with a reason, and nothing is made to append."""

    class Entry:
        title = "Kyiv"
        anchor = "region-0"

    with pytest.raises(OutlineError, match="not a PDF this app can add an outline to"):
        outline_update(io.BytesIO(b"%PDF-1.4\nnot really\n"), [Entry()])
