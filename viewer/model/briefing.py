"""The briefing as the app holds it: format ``briefing/2``, typed, immutable, origin of its JSON Schema.

A ``briefing/1`` file is read through ``viewer.model.format_v1`` and upgraded to these
classes; what it says that ``briefing/2`` cannot hold is kept beside them
(``LegacyQuote``), never passed off as the report's words.
"""

from __future__ import annotations

from typing import Annotated, Final, Literal

from msgspec import Meta, Struct

FORMAT_1: Final = "briefing/1"
FORMAT_2: Final = "briefing/2"
#: The versions this app reads, newest first.
FORMATS: Final = (FORMAT_2, FORMAT_1)

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

Relation = Literal["according-to", "told"]

#: How the viewer writes an outlet's relation to a quote: AFP reported it; CNN was told it.
RELATION_WORDS: Final[dict[str, str]] = {"according-to": "according to", "told": "to"}

Status = Literal["draft", "final"]

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
Span = Annotated[
    tuple[Offset, Offset],
    Meta(description="[start, end]: code-point offsets into the source, start < end."),
]
Evidence = Annotated[
    list[Span],
    Meta(min_length=1, description="The passages of the report the statement rests on."),
]


class _Model(Struct, frozen=True, forbid_unknown_fields=True):
    pass


class Point(_Model, frozen=True):
    """One statement, labelled with what sort of statement it is, whose, and where the report says it."""

    text: Text
    kind: Kind
    attribution: Text
    evidence: Evidence
    note: Annotated[
        str | None, Meta(description="How the attribution was established, where it is implicit.")
    ] = None


class Outlet(_Model, frozen=True):
    """The outlet of a quote, and how: ``according-to`` (it reported it) or ``told`` (it was said to it)."""

    name: Text
    relation: Relation


class Quote(_Model, frozen=True):
    """A verbatim quotation: ``text == source[start:end]``, the span including its quotation marks."""

    text: Text
    start: Offset
    end: Offset
    speaker: Annotated[
        Text | None, Meta(description="Who said it, as the report names them; null if it does not.")
    ]
    role: Annotated[Text | None, Meta(description="Their role as the report states it, or null.")]
    outlet: Annotated[
        Outlet | None, Meta(description="Who reported it or was told it; null if not stated.")
    ]
    cue: Annotated[
        Span | None,
        Meta(description="The report's own attributing words (“the official told CNN”), or null."),
    ]
    anonymous: bool = False
    note: Annotated[
        str | None, Meta(description="An editor's note; never shown as the report's words.")
    ] = None
    continues: Annotated[
        bool, Meta(description="The quotation runs on into the next paragraph (the next quote).")
    ] = False


class Region(_Model, frozen=True):
    id: Slug
    name: Text
    summary: Text
    summary_evidence: Evidence
    points: list[Point]
    quotes: list[Quote]


class Report(_Model, frozen=True):
    """The report a briefing was distilled from (the file's ``source``), and what it states of itself."""

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


class NotContent(_Model, frozen=True):
    """A passage of the report that is not content (a navigation link), and why."""

    span: Span
    reason: Text


class Briefing(_Model, frozen=True):
    format: Annotated[str, Meta(description='"briefing/2" (or "briefing/1", an older version).')]
    title: Text
    source: Report
    takeaways: list[Point]
    regions: list[Region]
    status: Annotated[Status, Meta(description='"draft" while the briefing is being written.')] = (
        "final"
    )
    not_content: list[NotContent] = []
    quotes: Annotated[
        list[Quote], Meta(description="A draft's quotes not yet placed in a region.")
    ] = []

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"

    @property
    def quote_count(self) -> int:
        return sum(len(region.quotes) for region in self.regions) + len(self.quotes)
