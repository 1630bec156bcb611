"""Read a briefing file from disk: bounded read, strict JSON, schema, report verification.

This module and everything it imports stay free of Qt, so ``--check`` starts fast
and runs without a display.
"""

from __future__ import annotations

import hashlib
from pathlib import Path, PurePath

from viewer.model.briefing import Briefing
from viewer.model.loaded import LoadedBriefing, ReportText
from viewer.problems import BriefingError, Problem
from viewer.reader_names import with_reader_names
from viewer.resources import seeds_dir
from viewer.rules import semantic_problems
from viewer.safe_read import ReadRefused, read_regular_file
from viewer.strict_json import JsonRefused, decode_utf8, parse
from viewer.validation import SchemaProblems, check_format, to_model


def load_briefing(path: Path, display_path: str | None = None) -> LoadedBriefing:
    """Load and validate a briefing, or raise ``BriefingError`` naming every problem found."""
    shown = display_path if display_path is not None else str(path)
    try:
        data = read_regular_file(path)
    except ReadRefused as refusal:
        raise BriefingError(shown, [refusal.problem]) from None
    return parse_briefing(data, path, shown)


def parse_briefing(
    data: bytes, path: Path, display_path: str, report: ReportText | None = None
) -> LoadedBriefing:
    """Validate a briefing file's bytes, already read from ``path``; its report is looked up
    from there, unless it is given (a draft made in memory, with its report's text).
    Raises ``BriefingError`` naming every problem found."""
    shown = display_path
    try:
        value = parse(decode_utf8(data))
    except JsonRefused as refusal:
        raise BriefingError(shown, with_reader_names([refusal.problem])) from None

    wrong_format = check_format(value)
    if wrong_format is not None:
        raise BriefingError(shown, with_reader_names([wrong_format], value))
    try:
        briefing, legacy = to_model(value)
    except SchemaProblems as refused:
        raise BriefingError(shown, with_reader_names(refused.problems, value)) from None

    if report is None:
        report, problems = find_report(path, briefing)
    else:
        problems = []
    problems += semantic_problems(briefing, report.text if report.verified else None)
    if problems:
        raise BriefingError(shown, with_reader_names(problems, value))
    return LoadedBriefing(briefing, path, shown, hashlib.sha256(data).hexdigest(), report, legacy)


def find_report(briefing_path: Path, briefing: Briefing) -> tuple[ReportText, list[Problem]]:
    """Look for the report next to the briefing, then among the bundled seeds.

    A missing or changed report is not an error: the briefing opens with its
    quotes marked unverified. Only a report whose SHA-256 matches is shown.
    """
    named = PurePath(briefing.source.path)
    if named.is_absolute() or briefing.source.path.startswith(("/", "\\")):
        problem = Problem(
            "expected a path relative to the briefing's folder or to seeds/, got an absolute path",
            "source.path",
        )
        return ReportText("missing", detail="the source path is absolute"), [problem]

    changed: ReportText | None = None
    for folder in (briefing_path.parent, seeds_dir()):
        candidate = folder / named
        try:
            data = read_regular_file(candidate)
        except ReadRefused as refusal:
            if refusal.problem.message != "no such file":
                changed = changed or ReportText(
                    "unreadable", path=candidate, detail=str(refusal.problem)
                )
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest != briefing.source.sha256:
            changed = changed or ReportText(
                "changed",
                path=candidate,
                detail=f"its SHA-256 is {digest[:12]}…, the briefing expects "
                f"{briefing.source.sha256[:12]}…",
            )
            continue
        try:
            return ReportText("verified", data.decode("utf-8"), candidate), []
        except UnicodeDecodeError as error:
            problem = Problem(
                f"the source file is not valid UTF-8 (byte offset {error.start})", "source.path"
            )
            return ReportText("unreadable", path=candidate, detail=str(problem)), [problem]
    return changed or ReportText(
        "missing", detail=f"{briefing.source.path} was not found next to the briefing or in seeds/"
    ), []
