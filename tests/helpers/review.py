"""Minimal briefing/2 files for the reviewer's tests: a report text and statements on its passages.

Spans are given by the passage's text (``span(report, "kind of")``), so a test reads
as what an editor would point at. ``reviewed(folder, report, …)`` writes the report
and the briefing to ``folder``, loads them as the app does and reviews them.

By default the briefing has one region whose summary is the whole report, word for
word, resting on all of it: it keeps every hedge and detail, has no voice to compare,
and leaves no sentence uncited, so only the statements a test adds can be found.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from viewer.loading import load_briefing
from viewer.review import Finding, review

Json = dict[str, Any]


def span(report: str, passage: str, after: int = 0) -> list[int]:
    """``[start, end]`` of the first ``passage`` in ``report`` at or after ``after``."""
    start = report.index(passage, after)
    return [start, start + len(passage)]


def point(
    text: str,
    evidence: list[list[int]],
    kind: str = "reported",
    attribution: str = "The report",
    note: str | None = None,
) -> Json:
    data: Json = {"text": text, "kind": kind, "attribution": attribution, "evidence": evidence}
    if note is not None:
        data["note"] = note
    return data


def quote(
    report: str,
    passage: str,
    speaker: str | None = "the official",
    cue: str | None = None,
    note: str | None = None,
) -> Json:
    """A quote of ``passage`` (its quotation marks included); ``cue`` the report's words
    of attribution, found after the quote."""
    start, end = span(report, passage)
    data: Json = {
        "text": passage,
        "start": start,
        "end": end,
        "speaker": speaker,
        "role": None,
        "outlet": None,
        "cue": span(report, cue, end) if cue is not None else None,
    }
    if note is not None:
        data["note"] = note
    return data


def region(
    summary: str,
    summary_evidence: list[list[int]],
    points: list[Json] | None = None,
    quotes: list[Json] | None = None,
    region_id: str = "r",
) -> Json:
    return {
        "id": region_id,
        "name": region_id.title(),
        "summary": summary,
        "summary_evidence": summary_evidence,
        "points": points or [],
        "quotes": quotes or [],
    }


def whole(report: str) -> Json:
    """The default region: the report word for word, resting on all of it."""
    return region(report, [[0, len(report)]])


def briefing(
    report: str,
    takeaways: list[Json] | None = None,
    regions: list[Json] | None = None,
    **extra: Any,
) -> Json:
    data: Json = {
        "format": "briefing/2",
        "title": "A test briefing",
        "source": {
            "path": "report.txt",
            "sha256": hashlib.sha256(report.encode("utf-8")).hexdigest(),
            "headline": None,
            "publisher": None,
            "author": None,
            "published": None,
        },
        "takeaways": takeaways if takeaways is not None else [],
        "regions": regions if regions is not None else [whole(report)],
    }
    data.update(extra)
    return data


def write(folder: Path, report: str, data: Json) -> Path:
    """The report as ``report.txt`` and the briefing as ``briefing.json`` in ``folder``."""
    (folder / "report.txt").write_bytes(report.encode("utf-8"))
    path = folder / "briefing.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def reviewed(folder: Path, report: str, data: Json | None = None, **parts: Any) -> list[Finding]:
    """Review ``data`` (or ``briefing(report, **parts)``) as the app loads it from disk."""
    path = write(folder, report, data if data is not None else briefing(report, **parts))
    return review(load_briefing(path))


def coded(findings: list[Finding], code: str) -> list[Finding]:
    return [finding for finding in findings if finding.code == code]
