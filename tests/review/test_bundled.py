"""The bundled briefing holds to the editorial standard: nothing but uncited passages to report."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.briefings import WriteBriefing
from tests.helpers.paths import BUNDLED, SEED
from viewer.loading import load_briefing
from viewer.review import review

SEED_TEXT = SEED.read_bytes().decode("utf-8")


def _serious(findings: list[Any]) -> list[str]:
    return [f"{f.field}: {f.code}: {f.message}" for f in findings if f.severity != "info"]


@pytest.mark.xfail(
    strict=True,
    reason="regions[4].points[1] names “the Russians”, its passage says “they”: the lead "
    "adds [2321, 2333] (“the Russians”) to its evidence, then removes this mark",
)
def test_the_bundled_briefing_has_nothing_an_editor_would_catch() -> None:
    assert _serious(review(load_briefing(BUNDLED))) == []


def test_with_the_passage_that_names_the_russians_it_has_nothing_to_catch(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    point = briefing_data["regions"][4]["points"][1]
    assert "the Russians" in point["text"]
    assert SEED_TEXT[2321:2333] == "the Russians"
    point["evidence"] = [[2321, 2333], *point["evidence"]]
    findings = review(load_briefing(write_briefing(briefing_data)))
    assert _serious(findings) == []
    assert [f for f in findings if f.code == "uncited"] == []
