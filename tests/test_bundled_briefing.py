"""The bundled briefing is faithful to the seed: every quote verbatim, every statement sourced, nothing invented."""

from __future__ import annotations

import re
from typing import Any

from tests.helpers.paths import BUNDLED
from viewer.loading import load_briefing
from viewer.model.statements import statements

REQUIRED_REGIONS = {"Kyiv", "Belarus", "Donbas", "Mariupol", "Kherson–Mykolaiv"}


def _all_quotes(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [quote for region in data["regions"] for quote in region["quotes"]]


def test_every_quote_equals_the_source_at_its_offsets(
    briefing_data: dict[str, Any], seed_text: str
) -> None:
    quotes = _all_quotes(briefing_data)
    assert quotes
    for quote in quotes:
        assert seed_text[quote["start"] : quote["end"]] == quote["text"]


def test_all_eight_quoted_passages_of_the_source_are_quotes(
    briefing_data: dict[str, Any], seed_text: str
) -> None:
    passages = [(m.start(), m.end()) for m in re.finditer("“[^”]*”", seed_text)]
    assert len(passages) == 8
    spans = sorted((q["start"], q["end"]) for q in _all_quotes(briefing_data))
    assert spans == passages


def test_regions_cover_the_report(briefing_data: dict[str, Any]) -> None:
    names = [region["name"] for region in briefing_data["regions"]]
    assert set(names) >= REQUIRED_REGIONS
    assert any("assistance" in name.lower() for name in names)
    assert 3 <= len(briefing_data["takeaways"]) <= 6


def test_quotes_carry_the_outlets_the_source_names_and_how(
    briefing_data: dict[str, Any], seed_text: str
) -> None:
    by_text = {q["text"][:12]: q for q in _all_quotes(briefing_data)}
    assert by_text["“They have a"]["outlet"] == {"name": "AFP", "relation": "according-to"}
    assert by_text["“there are n"]["outlet"] == {"name": "CNN", "relation": "told"}
    others = [
        q
        for q in _all_quotes(briefing_data)
        if q["text"][:12] not in ("“They have a", "“there are n")
    ]
    assert all(q["outlet"] is None for q in others), (
        "an outlet named a paragraph earlier is not stated"
    )
    for quote in _all_quotes(briefing_data):
        assert quote["anonymous"] is True, "the source never names the official"
        assert "Pentagon" in quote["speaker"]


def test_the_reports_words_of_every_quote_are_the_reports_own(
    briefing_data: dict[str, Any], seed_text: str
) -> None:
    cues = {q["text"][:12]: q["cue"] for q in _all_quotes(briefing_data)}
    start, end = cues["“They have a"]
    assert seed_text[start:end] == "the official said on grounds of anonymity, according to AFP"
    start, end = cues["“there are n"]
    assert seed_text[start:end] == "the official told CNN"
    assert cues["“We do begin"] is None, "that paragraph has no attribution of its own"
    for quote in _all_quotes(briefing_data):
        if quote["cue"] is None:
            assert quote["note"], "a quote without the report's words says how it was attributed"


def test_every_statement_rests_on_passages_of_the_report() -> None:
    loaded = load_briefing(BUNDLED)
    found = list(statements(loaded.briefing))
    assert len(found) > 20
    for statement in found:
        assert statement.evidence, f"{statement.path} has no evidence"


def test_nothing_invented_about_the_source(briefing_data: dict[str, Any], seed_text: str) -> None:
    source = briefing_data["source"]
    for field in ("headline", "publisher", "author", "published"):
        assert source[field] is None, f"the source states no {field}"
    prose = [briefing_data["title"]] + [p["text"] for p in briefing_data["takeaways"]]
    for region in briefing_data["regions"]:
        prose += [region["summary"]] + [p["text"] for p in region["points"]]
    for number in re.findall(r"\d+", " ".join(prose)):
        assert number in seed_text, f"the number {number} does not occur in the source"


def test_the_bundled_briefing_loads_with_its_source_verified() -> None:
    loaded = load_briefing(BUNDLED)
    assert loaded.report.verified
    assert loaded.briefing.format == "briefing/2"
    assert [r.id for r in loaded.briefing.regions][:2] == ["kyiv", "belarus"]
