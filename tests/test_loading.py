"""Loading refuses bad briefings with the field path and what was expected, and opens good ones."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.helpers.briefings import WriteBriefing
from viewer.loading import load_briefing
from viewer.problems import BriefingError


def refusal(path: Any) -> BriefingError:
    with pytest.raises(BriefingError) as caught:
        load_briefing(path)
    return caught.value


def test_quote_text_that_differs_from_the_source_says_where_and_how(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    quote = briefing_data["regions"][2]["quotes"][1]
    assert quote["text"] == "“become more aggressive”"
    quote["text"] = "“become less aggressive”"
    problem = refusal(write_briefing(briefing_data)).problems[0]
    assert str(problem) == (
        "regions[2].quotes[1].text: the text differs from the report at character "
        f"{quote['start'] + 8}: the report has “…“become more aggressive” in …”, "
        "the file has ““become less aggressive””"
    )
    assert problem.reader_where == "Donbas, quote 2"


def test_a_quote_whose_offsets_are_shifted_says_where_its_text_is(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing, seed_text: str
) -> None:
    quote = briefing_data["regions"][0]["quotes"][0]
    quote["start"] += 1
    quote["end"] += 1
    message = refusal(write_briefing(briefing_data)).problems[0].message
    assert message.startswith("the text differs from the report at character 216: ")
    assert "(U+0054 latin capital letter t in the report, U+201C left double quotation" in message
    assert message.endswith("; that text is in the report at 215–295")
    assert seed_text[215:295] == quote["text"]


def test_a_quote_cut_short_says_the_file_text_ends(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    quote = briefing_data["regions"][0]["quotes"][0]
    quote["text"] = quote["text"][:-5]
    message = refusal(write_briefing(briefing_data)).problems[0].message
    assert ", the file's text ends there; that text is in the report at 215–290" in message


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
    assert "“official”" in kind.message, "the message says which kinds are expected"
    assert {p.reader_where for p in error.problems} == {
        "The briefing",
        "Kyiv, quote 1, end",
        "Belarus, point 1, kind",
    }


def test_every_problem_is_kept_however_many(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    for _ in range(40):
        briefing_data["takeaways"].append(dict(briefing_data["takeaways"][0], kind="rumour"))
    error = refusal(write_briefing(briefing_data))
    assert len(error.problems) == error.total == 40
    assert error.one_line().endswith("… and 39 more problems")


def test_regions_are_named_by_the_file_unless_their_name_cannot_be_read(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["regions"][0]["id"] = "Kyiv City"
    briefing_data["regions"][1]["id"] = "Belarus!"
    briefing_data["regions"][1]["name"] = 7
    error = refusal(write_briefing(briefing_data))
    assert [p.reader_where for p in error.problems] == [
        "Kyiv, id",
        "Region 2, id",
        "Region 2, name",
    ]
    assert [p.where for p in error.problems] == [
        "regions[0].id",
        "regions[1].id",
        "regions[1].name",
    ]


SCHEMA_BREAKS = {
    "slug": lambda d: d["regions"][0].update(id="Kyiv City"),
    "sha256": lambda d: d["source"].update(sha256="ABC"),
    "kind": lambda d: d["takeaways"][0].update(kind="rumour"),
    "missing": lambda d: d["regions"][0]["quotes"][0].pop("speaker"),
    "unknown": lambda d: d["source"].update(url="x"),
    "type": lambda d: d["regions"][0]["quotes"][0].update(anonymous="yes"),
    "nullable": lambda d: d["source"].update(author=3),
    "empty": lambda d: d["regions"][0].update(summary=""),
    "long": lambda d: d["regions"][0].update(id="a" * 70),
    "whole": lambda d: d["regions"][0]["quotes"][0].update(end=295.0),
}


@pytest.mark.parametrize("edit", SCHEMA_BREAKS.values(), ids=SCHEMA_BREAKS.keys())
def test_schema_messages_are_words_not_patterns_or_reprs(
    edit: Any, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    edit(briefing_data)
    message = refusal(write_briefing(briefing_data)).problems[0].message
    assert message.startswith(("expected", "the field", "unknown field", "this is empty"))
    # No regular expression, no Python repr ('x', True, None), no msgspec `type` names.
    assert not re.search(r"[\^$`']|\{\d|\bstr\b|\bint\b|True|None|array|string", message)


def test_types_are_named_in_words(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    quote = briefing_data["regions"][0]["quotes"][0]
    quote.update(anonymous="yes", start=None, speaker=[1, 2])
    briefing_data["regions"][1]["points"] = {}
    messages = {p.where: p.message for p in refusal(write_briefing(briefing_data)).problems}
    assert messages == {
        "regions[0].quotes[0].anonymous": "expected true or false, found the text “yes”",
        "regions[0].quotes[0].start": "expected a whole number, found null",
        "regions[0].quotes[0].speaker": "expected text or null, found a list of 2 items",
        "regions[1].points": "expected a list, found an object",
    }


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
