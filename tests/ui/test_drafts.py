"""From a report to a draft briefing in the window: made in memory, shown, saved, then followed live."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.helpers.briefings import replace_atomically
from tests.helpers.pdf import header, page_texts, words
from tests.helpers.windows import anchors, view_of_tab
from viewer.section import ORIGINAL, OVERVIEW
from viewer.ui import dialogs
from viewer.ui.main_window import MainWindow

SPANS = [(215, 295), (358, 604), (1158, 1195), (1274, 1298), (1543, 1640), (1660, 1783)]


@pytest.fixture
def report(tmp_path: Path, seed_text: str) -> Path:
    path = tmp_path / "report.txt"
    path.write_bytes(seed_text.encode("utf-8"))
    return path


def new_draft(window: MainWindow, monkeypatch: pytest.MonkeyPatch, report: Path) -> None:
    monkeypatch.setattr(dialogs, "ask_report_path", lambda *_: report)
    window.menu_actions.new_draft_action.trigger()


def test_a_report_becomes_a_draft_shown_with_every_quote_found(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, report: Path
) -> None:
    assert not window.menu_actions.save_draft_action.isEnabled()
    new_draft(window, monkeypatch, report)
    banner = window.findChild(QLabel, "draftBanner")
    assert banner is not None
    assert banner.isVisible()
    assert banner.text().startswith("DRAFT — this briefing is still being written. Not saved")
    assert window.menu_actions.save_draft_action.isEnabled()
    assert [p.name for p in report.parent.iterdir()] == ["report.txt"], "nothing is written yet"
    overview = view_of_tab(window, 0).toPlainText()
    assert "Quotes not yet in a region" in overview
    assert overview.count("Copy with citation") == 8
    original = view_of_tab(window, window.tabs.indexOf(window.tabs.page(ORIGINAL)))
    quoted = [target for _, target, _, _ in anchors(original)]
    for start, end in SPANS:
        assert f"passage:{start}-{end}" in quoted, (start, end)
    assert window.statusBar().currentMessage().startswith("Draft from report.txt: 8 quotes")


def test_a_draft_exports_with_draft_on_every_page_and_its_quotes_printed(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, report: Path, seed_text: str
) -> None:
    """Unsaved, straight from the report: a page of it on a printer still says DRAFT, and
    the quotes not yet in a region are on paper, indexed under that name."""
    new_draft(window, monkeypatch, report)
    out = report.parent / "draft.pdf"
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda *_: out)
    window.print_actions.export_action.trigger()
    texts = page_texts(out)
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert header(text).startswith("DRAFT · "), f"page {number}: {header(text)}"
    assert "Draft: this briefing is still being written" in texts[0]
    printed = words(texts)
    for start, end in SPANS:
        assert " ".join(seed_text[start:end].split()) in printed, (start, end)
    assert "AFP — 1 quote: Quotes not yet in a region p. 1" in printed


def test_a_finished_briefing_prints_without_the_draft_mark(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "final.pdf"
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda *_: out)
    window.print_actions.export_action.trigger()
    assert not any("DRAFT" in text for text in page_texts(out))


def test_saving_the_draft_writes_it_and_follows_the_authors_edits(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, report: Path
) -> None:
    new_draft(window, monkeypatch, report)
    out = report.parent / "mine.json"
    monkeypatch.setattr(dialogs, "ask_draft_path", lambda *_: out)
    window.menu_actions.save_draft_action.trigger()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["status"] == "draft"
    assert data["source"]["path"] == "report.txt"
    assert len(data["quotes"]) == 8
    assert window.loaded.path == out
    assert not window.menu_actions.save_draft_action.isEnabled()
    banner = window.findChild(QLabel, "draftBanner")
    assert banner is not None
    assert "Edit it in your own editor" in banner.text()
    data["title"] = "Kyiv: the withdrawal"
    replace_atomically(out, data)
    qtbot.waitUntil(lambda: window.windowTitle() == "Kyiv: the withdrawal", timeout=2000)
    data["status"] = "final"  # not finished: no takeaways or regions yet
    replace_atomically(out, data)
    qtbot.waitUntil(lambda: window.bars.refusal_shown, timeout=2000)
    assert "still being written" in window.section_view(OVERVIEW).toPlainText()


def test_a_file_that_is_no_report_is_refused_and_the_briefing_stays(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    title = window.windowTitle()
    new_draft(window, monkeypatch, page)
    assert window.bars.refusal_shown
    assert "holds no article text" in window.bars.ensure_error_bar().message()
    assert window.windowTitle() == title
