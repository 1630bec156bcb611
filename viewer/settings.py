"""The user's settings: one table of defaults and typed helpers over ``QSettings``.

Missing, corrupt or ill-typed values fall back to the defaults silently. ``QSettings``
writes its file through ``QSaveFile``, so a crash never leaves half a settings file.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QByteArray, QSettings

ZOOM_MIN: Final = -4
ZOOM_MAX: Final = 10

_DEFAULTS: Final[dict[str, Any]] = {
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "session/last_file": "",
    "session/tab": 0,
    "view/zoom": 0,
}


def _settings() -> QSettings:
    return QSettings()


def read(key: str) -> Any:
    """The stored value for ``key`` if it has the default's type, else the default."""
    default = _DEFAULTS[key]
    value: Any = _settings().value(key, default)
    if isinstance(default, int) and not isinstance(value, bool):
        try:
            return int(value)
        except (TypeError, ValueError):
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


def sync() -> None:
    _settings().sync()
