"""The ``briefing-viewer`` command line: argument parsing and exit codes, nothing else.

``--check`` imports no Qt module at all: it runs anywhere, without a display, fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from viewer import __version__

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing-viewer",
        description="Read a news briefing: key takeaways, one tab per region, "
        "every quote with who said it and to whom, checked against the source.",
        epilog="Without PATH the bundled briefing opens. Exit status: 0 ok, 2 bad input.",
    )
    parser.add_argument("path", nargs="?", metavar="PATH", help="briefing file (JSON) to open")
    parser.add_argument(
        "--check",
        nargs="+",
        metavar="PATH",
        help="validate briefing files without opening a window; one line per file",
    )
    parser.add_argument("--version", action="version", version=f"briefing-viewer {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.check is not None:
        paths = list(args.check) + ([args.path] if args.path else [])
        return check(paths)
    return open_window(args.path)


def check(paths: Sequence[str]) -> int:
    """Print ``PATH: ok (…)`` on stdout or ``PATH: problem`` on stderr for each file."""
    from viewer.loading import load_briefing
    from viewer.problems import BriefingError

    status = EXIT_OK
    for shown in paths:
        try:
            loaded = load_briefing(Path(shown), shown)
        except BriefingError as error:
            print(error.one_line(), file=sys.stderr)
            status = EXIT_BAD_INPUT
            continue
        briefing = loaded.briefing
        note = (
            "" if loaded.source.verified else f"; source {loaded.source.state}, quotes unverified"
        )
        print(f"{shown}: ok ({len(briefing.regions)} regions, {briefing.quote_count} quotes{note})")
    return status


def has_display() -> bool:
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def open_window(path: str | None) -> int:
    if not has_display():
        print(
            "briefing-viewer: no display: neither DISPLAY nor WAYLAND_DISPLAY is set "
            "(set QT_QPA_PLATFORM=offscreen to run without one, or use --check)",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    from viewer.ui.app import create_application, create_main_window

    app = create_application()
    window = create_main_window(app, Path(path) if path else None, path)
    window.show()
    return app.exec()
