"""Read a briefing file from disk: bounded read, strict JSON, schema, source verification.

This module and everything it imports stay free of Qt, so ``--check`` starts fast
and runs without a display.
"""

from __future__ import annotations

import hashlib
from pathlib import Path, PurePath
from typing import Literal

import msgspec

from viewer.briefing import Briefing
from viewer.problems import BriefingError, Problem
from viewer.reader_names import with_reader_names
from viewer.resources import seeds_dir
from viewer.safe_read import ReadRefused, read_regular_file
from viewer.strict_json import JsonRefused, decode_utf8, parse
from viewer.validation import SchemaProblems, check_format, semantic_problems, to_model

SourceState = Literal["verified", "missing", "changed", "unreadable"]


class SourceText(msgspec.Struct, frozen=True):
    """The source report as found on disk, and whether it is the one the briefing was made from."""

    state: SourceState
    text: str | None = None
    path: Path | None = None
    detail: str = ""

    @property
    def verified(self) -> bool:
        return self.state == "verified"


class LoadedBriefing(msgspec.Struct, frozen=True):
    briefing: Briefing
    path: Path
    display_path: str
    sha256: str
    source: SourceText

    @property
    def file_name(self) -> str:
        return self.path.name


def load_briefing(path: Path, display_path: str | None = None) -> LoadedBriefing:
    """Load and validate a briefing, or raise ``BriefingError`` naming every problem found."""
    shown = display_path if display_path is not None else str(path)
    try:
        data = read_regular_file(path)
        value = parse(decode_utf8(data))
    except (ReadRefused, JsonRefused) as refusal:
        raise BriefingError(shown, with_reader_names([refusal.problem])) from None

    wrong_format = check_format(value)
    if wrong_format is not None:
        raise BriefingError(shown, with_reader_names([wrong_format], value))
    try:
        briefing = to_model(value)
    except SchemaProblems as refused:
        raise BriefingError(shown, with_reader_names(refused.problems, value)) from None

    source, problems = _find_source(path, briefing)
    problems += semantic_problems(briefing, source.text if source.verified else None)
    if problems:
        raise BriefingError(shown, with_reader_names(problems, value))
    return LoadedBriefing(briefing, path, shown, hashlib.sha256(data).hexdigest(), source)


def _find_source(briefing_path: Path, briefing: Briefing) -> tuple[SourceText, list[Problem]]:
    """Look for the source next to the briefing, then among the bundled seeds.

    A missing or changed source is not an error: the briefing opens with its
    quotes marked unverified. Only a source whose SHA-256 matches is shown.
    """
    named = PurePath(briefing.source.path)
    if named.is_absolute() or briefing.source.path.startswith(("/", "\\")):
        problem = Problem(
            "expected a path relative to the briefing's folder or to seeds/, got an absolute path",
            "source.path",
        )
        return SourceText("missing", detail="the source path is absolute"), [problem]

    changed: SourceText | None = None
    for folder in (briefing_path.parent, seeds_dir()):
        candidate = folder / named
        try:
            data = read_regular_file(candidate)
        except ReadRefused as refusal:
            if refusal.problem.message != "no such file":
                changed = changed or SourceText(
                    "unreadable", path=candidate, detail=str(refusal.problem)
                )
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest != briefing.source.sha256:
            changed = changed or SourceText(
                "changed",
                path=candidate,
                detail=f"its SHA-256 is {digest[:12]}…, the briefing expects "
                f"{briefing.source.sha256[:12]}…",
            )
            continue
        try:
            return SourceText("verified", data.decode("utf-8"), candidate), []
        except UnicodeDecodeError as error:
            problem = Problem(
                f"the source file is not valid UTF-8 (byte offset {error.start})", "source.path"
            )
            return SourceText("unreadable", path=candidate, detail=str(problem)), [problem]
    return changed or SourceText(
        "missing", detail=f"{briefing.source.path} was not found next to the briefing or in seeds/"
    ), []
