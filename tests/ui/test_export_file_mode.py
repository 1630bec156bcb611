"""File → Export PDF… writes a file colleagues can read, as any program's new file under the umask."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from viewer.ui import dialogs
from viewer.ui.main_window import MainWindow


@pytest.mark.usefixtures("umask_022")
def test_export_from_the_menu_is_readable_by_others(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "for-colleagues.pdf"
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda *_: out)
    window.print_actions.export_action.trigger()
    assert window.statusBar().currentMessage().startswith("Saved ")
    assert oct(stat.S_IMODE(out.stat().st_mode)) == oct(0o644)
    assert [p.name for p in tmp_path.iterdir()] == ["for-colleagues.pdf"]
