"""The quote scanner, one rule per test, on texts made for the rule."""

from __future__ import annotations

import pytest

from viewer.authoring.paragraphs import paragraphs
from viewer.authoring.quotes import FoundQuote, find_quotes


def scan(text: str) -> list[FoundQuote]:
    return find_quotes(text, paragraphs(text))


def texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan(text)]


def test_curly_quotes_are_found_with_their_marks() -> None:
    text = "The mayor said “the bridge will reopen” on Monday. “It is safe,” she added."
    assert texts(text) == ["“the bridge will reopen”", "“It is safe,”"]


def test_straight_quotes_open_and_close_by_where_they_stand() -> None:
    text = '"We will win," he said."So that is settled." Then "more" came.'
    assert texts(text) == ['"We will win,"', '"So that is settled."', '"more"']


def test_a_straight_mark_where_quotes_close_never_opens_one() -> None:
    assert texts('The 12" pipe cost "more" than the 6" one.') == ['"more"']
    assert texts('Pipes of 12", 6" and "more" sizes.') == ['"more"']


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«Nous sommes là», plaide Valls.", ["«Nous sommes là»"]),
        ("« Avec des espaces », dit-il.", ["« Avec des espaces »"]),
        ("»Hallo«, sagte er.", ["»Hallo«"]),
        ("„Ja“, sagte sie, ‚nein‘ nicht.", ["„Ja“", "‚nein‘"]),
        ("Hon sa ”vi kommer” igår.", ["”vi kommer”"]),
    ],
)
def test_guillemets_and_other_languages_marks(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_single_quotes_inside_double_quotes_are_part_of_the_outer_quote() -> None:
    text = "“He called it ‘a defeat’ and ‘a shame’,” she said."
    assert texts(text) == ["“He called it ‘a defeat’ and ‘a shame’,”"]


@pytest.mark.parametrize(
    "text",
    [
        "They’re sure Russia’s army of the ’90s loved rock ’n’ roll, the students’ union said.",
        "They're sure Russia's army of the '90s loved rock 'n' roll, the students' union said.",
        "‘Tis said they’ve ‘em all, since the ‘90s.",
    ],
)
def test_apostrophes_are_never_quotes(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("‘The students’ union voted,’ he said.", ["‘The students’ union voted,’"]),
        ("'The students' union voted,' he said.", ["'The students' union voted,'"]),
        (
            "‘I love rock ’n’ roll from the ’90s,’ she said.",
            ["‘I love rock ’n’ roll from the ’90s,’"],
        ),
        ("He called it ‘a defeat’ and left.", ["‘a defeat’"]),
        ("‘They’re here, in Russia’s west,’ she said.", ["‘They’re here, in Russia’s west,’"]),
    ],
)
def test_apostrophes_inside_single_quotes_do_not_close_them(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_quotation_over_several_paragraphs_is_one_quote_per_paragraph() -> None:
    text = "“We will fight on.\n\n“We will win.\n\n“And then we rest,” he said.\n\nLater, he left."
    found = scan(text)
    assert [text[q.start : q.end] for q in found] == [
        "“We will fight on.",
        "“We will win.",
        "“And then we rest,”",
    ]
    assert [q.continues for q in found] == [True, True, False]


def test_an_unclosed_mark_is_bounded_to_its_paragraph() -> None:
    text = "He said “hello. Then he left.\n\nAnother paragraph with “a quote” in it.\n\nThe end."
    found = scan(text)
    assert [text[q.start : q.end] for q in found] == ["“hello. Then he left.", "“a quote”"]
    assert [(q.closed, q.continues) for q in found] == [(False, False), (True, False)]


def test_a_stray_opening_mark_does_not_swallow_the_quote_after_it() -> None:
    assert texts("The “so-called deal was “a disaster,” he said.") == ["“a disaster,”"]


def test_a_hard_wrapped_paragraph_keeps_a_quote_across_its_lines() -> None:
    lines = [
        "The minister spoke to reporters outside the building on Monday. She said",
        "“we will not accept any delay to the repairs, whatever the cost turns out",
        "to be,” and went back inside. Her deputy said nothing further about the",
        "repairs or about the cost of the work that is still needed on the bridge.",
    ]
    text = "\n".join(lines) + "\n"
    assert texts(text) == [
        "“we will not accept any delay to the repairs, whatever the cost turns out\nto be,”"
    ]


def test_lines_of_a_text_that_is_not_wrapped_are_paragraphs() -> None:
    lines = [
        "The minister said on Monday that “we will not accept any delay at all.",
        "“Nobody will,” her deputy said after the long meeting at the town hall.",
        "The meeting ended at noon.",
        "They all went home.",
        "Nothing more was said.",
    ]
    text = "\n".join(lines)
    found = scan(text)
    assert [text[q.start : q.end] for q in found] == [
        "“we will not accept any delay at all.",
        "“Nobody will,”",
    ]
    assert found[0].continues
