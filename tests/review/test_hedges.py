"""``dropped-hedge`` as an editor reads it: which words, where, and in whose statement."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.paths import SEED
from tests.helpers.review import coded, point, region, reviewed, span

SEED_TEXT = SEED.read_bytes().decode("utf-8")
PINCHED = (
    "We assess that in the Kherson area, as we’ve been talking about for the last few days, "
    "the Russians have kind of gotten pinched between Kherson and Mykolaiv."
)


def test_the_message_quotes_the_hedge_and_the_finding_points_at_it(tmp_path: Path) -> None:
    statement = point(
        "The official says “we assess” that the Russians have been pinched between Kherson "
        "and Mykolaiv.",
        [span(SEED_TEXT, PINCHED)],
        "official",
        "Senior Pentagon official (unnamed)",
    )
    found = coded(reviewed(tmp_path, SEED_TEXT, takeaways=[statement]), "dropped-hedge")
    assert [f.message for f in found] == [
        "the evidence says “kind of gotten pinched”; the statement keeps no such qualifier "
        "(a softener: kind of, somewhat, partly…)"
    ]
    (where,) = found[0].spans
    assert SEED_TEXT[where[0] : where[1]] == "kind of"


def test_each_family_dropped_is_its_own_finding(tmp_path: Path) -> None:
    statement = point("The Russians have been pinched.", [span(SEED_TEXT, PINCHED)])
    found = coded(reviewed(tmp_path, SEED_TEXT, takeaways=[statement]), "dropped-hedge")
    assert [(f.field, SEED_TEXT[f.spans[0][0] : f.spans[0][1]]) for f in found] == [
        ("takeaways[0]", "assess"),
        ("takeaways[0]", "kind of"),
    ]


def test_a_hedge_outside_the_evidence_is_not_asked_of_the_statement(tmp_path: Path) -> None:
    report = "Perhaps it rains. The sun shines."
    statement = point("The sun shines.", [span(report, "The sun shines.")])
    assert coded(reviewed(tmp_path, report, takeaways=[statement]), "dropped-hedge") == []


def test_summaries_and_points_are_held_to_their_evidence_too(tmp_path: Path) -> None:
    report = "The bridge was reportedly hit. Repairs began."
    hit = span(report, "The bridge was reportedly hit.")
    takeaway = point("Repairs began.", [span(report, "Repairs began.")])
    found = reviewed(
        tmp_path,
        report,
        takeaways=[takeaway],
        regions=[
            region(
                "The bridge was hit.",
                [hit],
                points=[point("The bridge was hit.", [hit])],
            )
        ],
    )
    assert [f.field for f in coded(found, "dropped-hedge")] == [
        "regions[0].summary",
        "regions[0].points[0]",
    ]
