"""The rules a briefing must follow beyond JSON syntax: schema, ids, spans, and quotes that match their report."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import msgspec

from viewer.model.briefing import FORMAT_1, FORMAT_2, FORMATS, Briefing
from viewer.model.format_v1 import BriefingV1, LegacyQuote, upgrade
from viewer.problems import Problem, in_quotes, quote_for_message

#: The model and the legacy attributions of a ``briefing/1`` file (none for ``briefing/2``).
Decoded = tuple[Briefing, dict[str, LegacyQuote]]


def check_format(data: Any) -> Problem | None:
    """Refuse another format version before anything else: its fields may mean other things."""
    if not isinstance(data, dict):
        return Problem(
            f"expected a JSON object at the top level, found {_json_type(data)}", "(top level)"
        )
    version = data.get("format")
    if isinstance(version, str) and version not in FORMATS:
        readable = " and ".join(f'"{known}"' for known in FORMATS)
        return Problem(
            f"this file needs format {quote_for_message(version)}; this app reads {readable}",
            "format",
        )
    return None


def to_model(data: Any) -> Decoded:
    """Convert parsed JSON to the typed model, or raise ``SchemaProblems`` listing every problem.

    ``data`` has passed ``check_format``; a missing ``format`` is checked as ``briefing/2``.
    """
    version = data.get("format") if isinstance(data, dict) else None
    version = version if version in FORMATS else FORMAT_2
    try:
        if version == FORMAT_1:
            return upgrade(msgspec.convert(data, BriefingV1, strict=True))
        return msgspec.convert(data, Briefing, strict=True), {}
    except msgspec.ValidationError as error:
        problems = list(_schema_problems(data, version)) or [_from_msgspec(error)]
        raise SchemaProblems(problems) from None


class SchemaProblems(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(str(problems[0]))


def _from_msgspec(error: msgspec.ValidationError) -> Problem:
    """msgspec's first problem, for what jsonschema lets through (``215.0`` for a whole number)."""
    message, _, where = str(error).rpartition(" - at `")
    if not message:
        return Problem(_msgspec_words(str(error)))
    return Problem(_msgspec_words(message), _field_path_from_msgspec(where.rstrip("`")))


#: msgspec's names of JSON types (in its messages) in words.
_MSGSPEC_TYPES = {
    "str": "text",
    "int": "a whole number",
    "float": "a number with a decimal point",
    "bool": "true or false",
    "null": "null",
    "array": "a list",
    "object": "an object",
}
_COMPARISONS = {">=": "{} or more", "<=": "{} or less", ">": "more than {}", "<": "less than {}"}


def _msgspec_words(message: str) -> str:
    def kind(name: str) -> str:
        return _MSGSPEC_TYPES.get(name, name)

    if found := re.fullmatch(r"Expected `(\w+)`, got `(\w+)`", message):
        return f"expected {kind(found[1])}, found {kind(found[2])}"
    if found := re.fullmatch(r"Expected `(str|array)` of length (>=|<=) (\d+)", message):
        bound = "at least" if found[2] == ">=" else "at most"
        return f"expected {bound} {found[3]} {'characters' if found[1] == 'str' else 'items'}"
    if found := re.fullmatch(r"Expected `\w+` (>=|<=|>|<) (\S+)", message):
        return "expected " + _COMPARISONS[found[1]].format(found[2])
    if found := re.fullmatch(r"Expected `str` matching regex '(.*)'", message):
        return "expected " + _PATTERN_WORDS.get(
            found[1], "text of the form docs/format.md describes"
        )
    if found := re.fullmatch(r"Object missing required field `(.*)`", message):
        return f"the field {in_quotes(found[1])} is missing"
    if found := re.fullmatch(r"Object contains unknown field `(.*)`", message):
        return (
            f"unknown field {in_quotes(found[1])}; see docs/format.md for the fields of each object"
        )
    if message.startswith("Invalid enum value"):
        return "this is not one of the values docs/format.md lists"
    return message.replace("`", "")


def _field_path_from_msgspec(path: str) -> str:
    path = path.removeprefix("$")
    return path.removeprefix(".") or "(top level)"


@cache
def _validator(version: str) -> Any:
    # jsonschema is imported only when a file is refused: it lists every problem, msgspec only the first.
    import json

    import jsonschema

    from viewer.model.schema import version_schema
    from viewer.resources import SCHEMA, read_text

    schema = version_schema(json.loads(read_text(SCHEMA)), version)
    return jsonschema.Draft202012Validator(schema)


def _schema_problems(data: Any, version: str) -> Iterator[Problem]:
    errors = sorted(_validator(version).iter_errors(data), key=lambda e: _path_key(e.absolute_path))
    for error in errors:
        yield Problem(_describe(error), format_field_path(error.absolute_path))


def _path_key(parts: Any) -> list[tuple[int, int, str]]:
    """Sort field paths as a reader reads them: ``takeaways[7]`` before ``takeaways[10]``."""
    return [(0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in parts]


def format_field_path(parts: Any) -> str:
    """``["regions", 2, "quotes", 0, "end"]`` → ``regions[2].quotes[0].end``."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "(top level)"


#: What each JSON Schema type is called in a message.
_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
    "array": "a list",
    "object": "an object",
}

#: The patterns of the schema, as a person would describe text that matches them.
_PATTERN_WORDS = {
    r"^[a-z0-9]+(?:-[a-z0-9]+)*$": (
        "lower-case letters and digits joined by single hyphens, like “kherson-mykolaiv”"
    ),
    r"^[0-9a-f]{64}$": "64 lower-case hexadecimal digits (0-9, a-f)",
}


def _json_type(value: Any) -> str:
    """A JSON value as a message names what was found: its type, and the value when it is short."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {str(value)[:40]}"
    if isinstance(value, str):
        return f"the text {in_quotes(value, 40)}" if value else "empty text"
    if isinstance(value, list):
        return (
            f"a list of {len(value)} item{'s' if len(value) != 1 else ''}"
            if value
            else "an empty list"
        )
    return "an object"


def _describe(error: Any) -> str:
    """One jsonschema error in words: what was expected, what was found."""
    instance = error.instance
    match error.validator:
        case "required":
            return _missing_field(error)
        case "additionalProperties":
            allowed = list(error.schema.get("properties", {}))
            extra = [key for key in instance if key not in allowed]
            fields = _and_list([in_quotes(key, 30) for key in extra])
            return (
                f"unknown field{'s' if len(extra) != 1 else ''} {fields}; "
                f"expected only {_and_list([in_quotes(key) for key in allowed])}"
            )
        case "minLength" if error.validator_value == 1:
            return "this is empty; expected some text"
        case "minItems" if instance == []:
            n = error.validator_value
            return f"the list is empty; expected at least {n} item{'s' if n != 1 else ''}"
    expected = _expected(error)
    if expected is None:
        return f"this value breaks the format's rule “{error.validator}”; see docs/format.md"
    found = _json_type(instance)
    if error.validator in ("minLength", "maxLength") and isinstance(instance, str):
        found += f" ({len(instance)} characters)"
    elif error.validator in ("minItems", "maxItems") and isinstance(instance, list):
        found = f"{len(instance)}"
    elif (
        error.validator == "pattern"
        and re.search(r"\{\d+\}\$$", str(error.validator_value))
        and isinstance(instance, str)
    ):
        found += f" ({len(instance)} characters)"
    return f"expected {expected}, found {found}"


def _expected(error: Any) -> str | None:
    """What a schema keyword asks for, in words; ``None`` for a keyword without words yet."""
    value = error.validator_value
    match error.validator:
        case "type":
            return _or_list(
                [_TYPE_WORDS.get(t, t) for t in ([value] if isinstance(value, str) else value)]
            )
        case "anyOf" | "oneOf":
            return _or_list([_option(option) for option in value])
        case "minLength":
            return f"at least {value} characters"
        case "maxLength":
            return f"at most {value} characters"
        case "pattern":
            described = error.schema.get("description")
            return _PATTERN_WORDS.get(
                value,
                f"text of the right form ({described})"
                if described
                else "text of the form docs/format.md describes",
            )
        case "const":
            return _value_words(value)
        case "enum":
            return "one of " + _or_list([_value_words(v) for v in value])
        case "maximum":
            return f"{value} or less"
        case "minimum":
            return f"{value} or more"
        case "exclusiveMaximum":
            return f"less than {value}"
        case "exclusiveMinimum":
            return f"more than {value}"
        case "minItems":
            return f"at least {value} item{'s' if value != 1 else ''}"
        case "maxItems":
            return f"at most {value} item{'s' if value != 1 else ''}"
        case "uniqueItems":
            return "no item twice"
    return None


def _missing_field(error: Any) -> str:
    present = error.instance if isinstance(error.instance, dict) else {}
    missing = [name for name in error.validator_value if name not in present]
    # One error per missing field; its message names it (as a repr, so matched, not shown).
    name = next(
        (n for n in missing if str(error.message).startswith(repr(n))),
        missing[0] if missing else "?",
    )
    schema = error.schema.get("properties", {}).get(name, {})
    nullable = any(option.get("type") == "null" for option in schema.get("anyOf", []))
    return f"the field {in_quotes(name)} is missing" + (
        "; write null when the report does not state it" if nullable else ""
    )


def _option(schema: dict[str, Any]) -> str:
    if "type" in schema:
        return _TYPE_WORDS.get(schema["type"], str(schema["type"]))
    if "$ref" in schema:
        return "an object (a " + str(schema["$ref"]).rpartition("/")[2].lower() + ")"
    if "const" in schema:
        return _value_words(schema["const"])
    return "a value described in docs/format.md"


def _value_words(value: Any) -> str:
    return (
        in_quotes(value)
        if isinstance(value, str)
        else _json_type(value).removeprefix("the number ")
    )


def _or_list(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _and_list(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
