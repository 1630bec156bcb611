"""The cue finder and what a cue says: speaker, role, outlet and its relation, notes."""

from __future__ import annotations

from typing import Any

import pytest

from viewer.authoring.draft import scan


def only(text: str) -> dict[str, Any]:
    quotes = scan(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


def cue_text(text: str, quote: dict[str, Any]) -> str | None:
    return text[quote["cue"][0] : quote["cue"][1]] if quote["cue"] else None


def test_cue_after_the_quote() -> None:
    text = "“We will rebuild the bridge,” the minister said on Monday."
    quote = only(text)
    assert cue_text(text, quote) == "the minister said on Monday"
    assert quote["speaker"] == "the minister"


def test_cue_before_the_quote() -> None:
    text = "The minister told parliament: “We will rebuild the bridge.”"
    quote = only(text)
    assert cue_text(text, quote) == "The minister told parliament"
    assert quote["speaker"] == "the minister"  # capitalised only because the sentence starts


def test_inverted_cue_with_a_role() -> None:
    text = "“We will rebuild,” said John Smith, the mayor of Alder, on Monday."
    quote = only(text)
    assert cue_text(text, quote) == "said John Smith, the mayor of Alder, on Monday"
    assert (quote["speaker"], quote["role"]) == ("John Smith", "the mayor of Alder")


def test_cue_in_the_adjacent_sentence_is_used_and_flagged() -> None:
    text = "“We will rebuild,” the minister said. “Nobody should doubt it.”"
    first, second = scan(text)
    assert second["cue"] == first["cue"]
    assert second["speaker"] == "the minister"
    assert "sentence before" in second["note"]


def test_a_fragment_inside_reported_speech_takes_the_clause_that_carries_it() -> None:
    text = (
        "“We have not seen them move,” the official said, adding that the forces would "
        "“become more aggressive” in the region."
    )
    first, second = scan(text)
    assert cue_text(text, first) == "the official said"
    assert cue_text(text, second) == "the official said, adding"


def test_according_to_an_outlet() -> None:
    text = "“They have a third left,” the official said on grounds of anonymity, according to AFP."
    quote = only(text)
    assert cue_text(text, quote) == "the official said on grounds of anonymity, according to AFP"
    assert quote["outlet"] == {"name": "AFP", "relation": "according-to"}
    assert quote["anonymous"] is True


def test_told_an_outlet() -> None:
    text = "The fight goes on, but “there is no progress” in the city, the official told CNN."
    quote = only(text)
    assert cue_text(text, quote) == "the official told CNN"
    assert quote["outlet"] == {"name": "CNN", "relation": "told"}


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("“We are broke,” he told the Pittsburgh Tribune-Review.", "Pittsburgh Tribune-Review"),
        ("“We are broke,” he said in an interview with the BBC.", "BBC"),
        ("“We are broke,” he told CNN's Jake Tapper.", "CNN"),
    ],
)
def test_other_ways_of_telling_an_outlet(text: str, outlet: str) -> None:
    assert only(text)["outlet"] == {"name": outlet, "relation": "told"}


def test_told_people_who_are_not_an_outlet_names_no_outlet() -> None:
    quote = only("“We are broke,” the mayor told reporters.")
    assert quote["outlet"] is None
    assert quote["speaker"] == "the mayor"


def test_a_pronoun_speaker_is_kept_and_flagged() -> None:
    quote = only("He also assessed the south. “We assess that they are pinched,” he added.")
    assert quote["speaker"] == "he"
    assert quote["note"] == "The cue names the speaker only as “he”; say who it is."


def test_no_cue_gives_a_null_cue_and_a_note() -> None:
    quote = only("The road was closed for a week.\n\n“Nobody came to help us.”")
    assert quote["cue"] is None
    assert quote["speaker"] is None
    assert quote["note"].startswith("No attributing words were found")


def test_a_passive_verb_is_not_a_cue() -> None:
    quote = only("“No comment” was all he gave when Boehner was asked about it.")
    assert quote["cue"] is None


def test_an_outlet_that_reported_the_cue() -> None:
    text = "“It is over,” the mayor said, CNN reported."
    quote = only(text)
    assert cue_text(text, quote) == "the mayor said, CNN reported"
    assert quote["outlet"] == {"name": "CNN", "relation": "according-to"}


def test_anonymity_stated_just_after_the_cue() -> None:
    quote = only("“It is over,” according to the official, who asked not to be named.")
    assert (quote["speaker"], quote["anonymous"]) == ("the official", True)
