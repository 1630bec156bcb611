"""The strict JSON reader refuses what the standard parser lets through, saying where and what, in words."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.json_syntax import describe
from viewer.problems import Problem
from viewer.strict_json import MAX_DEPTH, JsonRefused, decode_utf8, parse

LINE_COL = re.compile(r"\d+:\d+")


def refused(text: str) -> Problem:
    with pytest.raises(JsonRefused) as caught:
        parse(text)
    return caught.value.problem


def test_duplicate_key_is_named_at_its_second_occurrence() -> None:
    problem = refused('{"a": {"id": 1,\n  "x": {"id": 2}, "id": 3}}')
    assert problem.where == "2:19"  # the opening quote of the second "id"
    assert problem.message == (
        "the key “id” appears twice in one object (first at 1:8); expected each key once per object"
    )


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_constants_are_refused_where_they_stand(constant: str) -> None:
    problem = refused('{"start":\n   ' + constant + "}")
    assert problem.where == "2:4"
    assert "expected a finite number" in problem.message


def test_huge_numbers_are_refused() -> None:
    assert "too large" in refused("[1e400]").message
    assert refused("[" + "9" * 5000 + "]").message == (
        "a whole number with 5000 digits; expected at most 30 digits"
    )


def test_nesting_deeper_than_the_limit() -> None:
    ok = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    parse(ok)
    problem = refused("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))
    assert problem.where == f"1:{MAX_DEPTH + 1}"
    assert refused("[" * 100_000).message.startswith("objects and lists nested deeper than 64")


def test_lone_surrogates_are_refused_with_their_field_path() -> None:
    problem = refused('{"regions": [{"name": "a\\ud800b"}]}')
    assert problem.where == "regions[0].name"
    assert parse('"\\ud83d\\ude00"') == "😀", "a surrogate pair is a valid escape"


def test_invalid_utf8_names_the_byte_and_where_it_is() -> None:
    with pytest.raises(JsonRefused) as caught:
        decode_utf8(b'{\n "title": "caf\xe9"}')
    problem = caught.value.problem
    assert problem.where == "2:15"
    assert problem.message.startswith("not valid UTF-8: byte 0xE9 at byte offset 16")
    assert problem.message.endswith("expected UTF-8")


def test_utf8_bom_is_ignored_and_utf16_refused() -> None:
    assert parse(decode_utf8(b'\xef\xbb\xbf{"a": 1}')) == {"a": 1}
    with pytest.raises(JsonRefused, match="the file is UTF-16 text"):
        decode_utf8('{"a": 1}'.encode("utf-16"))
    with pytest.raises(JsonRefused, match="UTF-16 or UTF-32"):
        decode_utf8('{"a": 1}'.encode("utf-16-le"))


# -- Python's JSON syntax errors, in words ------------------------------------

TWELVE_LINES = "{\n" + "".join(f'  "k{i}": {i},\n' for i in range(10)) + "    }"

#: (JSON text, where, the message): one or more for each message the decoder has.
SYNTAX_ERRORS = [
    # Expecting value
    ("", "1:1", "the file is empty; expected a JSON object"),
    (" \n\t ", "2:3", "the file holds only spaces and line breaks; expected a JSON object"),
    (
        "<html>",
        "1:1",
        "this is not JSON: it starts with '<'; expected '{', the start of a JSON object",
    ),
    (
        '{"a": [1,\n  ]}',
        "1:9",
        "a comma before ']' at 2:3: nothing may follow the last item of a list; remove the comma",
    ),
    ("[1,,2]", "1:4", "two commas in a row (the first at 1:3); expected a value between them"),
    ("[,1]", "1:2", "a comma right after '['; expected a value or ']'"),
    (
        '{"a":',
        "1:6",
        "the file ends where a value was expected, after ':' at 1:5; it may have been cut short",
    ),
    (
        '{"a": }',
        "1:7",
        "expected a value for the field “a” (text in double quotes, a number, true, false, "
        "null, {…} or […]), found '}'",
    ),
    ('{"a": True}', "1:7", "found 'True'; JSON writes true and false in lower case"),
    ('{"a": None}', "1:7", "found 'None'; JSON writes null"),
    ('{"a": +1}', "1:7", "found '+'; a JSON number has no plus sign"),
    ('{"a": .5}', "1:7", "found '.'; a JSON number starts with a digit (0.5, not .5)"),
    ("{\"a\": 'x'}", "1:7", "found a single quote ('); JSON puts text and field names in"),
    ('{"a": abc}', "1:7", "found 'abc'; text goes in double quotes, like \"abc\""),
    # Expecting property name enclosed in double quotes
    (
        TWELVE_LINES,
        "11:10",
        "a comma before '}' at 12:5: nothing may follow the last field of an object; "
        "remove the comma",
    ),
    ("{'a': 1}", "1:2", "expected a field name in double quotes, found a single quote (')"),
    ("{a: 1}", "1:2", "found 'a' where a field name was expected; a field name goes in double"),
    ("{“a”: 1}", "1:2", "found '“'; curly quotation marks do not count, JSON needs straight"),
    ("{,}", "1:2", "a comma right after '{'; expected a field name in double quotes"),
    ('{"a": 1,', "1:9", "the file ends inside the object that opens at 1:1; expected a field"),
    # Expecting ':' delimiter
    ('{"title" "x"}', "1:10", "expected ':' after the field name “title”, found '\"x\"'"),
    ('{"title"', "1:9", "the file ends after the field name “title”; expected ':' and a value"),
    # Expecting ',' delimiter
    (
        '{"a": 1\n "b": 2}',
        "2:2",
        "expected ',' or '}' in the object that opens at 1:1, found '\"b\"'; is a comma missing",
    ),
    ("[1 2]", "1:4", "expected ',' or ']' in the list that opens at 1:1, found '2'; is a comma"),
    (
        '{"a": [1, 2',
        "1:12",
        "the file ends inside the list that opens at 1:7; expected ',' or ']'; it may have "
        "been cut short",
    ),
    ('{"a": 1 // note\n}', "1:9", "found '/'; JSON has no comments"),
    ('{"a": 012}', "1:8", "a JSON number does not start with 0 (write 12, not 012)"),
    ('{"a": 0x1F}', "1:8", "found 'x1F'; JSON numbers are decimal"),
    ('{"a": 1.}', "1:8", "found '.'; a JSON number needs a digit after its point"),
    # Unterminated string starting at: placed where the file ends
    (
        '{\n  "format": "briefing/1",\n  "title":   "Two-thirds',
        "3:25",
        "the file ends inside a string that starts at 3:14; expected a closing '\"'",
    ),
    # Invalid control character at
    (
        '{"title": "Two\nthirds"}',
        "1:15",
        "a line break inside the string that starts at 1:11: close the string with '\"' before "
        "the line ends, or write the line break as \\n",
    ),
    ('{"a": "x\ty"}', "1:9", "a tab character inside the string that starts at 1:7; write it as"),
    ('{"a": "x\x01"}', "1:9", "the control character U+0001 inside the string that starts at 1:7"),
    # Invalid \escape, Invalid \uXXXX escape: placed at the backslash
    (
        '{"path": "C:\\Users"}',
        "1:13",
        "'\\U' is not a JSON escape: after a backslash JSON allows only",
    ),
    (
        '{"a": "\\u12"}',
        "1:8",
        "'\\u12\"' is not a complete \\u escape; expected four hexadecimal digits",
    ),
    # Extra data
    (
        '{"a": 1}\n{"b": 2}',
        "2:1",
        "more after the end of the JSON, which ends at 1:8: found '{'; a briefing file holds",
    ),
]


@pytest.mark.parametrize(
    ("text", "where", "message"), SYNTAX_ERRORS, ids=[repr(case[0])[:30] for case in SYNTAX_ERRORS]
)
def test_syntax_errors_say_what_was_found_and_expected_and_where(
    text: str, where: str, message: str
) -> None:
    problem = refused(text)
    assert problem.where == where
    assert message in problem.message


def test_every_message_of_the_decoder_is_reworded() -> None:
    """The decoder's own wording ("Expecting value", "Extra data") never reaches a reader."""
    seen = set()
    for text, _, _ in SYNTAX_ERRORS:
        try:
            json.loads(text)
        except json.JSONDecodeError as error:
            seen.add(re.sub(r" at$|: .*", "", error.msg))
        assert not re.search(r"Expecting|Unterminated|Invalid|Extra data", refused(text).message)
    assert seen >= {
        "Expecting value",
        "Expecting property name enclosed in double quotes",
        "Expecting ':' delimiter",
        "Expecting ',' delimiter",
        "Unterminated string starting",
        "Invalid control character",
        "Invalid \\escape",
        "Invalid \\uXXXX escape",
        "Extra data",
    }


def test_newer_pythons_trailing_comma_message_is_placed_at_the_comma_too() -> None:
    # Python 3.13 reports "Illegal trailing comma before end of object" at the comma.
    problem = describe("Illegal trailing comma before end of object", '{"a": 1,\n}', 7)
    assert problem == Problem(
        "a comma before '}' at 2:1: nothing may follow the last field of an object; "
        "remove the comma",
        "1:8",
    )


def test_a_message_without_words_yet_still_names_its_place() -> None:
    problem = describe("Something new", '{"a": 1}', 3)
    assert problem == Problem("the JSON parser says: Something new", "1:4")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="{}[]:,\"\\ \n\tabtrue0-1.eE\x01'/", max_size=30))
def test_any_malformed_text_gets_words_and_a_line_and_column(text: str) -> None:
    try:
        parse(text)
    except JsonRefused as refusal:
        problem = refusal.problem
        assert "the JSON parser says" not in problem.message
        assert LINE_COL.fullmatch(problem.where), problem
        assert "\n" not in problem.message
