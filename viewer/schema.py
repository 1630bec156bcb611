"""Write the JSON Schema generated from the model: ``python -m viewer.schema > resources/briefing.schema.json``."""

from __future__ import annotations

import json

from viewer.model.schema import json_schema


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")
