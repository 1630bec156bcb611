"""Loading refuses bad briefings with the field path and what was expected, and opens good ones."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.briefings import WriteBriefing
from viewer.loading import load_briefing
from viewer.problems import BriefingError


def refusal(path: Any) -> BriefingError:
    with pytest.raises(BriefingError) as caught:
        load_briefing(path)
    return caught.value


def test_quote_text_that_differs_from_the_source_is_refused_naming_the_quote(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["regions"][2]["quotes"][1]["text"] = "“become less aggressive”"
    error = refusal(write_briefing(briefing_data))
    assert str(error.problems[0]).startswith("regions[2].quotes[1].text: text does not match")


def test_malformed_json_is_refused_with_line_and_column(write_briefing: WriteBriefing) -> None:
    error = refusal(write_briefing('{\n  "format": "briefing/1",\n  "title": oops\n}'))
    assert str(error.problems[0]).startswith("3:12: ")


def test_every_problem_is_listed_and_counted(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["regions"][0]["quotes"][0]["end"] = -1
    briefing_data["regions"][1]["points"][0]["kind"] = "rumour"
    del briefing_data["title"]
    assert len(briefing_data["regions"][1]["points"]) > 0
    error = refusal(write_briefing(briefing_data))
    wheres = {problem.where for problem in error.problems}
    assert {"(top level)", "regions[0].quotes[0].end", "regions[1].points[0].kind"} <= wheres
    assert error.one_line().endswith("… and 2 more problems")
    kind = next(p for p in error.problems if p.where == "regions[1].points[0].kind")
    assert "'official'" in kind.message, "the message says which kinds are expected"


def test_duplicate_region_ids_and_reversed_offsets(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["regions"][1]["id"] = "kyiv"
    quote = briefing_data["regions"][0]["quotes"][0]
    quote["start"], quote["end"] = quote["end"], quote["start"]
    error = refusal(write_briefing(briefing_data))
    messages = [str(p) for p in error.problems]
    assert any(m.startswith('regions[1].id: duplicate region id "kyiv"') for m in messages)
    assert any(
        m.startswith("regions[0].quotes[0].end: end (215) must be greater") for m in messages
    )


def test_offsets_past_the_end_of_the_source(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["regions"][0]["quotes"][0]["end"] = 99_999
    error = refusal(write_briefing(briefing_data))
    assert "past the end of the source (2486 characters)" in str(error.problems[0])


def test_unknown_format_version_says_what_it_needs(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["format"] = "briefing/3"
    error = refusal(write_briefing(briefing_data))
    assert str(error.problems[0]) == (
        'format: this file needs format "briefing/3"; this app reads "briefing/2" and "briefing/1"'
    )


def test_a_missing_source_opens_with_quotes_unverified(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["source"]["path"] = "elsewhere/report.txt"
    briefing_data["regions"][0]["quotes"][0]["text"] = "“cannot be checked”"
    loaded = load_briefing(write_briefing(briefing_data))
    assert loaded.report.state == "missing"
    assert not loaded.report.verified


def test_a_changed_source_opens_with_quotes_unverified(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing, seed_text: str
) -> None:
    path = write_briefing(briefing_data)
    (path.parent / "report.txt").write_text(seed_text.replace("Kyiv", "Kiev"), encoding="utf-8")
    briefing_data["source"]["path"] = "report.txt"
    loaded = load_briefing(write_briefing(briefing_data))
    assert loaded.report.state == "changed"
    assert loaded.report.text is None, "a source that is not the briefing's is never shown"


def test_source_next_to_the_briefing_is_found_first(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing, seed_text: str
) -> None:
    path = write_briefing(briefing_data)
    (path.parent / "report.txt").write_bytes(seed_text.encode("utf-8"))
    briefing_data["source"]["path"] = "report.txt"
    loaded = load_briefing(write_briefing(briefing_data))
    assert loaded.report.verified
    assert loaded.report.path == path.parent / "report.txt"


def test_an_absolute_source_path_is_refused(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["source"]["path"] = "/etc/passwd"
    error = refusal(write_briefing(briefing_data))
    assert error.problems[0].where == "source.path"
