"""Every screen theme keeps WCAG AA contrast; paper colours survive a greyscale printer."""

from __future__ import annotations

import re

import pytest

from tests.helpers.contrast import contrast
from viewer.theme import DARK, HIGH_CONTRAST, LIGHT, PRINT, SCREEN_THEMES, Colors

#: (foreground, background) pairs that appear together, as the stylesheet and palette use them.
TEXT_PAIRS = (
    ("text", "background"),  # body text
    ("muted", "background"),  # attributions, captions
    ("link", "background"),  # region links, "Show in source"
    ("warning_text", "background"),  # unverified quotes
    ("quote_text", "quote_background"),  # quote text
    ("muted", "quote_background"),  # speaker line inside a quote
    ("link", "quote_background"),  # links inside a quote
    ("highlight_text", "highlight_background"),  # quoted spans in the original report
    ("kind_text", "kind_background"),  # kind labels
    ("chrome_text", "chrome"),  # menus, tabs, buttons
    ("muted", "chrome"),  # disabled entries
    ("selection_text", "selection_background"),  # selected text, current find match
    ("match_text", "match_background"),  # the other find matches
    ("mark_text", "mark_background"),  # the passages a statement rests on
)


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near miss


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
@pytest.mark.parametrize(("foreground", "background"), TEXT_PAIRS)
def test_text_keeps_aa_contrast(name: str, foreground: str, background: str) -> None:
    colors = SCREEN_THEMES[name]
    ratio = contrast(getattr(colors, foreground), getattr(colors, background))
    assert ratio >= 4.5, f"{name}: {foreground} on {background} is {ratio:.2f}:1"


@pytest.mark.parametrize("colors", [LIGHT, DARK, HIGH_CONTRAST, PRINT])
def test_quote_rule_stands_out_from_the_page(colors: Colors) -> None:
    # A non-text mark: WCAG asks 3:1 against what is around it.
    assert contrast(colors.quote_rule, colors.background) >= 3.0


def test_every_colour_is_a_hex_triplet() -> None:
    for colors in (LIGHT, DARK, HIGH_CONTRAST, PRINT):
        for name in colors.__struct_fields__:
            value = getattr(colors, name)
            assert re.fullmatch("#[0-9a-f]{6}", value), (name, value)
