"""The shipped JSON Schema is the model's, and it accepts the bundled briefing."""

from __future__ import annotations

import json
from typing import Any

import jsonschema

from tests.helpers.paths import ROOT
from viewer.schema import schema_text


def test_shipped_schema_is_generated_from_the_model() -> None:
    shipped = (ROOT / "resources" / "briefing.schema.json").read_text(encoding="utf-8")
    assert shipped == schema_text(), "run `make schema` after changing viewer/model/"


def test_bundled_briefing_is_valid_against_the_schema(briefing_data: dict[str, Any]) -> None:
    schema = json.loads(schema_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(briefing_data)


def test_schema_lists_required_fields() -> None:
    defs = json.loads(schema_text())["$defs"]
    assert set(defs["Quote"]["required"]) == {
        "text",
        "start",
        "end",
        "speaker",
        "role",
        "outlet",
        "cue",
    }
    assert set(defs["QuoteV1"]["required"]) == {"text", "start", "end", "speaker", "role", "outlet"}
    assert set(defs["Point"]["required"]) == {"text", "kind", "attribution", "evidence"}
    assert set(defs["Briefing"]["required"]) == {
        "format",
        "title",
        "source",
        "takeaways",
        "regions",
    }
