"""Every statement and quote of a briefing with its field path, and back from a path to the thing.

A field path (``takeaways[2]``, ``regions[4].points[0]``, ``regions[4].summary``,
``regions[0].quotes[1]``, ``quotes[3]`` for a draft's unplaced quotes) is how the
reviewer names what it found, how links name what they act on, and how the window
finds a statement again after a reload.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

import msgspec

from viewer.model.briefing import Briefing, Kind, Point, Quote, Span


class Statement(msgspec.Struct, frozen=True):
    """A takeaway, a region's point or a region's summary: something the briefing asserts."""

    path: str
    text: str
    evidence: list[Span]
    kind: Kind | None = None  # None for a summary, which has no single voice
    attribution: str | None = None
    note: str | None = None
    region: int | None = None  # the region it belongs to; None for a takeaway


def takeaway_path(index: int) -> str:
    return f"takeaways[{index}]"


def point_path(region: int, index: int) -> str:
    return f"regions[{region}].points[{index}]"


def summary_path(region: int) -> str:
    return f"regions[{region}].summary"


def quote_path(region: int | None, index: int) -> str:
    """``regions[R].quotes[Q]``, or ``quotes[Q]`` for a draft's quote not yet in a region."""
    return f"quotes[{index}]" if region is None else f"regions[{region}].quotes[{index}]"


def _from_point(path: str, point: Point, region: int | None) -> Statement:
    return Statement(
        path, point.text, point.evidence, point.kind, point.attribution, point.note, region
    )


def statements(briefing: Briefing) -> Iterator[Statement]:
    """Takeaways, then each region's summary and points, in reading order."""
    for t, point in enumerate(briefing.takeaways):
        yield _from_point(takeaway_path(t), point, None)
    for r, region in enumerate(briefing.regions):
        yield Statement(summary_path(r), region.summary, region.summary_evidence, region=r)
        for p, point in enumerate(region.points):
            yield _from_point(point_path(r, p), point, r)


def quotes(briefing: Briefing) -> Iterator[tuple[str, Quote]]:
    """Every quote with its path: the regions' in order, then a draft's unplaced ones."""
    for r, region in enumerate(briefing.regions):
        for q, quote in enumerate(region.quotes):
            yield quote_path(r, q), quote
    for q, quote in enumerate(briefing.quotes):
        yield quote_path(None, q), quote


_PATH: Final = re.compile(
    r"(?:takeaways\[(?P<takeaway>\d+)\]"
    r"|regions\[(?P<region>\d+)\]\.(?:points\[(?P<point>\d+)\]|quotes\[(?P<quote>\d+)\]"
    r"|(?P<summary>summary))"
    r"|quotes\[(?P<unplaced>\d+)\])"
)


def is_path(text: str) -> bool:
    """Whether ``text`` is a statement's or a quote's field path (not whether it exists)."""
    return _PATH.fullmatch(text) is not None


def region_of(path: str) -> int | None:
    """The region a path lies in, or ``None`` (a takeaway, an unplaced quote, not a path)."""
    match = _PATH.fullmatch(path)
    return int(match["region"]) if match and match["region"] is not None else None


def find(briefing: Briefing, path: str) -> Statement | Quote | None:
    """The statement or quote at ``path``; ``None`` if there is none (e.g. after a reload)."""
    match = _PATH.fullmatch(path)
    if match is None:
        return None
    try:
        if match["takeaway"] is not None:
            index = int(match["takeaway"])
            return _from_point(path, briefing.takeaways[index], None)
        if match["unplaced"] is not None:
            return briefing.quotes[int(match["unplaced"])]
        r = int(match["region"])
        region = briefing.regions[r]
        if match["point"] is not None:
            return _from_point(path, region.points[int(match["point"])], r)
        if match["quote"] is not None:
            return region.quotes[int(match["quote"])]
        return Statement(path, region.summary, region.summary_evidence, region=r)
    except IndexError:
        return None


def spans_of(target: Statement | Quote) -> list[Span]:
    """What a statement rests on (its evidence), or a quote (its own span and its cue)."""
    if isinstance(target, Statement):
        return list(target.evidence)
    spans: list[Span] = [(target.start, target.end)]
    if target.cue is not None:
        spans.append(target.cue)
    return spans


def overlaps(spans: list[Span], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def resting_on(briefing: Briefing, start: int, end: int) -> list[str]:
    """The paths of every statement and quote resting on some of ``start``–``end``, in reading order."""
    found = [s.path for s in statements(briefing) if overlaps(list(s.evidence), start, end)]
    found += [path for path, quote in quotes(briefing) if overlaps(spans_of(quote), start, end)]
    return found


def reader_name(briefing: Briefing, path: str) -> str:
    """A field path as a reader knows it: ``Kyiv, point 2``, ``Key takeaway 3``, ``Kyiv, quote 1``."""
    match = _PATH.fullmatch(path)
    if match is None:
        return path
    if match["takeaway"] is not None:
        return f"Key takeaway {int(match['takeaway']) + 1}"
    if match["unplaced"] is not None:
        return f"Draft quote {int(match['unplaced']) + 1}"
    r = int(match["region"])
    name = briefing.regions[r].name if r < len(briefing.regions) else f"Region {r + 1}"
    if match["summary"] is not None:
        return f"{name}, summary"
    which, number = (
        ("point", match["point"]) if match["point"] is not None else ("quote", match["quote"])
    )
    return f"{name}, {which} {int(number) + 1}"
