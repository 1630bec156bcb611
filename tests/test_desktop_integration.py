"""The launcher and icon: a valid .desktop entry, an SVG Qt can draw, and the installer."""

from __future__ import annotations

import configparser
import os
import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtGui import QIcon

from tests.helpers.paths import ROOT


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_names_the_command_and_the_icon() -> None:
    entry = desktop_entry(ROOT / "resources" / "briefing-viewer.desktop")
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "briefing-viewer"
    assert entry["Icon"] == "briefing-viewer"
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()


def test_the_icon_renders_and_is_the_window_icon(qapp: Any) -> None:
    from viewer.ui.app import create_application

    app = create_application()
    pixmap = app.windowIcon().pixmap(64, 64)
    assert not pixmap.isNull()
    image = pixmap.toImage()
    assert image.pixelColor(32, 10).alpha() > 0  # drawn, not an empty placeholder
    assert not QIcon(str(ROOT / "resources" / "icons" / "briefing-viewer.svg")).isNull()


def test_install_desktop_puts_both_files_under_xdg_data_home(tmp_path: Path) -> None:
    command = tmp_path / "bin" / "briefing-viewer"
    command.parent.mkdir()
    command.write_text("#!/bin/sh\n")
    command.chmod(0o755)
    data = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    subprocess.run(
        [ROOT / "scripts" / "install-desktop", str(command)],
        env=env,
        check=True,
        capture_output=True,
    )
    entry = desktop_entry(data / "applications" / "briefing-viewer.desktop")
    assert entry["Exec"] == f"{command} %f"
    assert entry["TryExec"] == str(command)
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / "briefing-viewer.svg"
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "briefing-viewer.svg").read_bytes()


def test_install_desktop_refuses_a_relative_command(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    result = subprocess.run(
        [ROOT / "scripts" / "install-desktop", "briefing-viewer"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "absolute" in result.stderr
    assert not (tmp_path / "applications").exists()
