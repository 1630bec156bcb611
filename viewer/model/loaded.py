"""A briefing as opened from disk: the model, where it came from, and the report text found for it."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import msgspec

from viewer.model.briefing import Briefing
from viewer.model.format_v1 import LegacyQuote

ReportState = Literal["verified", "missing", "changed", "unreadable"]


class ReportText(msgspec.Struct, frozen=True):
    """The source report as found on disk, and whether it is the one the briefing was made from.

    ``text`` is set only when ``state`` is ``"verified"``: a report whose SHA-256
    differs from the briefing's is never shown.
    """

    state: ReportState
    text: str | None = None
    path: Path | None = None
    detail: str = ""

    @property
    def verified(self) -> bool:
        return self.state == "verified"


class LoadedBriefing(msgspec.Struct, frozen=True):
    """A briefing file that passed every check, with the report it was made from."""

    briefing: Briefing
    path: Path
    display_path: str
    sha256: str  # of the briefing file's bytes
    report: ReportText
    #: A ``briefing/1`` file's free-text attributions, by quote path (``regions[0].quotes[1]``).
    legacy_quotes: dict[str, LegacyQuote] = {}

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def report_text(self) -> str | None:
        """The verified report's text, or ``None`` when it is missing, changed or unreadable."""
        return self.report.text if self.report.verified else None
