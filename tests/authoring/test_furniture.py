"""The scaffold sets aside a site's link lines and advertisement markers, and nothing of the report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.helpers.paths import BUNDLED, SEED
from viewer.authoring.draft import SourceMeta, draft_briefing
from viewer.loading import load_briefing
from viewer.review.runner import review


def declared(text: str) -> list[str]:
    """The passages a draft of ``text`` declares not content."""
    data = draft_briefing(text, "report.txt", text.encode(), SourceMeta(), "Draft")
    return [text[start:end] for start, end in (d["span"] for d in data["not_content"])]


REPORT = (
    "Troops pulled back from the city on Monday, officials said.\n\n"
    "{line}\n\n"
    "“We will rebuild,” the mayor said.\n"
)


def test_the_seeds_also_read_lines_are_declared_as_the_bundled_briefing_declares_them() -> None:
    text = SEED.read_text(encoding="utf-8")
    data = draft_briefing(text, "report.txt", SEED.read_bytes(), SourceMeta(), "Draft")
    bundled: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
    assert data["not_content"] == bundled["not_content"]


def test_a_link_line_with_its_separator_is_declared() -> None:
    for line in (
        "READ MORE: Talks resume in the capital",
        "Also read | Why the bridge matters",
        "Related stories — The week in review",
        "Watch » Convoys on the coast road",
    ):
        assert declared(REPORT.format(line=line)) == [line], line


def test_a_sentence_that_opens_like_a_link_line_is_the_report() -> None:
    for line in (
        "Read more about the talks in the weekly bulletin, the ministry said.",
        "Watchers of the talks expect no change.",
        "Also reading the statement, the envoy paused.",
    ):
        assert declared(REPORT.format(line=line)) == [], line


def test_an_advertisement_marker_is_declared() -> None:
    assert declared(REPORT.format(line="ADVERTISEMENT")) == ["ADVERTISEMENT"]
    assert declared(REPORT.format(line="Story continues below advertisement")) == [
        "Story continues below advertisement"
    ]


def test_a_long_paragraph_or_one_holding_a_quote_is_never_set_aside() -> None:
    long_line = "Watch: " + " ".join(["the convoys moved along the road"] * 6) + "."
    quoted = "Watch: “We are leaving tonight,” the commander said."
    assert declared(REPORT.format(line=long_line)) == []
    assert declared(REPORT.format(line=quoted)) == []


def test_the_reviewer_does_not_list_a_declared_line_as_left_out(tmp_path: Path) -> None:
    line = "READ MORE: Talks resume in the capital"
    text = REPORT.format(line=line)
    (tmp_path / "report.txt").write_text(text, encoding="utf-8")
    data = draft_briefing(text, "report.txt", text.encode(), SourceMeta(), "Draft")
    (tmp_path / "draft.json").write_text(json.dumps(data), encoding="utf-8")
    findings = review(load_briefing(tmp_path / "draft.json"))
    left_out = [f.message for f in findings if f.code == "uncited"]
    assert left_out, "the report's own sentences are still listed"
    assert not any("READ MORE" in message for message in left_out)
