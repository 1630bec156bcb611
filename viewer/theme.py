"""Colour sets for the reading views and for paper; the stylesheet is built from them in render.py."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Colors:
    """Every colour a rendered briefing uses. Hex ``#rrggbb`` strings."""

    text: str
    background: str
    muted: str  # attribution lines, captions
    link: str
    quote_rule: str  # the bar left of a quote: must stay dark on paper in greyscale
    quote_background: str
    quote_text: str
    highlight_background: str  # quoted spans in the original report
    highlight_text: str
    kind_background: str
    kind_text: str
    warning_text: str


LIGHT = Colors(
    text="#1b1b1b",
    background="#ffffff",
    muted="#4a4a4a",
    link="#0b5cad",
    quote_rule="#2f4f7f",
    quote_background="#f2f5fa",
    quote_text="#1b1b1b",
    highlight_background="#fff0b3",
    highlight_text="#1b1b1b",
    kind_background="#e3e8f0",
    kind_text="#1f3350",
    warning_text="#8a3b00",
)

#: Paper is always light, whatever the screen theme; the rule is near-black so a
#: black-and-white printer keeps it, and highlights carry an underline as well as a tint.
PRINT = Colors(
    text="#000000",
    background="#ffffff",
    muted="#333333",
    link="#000000",
    quote_rule="#404040",
    quote_background="#f0f0f0",
    quote_text="#000000",
    highlight_background="#e0e0e0",
    highlight_text="#000000",
    kind_background="#e6e6e6",
    kind_text="#000000",
    warning_text="#000000",
)
