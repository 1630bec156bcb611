"""``inconsistent``: one passage, two voices; compared by a sweep, never statement against statement."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.review import coded, point, region, reviewed, span
from viewer.model.statements import Statement
from viewer.review.consistency import inconsistencies

REPORT = "The unnamed official did not deny reports of tank deliveries. The war goes on."
DENY = "The unnamed official did not deny reports of tank deliveries."


def inconsistent(tmp_path: Path, *statements: dict[str, object]) -> list[str]:
    found = reviewed(tmp_path, REPORT, takeaways=list(statements))
    return [f"{f.field}: {f.message}" for f in coded(found, "inconsistent")]


def test_one_passage_labelled_two_kinds_is_flagged_once(tmp_path: Path) -> None:
    as_official = point(DENY, [span(REPORT, DENY)], "official", "Senior official")
    as_report = point(DENY, [span(REPORT, "did not deny reports")])
    assert inconsistent(tmp_path, as_official, as_report) == [
        "takeaways[1]: rests on the same passage “did not deny reports” as takeaways[0], but "
        "gives it another voice: Reported, “The report” here, Official assessment, "
        "“Senior official” there"
    ]


def test_one_passage_with_one_attribution_and_two_kinds_is_flagged(tmp_path: Path) -> None:
    one = point(DENY, [span(REPORT, DENY)], "official", "The official")
    two = point(DENY, [span(REPORT, DENY)], "claim", "The official")
    assert len(inconsistent(tmp_path, one, two)) == 1


def test_one_passage_attributed_to_two_parties_is_flagged(tmp_path: Path) -> None:
    one = point(DENY, [span(REPORT, DENY)], "claim", "Moscow (as reported)")
    two = point(DENY, [span(REPORT, DENY)], "claim", "Moscow (as reported); the official")
    assert len(inconsistent(tmp_path, one, two)) == 1


def test_attributions_differing_only_in_case_and_spaces_agree(tmp_path: Path) -> None:
    one = point(DENY, [span(REPORT, DENY)], "official", "Senior  official")
    two = point(DENY, [span(REPORT, DENY)], "official", "senior official")
    assert inconsistent(tmp_path, one, two) == []


def test_passages_that_only_touch_do_not_overlap(tmp_path: Path) -> None:
    one = point(DENY, [span(REPORT, DENY)], "official", "Senior official")
    two = point("The war goes on.", [span(REPORT, " The war goes on.")])
    assert inconsistent(tmp_path, one, two) == []


def test_summaries_have_no_voice_to_compare(tmp_path: Path) -> None:
    found = reviewed(
        tmp_path,
        REPORT,
        takeaways=[point(DENY, [span(REPORT, DENY)], "official", "Senior official")],
        regions=[region(REPORT, [[0, len(REPORT)]])],
    )
    assert coded(found, "inconsistent") == []


def test_thousands_of_statements_on_one_passage_are_swept_not_paired() -> None:
    # 20 000 statements on overlapping passages: compared pairwise, 2 × 10⁸ comparisons
    # would run for minutes (the test's timeout); swept, they take a fraction of a second.
    said = [
        Statement(f"takeaways[{n}]", "x", [(n % 50, 1000 + n % 7)], "official", "Same official")
        for n in range(20_000)
    ]
    said.append(Statement("takeaways[20000]", "x", [(999, 1001)], "reported", "The report"))
    found = list(inconsistencies(said, None))
    assert [f.field for f in found] == ["takeaways[20000]"]
    assert found[0].message.startswith("rests on the same passage as takeaways[")
