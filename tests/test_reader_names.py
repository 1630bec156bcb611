"""The window names the place of a problem as a reader knows it, with the file's own region names."""

from __future__ import annotations

from typing import Any

import pytest

from viewer.problems import Problem
from viewer.reader_names import reader_name, with_reader_names

DATA = {"regions": [{"name": "Kyiv"}, {"name": "Donbas"}, {"id": "x"}]}


@pytest.mark.parametrize(
    ("where", "name"),
    [
        ("regions[0].quotes[0].text", "Kyiv, quote 1"),
        ("regions[0].quotes[0]", "Kyiv, quote 1"),
        ("regions[0].quotes[2].end", "Kyiv, quote 3, end"),
        ("regions[1].points[1].text", "Donbas, point 2"),
        ("regions[1].points[1].kind", "Donbas, point 2, kind"),
        ("regions[0].summary", "Kyiv, summary"),
        ("regions[1]", "Donbas"),
        ("regions[2].id", "Region 3, id"),  # no name in the file
        ("regions[7].name", "Region 8, name"),  # no such region in the file
        ("takeaways[2]", "Key takeaway 3"),
        ("takeaways[2].text", "Key takeaway 3"),
        ("takeaways[0].attribution", "Key takeaway 1, attribution"),
        ("title", "Title"),
        ("format", "Format"),
        ("source", "Source"),
        ("source.sha256", "Source, SHA-256"),
        ("source.path", "Source, path"),
        ("regions", "Regions"),
        ("(top level)", "The briefing"),
        ("12:5", "Line 12, column 5"),
        ("", ""),
    ],
)
def test_field_paths_become_reader_names(where: str, name: str) -> None:
    assert reader_name(where, DATA) == name


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        "text",
        {"regions": {}},
        {"regions": [5]},
        {"regions": [{"name": 5}]},
        {"regions": [{"name": "  "}]},
        {"regions": [{"name": None}]},
    ],
)
def test_a_region_without_a_readable_name_is_numbered(data: Any) -> None:
    assert reader_name("regions[0].quotes[1]", data) == "Region 1, quote 2"


def test_a_long_or_odd_region_name_is_kept_on_one_short_line() -> None:
    data = {"regions": [{"name": "North\n  and   east " + "x" * 80}]}
    name = reader_name("regions[0].summary", data)
    assert name.startswith("North and east xxx")
    assert name.endswith("…, summary")
    assert len(name) < 60


def test_unknown_paths_keep_their_field_names() -> None:
    assert reader_name("regions[0].extra.notes[3]", DATA) == "Kyiv, extra, notes, item 4"
    assert reader_name("first_seen", DATA) == "First seen"


def test_problems_keep_their_field_path_and_gain_the_readers_name() -> None:
    problems = [Problem("wrong", "regions[1].quotes[0].text"), Problem("whole file")]
    named = with_reader_names(problems, DATA)
    assert named == [
        Problem("wrong", "regions[1].quotes[0].text", "Donbas, quote 1"),
        Problem("whole file"),
    ]
    assert [str(p) for p in named] == ["regions[1].quotes[0].text: wrong", "whole file"]
    assert [p.for_reader() for p in named] == ["Donbas, quote 1: wrong", "whole file"]
