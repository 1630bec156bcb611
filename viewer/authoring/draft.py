"""A draft briefing/2, in memory, from a report's text: every quote with its cue and speaker."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from typing import Any

from viewer.authoring import cues, furniture, verbs
from viewer.authoring.attribution import attribute
from viewer.authoring.cues import Cue, find_cue
from viewer.authoring.paragraphs import Span, paragraphs
from viewer.authoring.quotes import FoundQuote, find_quotes
from viewer.authoring.sentences import sentences

FORMAT = "briefing/2"


@dataclass(frozen=True)
class SourceMeta:
    """What the report states about itself; None where it does not state it."""

    headline: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Summary:
    quotes: int
    with_outlet: int
    to_name: int
    without_cue: int

    def describe(self) -> str:
        """For the summary line: "8 quotes (2 with an outlet, 2 speakers to name)"."""
        parts = [f"{self.with_outlet} with an outlet"]
        parts.append(f"{self.to_name} speaker{'' if self.to_name == 1 else 's'} to name")
        if self.without_cue:
            parts.append(f"{self.without_cue} without a cue")
        return f"{self.quotes} quote{'' if self.quotes == 1 else 's'} ({', '.join(parts)})"


def _quoted(text: str) -> str:
    return f"“{text}”"


def _chains(found: list[FoundQuote]) -> list[int]:
    """For each quote, the index of the first quote of its quotation (over paragraphs)."""
    heads = list(range(len(found)))
    for index, quote in enumerate(found):
        following = index + 1
        if (
            quote.continues
            and following < len(found)
            and found[following].paragraph == quote.paragraph + 1
        ):
            heads[following] = heads[index]
    return heads


class _Scan:
    """The quotes of one text and what the cue finder made of each."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs = paragraphs(text)
        self.found = find_quotes(text, self.paragraphs)
        by_paragraph: dict[int, list[Span]] = {}
        for quote in self.found:
            by_paragraph.setdefault(quote.paragraph, []).append((quote.start, quote.end))
        self.by_paragraph = by_paragraph
        self.cues: list[Cue | None] = []
        for number, spans in by_paragraph.items():
            sents = sentences(text, self.paragraphs[number], spans)
            self.cues.extend(find_cue(text, sents, spans, span) for span in spans)

    def _opens_paragraph(self, quote: FoundQuote) -> bool:
        start = self.paragraphs[quote.paragraph][0]
        return not self.text[start : quote.start].strip(" \t\u00a0•·*-–—")

    def _previous_cue(self, index: int) -> Cue | None:
        """The cue of the last quote of the paragraph just before this quote's, if any."""
        quote = self.found[index]
        for earlier in range(index - 1, -1, -1):
            if self.found[earlier].paragraph == quote.paragraph - 1:
                return self.cues[earlier]
            if self.found[earlier].paragraph < quote.paragraph - 1:
                break
        return None

    def quote(self, index: int, chain_cue: Cue | None, chained: bool) -> dict[str, Any]:
        quote = self.found[index]
        text = self.text
        own = self.cues[index]
        cue = own if own is not None else chain_cue
        found = attribute(text, cue)
        notes = list(found.notes)
        if cue is None:
            notes = ["No attributing words were found in its sentence or the ones beside it."]
            before = self._previous_cue(index)
            if before is not None and self._opens_paragraph(quote):
                notes.append(
                    "The paragraph before attributes its quote with "
                    f"{_quoted(text[before.start : before.end])}; if this is the same speaker, "
                    "say so."
                )
            else:
                notes.append("Say who said this.")
        elif own is None and chained:
            notes.insert(
                0,
                "Part of a quotation that runs over several paragraphs; its cue is in another "
                f"paragraph ({cue.start}–{cue.end}).",
            )
        elif cue.where != cues.SAME:
            notes.insert(0, f"The cue is in the {cue.where}; check that it covers this quote.")
        if not quote.closed and not quote.continues:
            notes.append(
                "No closing quotation mark in its paragraph: the quote is taken to the "
                "paragraph's end."
            )
        return {
            "text": text[quote.start : quote.end],
            "start": quote.start,
            "end": quote.end,
            "speaker": found.speaker,
            "role": found.role,
            "anonymous": found.anonymous,
            "outlet": found.outlet.as_json() if found.outlet else None,
            "cue": [cue.start, cue.end] if cue else None,
            "note": " ".join(notes) if notes else None,
            "continues": quote.continues,
        }

    def quotes(self) -> list[dict[str, Any]]:
        heads = _chains(self.found)
        sizes = Counter(heads)
        chain_cue: dict[int, Cue | None] = {}
        for index, head in enumerate(heads):
            if chain_cue.get(head) is None:
                chain_cue[head] = self.cues[index]
        return [
            self.quote(index, chain_cue[head], sizes[head] > 1) for index, head in enumerate(heads)
        ]

    def not_content(self) -> list[dict[str, Any]]:
        return furniture.not_content(self.text, self.paragraphs, self.by_paragraph.keys())


def scan(text: str) -> list[dict[str, Any]]:
    """Every quote of ``text`` as briefing/2 Quote data: span, cue, speaker, outlet, notes."""
    return _Scan(text).quotes()


def summarise(quotes: list[dict[str, Any]]) -> Summary:
    def to_name(quote: dict[str, Any]) -> bool:
        speaker = quote["speaker"]
        return speaker is None or speaker.lower() in verbs.PRONOUNS

    return Summary(
        quotes=len(quotes),
        with_outlet=sum(1 for q in quotes if q["outlet"] is not None),
        to_name=sum(1 for q in quotes if to_name(q)),
        without_cue=sum(1 for q in quotes if q["cue"] is None),
    )


def draft_briefing(
    text: str, source_path: str, data: bytes, meta: SourceMeta, title: str
) -> dict[str, Any]:
    """The draft as JSON data: ``text`` is ``data`` decoded, found at ``source_path``."""
    found = _Scan(text)
    return {
        "format": FORMAT,
        "status": "draft",
        "title": title,
        "source": {
            "path": source_path,
            "sha256": hashlib.sha256(data).hexdigest(),
            "headline": meta.headline,
            "publisher": meta.publisher,
            "author": meta.author,
            "published": meta.published,
        },
        "not_content": found.not_content(),
        "takeaways": [],
        "regions": [],
        "quotes": found.quotes(),
    }
