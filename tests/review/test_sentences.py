"""The report's sentences and quotations, as the reviewer cuts them: exact code-point offsets."""

from __future__ import annotations

import pytest

from tests.helpers.paths import SEED
from viewer.review.passages import quotations, sentences


def cut(text: str) -> list[str]:
    return [text[start:end] for start, end in sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One here. Two there.", ["One here.", "Two there."]),
        ("Really? Yes! Fine.", ["Really?", "Yes!", "Fine."]),
        (
            "“We left,” he said. “We stay.” Then quiet.",
            ["“We left,” he said.", "“We stay.”", "Then quiet."],
        ),
        ("He said “no.” Then he left.", ["He said “no.”", "Then he left."]),
        ("“Stop!” he said. They did.", ["“Stop!” he said.", "They did."]),
        ("Gen. Smith and Dr. Jones met Mr. Brown.", ["Gen. Smith and Dr. Jones met Mr. Brown."]),
        ("The U.S. Army left. It rained.", ["The U.S. Army left.", "It rained."]),
        ("J. K. Rowling wrote it.", ["J. K. Rowling wrote it."]),
        ("It rose 3.5 percent. Then fell.", ["It rose 3.5 percent.", "Then fell."]),
        ("It ended... and began again.", ["It ended... and began again."]),
        (
            "Title without a stop\n\nThe body. Its end.",
            ["Title without a stop", "The body.", "Its end."],
        ),
        ("A line\nthat wraps. Next.", ["A line\nthat wraps.", "Next."]),
        ("Left.\xa0Right.", ["Left.", "Right."]),
        ("\xa0 “Spaced,” he said.\n\n", ["“Spaced,” he said."]),
        ("Ends at 5 p.m. and then.", ["Ends at 5 p.m. and then."]),
        ("Number 9. 10 more came.", ["Number 9.", "10 more came."]),
        ("See No. 9 and Nos. 10. Then stop.", ["See No. 9 and Nos. 10.", "Then stop."]),
        ("He said no. Then he left.", ["He said no.", "Then he left."]),
    ],
)
def test_sentences_end_where_a_reader_would_end_them(text: str, expected: list[str]) -> None:
    assert cut(text) == expected


def test_offsets_count_code_points_not_bytes_or_utf16_units() -> None:
    text = "🙂 One. Two é.\r\n\r\nThree."
    spans = sentences(text)
    assert spans == [(0, 6), (7, 13), (17, 23)]
    assert [text[s:e] for s, e in spans] == ["🙂 One.", "Two é.", "Three."]


def test_the_seed_has_its_sentences_and_its_eight_quotations() -> None:
    text = SEED.read_bytes().decode("utf-8")
    found = cut(text)
    assert found[0].startswith("Two-thirds")
    assert found[0].endswith("said Monday.")
    assert "“We do begin to see them consolidating in Belarus." in found
    assert found[-1].endswith("” he added.")
    assert len(found) == 21
    assert len(quotations(text)) == 8
    assert all(text[s] == "“" and text[e - 1] == "”" for s, e in quotations(text))


def test_a_quotation_left_open_runs_to_the_end_of_its_paragraph() -> None:
    text = "“We go on.\n\n“And on,” he said."
    assert [text[s:e] for s, e in quotations(text)] == ["“We go on.", "“And on,”"]


def test_straight_quotation_marks_are_quotations_too() -> None:
    text = 'He said "we stay" and left.'
    assert [text[s:e] for s, e in quotations(text)] == ['"we stay"']
