"""The strict JSON reader refuses what the standard parser lets through, saying where."""

from __future__ import annotations

import pytest

from viewer.problems import Problem
from viewer.strict_json import MAX_DEPTH, JsonRefused, decode_utf8, parse


def refused(text: str) -> Problem:
    with pytest.raises(JsonRefused) as caught:
        parse(text)
    return caught.value.problem


def test_duplicate_key_is_named_at_its_second_occurrence() -> None:
    problem = refused('{"a": {"id": 1,\n  "x": {"id": 2}, "id": 3}}')
    assert problem.where == "2:19"  # the opening quote of the second "id"
    assert problem.message == 'duplicate key "id" in one object'


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_constants_are_refused_where_they_stand(constant: str) -> None:
    problem = refused('{"start":\n   ' + constant + "}")
    assert problem.where == "2:4"
    assert "expected a finite number" in problem.message


def test_huge_numbers_are_refused() -> None:
    assert "too large" in refused("[1e400]").message
    assert "digits" in refused("[" + "9" * 5000 + "]").message


def test_nesting_deeper_than_the_limit() -> None:
    ok = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    parse(ok)
    problem = refused("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))
    assert problem.where == f"1:{MAX_DEPTH + 1}"
    assert refused("[" * 100_000).message.startswith("nesting deeper than")


def test_lone_surrogates_are_refused_with_their_field_path() -> None:
    problem = refused('{"regions": [{"name": "a\\ud800b"}]}')
    assert problem.where == "regions[0].name"
    assert parse('"\\ud83d\\ude00"') == "😀", "a surrogate pair is a valid escape"


def test_invalid_utf8_names_the_byte_offset() -> None:
    with pytest.raises(JsonRefused) as caught:
        decode_utf8(b'{"title": "caf\xe9"}')
    assert caught.value.problem.message == (
        "not valid UTF-8: byte 0xE9 at byte offset 14; expected UTF-8"
    )


def test_utf8_bom_is_ignored_and_utf16_refused() -> None:
    assert parse(decode_utf8(b'\xef\xbb\xbf{"a": 1}')) == {"a": 1}
    with pytest.raises(JsonRefused, match="UTF-16"):
        decode_utf8('{"a": 1}'.encode("utf-16"))
    with pytest.raises(JsonRefused, match="UTF-16 or UTF-32"):
        decode_utf8('{"a": 1}'.encode("utf-16-le"))
