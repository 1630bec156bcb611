"""The links our pages carry, written and read in one place: the window never parses a URL itself.

A reading view never follows a link: it reports the URL, ``parse_link`` turns it into
one of the values below (anything else, from anywhere, is ``None`` and ignored), and
the window does what the value says.
"""

from __future__ import annotations

import re
from typing import Final

import msgspec

from viewer.model.statements import is_path


class OpenRegion(msgspec.Struct, frozen=True):
    """Open a region's tab (a region's name on the Overview or in Sources)."""

    region: int


class ShowInReport(msgspec.Struct, frozen=True):
    """Switch to the original report and select what a quote or statement rests on."""

    path: str


class CopyCitation(msgspec.Struct, frozen=True):
    """Put a quote with its citation on the clipboard."""

    path: str


class GoTo(msgspec.Struct, frozen=True):
    """Show a statement or quote where it stands in its section."""

    path: str


class ShowPassage(msgspec.Struct, frozen=True):
    """Say what rests on a passage of the original report (characters ``start``–``end``)."""

    start: int
    end: int


Link = OpenRegion | ShowInReport | CopyCitation | GoTo | ShowPassage

_PATH_LINKS: Final[dict[str, type[ShowInReport] | type[CopyCitation] | type[GoTo]]] = {
    "show": ShowInReport,
    "copy": CopyCitation,
    "go": GoTo,
}
_REGION: Final = re.compile(r"region:(\d{1,9})")
_PASSAGE: Final = re.compile(r"passage:(\d{1,10})-(\d{1,10})")


def href(link: Link) -> str:
    """The URL written into a page for ``link``; ``parse_link(href(link)) == link``."""
    if isinstance(link, OpenRegion):
        return f"region:{link.region}"
    if isinstance(link, ShowPassage):
        return f"passage:{link.start}-{link.end}"
    scheme = next(name for name, kind in _PATH_LINKS.items() if isinstance(link, kind))
    return f"{scheme}:{link.path}"


def parse_link(url: str) -> Link | None:
    """The link a URL from one of our pages stands for; ``None`` for anything else."""
    region = _REGION.fullmatch(url)
    if region is not None:
        return OpenRegion(int(region[1]))
    passage = _PASSAGE.fullmatch(url)
    if passage is not None:
        start, end = int(passage[1]), int(passage[2])
        return ShowPassage(start, end) if start < end else None
    scheme, _, path = url.partition(":")
    kind = _PATH_LINKS.get(scheme)
    if kind is None or not is_path(path):
        return None
    return kind(path)
