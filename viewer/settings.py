"""The user's settings: one table of defaults and typed helpers over ``QSettings``.

Missing, corrupt or ill-typed values fall back to the defaults silently. ``QSettings``
writes its file through ``QSaveFile``, so a crash never leaves half a settings file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QByteArray, QSettings

ZOOM_MIN: Final = -4
ZOOM_MAX: Final = 10

_DEFAULTS: Final[dict[str, Any]] = {
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "session/last_file": "",
    "session/tab": 0,
    "session/recent": [],  # most recent first, absolute paths
    "session/scroll": "",  # JSON: {section number: scroll bar value} for session/last_file
    "view/zoom": 0,
    "view/theme": "system",
    "view/font": "sans",
    "view/dim_uncited": False,
    "folders/open": "",  # where File → Open last found a briefing
    "folders/export": "",  # where Export PDF last saved one
    "print/layout": "compact",  # "compact" or "per-region"
}

MAX_RECENT: Final = 10


def _settings() -> QSettings:
    return QSettings()


def read(key: str) -> Any:
    """The stored value for ``key`` if it has the default's type, else the default."""
    default = _DEFAULTS[key]
    value: Any = _settings().value(key, default)
    if isinstance(default, bool):
        # An INI file stores booleans as the words "true" and "false".
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        return value if isinstance(value, bool) else default
    if isinstance(default, int) and not isinstance(value, bool):
        try:
            return int(value)
        except (TypeError, ValueError):
            return default
    if isinstance(default, list):
        # An INI file stores a one-element list as a plain string.
        if isinstance(value, str):
            return [value] if value else []
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return value
        return default
    if isinstance(value, type(default)):
        return value
    return default


def write(key: str, value: Any) -> None:
    if key not in _DEFAULTS:
        raise KeyError(key)
    _settings().setValue(key, value)


def read_zoom() -> int:
    return max(ZOOM_MIN, min(ZOOM_MAX, int(read("view/zoom"))))


def read_folder(key: str) -> Path | None:
    """A remembered folder, if it is still a folder; a relative or odd value counts as none."""
    value = read(key)
    folder = Path(value) if value else None
    return folder if folder is not None and folder.is_absolute() and folder.is_dir() else None


def write_folder(key: str, folder: Path) -> None:
    write(key, str(folder))


def read_scroll() -> dict[int, int]:
    """Scroll positions by section number; anything unreadable counts as none."""
    try:
        stored = json.loads(read("session/scroll") or "{}")
    except json.JSONDecodeError:
        return {}
    if not isinstance(stored, dict):
        return {}
    return {
        int(key): value
        for key, value in stored.items()
        if key.isdigit() and isinstance(value, int) and value >= 0
    }


def write_scroll(positions: dict[int, int]) -> None:
    write("session/scroll", json.dumps({str(key): value for key, value in positions.items()}))


def remember_recent(path: str) -> list[str]:
    """Put ``path`` first in the recent files, at most ``MAX_RECENT``; returns the new list."""
    recent = [path] + [item for item in read("session/recent") if item != path]
    recent = recent[:MAX_RECENT]
    write("session/recent", recent)
    return recent


def sync() -> None:
    _settings().sync()
