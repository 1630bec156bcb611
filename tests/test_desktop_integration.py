"""The launcher, icon and file type: a valid .desktop entry, an SVG Qt can draw, the installer."""

from __future__ import annotations

import configparser
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from PySide6.QtGui import QIcon

from tests.helpers.paths import BRIEFING_V1, BUNDLED, ROOT

BRIEFING_TYPE = "application/x-briefing+json"
MIME_PACKAGE = ROOT / "resources" / "briefing-viewer-mime.xml"
NS = {"mime": "http://www.freedesktop.org/standards/shared-mime-info"}


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


def test_the_launcher_claims_briefings_not_every_json_file() -> None:
    entry = desktop_entry(ROOT / "resources" / "briefing-viewer.desktop")
    assert entry["MimeType"] == f"{BRIEFING_TYPE};"
    declared = ET.parse(MIME_PACKAGE).getroot().find("mime:mime-type", NS)
    assert declared is not None
    assert declared.get("type") == BRIEFING_TYPE
    parent = declared.find("mime:sub-class-of", NS)
    assert parent is not None
    assert parent.get("type") == "application/json"  # text editors still open it


def magic_matches(data: bytes) -> bool:
    """Whether any of the package's magic rules (string within an offset range) matches."""
    declared = ET.parse(MIME_PACKAGE).getroot().find("mime:mime-type", NS)
    assert declared is not None
    for match in declared.iterfind("mime:magic/mime:match", NS):
        assert match.get("type") == "string"
        start, _, end = (match.get("offset") or "").partition(":")
        value = (match.get("value") or "").encode("utf-8")
        if value in data[int(start) : int(end or start) + len(value)]:
            return True
    return False


def test_the_file_type_recognises_briefings_by_content() -> None:
    bundled = BUNDLED.read_bytes()
    assert magic_matches(bundled)
    assert magic_matches(BRIEFING_V1.read_bytes())
    compact = json.dumps(json.loads(bundled), separators=(",", ":")).encode()
    assert magic_matches(compact)
    assert not magic_matches((ROOT / "resources" / "briefing.schema.json").read_bytes())
    assert not magic_matches(b'{"name": "briefing-viewer", "format": "json"}')
    assert not magic_matches((ROOT / "pyproject.toml").read_bytes())


def test_the_icon_renders_and_is_the_window_icon(qapp: Any) -> None:
    from viewer.ui.app import create_application

    app = create_application()
    pixmap = app.windowIcon().pixmap(64, 64)
    assert not pixmap.isNull()
    image = pixmap.toImage()
    assert image.pixelColor(32, 10).alpha() > 0  # drawn, not an empty placeholder
    assert not QIcon(str(ROOT / "resources" / "icons" / "briefing-viewer.svg")).isNull()


def test_install_desktop_puts_its_files_under_xdg_data_home(tmp_path: Path) -> None:
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
    package = data / "mime" / "packages" / "briefing-viewer.xml"
    assert package.read_bytes() == MIME_PACKAGE.read_bytes()


def test_after_install_desktop_the_desktop_knows_a_briefing_from_other_json(
    tmp_path: Path,
) -> None:
    """Qt's MIME database (what KDE's file manager uses) reads the installed type."""
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
    files = tmp_path / "files"
    files.mkdir()
    (files / "kyiv.briefing.json").write_text("{}")  # by its name alone
    (files / "report.json").write_bytes(BUNDLED.read_bytes())  # by what it holds
    (files / "package.json").write_text('{"name": "briefing-viewer"}')
    code = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "database, content = QMimeDatabase(), QMimeDatabase.MatchMode.MatchContent\n"
        "for name in sys.argv[1:]:\n"
        "    print(database.mimeTypeForFile(name).name(),"
        " database.mimeTypeForFile(name, content).name())\n"
    )
    names = ["kyiv.briefing.json", "report.json", "package.json"]
    result = subprocess.run(
        [sys.executable, "-c", code, *names],
        cwd=files,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    by_name, by_content = zip(*(line.split() for line in result.stdout.splitlines()), strict=True)
    assert by_name == (BRIEFING_TYPE, "application/json", "application/json")
    # GNOME's file manager (GLib) prefers a content match that refines the name's type;
    # Qt does when asked to read the file.
    assert by_content[1] == BRIEFING_TYPE
    assert by_content[2] != BRIEFING_TYPE


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
