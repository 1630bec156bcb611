"""``draft``: what a briefing marked as a draft still lacks before it can be final."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.helpers.review import briefing, coded, quote, region, reviewed

REPORT = "“We stay,” he said. “We go.” Rain came."


def drafted(tmp_path: Path, **parts: Any) -> list[str]:
    data = briefing(REPORT, status="draft", **parts)
    return [f"{f.field}: {f.message}" for f in coded(reviewed(tmp_path, REPORT, data), "draft")]


def test_an_empty_draft_lacks_takeaways_and_regions(tmp_path: Path) -> None:
    assert drafted(tmp_path, regions=[]) == [
        "takeaways: the draft has no takeaways yet",
        "regions: the draft has no regions yet",
    ]


def test_a_draft_quote_not_placed_with_a_pronoun_and_no_cue_says_all_three(
    tmp_path: Path,
) -> None:
    found = drafted(tmp_path, quotes=[quote(REPORT, "“We go.”", speaker="he")])
    assert found[1:] == [
        "quotes[0]: the quote “We go.” is not yet placed in a region",
        "quotes[0]: the quote “We go.” has only a pronoun, “he”, for its speaker; "
        "name them as the report does",
        "quotes[0]: the quote “We go.” has neither a cue (the report's words of "
        "attribution) nor a note saying how it was attributed",
    ]


def test_a_placed_quote_with_a_speaker_and_a_cue_or_a_note_lacks_nothing(
    tmp_path: Path,
) -> None:
    quotes = [
        quote(REPORT, "“We stay,”", speaker="the mayor", cue="he said"),
        quote(REPORT, "“We go.”", speaker="the mayor", note="Follows the mayor's remark."),
    ]
    found = drafted(tmp_path, regions=[region(REPORT, [[0, len(REPORT)]], quotes=quotes)])
    assert found == ["takeaways: the draft has no takeaways yet"]


def test_a_final_briefing_is_no_draft(tmp_path: Path) -> None:
    data = briefing(REPORT, regions=[region(REPORT, [[0, len(REPORT)]], quotes=[])])
    data["takeaways"] = [
        {"text": REPORT, "kind": "reported", "attribution": "The report", "evidence": [[0, 5]]}
    ]
    data["regions"][0]["quotes"] = [quote(REPORT, "“We go.”", speaker="he")]
    assert coded(reviewed(tmp_path, REPORT, data), "draft") == []
