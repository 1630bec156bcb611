"""The old bundled briefing's known errors, found again once its statements carry the spans they rest on.

``data/old-briefing-with-evidence.json`` is tests/data/briefing-v1.json word for word
(takeaways, summaries, points, attributions), in format briefing/2, each statement
given the passages its writer drew it from, each quote its cue where ``via`` quoted
the report. An editor reading it against the report finds the errors listed here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.loading import load_briefing
from viewer.review import Finding, review

OLD = Path(__file__).parent / "data" / "old-briefing-with-evidence.json"

#: (field, code, words the message quotes, what an editor says): the known errors caught.
CAUGHT = [
    (
        "regions[4].summary",
        "dropped-hedge",
        "“kind of gotten",
        "“kind of gotten pinched” became “been pinched”",
    ),
    ("regions[4].points[0]", "dropped-hedge", "“kind of gotten", "the same, in the point"),
    (
        "regions[4].points[0]",
        "dropped-hedge",
        "“assess that in the Kherson area”",
        "“We assess” dropped: an assessment told as fact",
    ),
    (
        "regions[4].points[1]",
        "dropped-hedge",
        "“assess that they’ve shifted”",
        "“We now assess” dropped",
    ),
    (
        "takeaways[4]",
        "dropped-hedge",
        "“much more to a defensive posture”",
        "“shifted much more to a defensive posture” lost “much more”",
    ),
    (
        "regions[1].points[1]",
        "dropped-hedge",
        "“believe is that they’re going”",
        "“What we continue to believe” dropped",
    ),
    (
        "takeaways[4]",
        "unsupported-detail",
        "“south” (a direction)",
        "“In the south”: the report says the Kherson area",
    ),
    (
        "regions[1].summary",
        "unsupported-detail",
        "“Kyiv” (a name)",
        "“withdrawn from Kyiv”: not in that sentence",
    ),
    (
        "takeaways[2]",
        "unsupported-detail",
        "“Ukraine's” (a name)",
        "“Ukraine's southeast”: the report says the country's",
    ),
    (
        "regions[4].points[1]",
        "unsupported-detail",
        "“Russian” (a name)",
        "“Russian forces”: the passage says “they”",
    ),
    (
        "regions[1].points[0]",
        "voice",
        "“Most of the personnel",
        "the report's own sentence handed to the official",
    ),
    (
        "takeaways[1]",
        "voice",
        "“Most of the personnel",
        "the report's sentence, as the official's expectation",
    ),
    (
        "regions[1].points[1]",
        "voice",
        "“We do begin",
        "an unattributed paragraph as the official's, with no note",
    ),
    (
        "regions[2].points[0]",
        "inconsistent",
        "as takeaways[2]",
        "two voices in one takeaway (Moscow and the official)",
    ),
    (
        "regions[2].points[3]",
        "inconsistent",
        "as takeaways[2]",
        "the same takeaway: the official's remark as Moscow's",
    ),
    (
        "regions[5].points[0]",
        "inconsistent",
        "as takeaways[5]",
        "“did not deny”: official in a takeaway, reported here",
    ),
    (
        "regions[0].points[0]",
        "inconsistent",
        "as takeaways[0]",
        "“speaking on a Monday”: an attribution of its own",
    ),
    (
        "regions[3].points[1]",
        "inconsistent",
        "as takeaways[4]",
        "“to CNN” here, not in the takeaway on the same words",
    ),
]


@pytest.fixture(scope="module")
def findings() -> list[Finding]:
    return review(load_briefing(OLD))


@pytest.mark.parametrize(("field", "code", "words", "error"), CAUGHT)
def test_the_reviewer_finds_the_old_error(
    findings: list[Finding], field: str, code: str, words: str, error: str
) -> None:
    assert any(f.field == field and f.code == code and words in f.message for f in findings), error


def test_it_finds_nothing_else_than_the_known_errors_and_uncited_passages(
    findings: list[Finding],
) -> None:
    known = {(field, code) for field, code, _, _ in CAUGHT}
    others = [f for f in findings if (f.field, f.code) not in known and f.code != "uncited"]
    assert others == []
    uncited = [f.field for f in findings if f.code == "uncited"]
    # The "Also Read" lines, which briefing/1 could not declare as not content.
    assert uncited == ["source[606:691]", "source[1947:2008]", "source[2009:2018]"]
