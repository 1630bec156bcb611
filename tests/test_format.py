"""Format briefing/2: every span is checked and named by its field path; briefing/1 still opens; drafts."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.helpers.briefings import WriteBriefing
from tests.helpers.paths import BRIEFING_V1
from viewer.loading import load_briefing
from viewer.problems import BriefingError


def problems_of(path: Any) -> list[str]:
    with pytest.raises(BriefingError) as caught:
        load_briefing(path)
    return [str(problem) for problem in caught.value.problems]


@pytest.mark.parametrize(
    ("where", "span", "expected"),
    [
        ("regions[0].points[0].evidence[0]", [40, 30], "[40, 30]: the end must be greater"),
        ("regions[0].points[0].evidence[0]", [0, 9999], "ends past the end of the report (2486"),
        ("takeaways[1].evidence[0]", [5, 5], "the end must be greater than the start"),
        ("regions[2].summary_evidence[0]", [2480, 2490], "past the end of the report"),
        ("regions[3].quotes[0].cue", [2200, 2100], "the end must be greater"),
        ("not_content[0].span", [700, 9000], "past the end of the report"),
    ],
)
def test_a_bad_span_is_refused_naming_its_field_path(
    briefing_data: dict[str, Any],
    write_briefing: WriteBriefing,
    where: str,
    span: list[int],
    expected: str,
) -> None:
    target: Any = briefing_data
    *parents, last = where.replace("]", "").replace("[", ".").split(".")
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    target[int(last) if last.isdigit() else last] = span
    found = problems_of(write_briefing(briefing_data))
    assert [p for p in found if p.startswith(f"{where}: ") and expected in p], found


def test_spans_past_an_unverified_report_are_not_guessed_at(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    """Without the report its length is unknown: only the order of the ends is checked."""
    briefing_data["source"]["path"] = "gone.txt"
    briefing_data["regions"][0]["points"][0]["evidence"] = [[0, 99999]]
    loaded = load_briefing(write_briefing(briefing_data))
    assert not loaded.report.verified


def test_a_statement_without_evidence_is_refused(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["regions"][1]["points"][0]["evidence"] = []
    del briefing_data["regions"][2]["summary_evidence"]
    found = problems_of(write_briefing(briefing_data))
    assert any(p.startswith("regions[1].points[0].evidence: ") for p in found), found
    assert any(p.startswith("regions[2]: ") and "summary_evidence" in p for p in found), found


def test_a_briefing_1_file_still_opens_and_keeps_its_words_as_the_files() -> None:
    loaded = load_briefing(BRIEFING_V1)
    assert loaded.briefing.format == "briefing/1"
    assert loaded.report.verified
    quote = loaded.briefing.regions[0].quotes[0]
    assert quote.cue is None, "briefing/1 has no cue: its 'via' is not the report's words"
    legacy = loaded.legacy_quotes["regions[0].quotes[0]"]
    assert legacy.outlet == "AFP"
    assert legacy.via == "the official said on grounds of anonymity, according to AFP"
    assert all(not point.evidence for point in loaded.briefing.takeaways)


def test_a_draft_may_have_no_takeaways_or_regions_and_keep_its_quotes_apart(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    quotes = [q for region in briefing_data["regions"] for q in region["quotes"]]
    draft = {**briefing_data, "status": "draft", "takeaways": [], "regions": [], "quotes": quotes}
    loaded = load_briefing(write_briefing(draft))
    assert loaded.briefing.is_draft
    assert loaded.briefing.quote_count == 8


def test_a_finished_briefing_needs_takeaways_regions_and_placed_quotes(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    quote = briefing_data["regions"][0]["quotes"][0]
    unfinished = {**briefing_data, "takeaways": [], "quotes": [quote]}
    found = problems_of(write_briefing(unfinished))
    assert any(p.startswith("takeaways: ") and '"status": "draft"' in p for p in found), found
    assert any(p.startswith("quotes: ") and "places every quote in a region" in p for p in found)


def test_an_unplaced_quote_of_a_draft_is_checked_against_the_report(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    quote = dict(briefing_data["regions"][0]["quotes"][0], text="“not the report”")
    draft = {**briefing_data, "status": "draft", "quotes": [quote]}
    found = problems_of(write_briefing(draft))
    assert any(p.startswith("quotes[0].text: ") for p in found), found


def test_the_schema_accepts_both_versions(briefing_data: dict[str, Any]) -> None:
    import jsonschema

    from viewer.schema import schema_text

    validator = jsonschema.Draft202012Validator(json.loads(schema_text()))
    validator.validate(briefing_data)
    validator.validate(json.loads(BRIEFING_V1.read_text(encoding="utf-8")))
    draft = {**briefing_data, "status": "draft", "takeaways": [], "regions": []}
    validator.validate(draft)
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({**briefing_data, "takeaways": []})
