"""The JSON Schema of briefing files, both versions, generated from the model classes.

``resources/briefing.schema.json`` is this schema (``make schema``); a test keeps them equal.
"""

from __future__ import annotations

from typing import Any

import msgspec

from viewer.model.briefing import FORMAT_1, FORMAT_2, Briefing
from viewer.model.format_v1 import BriefingV1

SCHEMA_URI = "https://json-schema.org/draft/2020-12/schema"

#: The definition each format version's files are checked against.
VERSION_DEFS = {FORMAT_2: "Briefing", FORMAT_1: "BriefingV1"}

#: A finished briefing has takeaways and regions and places every quote in a region;
#: a draft may have none yet and keep its found quotes in a top-level list.
_DRAFT_RULE: dict[str, Any] = {
    "if": {"properties": {"status": {"const": "draft"}}, "required": ["status"]},
    "then": {},
    "else": {
        "properties": {
            "takeaways": {"minItems": 1},
            "regions": {"minItems": 1},
            "quotes": {"maxItems": 0},
        }
    },
}


def json_schema() -> dict[str, Any]:
    """One schema for both versions: a file is one or the other, by its ``format``."""
    (v2, v1), defs = msgspec.json.schema_components(
        [Briefing, BriefingV1], ref_template="#/$defs/{name}"
    )
    defs["Briefing"]["properties"]["format"]["const"] = FORMAT_2
    defs["Briefing"].update(_DRAFT_RULE)
    defs["BriefingV1"]["properties"]["format"]["const"] = FORMAT_1
    return {
        "$schema": SCHEMA_URI,
        "title": "Briefing",
        "description": (
            f"A news briefing distilled from one source report, format {FORMAT_2} "
            f"(or the older {FORMAT_1}). See docs/format.md."
        ),
        "oneOf": [v2, v1],
        "$defs": defs,
    }


def version_schema(schema: dict[str, Any], version: str) -> dict[str, Any]:
    """The schema that files of one format version are checked against, for listing problems."""
    return {
        "$schema": SCHEMA_URI,
        "$ref": f"#/$defs/{VERSION_DEFS[version]}",
        "$defs": schema["$defs"],
    }
