"""Print, Print Preview and Export PDF as a reader uses them from the File menu."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from tests.helpers.briefings import WriteBriefing
from tests.helpers.pdf import page_texts
from tests.helpers.windows import shown_window
from viewer import settings
from viewer.ui import dialogs
from viewer.ui.main_window import MainWindow

CUPS_PRINTER = "PDF"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def preview_pages(qtbot: QtBot, window: MainWindow) -> int:
    window.print_actions.preview_action.trigger()
    dialog = window.print_actions.last_preview
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() > 0)
    pages = widget.pageCount()
    dialog.close()
    return pages


def export_via_menu(window: MainWindow, monkeypatch: pytest.MonkeyPatch, out: Path) -> list[str]:
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda *_: out)
    window.print_actions.export_action.trigger()
    return page_texts(out)


def test_export_pdf_from_the_menu_covers_the_whole_briefing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    texts = export_via_menu(window, monkeypatch, tmp_path / "all.pdf")
    assert len(texts) == 4, "compact: the briefing and its report on four pages"
    assert "Original report" in texts[-1]
    assert window.statusBar().currentMessage() == f"Saved 4 pages to {tmp_path / 'all.pdf'}."


def test_current_region_only_exports_the_region_on_screen(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.tabs.setCurrentIndex(4)  # Mariupol
    window.print_actions.region_action.trigger()
    texts = export_via_menu(window, monkeypatch, tmp_path / "mariupol.pdf")
    lines = [line for text in texts for line in text.splitlines()]
    assert len(texts) <= 2
    assert "Mariupol" in lines
    assert not {"Kyiv", "Belarus", "Key takeaways", "Contents"} & set(lines)
    assert "Source passages" in lines


def test_page_layout_is_chosen_in_the_menu_and_remembered(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    actions = window.print_actions.layout_actions
    assert actions["compact"].isChecked(), "compact is the default"
    actions["per-region"].trigger()
    assert not actions["compact"].isChecked(), "one layout at a time"
    texts = export_via_menu(window, monkeypatch, tmp_path / "per-region.pdf")
    firsts = [text.splitlines()[1] for text in texts]
    assert firsts[1:8] == [region.name for region in window.loaded.briefing.regions]
    window.close()
    again = shown_window(qtbot)
    assert again.print_actions.layout_actions["per-region"].isChecked()


def test_an_unknown_remembered_layout_means_compact(qtbot: QtBot) -> None:
    from viewer import settings

    settings.write("print/layout", "sideways")
    window = shown_window(qtbot)
    assert window.print_actions.layout_actions["compact"].isChecked()
    assert window.print_actions.options().layout == "compact"


def test_print_preview_shows_every_page(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    exported = export_via_menu(window, monkeypatch, tmp_path / "all.pdf")
    assert preview_pages(qtbot, window) == len(exported)
    window.tabs.setCurrentIndex(1)
    window.print_actions.region_action.trigger()
    window.print_actions.original_action.trigger()  # leave out the passages
    assert preview_pages(qtbot, window) == 1  # Kyiv under the briefing's title


def test_export_refuses_to_overwrite_the_open_briefing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = window.loaded.path.read_bytes()
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda *_: window.loaded.path)
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_warning", lambda _parent, _title, text: shown.append(text))
    window.print_actions.export_action.trigger()
    assert shown == ["The PDF cannot replace the briefing it is made from."]
    assert window.loaded.path.read_bytes() == before


def suggestions(monkeypatch: pytest.MonkeyPatch, answer: Path | None) -> list[str]:
    """Record what Export PDF's dialog proposes; the reader answers ``answer``."""
    proposed: list[str] = []

    def ask(_parent: Any, suggested: str) -> Path | None:
        proposed.append(suggested)
        return answer

    monkeypatch.setattr(dialogs, "ask_pdf_path", ask)
    return proposed


def test_export_suggests_the_title_in_the_folder_last_exported_to(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    title = "Two-thirds of Russian troops withdrawn from Kyiv, senior Pentagon official says"
    proposed = suggestions(monkeypatch, tmp_path / "chosen.pdf")
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL_SHIFT)
    # The bundled briefing lives inside the application: not a place for the reader's files.
    assert proposed == [str(Path.home() / f"{title}.pdf")]
    assert (tmp_path / "chosen.pdf").is_file()
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL_SHIFT)
    assert proposed[1] == str(tmp_path / f"{title}.pdf")
    window.close()

    again = shown_window(qtbot)  # remembered across runs
    proposed = suggestions(monkeypatch, None)
    again.print_actions.export_action.trigger()
    assert proposed == [str(tmp_path / f"{title}.pdf")]


def test_export_suggests_a_safe_name_beside_the_briefing(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    briefing_data: dict[str, Any],
    write_briefing: WriteBriefing,
    tmp_path: Path,
) -> None:
    briefing_data["title"] = "../../.config/autostart\\evil\x1b[0m\n" + "Київ 🇺🇦 " * 60
    path = write_briefing(briefing_data, "hostile.json")
    assert window.open_path(path)
    proposed = suggestions(monkeypatch, None)
    window.print_actions.export_action.trigger()
    suggested = Path(proposed[0])
    assert suggested.parent == tmp_path  # the briefing's folder, nowhere above it
    assert suggested.name.startswith("config-autostart-evil [0m Київ 🇺🇦 Київ")
    assert suggested.suffix == ".pdf"
    assert len(suggested.name.encode("utf-8")) <= 255


def test_a_vanished_or_odd_export_folder_is_forgotten(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    briefing_data: dict[str, Any],
    write_briefing: WriteBriefing,
    tmp_path: Path,
) -> None:
    assert window.open_path(write_briefing(briefing_data))
    gone = tmp_path / "exports"
    gone.mkdir()
    proposed = suggestions(monkeypatch, gone / "a.pdf")
    window.print_actions.export_action.trigger()
    (gone / "a.pdf").unlink()
    gone.rmdir()
    window.print_actions.export_action.trigger()
    assert Path(proposed[1]).parent == tmp_path
    settings.write("folders/export", ["not", "a", "folder"])  # a damaged settings file
    window.print_actions.export_action.trigger()
    assert Path(proposed[2]).parent == tmp_path


def cups_printer_ready() -> bool:
    if shutil.which("lpstat") is None:
        return False
    result = subprocess.run(
        ["lpstat", "-p", CUPS_PRINTER], capture_output=True, text=True, timeout=10
    )
    return result.returncode == 0 and "enabled" in result.stdout


def test_printing_through_cups_delivers_the_briefing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+P through a real CUPS server to the cups-pdf printer; read what arrives.

    cups-pdf rewrites the job through PostScript and Ghostscript, which keeps the pages
    but not the text layer of Qt's subset fonts; so the page count is read from
    cups-pdf's output, and the text from the job as the CUPS server received it
    (kept by ``PreserveJobFiles Yes``, which .ci/run sets).
    """
    if not cups_printer_ready():
        message = f"no CUPS printer {CUPS_PRINTER!r} (cups-pdf); .ci/run sets one up"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    outbox = Path.home() / "PDF"  # cups-pdf's default "Out ${HOME}/PDF"
    job = f"briefing-test-{uuid.uuid4().hex[:8]}"

    def choose_cups_printer(_parent: Any, printer: QPrinter) -> bool:
        printer.setPrinterName(CUPS_PRINTER)
        printer.setDocName(job)
        return True

    monkeypatch.setattr(dialogs, "ask_print", choose_cups_printer)
    window.tabs.setCurrentIndex(1)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    sent = re.fullmatch(r"Sent (\d+) pages to PDF\.", window.statusBar().currentMessage())
    assert sent is not None, window.statusBar().currentMessage()
    pages = int(sent[1])
    assert pages == 4, "compact: the briefing and its report on four pages"

    deadline = time.monotonic() + 60
    arrived: list[Path] = []
    while time.monotonic() < deadline and not arrived:
        arrived = [p for p in outbox.glob(f"{job}*.pdf") if p.stat().st_size > 0]
        qtbot.wait(250)
    assert arrived, f"nothing arrived in {outbox} within 60 s"
    qtbot.wait(500)  # let cups-pdf finish writing
    assert len(PdfReader(arrived[0]).pages) == pages
    arrived[0].unlink()

    # The job's control file (c000NN) names it; its document is d000NN-001. Other jobs
    # may be in the spool (a shared CUPS server): only this one counts.
    # cupsd writes control files a little after the job is done.
    spool = Path("/var/spool/cups")
    controls: list[Path] = []
    while time.monotonic() < deadline and not controls:
        controls = [path for path in spool.glob("c*") if job.encode() in path.read_bytes()]
        qtbot.wait(250)
    assert len(controls) == 1, "the CUPS server kept no job file (PreserveJobFiles Yes)"
    received = spool / f"d{controls[0].name[1:]}-001"
    assert received.read_bytes().startswith(b"%PDF")
    reader = PdfReader(received)
    assert len(reader.pages) == pages
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Two-thirds of Russian troops withdrawn from Kyiv" in text
    assert "They have about a third left of the forces" in text
