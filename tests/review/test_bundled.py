"""The bundled briefing holds to the editorial standard: nothing but uncited passages to report."""

from __future__ import annotations

from typing import Any

from tests.helpers.briefings import WriteBriefing
from tests.helpers.paths import BUNDLED, SEED
from viewer.loading import load_briefing
from viewer.review import review

SEED_TEXT = SEED.read_bytes().decode("utf-8")


def _serious(findings: list[Any]) -> list[str]:
    return [f"{f.field}: {f.code}: {f.message}" for f in findings if f.severity != "info"]


def test_the_bundled_briefing_has_nothing_an_editor_would_catch() -> None:
    findings = review(load_briefing(BUNDLED))
    assert _serious(findings) == []
    assert [f for f in findings if f.code == "uncited"] == [], "every passage is used or declared"


def test_an_unsupported_name_in_it_would_be_caught(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    point = briefing_data["regions"][4]["points"][1]
    assert SEED_TEXT[2321:2333] == "the Russians"
    point["evidence"] = [span for span in point["evidence"] if span != [2321, 2333]]
    findings = review(load_briefing(write_briefing(briefing_data)))
    assert _serious(findings) == [
        "regions[4].points[1]: unsupported-detail: the statement says “Russians” (a name); "
        "its evidence does not"
    ]
