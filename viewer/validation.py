"""The rules a briefing must follow beyond JSON syntax: schema, ids, spans, and quotes that match their report."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

import msgspec

from viewer.model.briefing import FORMAT_1, FORMAT_2, FORMATS, Briefing, Quote, Span
from viewer.model.format_v1 import BriefingV1, LegacyQuote, upgrade
from viewer.problems import Problem, quote_for_message

#: The model and the legacy attributions of a ``briefing/1`` file (none for ``briefing/2``).
Decoded = tuple[Briefing, dict[str, LegacyQuote]]


def check_format(data: Any) -> Problem | None:
    """Refuse another format version before anything else: its fields may mean other things."""
    if not isinstance(data, dict):
        return Problem(
            f"expected a JSON object at the top level, got {_json_type(data)}", "(top level)"
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
    message, _, where = str(error).rpartition(" - at `")
    if not message:
        return Problem(str(error))
    return Problem(message, _field_path_from_msgspec(where.rstrip("`")))


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
    errors = sorted(
        _validator(version).iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path]
    )
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


def semantic_problems(briefing: Briefing, report_text: str | None) -> list[Problem]:
    """Rules JSON Schema cannot express. Spans reach past the report, and quote text is
    compared with it, only when the report is verified (``report_text`` is its text)."""
    problems = _region_id_problems(briefing) + _draft_problems(briefing)
    length = len(report_text) if report_text is not None else None
    for where, span in _spans(briefing):
        problem = _span_problem(span, length)
        if problem is not None:
            problems.append(Problem(problem, where))
    for where, quote in _quotes(briefing):
        problems += _quote_problems(where, quote, report_text)
    return problems


def _region_id_problems(briefing: Briefing) -> list[Problem]:
    problems = []
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
    return problems


def _draft_problems(briefing: Briefing) -> list[Problem]:
    """A finished briefing has takeaways and regions and every quote in a region."""
    if briefing.is_draft:
        return []
    problems = [
        Problem(f"expected at least 1 item in a finished briefing{_OR_DRAFT}", field)
        for field, items in (("takeaways", briefing.takeaways), ("regions", briefing.regions))
        if not items
    ]
    if briefing.quotes:
        problems.append(
            Problem(f"a finished briefing places every quote in a region{_OR_DRAFT}", "quotes")
        )
    return problems


_OR_DRAFT = ' (or mark it "status": "draft" while it is being written)'


def _spans(briefing: Briefing) -> Iterator[tuple[str, Span]]:
    """Every span of the briefing but the quotes' own, with its field path."""
    for t, point in enumerate(briefing.takeaways):
        for e, span in enumerate(point.evidence):
            yield f"takeaways[{t}].evidence[{e}]", span
    for r, region in enumerate(briefing.regions):
        for e, span in enumerate(region.summary_evidence):
            yield f"regions[{r}].summary_evidence[{e}]", span
        for p, point in enumerate(region.points):
            for e, span in enumerate(point.evidence):
                yield f"regions[{r}].points[{p}].evidence[{e}]", span
    for where, quote in _quotes(briefing):
        if quote.cue is not None:
            yield f"{where}.cue", quote.cue
    for n, passage in enumerate(briefing.not_content):
        yield f"not_content[{n}].span", passage.span


def _quotes(briefing: Briefing) -> Iterator[tuple[str, Quote]]:
    for r, region in enumerate(briefing.regions):
        for q, quote in enumerate(region.quotes):
            yield f"regions[{r}].quotes[{q}]", quote
    for q, quote in enumerate(briefing.quotes):
        yield f"quotes[{q}]", quote


def _span_problem(span: Span, length: int | None) -> str | None:
    start, end = span
    if end <= start:
        return f"[{start}, {end}]: the end must be greater than the start"
    if length is not None and end > length:
        return f"[{start}, {end}] ends past the end of the report ({length} characters)"
    return None


def _quote_problems(where: str, quote: Quote, report_text: str | None) -> list[Problem]:
    if quote.end <= quote.start:
        return [
            Problem(f"end ({quote.end}) must be greater than start ({quote.start})", f"{where}.end")
        ]
    if report_text is None:
        return []
    if quote.end > len(report_text):
        return [
            Problem(
                f"{quote.end} is past the end of the source ({len(report_text)} characters)",
                f"{where}.end",
            )
        ]
    found = report_text[quote.start : quote.end]
    if found != quote.text:
        return [
            Problem(
                f"text does not match the source at {quote.start}–{quote.end}: "
                f"the quote has {quote_for_message(quote.text, 40)}, "
                f"the source {quote_for_message(found, 40)}",
                f"{where}.text",
            )
        ]
    return []
