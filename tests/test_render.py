"""The render path: plain-text safety and source offsets that survive emoji and CR LF."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtGui import QTextCursor, QTextDocument

from tests.helpers.briefings import WriteBriefing
from viewer.loading import load_briefing
from viewer.render.pages import overview_html, region_html
from viewer.render.report import original_html, report_position

MARKUP = '<b>bold</b> <img src="file:///etc/passwd"> <a href="http://example.invalid/">x</a> &amp;'


def test_source_offsets_select_quotes_after_emoji_and_crlf(
    qapp: Any, briefing_data: dict[str, Any], write_briefing: WriteBriefing, tmp_path: Path
) -> None:
    source = (
        "Intro 😀😀 line\r\n\r\nHe said “first quote” today.\r\nLone\rCR then “second 🎉 quote”."
    )
    (tmp_path / "src.txt").write_bytes(source.encode("utf-8"))
    quotes = []
    for text in ("“first quote”", "“second 🎉 quote”"):
        start = source.index(text)
        quote = dict(briefing_data["regions"][0]["quotes"][0])
        quote.update(text=text, start=start, end=start + len(text))
        quotes.append(quote)
    briefing_data["regions"] = briefing_data["regions"][:1]
    briefing_data["regions"][0]["quotes"] = quotes
    briefing_data["regions"][0]["summary_evidence"] = [[0, 5]]
    for point in [*briefing_data["regions"][0]["points"], *briefing_data["takeaways"]]:
        point["evidence"] = [[0, 5]]
    briefing_data["not_content"] = []
    for quote in quotes:
        quote["cue"] = None
    briefing_data["source"].update(
        path="src.txt", sha256=hashlib.sha256(source.encode("utf-8")).hexdigest()
    )
    loaded = load_briefing(write_briefing(briefing_data))
    document = QTextDocument()
    document.setHtml(original_html(loaded))
    for shown in loaded.briefing.regions[0].quotes:
        cursor = QTextCursor(document)
        cursor.setPosition(report_position(source, shown.start))
        cursor.setPosition(report_position(source, shown.end), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == shown.text


def test_markup_in_briefing_strings_shows_literally(
    qapp: Any, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["title"] = MARKUP
    region = briefing_data["regions"][0]
    region["name"] = MARKUP
    region["summary"] = "<script>alert(1)</script>"
    region["points"][0]["attribution"] = MARKUP
    region["quotes"][0]["speaker"] = "<i>speaker</i>"
    region["quotes"][0]["outlet"]["name"] = "<table><tr><td>AFP"
    loaded = load_briefing(write_briefing(briefing_data))
    for html_text in (overview_html(loaded), region_html(loaded, 0)):
        document = QTextDocument()
        document.setHtml(html_text)
        assert MARKUP in document.toPlainText()
    document = QTextDocument()
    document.setHtml(region_html(loaded, 0))
    text = document.toPlainText()
    assert "<script>alert(1)</script>" in text
    assert "<i>speaker</i>" in text
    assert "according to <table><tr><td>AFP" in text


def test_control_characters_are_shown_as_control_pictures(
    qapp: Any, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["title"] = "a\x0cb\x00c\x7fd  e"
    loaded = load_briefing(write_briefing(briefing_data))
    document = QTextDocument()
    document.setHtml(overview_html(loaded))
    assert "a␌b␀c␡d  e" in document.toPlainText()
