"""The briefing data model (format ``briefing/1``): typed, immutable, and the origin of its JSON Schema.

``resources/briefing.schema.json`` is generated from these classes
(``python -m viewer.schema``) and a test keeps the two identical.
"""

from __future__ import annotations

from typing import Annotated, Final, Literal

import msgspec
from msgspec import Meta, Struct

FORMAT: Final = "briefing/1"

Kind = Literal["reported", "official", "claim", "analysts"]

#: How each kind of statement is labelled wherever a reader sees it.
KIND_LABELS: Final[dict[str, str]] = {
    "reported": "Reported",
    "official": "Official assessment",
    "claim": "Claim by a party",
    "analysts": "Analysts' view",
}

#: What each kind means; shown as a tooltip and in docs/format.md.
KIND_DESCRIPTIONS: Final[dict[str, str]] = {
    "reported": "stated by the report itself, in the outlet's own voice",
    "official": "an assessment or statement by an official the report cites",
    "claim": "a claim or stated intention of a party to the events",
    "analysts": "the view of analysts or commentators the report cites",
}

NOT_STATED: Final = "not stated"

Text = Annotated[str, Meta(min_length=1, description="Non-empty text, shown as plain text.")]
Slug = Annotated[
    str,
    Meta(
        pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$",
        max_length=64,
        description="Lower-case letters and digits separated by single hyphens.",
    ),
]
Offset = Annotated[
    int,
    Meta(ge=0, le=2**31 - 1, description="Index into the source text, counted in code points."),
]
Sha256 = Annotated[str, Meta(pattern=r"^[0-9a-f]{64}$", description="SHA-256 in lower-case hex.")]
Stated = Annotated[
    str | None, Meta(description="What the source states, or null where it states nothing.")
]


class _Model(Struct, frozen=True, forbid_unknown_fields=True):
    pass


class Point(_Model, frozen=True):
    """One statement, labelled with what sort of statement it is and whose it is."""

    text: Text
    kind: Kind
    attribution: Text


class Quote(_Model, frozen=True):
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


class Region(_Model, frozen=True):
    id: Slug
    name: Text
    summary: Text
    points: list[Point]
    quotes: list[Quote]


class Source(_Model, frozen=True):
    """The report a briefing was distilled from, and what it does and does not state."""

    path: Annotated[
        str,
        Meta(
            min_length=1,
            description="Relative path of the source text, from the briefing's folder or seeds/.",
        ),
    ]
    sha256: Sha256
    headline: Stated
    publisher: Stated
    author: Stated
    published: Stated


class Briefing(_Model, frozen=True):
    format: Annotated[str, Meta(description=f'Always "{FORMAT}" for this version.')]
    title: Text
    source: Source
    takeaways: Annotated[list[Point], Meta(min_length=1)]
    regions: Annotated[list[Region], Meta(min_length=1)]

    @property
    def quote_count(self) -> int:
        return sum(len(region.quotes) for region in self.regions)


def json_schema() -> dict[str, object]:
    """The JSON Schema of a briefing file, as shipped in ``resources/briefing.schema.json``."""
    schema = msgspec.json.schema(Briefing)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Briefing"
    schema["description"] = (
        f"A news briefing distilled from one source report (format {FORMAT}). See docs/format.md."
    )
    defs = schema["$defs"]
    defs["Briefing"]["properties"]["format"]["const"] = FORMAT
    return schema
