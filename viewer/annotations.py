"""Every quote and statement of a briefing as W3C Web Annotations (JSON-LD), for other tools.

Each annotation targets the report, identified by ``urn:sha256:`` of its bytes, with two
selectors at once, as Hypothesis keeps them: a ``TextQuoteSelector`` (the exact text
with 32 characters of context each side) and a ``TextPositionSelector`` (start and end
in code points, which is what the W3C model counts). A tool that finds the text moved
can re-anchor by the quote; one that trusts positions can check them against it.
Bodies say what kind of statement it is (``classifying``), whose (``identifying``) and
in which region (``tagging``). See https://www.w3.org/TR/annotation-model/.
"""

from __future__ import annotations

import json
from typing import Any, Final
from urllib.parse import quote as percent

from viewer.model.briefing import Quote, Span
from viewer.model.loaded import LoadedBriefing
from viewer.model.statements import Statement, quotes, region_of, statements
from viewer.render.quotes import outlet_words, speaker_line

CONTEXT: Final = "http://www.w3.org/ns/anno.jsonld"
#: Characters of context each side of a quote, as Hypothesis keeps.
CONTEXT_CHARACTERS: Final = 32


class NoReport(Exception):
    """The report is not available: its text cannot be quoted in selectors."""


def selectors(text: str, span: Span) -> list[dict[str, Any]]:
    start, end = span
    return [
        {
            "type": "TextQuoteSelector",
            "exact": text[start:end],
            "prefix": text[max(0, start - CONTEXT_CHARACTERS) : start],
            "suffix": text[end : end + CONTEXT_CHARACTERS],
        },
        {"type": "TextPositionSelector", "start": start, "end": end},
    ]


def _body(value: str, purpose: str) -> dict[str, str]:
    return {"type": "TextualBody", "value": value, "format": "text/plain", "purpose": purpose}


class _Writer:
    def __init__(self, loaded: LoadedBriefing, text: str) -> None:
        self.loaded = loaded
        self.text = text
        self.report = f"urn:sha256:{loaded.briefing.source.sha256}"
        self.briefing = f"urn:sha256:{loaded.sha256}"

    def target(self, span: Span) -> dict[str, Any]:
        return {"source": self.report, "selector": selectors(self.text, span)}

    def region_tag(self, path: str) -> list[dict[str, str]]:
        region = region_of(path)
        if region is None:
            return []
        return [_body(self.loaded.briefing.regions[region].name, "tagging")]

    def base(self, path: str, motivation: str) -> dict[str, Any]:
        return {
            "type": "Annotation",
            "id": f"{self.briefing}#{percent(path, safe='')}",
            "motivation": motivation,
        }

    def quote(self, path: str, quote: Quote) -> dict[str, Any]:
        legacy = self.loaded.legacy_quotes.get(path)
        bodies = [_body(speaker_line(quote), "identifying")]
        if quote.role:
            bodies.append(_body(quote.role, "describing"))
        bodies.append(_body(outlet_words(quote.outlet, legacy), "describing"))
        annotation = self.base(path, "highlighting")
        annotation["body"] = bodies + self.region_tag(path)
        annotation["target"] = self.target((quote.start, quote.end))
        return annotation

    def statement(self, statement: Statement) -> dict[str, Any]:
        bodies = [_body(statement.text, "describing")]
        if statement.kind is not None:
            bodies.append(_body(statement.kind, "classifying"))
        if statement.attribution is not None:
            bodies.append(_body(statement.attribution, "identifying"))
        annotation = self.base(statement.path, "describing")
        annotation["body"] = bodies + self.region_tag(statement.path)
        targets = [self.target(span) for span in statement.evidence]
        annotation["target"] = targets[0] if len(targets) == 1 else targets
        return annotation


def annotation_collection(loaded: LoadedBriefing) -> dict[str, Any]:
    """The briefing as one ``AnnotationCollection`` with its annotations in a single page.

    Statements without evidence (a ``briefing/1`` file's) have nothing to target and are
    left out. Raises ``NoReport`` when the report's text is not available to quote.
    """
    text = loaded.report_text
    if text is None:
        raise NoReport(
            f"the report is {loaded.report.state} ({loaded.report.detail}); its text is needed "
            "to quote each passage"
        )
    writer = _Writer(loaded, text)
    items = [writer.quote(path, quote) for path, quote in quotes(loaded.briefing)]
    items += [writer.statement(s) for s in statements(loaded.briefing) if s.evidence]
    return {
        "@context": CONTEXT,
        "id": f"{writer.briefing}#annotations",
        "type": "AnnotationCollection",
        "label": loaded.briefing.title,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def annotations_json(loaded: LoadedBriefing) -> bytes:
    return json.dumps(annotation_collection(loaded), ensure_ascii=False, indent=2).encode() + b"\n"
