"""The scaffold on the seed finds the bundled briefing's eight quotes, at the same offsets."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.helpers.paths import BUNDLED, SEED
from viewer.authoring.draft import scan

SPANS = [
    (215, 295),
    (358, 604),
    (1158, 1195),
    (1274, 1298),
    (1543, 1640),
    (1660, 1783),
    (2074, 2141),
    (2233, 2476),
]


@pytest.fixture(scope="module")
def quotes(seed_text: str) -> list[dict[str, Any]]:
    return scan(seed_text)


def cue(seed_text: str, quote: dict[str, Any]) -> str | None:
    return seed_text[quote["cue"][0] : quote["cue"][1]] if quote["cue"] else None


def test_the_eight_quotes_of_the_bundled_briefing(quotes: list[dict[str, Any]]) -> None:
    bundled = json.loads(BUNDLED.read_text(encoding="utf-8"))
    expected = sorted((q["start"], q["end"]) for r in bundled["regions"] for q in r["quotes"])
    assert expected == SPANS
    assert [(q["start"], q["end"]) for q in quotes] == SPANS


def test_every_quote_is_the_source_text_at_its_offsets(quotes: list[dict[str, Any]]) -> None:
    source = SEED.read_bytes().decode("utf-8")
    assert all(source[q["start"] : q["end"]] == q["text"] for q in quotes)


def test_afp_as_according_to_and_cnn_as_told(quotes: list[dict[str, Any]]) -> None:
    outlets = {q["start"]: q["outlet"] for q in quotes}
    assert outlets[215] == {"name": "AFP", "relation": "according-to"}
    assert outlets[2074] == {"name": "CNN", "relation": "told"}
    assert [start for start, outlet in outlets.items() if outlet] == [215, 2074]


def test_the_cues_are_the_reports_own_words(seed_text: str, quotes: list[dict[str, Any]]) -> None:
    assert [cue(seed_text, q) for q in quotes] == [
        "the official said on grounds of anonymity, according to AFP",
        None,
        "the official said",
        "the official said, adding",
        "the official said",
        "the official said",
        "the official told CNN",
        "he added",
    ]


def test_the_paragraph_without_a_cue_points_to_the_one_before(
    quotes: list[dict[str, Any]],
) -> None:
    unattributed = quotes[1]
    assert unattributed["speaker"] is None
    assert "“the official said on grounds of anonymity, according to AFP”" in unattributed["note"]


def test_he_added_is_kept_as_he_and_flagged(quotes: list[dict[str, Any]]) -> None:
    assert quotes[-1]["speaker"] == "he"
    assert "“he”" in quotes[-1]["note"]
