"""Briefing files for tests: written from data, edited as an editor saves them."""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: ``write_briefing(content, name="briefing.json") -> Path``: the fixture's writer.
WriteBriefing = Callable[..., Path]


def briefing_titled(data: dict[str, Any], title: str) -> dict[str, Any]:
    return {**copy.deepcopy(data), "title": title}


def replace_atomically(path: Path, data: dict[str, Any] | str) -> None:
    """Save as most editors do: write a temporary file, then rename it over the original."""
    temporary = path.with_name(path.name + ".tmp")
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
