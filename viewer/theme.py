"""Colour sets for the reading views and for paper; the stylesheet is built from them in render.py."""

from __future__ import annotations

import msgspec


class Colors(msgspec.Struct, frozen=True):
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
    #: The window around the documents (menus, tab bar, buttons) and selections.
    chrome: str = "#efefef"
    chrome_text: str = "#1b1b1b"
    selection_background: str = "#0b5cad"
    selection_text: str = "#ffffff"
    #: Find: every match in the current tab (the current one is the selection).
    match_background: str = "#ffe08a"
    match_text: str = "#000000"
    #: Show in source: every passage a statement rests on (the first is the selection).
    mark_background: str = "#cfe0ff"
    mark_text: str = "#1b1b1b"


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

DARK = Colors(
    text="#e4e4e4",
    background="#1d1f23",
    muted="#b4b8bf",
    link="#8cb8ff",
    quote_rule="#7fa6e6",
    quote_background="#2a2e36",
    quote_text="#ededed",
    highlight_background="#5a4700",
    highlight_text="#fff3c4",
    kind_background="#34425c",
    kind_text="#dce7ff",
    warning_text="#ffb37d",
    chrome="#2b2d31",
    chrome_text="#e4e4e4",
    selection_background="#3d6fb8",
    selection_text="#ffffff",
    mark_background="#23436e",
    mark_text="#ffffff",
)

#: For low vision: pure black and white, yellow for what is interactive or quoted.
HIGH_CONTRAST = Colors(
    text="#ffffff",
    background="#000000",
    muted="#ffffff",
    link="#ffff00",
    quote_rule="#ffff00",
    quote_background="#000000",
    quote_text="#ffffff",
    highlight_background="#ffff00",
    highlight_text="#000000",
    kind_background="#ffffff",
    kind_text="#000000",
    warning_text="#ffff00",
    chrome="#000000",
    chrome_text="#ffffff",
    selection_background="#ffff00",
    selection_text="#000000",
    match_background="#ff8c00",
    match_text="#000000",
    mark_background="#00ffff",
    mark_text="#000000",
)

#: The screen themes a reader can choose, by their settings name.
SCREEN_THEMES = {"light": LIGHT, "dark": DARK, "high-contrast": HIGH_CONTRAST}

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
