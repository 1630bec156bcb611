"""No display to be had, for whatever reason: one line on stderr and exit 2, never Qt's abort and its advice."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers.paths import BUNDLED

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")
QT_ADVICE = ("Reinstalling", "plugin", "xcb-cursor0", "Available platform plugins")


def unserved_display() -> str:
    """A display name nobody serves here: no X lock file and no socket for it."""
    for number in range(55, 200):
        taken = Path(f"/tmp/.X{number}-lock"), Path(f"/tmp/.X11-unix/X{number}")
        if not any(path.exists() for path in taken):
            return f":{number}"
    raise AssertionError("every display from :55 to :199 is taken")


def run_viewer(tmp_path: Path, *args: str, **variables: str) -> subprocess.CompletedProcess[str]:
    """``briefing-viewer args`` with only ``variables`` naming a display, settings in ``tmp_path``."""
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES}
    env.update(variables, XDG_CONFIG_HOME=str(tmp_path), XDG_RUNTIME_DIR=str(tmp_path))
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=env,
    )


def assert_refused_in_one_line(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, f"exit {result.returncode} (-6: Qt aborted): {result.stderr}"
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("briefing-viewer: no display: ")
    assert lines[0].endswith("(set QT_QPA_PLATFORM=offscreen to run without one, or use --check)")
    for fragment in fragments:
        assert fragment in lines[0]
    for advice in QT_ADVICE:
        assert advice not in lines[0]


def test_no_display_named_at_all(tmp_path: Path) -> None:
    result = run_viewer(tmp_path)
    assert_refused_in_one_line(result, "neither DISPLAY nor WAYLAND_DISPLAY is set")


def test_an_x_display_named_but_not_served(tmp_path: Path) -> None:
    display = unserved_display()
    result = run_viewer(tmp_path, DISPLAY=display)
    assert_refused_in_one_line(result, f"no X server answers at DISPLAY={display}")


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"WAYLAND_DISPLAY": "nowhere-0"}, "at WAYLAND_DISPLAY=nowhere-0; DISPLAY is not set"),
        ({"XDG_SESSION_TYPE": "wayland"}, "at wayland-0, the default socket; DISPLAY is not set"),
    ],
    ids=["named", "session-default"],
)
def test_a_wayland_display_not_served(
    tmp_path: Path, variables: dict[str, str], expected: str
) -> None:
    result = run_viewer(tmp_path, **variables)
    assert_refused_in_one_line(result, f"no Wayland compositor answers {expected}")


def test_a_bogus_platform_names_the_real_ones(tmp_path: Path) -> None:
    result = run_viewer(tmp_path, QT_QPA_PLATFORM="nonsense")
    assert_refused_in_one_line(result, "Qt has no platform 'nonsense' (QT_QPA_PLATFORM); it has ")
    assert "offscreen" in result.stderr
    assert "xcb" in result.stderr


def test_every_platform_in_a_list_failing_is_said_once(tmp_path: Path) -> None:
    """Qt tries each in turn; its X11 plugin prints the misleading xcb-cursor0 advice on the way."""
    display = unserved_display()
    result = run_viewer(tmp_path, QT_QPA_PLATFORM="nonsense;xcb", DISPLAY=display)
    assert_refused_in_one_line(
        result, "Qt has no platform 'nonsense'", f"; no X server answers at DISPLAY={display}"
    )


def test_an_explicit_offscreen_platform_needs_no_display(tmp_path: Path) -> None:
    result = run_viewer(
        tmp_path, "--measure-startup", QT_QPA_PLATFORM="offscreen", DISPLAY=unserved_display()
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-paint-ms: ")


@pytest.mark.parametrize("where", ["no-display-named", "x-display-not-served"])
def test_check_and_export_need_no_display(tmp_path: Path, where: str) -> None:
    variables = {"x-display-not-served": {"DISPLAY": unserved_display()}}.get(where, {})
    checked = run_viewer(tmp_path, "--check", str(BUNDLED), **variables)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout == f"{BUNDLED}: ok (7 regions, 8 quotes)\n"
    out = tmp_path / "out.pdf"
    exported = run_viewer(tmp_path, "--export-pdf", str(out), **variables)
    assert exported.returncode == 0, exported.stderr
    assert out.read_bytes().startswith(b"%PDF-")


@dataclass(frozen=True)
class XServer:
    display: str
    authority: Path  # holds the cookie the server asks for


@pytest.fixture(scope="module")
def x_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XServer]:
    """A private Xvfb that, like a desktop's X server, lets in only clients with its cookie."""
    xvfb, xauth = shutil.which("Xvfb"), shutil.which("xauth")
    if not (xvfb and xauth):
        message = "Xvfb and xauth are needed (packages xvfb, xauth; .ci/run installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    authority = tmp_path_factory.mktemp("x") / "Xauthority"
    cookie = secrets.token_hex(16)

    def add_cookie(display: str) -> None:
        subprocess.run(
            [xauth, "-f", authority, "add", display, ".", cookie], check=True, capture_output=True
        )

    add_cookie(":0")  # the server accepts every cookie in its file, whatever display it names
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-auth", authority, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as chosen:
        number = chosen.readline().strip()  # empty when Xvfb exits without starting
    try:
        assert number, "Xvfb did not start"
        add_cookie(f":{number}")
        yield XServer(f":{number}", authority)
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_an_x_server_that_refuses_us(tmp_path: Path, x_server: XServer) -> None:
    result = run_viewer(tmp_path, DISPLAY=x_server.display, XAUTHORITY=str(tmp_path / "none"))
    assert_refused_in_one_line(
        result, f"no X server answers at DISPLAY={x_server.display}, or it refused this program"
    )


def test_an_x_server_that_lets_us_in_gets_the_window(tmp_path: Path, x_server: XServer) -> None:
    result = run_viewer(
        tmp_path, "--measure-startup", DISPLAY=x_server.display, XAUTHORITY=str(x_server.authority)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-paint-ms: ")
    assert result.stderr == ""
