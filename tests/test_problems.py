"""One-line messages: a quote that differs from its report says where and how; all stay on one line."""

from __future__ import annotations

from viewer.problems import BriefingError, Problem, quote_difference, single_line

REPORT = "The official said “they have\u00a0a third left” on Tuesday."
START, END = REPORT.index("“"), REPORT.index("”") + 1


def test_the_first_different_character_is_named_by_its_place_in_the_report() -> None:
    text = "“they have about a third left”"
    message = quote_difference(REPORT, START, END, text)
    at = REPORT.index("\u00a0")
    assert message == (
        f"the text differs from the report at character {at}: "
        "the report has “…“they have\\u00a0a third left” on Tu…”, "
        "the file has ““they have about a third left””"
        " (U+00A0 no-break space in the report, U+0020 space in the file)"
    )


def test_lookalike_characters_are_named_and_different_letters_are_not() -> None:
    curly = quote_difference("it’s", 0, 4, "it's")
    assert curly.endswith(
        "(U+2019 right single quotation mark in the report, U+0027 apostrophe in the file)"
    )
    letters = quote_difference("cat", 0, 3, "cut")
    assert letters == (
        "the text differs from the report at character 1: the report has “cat”, the file has “cut”"
    )


def test_shifted_offsets_say_where_the_text_is() -> None:
    text = REPORT[START:END]
    message = quote_difference(REPORT, START + 2, END + 2, text)
    assert message.endswith(f"; that text is in the report at {START}–{END}")


def test_a_span_shorter_than_the_text_says_where_it_ends() -> None:
    text = REPORT[START:END]
    message = quote_difference(REPORT, START, END - 3, text)
    assert message.startswith(
        f"the text differs from the report at character {END - 3}: "
        f"the quote's characters end there (end is {END - 3}), the file has “…"
    )


def test_messages_stay_on_one_line_with_invisible_characters_shown() -> None:
    assert single_line("a\nb\tc\u00a0d\x07") == "a\\nb\\tc\\u00a0d\\u0007"
    error = BriefingError("f.json", [Problem("bad\nline", "title")])
    assert error.one_line() == "f.json: title: bad\\nline"


def test_a_refusal_keeps_every_problem_and_counts_the_rest() -> None:
    problems = [Problem(f"problem {i}", f"takeaways[{i}]") for i in range(25)]
    error = BriefingError("f.json", problems)
    assert error.problems == problems
    assert error.one_line() == "f.json: takeaways[0]: problem 0 … and 24 more problems"
