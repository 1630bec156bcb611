"""The reviewer as a whole: findings in the order of the report, and what it does without the report."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.review import briefing, point, reviewed, span, write
from viewer.loading import load_briefing
from viewer.review import review

REPORT = "Perhaps it rains. On Monday the river rose. The town fell."


def test_findings_come_in_the_order_of_the_report(tmp_path: Path) -> None:
    fell = point("The town fell.", [span(REPORT, "The town fell.")], "official", "The mayor")
    rains = point("It rains.", [span(REPORT, "Perhaps it rains.")])
    rose = point("On Tuesday the river rose.", [span(REPORT, "On Monday the river rose.")])
    found = reviewed(tmp_path, REPORT, takeaways=[fell, rains, rose])
    assert [(f.field, f.code) for f in found] == [
        ("takeaways[1]", "dropped-hedge"),
        ("takeaways[2]", "unsupported-detail"),
        ("takeaways[0]", "voice"),
    ]
    assert all(f.severity == "finding" for f in found)


def test_without_its_report_only_what_needs_no_report_is_checked(tmp_path: Path) -> None:
    rains = point("It rains.", [span(REPORT, "Perhaps it rains.")], "official", "The mayor")
    again = point("It rains.", [span(REPORT, "Perhaps it rains.")])
    path = write(tmp_path, REPORT, briefing(REPORT, takeaways=[rains, again]))
    (tmp_path / "report.txt").write_text(REPORT + " Edited.", encoding="utf-8")
    found = review(load_briefing(path))
    assert [(f.field, f.code) for f in found] == [
        ("source", "report-unverified"),
        ("takeaways[1]", "inconsistent"),
    ]
    assert found[0].message.startswith("the report is not the one the briefing was made from (")
    assert found[0].message.endswith(
        "; hedges, details, voices and uncited sentences were not checked"
    )
    (tmp_path / "report.txt").unlink()
    found = review(load_briefing(path))
    assert found[0].message.startswith("the report was not found (")
