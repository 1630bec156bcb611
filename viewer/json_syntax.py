"""Python's JSON syntax errors in people's words: where, what was found, what was expected.

``json.JSONDecodeError`` says "Expecting value" for an empty file, a file that is
not JSON and a trailing comma alike, and places a missing closing quote where the
string starts. ``describe`` looks at the text around the error to say which it is,
and puts ``LINE:COL`` where the problem really is (a trailing comma: the comma;
a file cut short inside a string: its end).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from viewer.problems import Problem, in_quotes, single_line

_WHITESPACE = " \t\n\r"
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"?|[{}\[\]]', re.DOTALL)
_WORD = re.compile(r"[A-Za-z0-9_$]+")
_CURLY_QUOTES = "“”„‟‘’‚‛«»"
_AN_ESCAPE = 'after a backslash JSON allows only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX'
_A_VALUE = "text in double quotes, a number, true, false, null, {…} or […]"


def line_col(text: str, index: int) -> str:
    """1-based ``LINE:COL`` of a character index, columns counted in characters."""
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return f"{line}:{col}"


def describe(message: str, text: str, pos: int) -> Problem:
    """Reword one ``JSONDecodeError`` (its ``msg``, ``doc`` and ``pos``)."""
    at = line_col(text, pos)
    if message.startswith("Expecting value"):
        return _expecting_value(text, pos)
    if message.startswith("Expecting property name"):
        return _expecting_name(text, pos)
    if message.startswith("Illegal trailing comma"):  # Python 3.13 names it itself
        return _trailing_comma(text, pos)
    if message.startswith("Expecting ':'"):
        name = _context(text, pos).last_string
        after = f"after the field name {name}" if name else "after a field name"
        if pos >= len(text):
            return Problem(f"the file ends {after}; expected ':' and a value", at)
        return Problem(f"expected ':' {after}, found {_found(text, pos)}{_hint(text, pos)}", at)
    if message.startswith("Expecting ','"):
        return _expecting_comma(text, pos)
    if message.startswith("Unterminated string"):
        return Problem(
            f"the file ends inside a string that starts at {at}; expected a closing '\"'",
            line_col(text, len(text)),
        )
    if message.startswith("Invalid control character"):
        return _control_character(text, pos)
    if message.startswith("Invalid \\u"):
        start = pos - 1 if text[pos - 1 : pos] == "\\" else pos
        digits = re.compile("[0-9a-fA-F]{0,4}").match(text, start + 2)
        stop = digits.end() + 1 if digits is not None else start + 2
        sequence = single_line(text[start:stop])
        return Problem(
            f"'{sequence}' is not a complete \\u escape; "
            "expected four hexadecimal digits (0-9, a-f) after \\u",
            line_col(text, start),
        )
    if message.startswith("Invalid \\escape"):
        start = pos if text[pos : pos + 1] == "\\" else pos - 1
        sequence = single_line(text[start : start + 2])
        return Problem(
            f"'{sequence}' is not a JSON escape: {_AN_ESCAPE} (write a backslash as \\\\)",
            line_col(text, start),
        )
    if message.startswith("Extra data"):
        end = _previous(text, pos)
        return Problem(
            f"more after the end of the JSON, which ends at {line_col(text, end)}: "
            f"found {_found(text, pos)}; a briefing file holds one JSON object",
            at,
        )
    return Problem(f"the JSON parser says: {message.removesuffix(' at')}", at)


def _expecting_value(text: str, pos: int) -> Problem:
    at = line_col(text, pos)
    if not text:
        return Problem("the file is empty; expected a JSON object", at)
    if not text.strip(_WHITESPACE):
        return Problem("the file holds only spaces and line breaks; expected a JSON object", at)
    before = _previous(text, pos)
    if before < 0:
        return Problem(
            f"this is not JSON: it starts with {_found(text, pos)}{_hint(text, pos)}; "
            "expected '{', the start of a JSON object",
            at,
        )
    previous, here = text[before], text[pos : pos + 1]
    if previous == "," and here in ("]", "}"):
        return _trailing_comma(text, before)
    if previous == "," and here == ",":
        return Problem(
            f"two commas in a row (the first at {line_col(text, before)}); "
            "expected a value between them",
            at,
        )
    if previous == "[" and here == ",":
        return Problem("a comma right after '['; expected a value or ']'", at)
    if pos >= len(text):
        return Problem(
            f"the file ends where a value was expected, after '{previous}' at "
            f"{line_col(text, before)}; it may have been cut short",
            at,
        )
    name = _context(text, pos).last_string if previous == ":" else None
    after = f" for the field {name}" if name else ""
    return Problem(
        f"expected a value{after} ({_A_VALUE}), found {_found(text, pos)}{_hint(text, pos)}", at
    )


def _expecting_name(text: str, pos: int) -> Problem:
    at = line_col(text, pos)
    before = _previous(text, pos)
    previous, here = text[before : before + 1], text[pos : pos + 1]
    if previous == "," and here == "}":
        return _trailing_comma(text, before)
    if pos >= len(text):
        opened = _context(text, pos).opened
        where = f" that opens at {line_col(text, opened[-1])}" if opened else ""
        return Problem(
            f"the file ends inside the object{where}; expected a field name in double "
            "quotes, or '}'; it may have been cut short",
            at,
        )
    if here == ",":
        what = "two commas in a row" if previous == "," else "a comma right after '{'"
        return Problem(f"{what}; expected a field name in double quotes", at)
    word = _WORD.match(text, pos)
    if word is not None:
        name = word.group()[:30]
        return Problem(
            f"found '{name}' where a field name was expected; "
            f'a field name goes in double quotes, like "{name}"',
            at,
        )
    return Problem(
        f"expected a field name in double quotes, found {_found(text, pos)}{_hint(text, pos)}", at
    )


def _expecting_comma(text: str, pos: int) -> Problem:
    at = line_col(text, pos)
    opened = _context(text, pos).opened
    is_object = bool(opened) and text[opened[-1]] == "{"
    closer, kind = ("}", "object") if is_object else ("]", "list")
    where = f" that opens at {line_col(text, opened[-1])}" if opened else ""
    if pos >= len(text):
        return Problem(
            f"the file ends inside the {kind}{where}; expected ',' or '{closer}'; "
            "it may have been cut short",
            at,
        )
    hint = _hint(text, pos)
    if not hint and re.fullmatch(r'["{\[\-0-9tfn]', text[pos]):
        hint = "; is a comma missing before it?"
    if text[pos].isdigit() and re.search(r"(?:^|[^0-9.eE+\-])-?0$", text[max(0, pos - 3) : pos]):
        hint = "; a JSON number does not start with 0 (write 12, not 012)"
    if text[pos] in "xX" and text[pos - 1 : pos] == "0":
        hint = "; JSON numbers are decimal (write 31, not 0x1F)"
    return Problem(
        f"expected ',' or '{closer}' in the {kind}{where}, found {_found(text, pos)}{hint}", at
    )


def _trailing_comma(text: str, comma: int) -> Problem:
    """``[1, 2,]`` or ``{"a": 1,}``: placed at the comma, naming the bracket it stands before."""
    closing = comma + 1
    while closing < len(text) and text[closing] in _WHITESPACE:
        closing += 1
    bracket = text[closing : closing + 1] or "the end"
    last = "field of an object" if bracket == "}" else "item of a list"
    return Problem(
        f"a comma before '{bracket}' at {line_col(text, closing)}: nothing may follow "
        f"the last {last}; remove the comma",
        line_col(text, comma),
    )


def _control_character(text: str, pos: int) -> Problem:
    string = _context(text, pos).open_string
    inside = f"inside the string that starts at {line_col(text, string)}" if string >= 0 else ""
    char = text[pos]
    if char in "\r\n":
        message = (
            f"a line break {inside}: close the string with '\"' before the line ends, "
            "or write the line break as \\n"
        )
    elif char == "\t":
        message = f"a tab character {inside}; write it as \\t"
    else:
        message = (
            f"the control character U+{ord(char):04X} {inside}; write it as \\u{ord(char):04x}"
        )
    return Problem(message, line_col(text, pos))


def _previous(text: str, pos: int) -> int:
    """Index of the last character before ``pos`` that is not white space, or -1."""
    return len(text[:pos].rstrip(_WHITESPACE)) - 1


def _found(text: str, pos: int) -> str:
    """What stands at ``pos``, as a reader would name it."""
    if pos >= len(text):
        return "the end of the file"
    char = text[pos]
    word = _WORD.match(text, pos)
    if word is not None:
        shown = word.group()
        return f"'{shown[:20]}…'" if len(shown) > 20 else f"'{shown}'"
    if char == '"':
        string = _TOKEN.match(text, pos)
        shown = string.group() if string is not None else char
        return _in_single_quotes(shown[:20] + ("…" if len(shown) > 20 else ""))
    if char == "'":
        return "a single quote (')"
    if char == "\u00a0":
        return "a no-break space (U+00A0)"
    if char == "\ufeff":
        return "a byte-order mark (U+FEFF)"
    if not char.isprintable():
        return f"the character U+{ord(char):04X}"
    return f"'{char}'"


def _in_single_quotes(shown: str) -> str:
    """Characters of the file between single quotes, invisible ones made visible."""
    return f"'{single_line(shown)}'"


def _hint(text: str, pos: int) -> str:
    """A likely cause, for the mistakes people make when writing JSON by hand."""
    char = text[pos : pos + 1]
    word = _WORD.match(text, pos)
    if char == "'":
        return '; JSON puts text and field names in double quotes (")'
    if char and char in _CURLY_QUOTES:
        return '; curly quotation marks do not count, JSON needs straight double quotes (")'
    if text.startswith(("//", "/*", "#"), pos):
        return "; JSON has no comments"
    if char == "+":
        return "; a JSON number has no plus sign"
    if char == "." and text[pos - 1 : pos].isdigit():
        return "; a JSON number needs a digit after its point (1.0, not 1.)"
    if char == ".":
        return "; a JSON number starts with a digit (0.5, not .5)"
    if word is not None and word.group() in ("True", "False", "TRUE", "FALSE"):
        return "; JSON writes true and false in lower case"
    if word is not None and word.group() in ("None", "NULL", "Null", "nil", "undefined"):
        return "; JSON writes null"
    if word is not None and not word.group()[0].isdigit():
        return f'; text goes in double quotes, like "{word.group()[:20]}"'
    return ""


class _Context(NamedTuple):
    opened: list[int]  # where the objects and lists still open at the position start
    last_string: str | None  # the last complete string before it, quoted for a message
    open_string: int  # where the string the position is inside starts, or -1


def _context(text: str, pos: int) -> _Context:
    """Brackets and strings before ``pos``; run only once a file is refused."""
    opened: list[int] = []
    last: re.Match[str] | None = None
    for token in _TOKEN.finditer(text, 0, pos):
        lexeme = token.group()
        if lexeme[0] == '"':
            last = token
        elif lexeme in "{[":
            opened.append(token.start())
        elif opened:
            opened.pop()
    if last is None:
        return _Context(opened, None, -1)
    complete = len(last.group()) > 1 and last.group().endswith('"') and last.end() <= pos
    if complete and not (last.end() == pos and _escaped_quote_at_end(last.group())):
        return _Context(opened, in_quotes(last.group()[1:-1], 40), -1)
    return _Context(opened, None, last.start())


def _escaped_quote_at_end(lexeme: str) -> bool:
    """Whether a string token's final ``"`` is escaped (``"ab\\"``): then the string is still open."""
    backslashes = len(lexeme[:-1]) - len(lexeme[:-1].rstrip("\\"))
    return backslashes % 2 == 1
