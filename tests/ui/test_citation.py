"""Copy with citation: a quote lifted into a reader's notes keeps who said it and where it stands."""

from __future__ import annotations

from typing import Any

from msgspec.structs import replace
from PySide6.QtGui import QGuiApplication

from tests.ui.test_main_window import click_link, view_of_tab
from viewer.render import citation_html
from viewer.ui.main_window import MainWindow

KYIV_CITATION = (
    "“They have about a third left of the forces that they had arrayed against Kyiv,” "
    "— senior Pentagon official (unnamed), to AFP. Source: Two-thirds of Russian troops "
    "withdrawn from Kyiv, senior Pentagon official says, characters 215–295."
)


def test_copy_with_citation_of_the_first_kyiv_quote(qtbot: Any, window: MainWindow) -> None:
    click_link(qtbot, view_of_tab(window, 1), "Copy with citation")
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == KYIV_CITATION
    assert data.hasHtml()
    assert "<i>“They have about a third left" in data.html()
    assert "to AFP. Source: Two-thirds" in data.html()
    assert window.statusBar().currentMessage() == "Quote copied with its citation."


def test_citation_says_when_the_outlet_is_not_stated(qtbot: Any, window: MainWindow) -> None:
    window.links.copy_citation(2, 0)  # Donbas: "We haven't seen them begin to move,"
    text = QGuiApplication.clipboard().mimeData().text()
    assert text.startswith("“We haven’t seen them begin to move,” — senior Pentagon official")
    assert "(unnamed), outlet not stated. Source:" in text


def test_citation_html_escapes_briefing_text(window: MainWindow) -> None:
    loaded = window.loaded
    region = loaded.briefing.regions[0]
    quote = replace(region.quotes[0], outlet="<b>AFP</b>")
    briefing = replace(loaded.briefing, regions=[replace(region, quotes=[quote])])
    html_text = citation_html(replace(loaded, briefing=briefing), 0, 0)
    assert "to &lt;b&gt;AFP&lt;/b&gt;." in html_text
    assert "<b>" not in html_text
