"""``unsupported-detail``: numbers, dates, names and directions a statement has and its evidence does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.review import coded, point, reviewed, span


def details(tmp_path: Path, report: str, evidence: str, statement: str) -> list[str]:
    """The messages of ``unsupported-detail`` on one statement resting on ``evidence``."""
    found = reviewed(tmp_path, report, takeaways=[point(statement, [span(report, evidence)])])
    return [f.message for f in coded(found, "unsupported-detail")]


@pytest.mark.parametrize(
    ("evidence", "statement", "unsupported"),
    [
        ("The troops left on Monday.", "The troops left on Tuesday.", "“Tuesday” (a day)"),
        (
            "The troops left on Monday.",
            "The troops left on April 25.",
            "“April” (a month) and “25” (a number)",
        ),
        ("The war began nine weeks ago.", "The war began ten weeks ago.", "“ten” (a number)"),
        ("The war began nine weeks ago.", "The war began in 2022.", "“2022” (a number)"),
        ("About a third are left.", "Two-thirds are left.", "“Two” (a number)"),
        (
            "The troops moved to the Kherson area.",
            "In the south, the troops moved.",
            "“south” (a direction)",
        ),
        (
            "Fighting in the east goes on.",
            "Fighting in the southeast goes on.",
            "“southeast” (a direction)",
        ),
        ("The official said it.", "The official told CNN.", "“CNN” (a name)"),
        ("The official said it.", "Moscow said it.", "“Moscow” (a name)"),
        ("They met allies.", "They met Ukraine’s allies.", "“Ukraine’s” (a name)"),
        ("The talks resume soon.", "The talks resume in May.", "“May” (a month)"),
        ("We moved, the official said.", "As I read it, Kyiv moved.", "“Kyiv” (a name)"),
    ],
)
def test_a_detail_the_evidence_does_not_state_is_flagged(
    tmp_path: Path, evidence: str, statement: str, unsupported: str
) -> None:
    assert details(tmp_path, evidence, evidence, statement) == [
        f"the statement says {unsupported}; its evidence does not"
    ]


@pytest.mark.parametrize(
    ("evidence", "statement"),
    [
        ("The war began nine weeks ago.", "The war began 9 weeks ago."),
        ("Two-thirds of the troops have left.", "Two thirds of the troops have left."),
        ("About a third are left.", "A third of them are left."),
        ("They spoke of Ukraine’s allies.", "They spoke of Ukraine's allies."),
        ("Ukraine asked for tanks.", "Ukraine’s request was for tanks."),
        ("The Russians pulled back.", "Russian forces pulled back."),
        (
            "Moscow focuses on the country’s southeast.",
            "Moscow focuses on the southeastern region.",
        ),
        ("The western allies met.", "The Western allies met."),
        ("The official said it on Monday.", "On Monday, the official said it."),
        ("The troops moved.", "Even so, the troops moved."),
        ("We moved, the official said.", "I think “We moved,” the official said."),
        ("The talks resume in May.", "The talks may resume in May."),
    ],
)
def test_details_the_evidence_states_in_another_form_are_left_alone(
    tmp_path: Path, evidence: str, statement: str
) -> None:
    assert details(tmp_path, evidence, evidence, statement) == []


def test_a_capital_opening_a_quotation_is_no_name(tmp_path: Path) -> None:
    report = "They left. We stayed, the official said."
    statement = "They left; the official said “We stayed”."
    assert details(tmp_path, report, "They left.", statement) == []


def test_a_name_from_the_sentence_the_evidence_lies_in_is_supported(tmp_path: Path) -> None:
    report = "The fight continues in Mariupol, but they made no progress in taking the city."
    evidence = "they made no progress in taking the city."
    assert details(tmp_path, report, evidence, "They made no progress in taking Mariupol.") == []


def test_a_number_from_the_rest_of_the_sentence_is_not(tmp_path: Path) -> None:
    report = "Nine villages were hit, and the troops left the city."
    evidence = "the troops left the city."
    assert details(tmp_path, report, evidence, "The troops left nine villages.") == [
        "the statement says “nine” (a number); its evidence does not"
    ]


def test_a_sentence_opening_word_the_report_writes_in_lower_case_is_no_name(
    tmp_path: Path,
) -> None:
    report = "The troops moved. Meanwhile, talks resumed."
    assert details(tmp_path, report, "The troops moved.", "Meanwhile, the troops moved.") == []
    assert details(tmp_path, report, "The troops moved.", "Talks and troops moved.") == []
    assert details(tmp_path, report, "The troops moved.", "Kyiv troops moved.") == [
        "the statement says “Kyiv” (a name); its evidence does not"
    ]
