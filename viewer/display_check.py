"""Whether a window can open here; when it cannot, one clear line and exit 2 instead of Qt's abort.

Two steps. Before Qt is imported, ``missing_display`` reads the environment only: with
no display named at all there is nothing to try. Whatever else goes wrong (a display
named but not served, a server that refuses us, ``QT_QPA_PLATFORM=nonsense``, a platform
plugin that cannot load) Qt finds out itself while ``QApplication`` is created, and ends
with ``qFatal``: five lines of advice about reinstalling and a core dump.
``qt_start_or_exit`` catches that one fatal message and turns it into our line.

No connection is opened in advance: importing ``ctypes`` (for libxcb) costs ~3.5 ms and
``socket`` ~5 ms, against ~0 for the message handler, and a probe that connects and
disconnects makes an X server with no other client reset itself, which delays Qt's own
connection right after by ~40 ms. Qt's answer is the authoritative one anyway.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

EXIT_NO_DISPLAY = 2
ADVICE = "set QT_QPA_PLATFORM=offscreen to run without one, or use --check"


def missing_display(environ: Mapping[str, str] = os.environ) -> str | None:
    """The refusal when the environment names no display at all; None when Qt has one to try."""
    if any(environ.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")):
        return None
    if environ.get("XDG_SESSION_TYPE") == "wayland":
        return None  # libwayland then tries the compositor's default socket, wayland-0
    return f"briefing-viewer: no display: neither DISPLAY nor WAYLAND_DISPLAY is set ({ADVICE})"


def platforms_tried(environ: Mapping[str, str] = os.environ) -> list[str]:
    """The platform plugins Qt tries, in its order (``QGuiApplicationPrivate::createPlatformIntegration``).

    ``QT_QPA_PLATFORM`` is a ``;``-separated list of ``name[:arguments]``; without it Qt
    tries Wayland when a Wayland session is named, then X11 (its default on Linux).
    """
    explicit = environ.get("QT_QPA_PLATFORM")
    if explicit:
        names = [entry.split(":", 1)[0].strip().lower() for entry in explicit.split(";")]
        return [name for name in dict.fromkeys(names) if name]
    wayland = "WAYLAND_DISPLAY" in environ or environ.get("XDG_SESSION_TYPE") == "wayland"
    return ["wayland", "xcb"] if wayland else ["xcb"]


def cannot_start(qt_fatal: str, environ: Mapping[str, str] = os.environ) -> str:
    """Our one line for Qt's fatal "no Qt platform plugin could be initialized", from what was tried."""
    listed = re.search(r"Available platform plugins are: ([^\n]*?)\.?\n", qt_fatal + "\n")
    available = listed.group(1).split(", ") if listed else []
    reasons = dict.fromkeys(_why(name, environ, available) for name in platforms_tried(environ))
    return f"briefing-viewer: no display: {'; '.join(reasons) or 'Qt found no platform'} ({ADVICE})"


def _why(name: str, environ: Mapping[str, str], available: list[str]) -> str:
    if name == "xcb":
        display = environ.get("DISPLAY")
        if not display:
            return "DISPLAY is not set"
        return f"no X server answers at DISPLAY={display}, or it refused this program"
    if name.startswith("wayland"):
        socket = environ.get("WAYLAND_DISPLAY")
        where = f"WAYLAND_DISPLAY={socket}" if socket else "wayland-0, the default socket"
        return f"no Wayland compositor answers at {where}"
    if available and name not in available:
        return f"Qt has no platform {name!r} (QT_QPA_PLATFORM); it has {', '.join(available)}"
    return f"Qt's platform {name!r} did not start"


@contextmanager
def qt_start_or_exit() -> Iterator[None]:
    """Create the ``QApplication`` inside this: a fatal message from Qt exits 2 with one line.

    Meanwhile Qt's messages, and whatever libraries write to stderr themselves (Xlib
    prints an X server's refusal), are held back: the advice before Qt's fatal message
    would mislead, the libraries are installed. When the start succeeds they are
    passed on unchanged.
    """
    from PySide6.QtCore import QtMsgType, qCritical, qDebug, qInfo, qInstallMessageHandler, qWarning

    held: list[tuple[QtMsgType, str, str]] = []
    sys.stderr.flush()
    real_stderr = os.dup(2)
    # In memory (Linux): a temporary file's first use costs a test write in /tmp.
    with open(os.memfd_create("held-stderr"), "w+b") as written:

        def restore_stderr() -> bytes:
            os.dup2(real_stderr, 2)
            os.close(real_stderr)
            written.seek(0)
            return written.read()

        def hold(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
            if kind == QtMsgType.QtFatalMsg:
                restore_stderr()
                print(cannot_start(message), file=sys.stderr, flush=True)
                os._exit(EXIT_NO_DISPLAY)  # Qt aborts as soon as this returns
            held.append((kind, context.category or "default", message))

        os.dup2(written.fileno(), 2)
        previous = qInstallMessageHandler(hold)
        try:
            yield
        finally:
            qInstallMessageHandler(previous)
            sys.stderr.flush()
            sys.stderr.buffer.write(restore_stderr())
            sys.stderr.flush()
            emit = {
                QtMsgType.QtDebugMsg: qDebug,
                QtMsgType.QtInfoMsg: qInfo,
                QtMsgType.QtWarningMsg: qWarning,
                QtMsgType.QtCriticalMsg: qCritical,
            }
            for kind, category, message in held:
                # Qt's default format names the category: "qt.qpa.plugin: …".
                emit[kind](message if category == "default" else f"{category}: {message}")
