"""The bundled briefing is faithful to the seed: every quote verbatim, nothing invented."""

from __future__ import annotations

import re
from typing import Any

from tests.conftest import BUNDLED
from viewer.loading import load_briefing

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


def test_quotes_carry_speaker_role_and_the_outlets_the_source_names(
    briefing_data: dict[str, Any],
) -> None:
    by_text = {q["text"][:12]: q for q in _all_quotes(briefing_data)}
    assert by_text["“They have a"]["outlet"] == "AFP"
    assert by_text["“there are n"]["outlet"] == "CNN"
    for quote in _all_quotes(briefing_data):
        assert quote["anonymous"] is True, "the source never names the official"
        assert "Pentagon" in quote["speaker"]


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
    assert loaded.source.verified
    assert [r.id for r in loaded.briefing.regions][:2] == ["kyiv", "belarus"]
