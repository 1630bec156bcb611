"""The structure read from a shown page: headings with levels, lists, quotes, links, in reading order."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QTextDocument

from viewer.model.loaded import LoadedBriefing
from viewer.render.markup import displayed_quote
from viewer.render.pages import overview_html, region_html
from viewer.render.report import original_html
from viewer.render.style import stylesheet
from viewer.theme import LIGHT
from viewer.ui.app import load_bundled
from viewer.ui.document_outline import Kind, Part, anchors_of, outline


@pytest.fixture(scope="module")
def loaded() -> LoadedBriefing:
    return load_bundled()


def document(html: str) -> QTextDocument:
    shown = QTextDocument()
    shown.setDefaultStyleSheet(stylesheet(LIGHT))
    shown.setHtml(html)
    return shown


def shape(parts: list[Part] | tuple[Part, ...]) -> list[Any]:
    """Kinds (and heading levels) as a nested list, the way a screen reader walks them."""
    return [
        [part.kind.value, shape(part.parts)]
        if part.parts
        else f"{part.kind.value}{part.level or ''}"
        for part in parts
    ]


def test_a_region_page_reads_as_headings_summary_points_and_quotes(
    qapp: Any, loaded: LoadedBriefing
) -> None:
    parts = outline(document(region_html(loaded, 0)))
    assert shape(parts) == [
        "heading1",
        "paragraph",
        "paragraph",  # Summary · Show in source
        "heading2",
        ["list", ["item", "item", "item"]],
        "heading2",
        ["quote", ["paragraph", "paragraph", "paragraph"]],
    ]
    region = loaded.briefing.regions[0]
    assert [parts[0].text, parts[3].text, parts[5].text] == [region.name, "Points", "Quotes"]
    assert [(a.href, a.description) for a in parts[2].anchors] == [
        ("show:regions[0].summary", "Kyiv, summary")
    ]
    said, attribution, actions = parts[6].parts
    assert said.text == displayed_quote(region.quotes[0].text)
    assert attribution.text.startswith("— senior Pentagon official (unnamed) · ")
    assert [(a.href, a.text, a.description) for a in actions.anchors] == [
        ("show:regions[0].quotes[0]", "Show in source", "Kyiv, quote 1"),
        ("copy:regions[0].quotes[0]", "Copy with citation", "Kyiv, quote 1"),
    ]


def test_a_point_is_read_as_one_line_with_its_kind_and_attribution(
    qapp: Any, loaded: LoadedBriefing
) -> None:
    points = outline(document(region_html(loaded, 0)))[4].parts
    point = loaded.briefing.regions[0].points[0]
    assert points[0].text == (
        f"Official assessment {point.text} — {point.attribution} · Show in source"
    )


def test_the_overview_lists_every_region_as_a_link(qapp: Any, loaded: LoadedBriefing) -> None:
    parts = outline(document(overview_html(loaded)))
    heading = next(index for index, part in enumerate(parts) if part.text == "Regions")
    regions = parts[heading + 1].parts
    assert [a.text for item in regions for a in item.anchors] == [
        r.name for r in loaded.briefing.regions
    ]
    assert [a.href for item in regions for a in item.anchors] == [
        f"region:{i}" for i in range(len(loaded.briefing.regions))
    ]


def test_a_link_split_by_formatting_is_one_link(qapp: Any) -> None:
    shown = document(
        '<p>See <a href="region:3">the <b>front</b> line</a>, then <a href="x">x</a></p>'
    )
    (anchor, other) = anchors_of(shown.begin())
    assert (anchor.href, anchor.text) == ("region:3", "the front line")
    assert shown.toPlainText()[anchor.start : anchor.end] == "the front line"
    assert other.text == "x"


def test_the_original_report_is_paragraphs_whose_passages_link_to_what_rests_on_them(
    qapp: Any, loaded: LoadedBriefing
) -> None:
    parts = outline(document(original_html(loaded)))
    assert parts
    assert {part.kind for part in parts} == {Kind.PARAGRAPH}
    hrefs = [a.href for part in parts for a in part.anchors]
    assert hrefs
    assert all(href.startswith("passage:") for href in hrefs)


def test_an_empty_page_has_no_parts(qapp: Any) -> None:
    assert outline(document("")) == []
