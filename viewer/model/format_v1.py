"""The ``briefing/1`` file format, read as it always was and upgraded to the current model.

``briefing/1`` statements have no evidence and its quotes no cue: upgraded, their
evidence is empty (the reviewer reports them as ``no-evidence``) and what the file
said of a quote's attribution in free text (``via``, a bare outlet name) is kept as a
``LegacyQuote`` beside the model, shown as the file's words, never as the report's.
"""

from __future__ import annotations

from typing import Annotated

import msgspec
from msgspec import Meta

from viewer.model.briefing import (
    FORMAT_1,
    Briefing,
    Kind,
    Offset,
    Point,
    Quote,
    Region,
    Report,
    Slug,
    Text,
)


class _Model(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    pass


class PointV1(_Model, frozen=True):
    """One statement, labelled with what sort of statement it is and whose it is."""

    text: Text
    kind: Kind
    attribution: Text


class QuoteV1(_Model, frozen=True):
    """A verbatim quotation: ``text == source[start:end]``, the span including its quotation marks."""

    text: Text
    start: Offset
    end: Offset
    speaker: Text
    role: Text
    outlet: Annotated[
        str | None,
        Meta(description="Who it was said to or reported by (e.g. AFP); null if not stated."),
    ]
    anonymous: bool = False
    via: Annotated[
        str | None, Meta(description="The source's own words attributing the quote.")
    ] = None
    note: Annotated[str | None, Meta(description="How the attribution was established.")] = None


class RegionV1(_Model, frozen=True):
    id: Slug
    name: Text
    summary: Text
    points: list[PointV1]
    quotes: list[QuoteV1]


class BriefingV1(_Model, frozen=True):
    format: Annotated[str, Meta(description=f'Always "{FORMAT_1}" for this version.')]
    title: Text
    source: Report
    takeaways: Annotated[list[PointV1], Meta(min_length=1)]
    regions: Annotated[list[RegionV1], Meta(min_length=1)]


class LegacyQuote(msgspec.Struct, frozen=True):
    """What a ``briefing/1`` file said of a quote's attribution, in the file's own free text."""

    outlet: str | None
    via: str | None


def upgrade(old: BriefingV1) -> tuple[Briefing, dict[str, LegacyQuote]]:
    """The briefing as the current model, and the legacy attribution text by quote path."""
    legacy: dict[str, LegacyQuote] = {}
    regions = []
    for r, region in enumerate(old.regions):
        quotes = []
        for q, quote in enumerate(region.quotes):
            quotes.append(_quote(quote))
            if quote.outlet is not None or quote.via is not None:
                legacy[f"regions[{r}].quotes[{q}]"] = LegacyQuote(quote.outlet, quote.via)
        regions.append(
            Region(
                region.id,
                region.name,
                region.summary,
                summary_evidence=[],
                points=[_point(point) for point in region.points],
                quotes=quotes,
            )
        )
    takeaways = [_point(point) for point in old.takeaways]
    return Briefing(old.format, old.title, old.source, takeaways, regions), legacy


def _point(point: PointV1) -> Point:
    return Point(point.text, point.kind, point.attribution, evidence=[])


def _quote(quote: QuoteV1) -> Quote:
    return Quote(
        quote.text,
        quote.start,
        quote.end,
        speaker=quote.speaker,
        role=quote.role,
        outlet=None,
        cue=None,
        anonymous=quote.anonymous,
        note=quote.note,
    )
