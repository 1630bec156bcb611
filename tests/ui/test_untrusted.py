"""Untrusted briefings: markup shows literally everywhere, nothing is fetched, nothing is written."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QGuiApplication, QHelpEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from tests.helpers.briefings import WriteBriefing
from viewer.render.links import ShowInReport
from viewer.section import OVERVIEW
from viewer.ui import dialogs
from viewer.ui.app import create_application, create_main_window
from viewer.ui.main_window import MainWindow
from viewer.ui.reading_view import ReadingView

PAYLOADS = [
    "<b>bold</b>",
    "<script>alert(1)</script>",
    '<img src="file:///etc/passwd">',
    '<a href="http://example.invalid/">x</a>',
    "R&D [*] \u202eevil\u202c zero\u200bwidth e\u0301 😀",
]
LONG = "W" * 3000


def hostile_briefing(data: dict[str, Any]) -> dict[str, Any]:
    data["title"] = " ".join(PAYLOADS)
    for region, payload in zip(data["regions"], PAYLOADS, strict=False):
        region["name"] = payload
        region["summary"] = payload + " " + LONG
        region["points"][0]["attribution"] = payload
        for quote in region["quotes"]:
            quote["speaker"] = payload
            quote["role"] = payload
            quote["outlet"] = {"name": payload, "relation": "told"}
    return data


@pytest.fixture
def hostile_window(
    qtbot: QtBot, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> MainWindow:
    path = write_briefing(hostile_briefing(briefing_data))
    window = create_main_window(create_application(), path)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def read_all_tabs(qtbot: QtBot, window: MainWindow) -> str:
    texts = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.currentWidget()
        view = page if isinstance(page, ReadingView) else page.findChild(ReadingView)
        assert view is not None
        qtbot.waitUntil(view.isVisible)
        texts.append(view.toPlainText())
    return "\n".join(texts)


def test_markup_shows_literally_in_tabs_titles_and_tooltips(
    qtbot: QtBot, hostile_window: MainWindow
) -> None:
    window = hostile_window
    titles = [window.tabs.tabText(i).replace("&&", "&") for i in range(1, 6)]
    assert titles[:3] == PAYLOADS[:3]
    assert titles[3] == PAYLOADS[3][:31] + "…", "long names are shortened on the tab"
    assert window.tabs.tabText(0) == "Overview"
    # A single & marks a keyboard mnemonic and vanishes; && shows one & literally.
    assert window.tabs.tabText(5).startswith("R&&D ")
    bar = window.tabs.tabBar()
    centre = bar.tabRect(1).center()
    hover = QHelpEvent(QEvent.Type.ToolTip, centre, bar.mapToGlobal(centre))
    QApplication.sendEvent(bar, hover)
    assert QToolTip.text() == "<p style='white-space: pre-wrap'>&lt;b&gt;bold&lt;/b&gt;</p>"
    assert bar.accessibleTabName(1) == "<b>bold</b>"  # read out as written, no markup
    assert window.windowTitle().startswith("<b>bold</b> <script>alert(1)</script>")
    assert "[ * ]" in window.windowTitle(), "Qt's [*] placeholder must not swallow text"
    shown = read_all_tabs(qtbot, window)
    for payload in PAYLOADS:
        assert payload in shown


def test_long_unbroken_strings_do_not_widen_the_window(
    qtbot: QtBot, hostile_window: MainWindow
) -> None:
    window = hostile_window
    read_all_tabs(qtbot, window)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert window.minimumSizeHint().width() <= screen.width()
    assert window.width() <= screen.width()


def test_views_load_no_resources(qtbot: QtBot, hostile_window: MainWindow) -> None:
    view = hostile_window.section_view(OVERVIEW)
    for url in ("file:///etc/passwd", "http://example.invalid/x.png", "data:image/png;base64,AA"):
        assert view.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(url)) is None
    assert not view.openLinks()
    assert not view.openExternalLinks()


def test_markup_shows_literally_in_the_pdf(
    hostile_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "hostile.pdf"
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda *_: out)
    hostile_window.print_actions.export_action.trigger()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    for payload in PAYLOADS[:4]:
        assert payload in text


def test_the_window_lists_up_to_twenty_problems(
    qtbot: QtBot, window: MainWindow, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    points = [point for region in briefing_data["regions"] for point in region["points"]]
    for point in points:
        point["kind"] = "rumour"
    path = write_briefing(briefing_data)
    assert not window.open_path(path)
    message = window.bars.ensure_error_bar().message()
    assert message.startswith(f"Could not open {path} ({len(points)} problems). ")
    assert message.count("• ") == len(points)
    for _ in range(25):
        briefing_data["takeaways"].append(dict(briefing_data["takeaways"][0], kind="x"))
    assert not window.open_path(write_briefing(briefing_data))
    message = window.bars.ensure_error_bar().message()
    total = len(points) + 25
    assert f"({total} problems)" in message
    assert message.count("• ") == 20
    assert window.bars.ensure_error_bar().more_button.text() == f"Show {total - 20} more problems"


def test_a_fifo_opened_from_the_menu_does_not_block(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_: fifo)
    window.menu_actions.open_action.trigger()
    assert (
        "is a FIFO (named pipe); expected a regular file"
        in window.bars.ensure_error_bar().message()
    )


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any attempt to create an internet socket from Python fails the test.

    This guards Python's ``socket`` module only: Qt's own network code (C++) never
    passes through it. The proof that nothing, Qt included, reaches the network is
    that ``make test`` runs the whole suite inside ``unshare -n``, a network namespace
    without interfaces (checked by tests/test_offline_ci.py in CI).
    """
    attempts: list[str] = []

    class GuardedSocket(socket.socket):
        def __init__(self, family: int = -1, *args: Any, **kwargs: Any) -> None:
            if family in (socket.AF_INET, socket.AF_INET6, -1):
                attempts.append(f"socket(family={family})")
                raise AssertionError("the viewer tried to open a network socket")
            super().__init__(family, *args, **kwargs)

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: attempts.append("connect"))
    return attempts


def test_a_whole_session_uses_no_network_and_writes_nothing(
    qtbot: QtBot,
    no_network: list[str],
    monkeypatch: pytest.MonkeyPatch,
    briefing_data: dict[str, Any],
    write_briefing: WriteBriefing,
    seed_text: str,
    tmp_path: Path,
) -> None:
    path = write_briefing(hostile_briefing(briefing_data))
    source = path.parent / "report.txt"
    source.write_text(seed_text, encoding="utf-8")
    briefing_data["source"]["path"] = "report.txt"
    path = write_briefing(briefing_data)
    folder = path.parent
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}

    window = create_main_window(create_application(), path)
    qtbot.addWidget(window)
    window.show()
    read_all_tabs(qtbot, window)
    window.follow(ShowInReport("regions[0].quotes[0]"))
    elsewhere = tmp_path.parent / f"{tmp_path.name}-out"
    elsewhere.mkdir()
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda *_: elsewhere / "out.pdf")
    window.print_actions.export_action.trigger()
    assert (elsewhere / "out.pdf").exists()
    window.close()

    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    assert after == before, "nothing is written to the briefing, its source or their folder"
    assert no_network == []
    assert "PySide6.QtNetwork" not in sys.modules, "no network module is ever loaded"


def test_a_links_title_shows_as_plain_text(qtbot: QtBot, hostile_window: MainWindow) -> None:
    """Show in source's title names its region, which is briefing text: never rich text."""
    from tests.helpers.windows import anchors
    from viewer.section import Section

    view = hostile_window.open_section(Section.of_region(0))
    qtbot.waitUntil(view.isVisible)
    _, _, start, end = next(a for a in anchors(view) if a[0] == "Show in source")
    cursor = view.span_cursor((start + end) // 2, (start + end) // 2)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    centre = view.cursorRect(cursor).center()
    hover = QHelpEvent(QEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre))
    QApplication.sendEvent(view.viewport(), hover)
    assert QToolTip.text() == (
        "<p style='white-space: pre-wrap'>&lt;b&gt;bold&lt;/b&gt;, summary</p>"
    )
