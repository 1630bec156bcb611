"""The rules a briefing must follow beyond JSON syntax: schema, ids, and quotes that match their source."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

import msgspec

from viewer.briefing import FORMAT, Briefing
from viewer.problems import Problem, quote_for_message


def check_format(data: Any) -> Problem | None:
    """Refuse another format version before anything else: its fields may mean other things."""
    if not isinstance(data, dict):
        return Problem(
            f"expected a JSON object at the top level, got {_json_type(data)}", "(top level)"
        )
    version = data.get("format")
    if isinstance(version, str) and version != FORMAT:
        return Problem(
            f'this file needs format {quote_for_message(version)}; this app reads "{FORMAT}"',
            "format",
        )
    return None


def to_model(data: Any) -> Briefing:
    """Convert parsed JSON to the typed model, or raise ``SchemaProblems`` listing every problem."""
    try:
        return msgspec.convert(data, Briefing, strict=True)
    except msgspec.ValidationError as error:
        problems = list(_schema_problems(data)) or [_from_msgspec(error)]
        raise SchemaProblems(problems) from None


class SchemaProblems(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(str(problems[0]))


def _from_msgspec(error: msgspec.ValidationError) -> Problem:
    message, _, where = str(error).rpartition(" - at `")
    if not message:
        return Problem(str(error))
    return Problem(message, _field_path_from_msgspec(where.rstrip("`")))


def _field_path_from_msgspec(path: str) -> str:
    path = path.removeprefix("$")
    return path.removeprefix(".") or "(top level)"


@cache
def _validator() -> Any:
    # jsonschema is imported only when a file is refused: it lists every problem, msgspec only the first.
    import json

    import jsonschema

    from viewer.resources import read_text

    schema = json.loads(read_text("briefing.schema.json"))
    return jsonschema.Draft202012Validator(schema)


def _schema_problems(data: Any) -> Iterator[Problem]:
    errors = sorted(_validator().iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    for error in errors:
        yield Problem(_describe(error), format_field_path(error.absolute_path))


def format_field_path(parts: Any) -> str:
    """``["regions", 2, "quotes", 0, "end"]`` → ``regions[2].quotes[0].end``."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "(top level)"


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _describe(error: Any) -> str:
    """jsonschema's messages, reworded where they do not say what was expected."""
    if error.validator == "anyOf":
        wanted = " or ".join(str(option.get("type", "a value")) for option in error.validator_value)
        return f"expected {wanted}, got {_json_type(error.instance)}"
    if error.validator == "type":
        return f"expected {error.validator_value}, got {_json_type(error.instance)}"
    if error.validator == "additionalProperties":
        return str(error.message).replace("Additional properties", "unknown field(s)") + (
            "; see docs/format.md for the fields of each object"
        )
    expected = _expected(error.validator, error.validator_value)
    if expected is not None:
        shown = (
            quote_for_message(error.instance)
            if isinstance(error.instance, str)
            else str(error.instance)[:40]
        )
        return f"got {shown}; expected {expected}"
    return str(error.message)


def _expected(validator: str, value: Any) -> str | None:
    match validator:
        case "minLength":
            return "a non-empty string" if value == 1 else f"at least {value} characters"
        case "pattern":
            return f"text matching {value}"
        case "const":
            return repr(value)
        case "enum":
            return "one of " + ", ".join(repr(v) for v in value)
        case "maximum":
            return f"at most {value}"
        case "minimum":
            return f"at least {value}"
        case "minItems":
            return f"at least {value} item{'s' if value != 1 else ''}"
    return None


def semantic_problems(briefing: Briefing, source_text: str | None) -> list[Problem]:
    """Rules JSON Schema cannot express. Quote text is checked only when the source is verified."""
    problems: list[Problem] = []
    first_use: dict[str, int] = {}
    for r, region in enumerate(briefing.regions):
        if region.id in first_use:
            problems.append(
                Problem(
                    f"duplicate region id {quote_for_message(region.id)} "
                    f"(first used by regions[{first_use[region.id]}]); ids must be unique",
                    f"regions[{r}].id",
                )
            )
        else:
            first_use[region.id] = r
        for q, quote in enumerate(region.quotes):
            where = f"regions[{r}].quotes[{q}]"
            if quote.end <= quote.start:
                problems.append(
                    Problem(
                        f"end ({quote.end}) must be greater than start ({quote.start})",
                        f"{where}.end",
                    )
                )
                continue
            if source_text is None:
                continue
            if quote.end > len(source_text):
                problems.append(
                    Problem(
                        f"{quote.end} is past the end of the source "
                        f"({len(source_text)} characters)",
                        f"{where}.end",
                    )
                )
                continue
            found = source_text[quote.start : quote.end]
            if found != quote.text:
                problems.append(
                    Problem(
                        f"text does not match the source at {quote.start}–{quote.end}: "
                        f"the quote has {quote_for_message(quote.text, 40)}, "
                        f"the source {quote_for_message(found, 40)}",
                        f"{where}.text",
                    )
                )
    return problems
