"""A private desktop for one AT-SPI walk: Xvfb, the accessibility bus and the app, all ended after.

Runs with the system Python (see ``walker.py``), inside a D-Bus session of its
own. Every child runs in its own process group and the whole group is ended on
the way out, whatever happened; nothing is left running.
"""

from __future__ import annotations

import ctypes
import os
import select
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, TypeVar

from gi.repository import Gio, GLib  # type: ignore[import-not-found]

T = TypeVar("T")

#: What a probe may raise while the thing it looks for is not there yet.
NOT_YET = (GLib.Error, LookupError, AttributeError, StopIteration)


class WalkError(Exception):
    """Something the walk waited for did not happen; the message says what."""


def wait_for(what: str, probe: Callable[[], T | None], timeout: float = 15.0) -> T:
    """``probe()``'s first truthy answer, asked again until ``timeout`` seconds have passed."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            answer = probe()
        except NOT_YET:
            answer = None
        if answer:
            return answer
        if time.monotonic() > deadline:
            raise WalkError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.05)


@contextmanager
def process(command: list[str], **options: Any) -> Iterator[subprocess.Popen[bytes]]:
    """A child in its own process group; the whole group is ended on the way out."""
    child = subprocess.Popen(command, start_new_session=True, **options)
    try:
        yield child
    finally:
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(child.pid, sig)
            except ProcessLookupError:
                break
            try:
                child.wait(timeout=3)
                break
            except subprocess.TimeoutExpired:
                continue
        child.wait()


def start_xvfb(stack: ExitStack) -> str:
    """A fresh Xvfb on the first free display; returns ``:N``."""
    read_end, write_end = os.pipe()
    command = ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24"]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    stack.enter_context(process([*command, "-nolisten", "tcp"], pass_fds=(write_end,), **quiet))
    os.close(write_end)
    # Read up to the newline: Xvfb writes it apart, and dies of SIGPIPE if the pipe is gone.
    written = b""
    deadline = time.monotonic() + 10
    while not written.endswith(b"\n") and time.monotonic() < deadline:
        ready, _, _ = select.select([read_end], [], [], 0.1)
        chunk = os.read(read_end, 32) if ready else b""
        if ready and not chunk:
            break
        written += chunk
    os.close(read_end)
    number = written.decode().strip()
    if not number.isdigit():
        raise WalkError("Xvfb did not report a display within 10 s")
    return f":{number}"


def _a11y_bus_ready() -> bool:
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    reply = bus.call_sync(
        "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner",
        GLib.Variant("(s)", ("org.a11y.Bus",)), GLib.VariantType("(b)"),
        Gio.DBusCallFlags.NONE, 1000, None,
    )  # fmt: skip
    return bool(reply.unpack()[0])


def start_a11y_bus(stack: ExitStack) -> None:
    """The AT-SPI bus (and, on demand, its registry), before the app: Qt looks for it at start."""
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    stack.enter_context(
        process(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], **quiet)
    )
    wait_for("the AT-SPI bus", _a11y_bus_ready, 10)


class Desktop:
    """Where the app runs: the environment it gets, and what it wrote."""

    def __init__(self, stack: ExitStack, scratch: Path) -> None:
        self._stack = stack
        self._log = scratch / "app.log"
        runtime = scratch / "runtime"
        runtime.mkdir(mode=0o700)
        self.env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
        self.env.update(XDG_CONFIG_HOME=str(scratch / "config"), XDG_RUNTIME_DIR=str(runtime))

    def start(self, command: list[str]) -> subprocess.Popen[bytes]:
        """Run ``command`` here, its output into the log; it is ended with the desktop."""
        log = self._stack.enter_context(self._log.open("wb"))
        return self._stack.enter_context(process(command, env=self.env, stdout=log, stderr=log))

    def log(self) -> str:
        """The last lines the app wrote."""
        return self._log.read_text(encoding="utf-8", errors="replace")[-2000:]


@contextmanager
def desktop() -> Iterator[Desktop]:
    """Xvfb and the AT-SPI bus, for an app with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` on xcb.

    The app's settings live in a temporary folder, removed after with everything else.
    """
    with tempfile.TemporaryDirectory(prefix="atspi-walk-") as scratch, ExitStack() as stack:
        os.environ["DISPLAY"] = start_xvfb(stack)
        os.environ.pop("AT_SPI_BUS_ADDRESS", None)
        start_a11y_bus(stack)
        yield Desktop(stack, Path(scratch))


class _WindowAttributes(ctypes.Structure):
    """Xlib's XWindowAttributes, as far as ``map_state``, with room for the rest."""

    _fields_ = [
        *((name, ctypes.c_int) for name in ("x", "y", "width", "height", "border", "depth")),
        ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong),
        *((name, ctypes.c_int) for name in ("class", "bit_gravity", "win_gravity", "backing")),
        ("planes", ctypes.c_ulong),
        ("pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("rest", ctypes.c_char * 128),
    ]


def focus_shown_window(display: str) -> bool:
    """Give the keyboard to the one window shown, as a window manager would (Xvfb has none).

    Qt makes a window active only when it gets the X input focus, and takes key
    shortcuts such as Alt+2 only in an active window.
    """
    xlib = ctypes.cdll.LoadLibrary("libX11.so.6")
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XDefaultRootWindow.restype = ctypes.c_ulong
    opened = xlib.XOpenDisplay(display.encode())
    if not opened:
        return False
    connection = ctypes.c_void_p(opened)
    try:
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        windows, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        top = ctypes.c_ulong(xlib.XDefaultRootWindow(connection))
        xlib.XQueryTree(
            connection, top, ctypes.byref(root), ctypes.byref(parent),
            ctypes.byref(windows), ctypes.byref(count),
        )  # fmt: skip
        shown = []
        for index in range(count.value):
            attributes = _WindowAttributes()
            window = ctypes.c_ulong(windows[index])
            xlib.XGetWindowAttributes(connection, window, ctypes.byref(attributes))
            if attributes.map_state == 2:  # IsViewable
                shown.append(window)
        if windows:
            xlib.XFree(windows)
        if len(shown) != 1:
            return False
        xlib.XSetInputFocus(connection, shown[0], 2, ctypes.c_ulong(0))  # RevertToParent, now
        xlib.XSync(connection, 0)
        return True
    finally:
        xlib.XCloseDisplay(connection)
