"""Name the place of a problem as a reader knows it: ``regions[0].quotes[0].text`` → "Kyiv, quote 1".

``--check`` keeps field paths (scripts read them); the window shows these names.
Region names come from the file itself when they can be read.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec

from viewer.problems import Problem, shortened

_PART = re.compile(r"\.?([^.\[\]]+)|\[(\d+)\]")
_LINE_COL = re.compile(r"(\d+):(\d+)")

#: The top-level fields, as the window and docs/format.md call them.
_TOP_LEVEL = {
    "format": "Format",
    "title": "Title",
    "source": "Source",
    "takeaways": "Key takeaways",
    "regions": "Regions",
}

#: Lists whose items a reader counts from 1: the name of one item.
_ITEMS = {"takeaways": "Key takeaway", "quotes": "quote", "points": "point"}

#: Field names a reader would not recognise as they are written.
_FIELD_WORDS = {"sha256": "SHA-256"}


def reader_name(where: str, data: Any = None) -> str:
    """The reader's name for a field path or ``LINE:COL``; ``data`` is the parsed file, if any.

    A quote's or a point's ``text`` is the item itself ("Kyiv, quote 1"); its other
    fields follow it ("Kyiv, quote 1, speaker"). Unknown paths keep their field names.
    """
    if not where:
        return ""
    if where == "(top level)":
        return "The briefing"
    position = _LINE_COL.fullmatch(where)
    if position is not None:
        return f"Line {position[1]}, column {position[2]}"
    parts: list[str | int] = [
        int(index) if index else key for key, index in _PART.findall(where) if key or index
    ]
    names: list[str] = []
    for i, part in enumerate(parts):
        parent = parts[i - 1] if i else None
        if i == 0 and isinstance(part, str):
            names.append(_TOP_LEVEL.get(part, _field(part).capitalize()))
        elif isinstance(part, int) and parent == "regions" and i == 1:
            names[-1:] = [_region_name(data, part)]
        elif isinstance(part, int) and isinstance(parent, str) and parent in _ITEMS:
            names[-1:] = [f"{_ITEMS[parent]} {part + 1}"]
        elif isinstance(part, int):
            names.append(f"item {part + 1}")
        elif part == "text" and i >= 2 and parts[i - 2] in _ITEMS:
            continue  # the text of a quote or a point is the quote or point itself
        else:
            names.append(_field(part))
    return ", ".join(names)


def _region_name(data: Any, index: int) -> str:
    """The region's own name when the file has one as text, else "Region N"."""
    try:
        name = data["regions"][index]["name"]
    except (TypeError, KeyError, IndexError):
        name = None
    if isinstance(name, str) and name.strip():
        return shortened(" ".join(name.split()), 40)
    return f"Region {index + 1}"


def _field(key: str) -> str:
    return _FIELD_WORDS.get(key, shortened(key.replace("_", " "), 30))


def with_reader_names(problems: list[Problem], data: Any = None) -> list[Problem]:
    """The same problems, each with its ``reader_where`` filled in."""
    return [
        msgspec.structs.replace(problem, reader_where=reader_name(problem.where, data))
        for problem in problems
    ]
