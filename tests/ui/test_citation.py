"""Copy with citation: a quote lifted into a reader's notes keeps who said it and where it stands."""

from __future__ import annotations

from typing import Any

from msgspec.structs import replace
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.helpers.briefings import WriteBriefing
from tests.helpers.windows import click_link, shown_window, view_of_tab
from viewer.model.briefing import Outlet
from viewer.render.citation import citation_html
from viewer.render.links import CopyCitation
from viewer.ui.main_window import MainWindow

KYIV_CITATION = (
    "“They have about a third left of the forces that they had arrayed against Kyiv,” "
    "— senior Pentagon official (unnamed), according to AFP. Source: "
    "000_1de14245fb9f593d.txt (SHA-256 f79e13d03ece…), characters 215–295."
)


def test_copy_with_citation_of_the_first_kyiv_quote(qtbot: QtBot, window: MainWindow) -> None:
    click_link(qtbot, view_of_tab(window, 1), "Copy with citation")
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == KYIV_CITATION
    assert data.hasHtml()
    assert "<i>“They have about a third left" in data.html()
    assert "according to AFP. Source: 000_1de14245fb9f593d.txt" in data.html()
    assert window.statusBar().currentMessage() == "Quote copied with its citation."


def test_citation_says_when_the_outlet_is_not_stated(qtbot: QtBot, window: MainWindow) -> None:
    window.follow(
        CopyCitation("regions[2].quotes[0]")
    )  # Donbas: "We haven't seen them begin to move,"
    text = QGuiApplication.clipboard().mimeData().text()
    assert text.startswith("“We haven’t seen them begin to move,” — senior Pentagon official")
    assert "(unnamed), outlet not stated. Source:" in text


def test_citation_html_escapes_briefing_text(window: MainWindow) -> None:
    loaded = window.loaded
    region = loaded.briefing.regions[0]
    quote = replace(region.quotes[0], outlet=Outlet("<b>AFP</b>", "told"))
    briefing = replace(loaded.briefing, regions=[replace(region, quotes=[quote])])
    html_text = citation_html(replace(loaded, briefing=briefing), "regions[0].quotes[0]", quote)
    assert "to &lt;b&gt;AFP&lt;/b&gt;." in html_text
    assert "<b>" not in html_text


def test_a_citation_of_an_unverified_quote_says_so(
    qtbot: QtBot, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["source"]["path"] = "elsewhere.txt"
    window = shown_window(qtbot, write_briefing(briefing_data))
    click_link(qtbot, view_of_tab(window, 1), "Copy with citation")
    text = QGuiApplication.clipboard().mimeData().text()
    assert text.startswith("“They have about a third left")
    assert "Source: elsewhere.txt (SHA-256 f79e13d03ece…), characters 215–295" in text
    assert text.endswith("— unverified: the report is missing, so this quote was not checked.")
    assert window.statusBar().currentMessage() == (
        "Quote copied with its citation, marked unverified."
    )
