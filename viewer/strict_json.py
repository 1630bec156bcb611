"""Strict JSON (RFC 8259, UTF-8) with precise ``LINE:COL`` errors.

The standard library's parser is lenient where a briefing must not be: it accepts
NaN and Infinity, lets a duplicate key silently win, turns ``1e400`` into
infinity, and reports recursion and Unicode failures as exceptions that are not
``JSONDecodeError``. This module keeps its fast C scanner for the normal path and,
only when a file is refused for one of those reasons, parses it once more with the
pure-Python scanner while tracing where each value starts, to say exactly where.
"""

from __future__ import annotations

import codecs
import json
import json.decoder
import json.scanner
import re
from collections.abc import Callable
from typing import Any

from viewer.json_syntax import describe, line_col
from viewer.problems import Problem, in_quotes

# The standard library's scanner pieces are public in practice but untyped in typeshed.
_json_decoder: Any = json.decoder
_json_scanner: Any = json.scanner

MAX_DEPTH = 64
_TOO_DEEP = f"objects and lists nested deeper than {MAX_DEPTH} levels"
_MAX_INT_DIGITS = 30
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


__all__ = ["MAX_DEPTH", "JsonRefused", "decode_utf8", "line_col", "parse"]


class JsonRefused(Exception):
    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))


class _Refusal(Exception):
    """Raised from inside the scanner's hooks; located afterwards."""

    def __init__(self, message: str, key: str | None = None) -> None:
        self.message = message
        self.key = key
        super().__init__(message)


# -- bytes to text -----------------------------------------------------------

_OTHER_ENCODINGS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def decode_utf8(data: bytes) -> str:
    """Decode a briefing's bytes; a UTF-8 BOM is dropped, anything but UTF-8 refused."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    else:
        for bom, name in _OTHER_ENCODINGS:
            if data.startswith(bom):
                raise JsonRefused(
                    Problem(
                        f"the file is {name} text (it starts with a {name} byte-order mark); "
                        "expected UTF-8: save it as UTF-8"
                    )
                )
        if len(data) >= 2 and (data[0] == 0 or data[1] == 0):
            # RFC 8259 text starts with an ASCII character; a NUL beside it means UTF-16/32.
            raise JsonRefused(
                Problem(
                    "the file looks like UTF-16 or UTF-32 text (a NUL byte at byte 0 or 1); "
                    "expected UTF-8: save it as UTF-8"
                )
            )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex().upper()
        before = data[: error.start].decode("utf-8", "replace")
        raise JsonRefused(
            Problem(
                f"not valid UTF-8: byte 0x{bad} at byte offset {error.start} cannot be read "
                "(was the file saved as Latin-1 or Windows-1252?); expected UTF-8",
                line_col(before, len(before)),
            )
        ) from None


# -- text to values ----------------------------------------------------------


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Refusal(f"the key {in_quotes(key)} appears twice in one object", key)
            seen.add(key)
    return result


def _refuse_constant(name: str) -> Any:
    raise _Refusal(f"{name} is not valid JSON; expected a finite number such as 215")


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > _MAX_INT_DIGITS:
        raise _Refusal(
            f"a whole number with {len(digits.lstrip('-'))} digits; "
            f"expected at most {_MAX_INT_DIGITS} digits"
        )
    return int(digits)


def _finite_float(digits: str) -> float:
    value = float(digits)
    if value in (float("inf"), float("-inf")):
        raise _Refusal(f"the number {digits[:40]} is too large; expected a finite number")
    return value


def _decoder(scanner: Callable[[Any], Any] | None = None) -> Any:
    decoder: Any = json.JSONDecoder(
        object_pairs_hook=_refuse_duplicates,
        parse_constant=_refuse_constant,
        parse_int=_bounded_int,
        parse_float=_finite_float,
    )
    if scanner is not None:
        decoder.scan_once = scanner(decoder)
    return decoder


def parse(text: str) -> Any:
    """Parse strict JSON text, raising ``JsonRefused`` with a ``LINE:COL`` or field path."""
    try:
        value = _decoder().decode(text)
    except json.JSONDecodeError as error:
        raise JsonRefused(describe(error.msg, text, error.pos)) from None
    except RecursionError:
        raise JsonRefused(_too_deep(text)) from None
    except (_Refusal, ValueError):
        raise JsonRefused(_locate(text)) from None
    _check_tree(value, text)
    return value


def _too_deep(text: str) -> Problem:
    """Where nesting first passes ``MAX_DEPTH`` (strings skipped, so brackets inside them do not count)."""
    depth = 0
    for match in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return Problem(_TOO_DEEP, line_col(text, match.start()))
        elif token in "]}":
            depth -= 1
    return Problem(_TOO_DEEP)


def _check_tree(value: Any, text: str) -> None:
    """Refuse what the scanner let through: deep nesting and lone surrogates (``"\\ud800"``)."""
    if _too_deep_tree(value):
        raise JsonRefused(_too_deep(text))
    if _SURROGATE_ESCAPE.search(text) is not None:
        _refuse_lone_surrogates(value)


def _too_deep_tree(value: Any) -> bool:
    """Whether containers nest deeper than ``MAX_DEPTH``, walking one level at a time.

    Only containers are kept from level to level; scalars are skipped in C-speed
    comprehensions (a 1000-region briefing has some 45 000 values).
    """
    level = [value] if isinstance(value, dict | list) else []
    depth = 0
    while level:
        depth += 1
        if depth > MAX_DEPTH:
            return True
        below: list[Any] = []
        for node in level:
            children = node.values() if type(node) is dict else node
            below += [child for child in children if type(child) is dict or type(child) is list]
        level = below
    return False


def _refuse_lone_surrogates(value: Any) -> None:
    """Walk every value with its field path; only run when the text has a surrogate escape."""
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            for key, child in node.items():
                child_path = f"{path}.{key}" if path else key
                if _SURROGATE.search(key):
                    raise JsonRefused(
                        Problem(
                            "a key contains a lone surrogate (half of a UTF-16 pair, such as "
                            "\\ud800); expected Unicode text",
                            child_path,
                        )
                    )
                stack.append((child, child_path))
        elif isinstance(node, list):
            stack.extend((child, f"{path}[{i}]") for i, child in enumerate(node))
        elif isinstance(node, str) and _SURROGATE.search(node):
            raise JsonRefused(
                Problem(
                    "the text contains a lone surrogate (half of a UTF-16 pair, such as "
                    "\\ud800); expected Unicode text",
                    path or "(top level)",
                )
            )


def _locate(text: str) -> Problem:
    """Parse again with the pure-Python scanner, tracing value starts, to place a refusal."""
    starts: list[int] = []

    def traced_scanner(decoder: Any) -> Callable[[str, int], Any]:
        def parse_object(s_and_end: tuple[str, int], strict: bool, _: Any, *rest: Any) -> Any:
            return _json_decoder.JSONObject(s_and_end, strict, scan, *rest)

        def parse_array(s_and_end: tuple[str, int], _: Any) -> Any:
            return _json_decoder.JSONArray(s_and_end, scan)

        decoder.parse_object = parse_object
        decoder.parse_array = parse_array
        inner = _json_scanner.py_make_scanner(decoder)

        def scan(s: str, idx: int) -> Any:
            starts.append(idx)
            result = inner(s, idx)
            starts.pop()  # kept on failure: the stack then ends at the failing value
            return result

        return scan

    try:
        _decoder(traced_scanner).decode(text)
    except _Refusal as refusal:
        where = starts[-1] if starts else 0
        if refusal.key is None:
            return Problem(refusal.message, line_col(text, where))
        first, second = _duplicate_key_positions(text, where, refusal.key)
        return Problem(
            f"{refusal.message} (first at {line_col(text, first)}); "
            "expected each key once per object",
            line_col(text, second),
        )
    except ValueError as error:  # e.g. CPython's limit on digits when converting an int
        where = starts[-1] if starts else 0
        return Problem(f"a number that cannot be read ({error})", line_col(text, where))
    return Problem("refused by the JSON parser")


def _duplicate_key_positions(text: str, object_start: int, key: str) -> tuple[int, int]:
    """Indexes of the first and second ``key`` among the members of the object at ``object_start``."""
    whitespace = _json_decoder.WHITESPACE
    raw_decode = json.JSONDecoder().raw_decode
    first = -1
    pos = whitespace.match(text, object_start + 1).end()
    while pos < len(text) and text[pos] == '"':
        name, after = _json_decoder.scanstring(text, pos + 1)
        if name == key:
            if first >= 0:
                return first, int(pos)
            first = int(pos)
        after = whitespace.match(text, after).end() + 1  # past ':'
        after = whitespace.match(text, after).end()
        _, after = raw_decode(text, after)
        pos = whitespace.match(text, after).end()
        if text[pos : pos + 1] == ",":
            pos = whitespace.match(text, pos + 1).end()
    return max(first, object_start), object_start
