"""``voice``: a speaker's words passed off as the report's, or the report's handed to a speaker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.helpers.review import briefing, coded, point, quote, region, reviewed, span, whole

REPORT = (
    "Most of the troops went back to Belarus. "
    "“We see them consolidating,” the official said. "
    "“They will be refit.” "
    "Analysts called it a defeat."
)


def voices(tmp_path: Path, *statements: dict[str, Any], **extra: Any) -> list[str]:
    found = reviewed(tmp_path, REPORT, takeaways=list(statements), **extra)
    return [f.message for f in coded(found, "voice")]


def test_the_report_voice_handed_to_an_official_is_flagged(tmp_path: Path) -> None:
    statement = point(
        "Most of the troops went back to Belarus.",
        [span(REPORT, "Most of the troops went back to Belarus.")],
        "official",
        "Senior official",
    )
    assert voices(tmp_path, statement) == [
        "labelled Official assessment, “Senior official”, but the evidence “Most of the "
        "troops went back to Belarus.” attributes it to no one; say in a note how the "
        "attribution was established, or make it Reported"
    ]


@pytest.mark.parametrize("kind", ["official", "claim", "analysts"])
def test_every_kind_that_names_a_party_needs_the_report_to_say_so(
    tmp_path: Path, kind: str
) -> None:
    statement = point("They will be refit.", [span(REPORT, "“They will be refit.”")], kind, "X")
    assert len(voices(tmp_path, statement)) == 1


def test_a_note_saying_how_the_attribution_was_made_silences_it(tmp_path: Path) -> None:
    statement = point(
        "They will be refit.",
        [span(REPORT, "“They will be refit.”")],
        "official",
        "Senior official",
        note="The paragraph follows the official's remark; taken to be the same official's.",
    )
    assert voices(tmp_path, statement) == []


def test_a_cue_in_the_sentence_attributes_it(tmp_path: Path) -> None:
    said = point(
        "The official sees them consolidating.",
        [span(REPORT, "“We see them consolidating,”")],
        "official",
        "Senior official",
    )
    called = point(
        "Analysts called it a defeat.",
        [span(REPORT, "Analysts called it a defeat.")],
        "analysts",
        "Analysts",
    )
    assert voices(tmp_path, said, called) == []


def test_a_quote_with_a_cue_attributes_what_it_holds(tmp_path: Path) -> None:
    report = "“We stay. We fight.” “And we win,” he said."
    statement = point("We stay.", [span(report, "We stay.")], "official", "The official")
    data = briefing(
        report,
        takeaways=[statement],
        regions=[
            region(report, [[0, len(report)]], quotes=[quote(report, "“We stay. We fight.”")])
        ],
    )
    assert coded(reviewed(tmp_path, report, data), "voice") != []
    data["regions"][0]["quotes"] = [quote(report, "“We stay. We fight.”", cue="he said")]
    assert coded(reviewed(tmp_path, report, data), "voice") == []


def test_a_cue_inside_quotation_marks_is_the_speaker_s_not_the_report_s(tmp_path: Path) -> None:
    report = "“They said we would win.” Nobody knows."
    statement = point("They would win.", [span(report, "“They said we would win.”")], "claim", "X")
    found = reviewed(tmp_path, report, takeaways=[statement])
    assert len(coded(found, "voice")) == 1


def test_a_speaker_s_words_labelled_reported_are_flagged(tmp_path: Path) -> None:
    statement = point("They will be refit.", [span(REPORT, "They will be refit.")])
    assert voices(tmp_path, statement) == [
        "the evidence “They will be refit.” is inside quotation marks, a speaker's words; "
        "labelled Reported, the statement gives them to the report"
    ]


def test_the_report_s_own_words_labelled_reported_are_fine(tmp_path: Path) -> None:
    statement = point(
        "Analysts called it a defeat.", [span(REPORT, "Analysts called it a defeat.")]
    )
    assert voices(tmp_path, statement, regions=[whole(REPORT)]) == []
