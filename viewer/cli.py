"""The ``briefing-viewer`` command line: argument parsing and exit codes, nothing else.

``--check`` imports no Qt module at all: it runs anywhere, without a display, fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from viewer import __version__
from viewer.closed_output import stdout_reader_gone

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
    parser.add_argument(
        "--review",
        nargs="+",
        metavar="PATH",
        help="review briefing files as an editor would; one line per finding "
        "(exit 0 none, 1 findings, 2 an invalid file)",
    )
    parser.add_argument(
        "--export-pdf",
        metavar="OUT",
        help="write the briefing (PATH, or the bundled one) as PDF to OUT without a window",
    )
    parser.add_argument(
        "--region",
        action="append",
        metavar="ID",
        help="with --export-pdf: only this region (repeatable)",
    )
    parser.add_argument(
        "--no-original",
        action="store_true",
        help="with --export-pdf: leave out the original report appendix",
    )
    parser.add_argument(
        "--layout",
        choices=("compact", "per-region"),
        help="with --export-pdf: regions one after another (compact, the default) "
        "or each on a new page (per-region)",
    )
    parser.add_argument(
        "--export-annotations",
        metavar="OUT",
        help="write every quote and statement of the briefing (PATH, or the bundled one) "
        "as W3C Web Annotations (JSON-LD) to OUT",
    )
    parser.add_argument(
        "--scaffold",
        metavar="REPORT",
        help="make a draft briefing from a report (.txt) or a saved web page (.html); needs -o",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="with --scaffold: the draft to write")
    parser.add_argument(
        "--force", action="store_true", help="with --scaffold: replace OUT if it exists"
    )
    parser.add_argument(
        "--measure-startup",
        action="store_true",
        # For the benchmarks (bench/), not for readers: kept out of --help. It opens the
        # window, prints first-paint-ms and max-rss-kib once it has painted, and exits.
        help=argparse.SUPPRESS,
    )
    parser.add_argument("--version", action="version", version=f"briefing-viewer {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return run(argv)
    except BrokenPipeError:
        return stdout_reader_gone()


def run(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if args.check is not None:
        paths = list(args.check) + ([args.path] if args.path else [])
        return check(paths)
    if args.review is not None:
        from viewer.review.command import review_main

        return review_main(list(args.review) + ([args.path] if args.path else []))
    if args.scaffold is not None:
        if not args.output:
            print("briefing-viewer: --scaffold REPORT needs -o OUT.json", file=sys.stderr)
            return EXIT_BAD_INPUT
        from viewer.authoring.scaffold import scaffold

        return scaffold(args.scaffold, args.output, args.force)
    if args.output or args.force:
        print("briefing-viewer: -o and --force go with --scaffold", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.export_annotations is not None:
        return export_annotations(args.export_annotations, args.path)
    if args.export_pdf is not None:
        layout: Literal["compact", "per-region"] = (
            "per-region" if args.layout == "per-region" else "compact"
        )
        return export(args.export_pdf, args.path, args.region or [], not args.no_original, layout)
    if args.region or args.no_original or args.layout:
        print(
            "briefing-viewer: --region, --no-original and --layout go with --export-pdf",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    return open_window(args.path, args.measure_startup)


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
            "" if loaded.report.verified else f"; source {loaded.report.state}, quotes unverified"
        )
        draft = "draft, " if briefing.is_draft else ""
        print(
            f"{shown}: ok ({draft}{len(briefing.regions)} regions, "
            f"{briefing.quote_count} quotes{note})"
        )
    return status


def export_annotations(out: str, path: str | None) -> int:
    """``--export-annotations``: Qt-free; one line on stdout, or one on stderr and exit 2."""
    from viewer.annotations import NoReport, annotations_json
    from viewer.atomic_file import write_atomically
    from viewer.loading import load_briefing
    from viewer.problems import BriefingError
    from viewer.resources import bundled_briefing_path

    try:
        loaded = load_briefing(Path(path) if path else bundled_briefing_path(), path)
        if Path(out).resolve() in (loaded.path.resolve(), loaded.report.path):
            raise ValueError("it is the briefing or its report, which are never written")
        write_atomically(Path(out), annotations_json(loaded))
    except BriefingError as error:
        print(error.one_line(), file=sys.stderr)
        return EXIT_BAD_INPUT
    except (NoReport, ValueError) as error:
        print(f"briefing-viewer: cannot export annotations to {out}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        print(f"briefing-viewer: cannot write {out}: {error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"{out}: annotations written")
    return EXIT_OK


def export(
    out: str,
    path: str | None,
    region_ids: Sequence[str],
    include_original: bool,
    layout: Literal["compact", "per-region"] = "compact",
) -> int:
    """``--export-pdf``: no window, no display needed; one line on stderr when it fails."""
    from viewer.loading import load_briefing
    from viewer.problems import BriefingError
    from viewer.resources import bundled_briefing_path

    try:
        loaded = load_briefing(Path(path) if path else bundled_briefing_path(), path)
    except BriefingError as error:
        print(error.one_line(), file=sys.stderr)
        return EXIT_BAD_INPUT
    ids = [region.id for region in loaded.briefing.regions]
    unknown = [rid for rid in region_ids if rid not in ids]
    if unknown:
        print(
            f"briefing-viewer: unknown region {unknown[0]!r}; this briefing has: {', '.join(ids)}",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    # Whatever the shell says: an export needs no display, and xcb without one would abort.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    from viewer.pdf_export import ExportError, export_pdf
    from viewer.printing import PrintOptions

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    indexes = tuple(ids.index(rid) for rid in dict.fromkeys(region_ids)) or None
    try:
        pages = export_pdf(loaded, Path(out), PrintOptions(indexes, include_original, layout))
    except ExportError as error:
        print(f"briefing-viewer: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        del app
    print(f"{out}: {pages} pages")
    return EXIT_OK


def open_window(path: str | None, measure_startup: bool = False) -> int:
    from viewer import display_check

    refusal = display_check.missing_display()
    if refusal:
        print(refusal, file=sys.stderr)
        return EXIT_BAD_INPUT
    # The modules without Qt first: once PySide6 is imported, shiboken's import hook
    # reads the source of every module imported after it, which slows the start.
    import viewer.loading
    import viewer.render.pages
    import viewer.settings  # noqa: F401
    from viewer.ui.app import create_application, create_main_window

    with display_check.qt_start_or_exit():  # a display named but not there: one line, exit 2
        app = create_application()
    window = create_main_window(app, Path(path) if path else None, path)
    if measure_startup:
        from viewer.startup_probe import report_first_paint

        report_first_paint(
            window.tabs.currentWidget() or window,
            lambda: {"refusal-shown": "yes" if window.bars.refusal_shown else "no"},
        )
    window.show()
    return app.exec()
