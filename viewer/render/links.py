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


Link = OpenRegion | ShowInReport | CopyCitation

_SCHEMES: Final[dict[str, type[ShowInReport] | type[CopyCitation]]] = {
    "show": ShowInReport,
    "copy": CopyCitation,
}
_REGION: Final = re.compile(r"region:(\d{1,9})")


def href(link: Link) -> str:
    """The URL written into a page for ``link``; ``parse_link(href(link)) == link``."""
    if isinstance(link, OpenRegion):
        return f"region:{link.region}"
    scheme = "show" if isinstance(link, ShowInReport) else "copy"
    return f"{scheme}:{link.path}"


def parse_link(url: str) -> Link | None:
    """The link a URL from one of our pages stands for; ``None`` for anything else."""
    region = _REGION.fullmatch(url)
    if region is not None:
        return OpenRegion(int(region[1]))
    scheme, _, path = url.partition(":")
    kind = _SCHEMES.get(scheme)
    if kind is None or not is_path(path):
        return None
    return kind(path)
