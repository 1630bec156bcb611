"""Briefing text turned into widget labels: tabs, menus, tooltips and the window title.

Widgets read ``&`` as a mnemonic and guess rich text in tooltips; these helpers make
briefing strings show literally wherever a widget, not a document, displays them.
"""

from __future__ import annotations

import html

from viewer.text import one_line, visible

#: Longer region names are shortened on their tab; the tooltip has the whole name.
MAX_TAB_TITLE = 32


def tab_title(text: str) -> str:
    """Tab bars read ``&`` as a mnemonic marker; briefing text shows it literally."""
    shown = one_line(text)
    if len(shown) > MAX_TAB_TITLE:
        shown = shown[: MAX_TAB_TITLE - 1].rstrip() + "…"
    return shown.replace("&", "&&")


def menu_text(text: str) -> str:
    """A menu entry that shows ``text`` literally (``&`` doubled, controls visible)."""
    return one_line(text).replace("&", "&&")


def plain_tooltip(text: str) -> str:
    """Tooltips guess rich text; escaped text inside a paragraph always shows literally."""
    return f"<p style='white-space: pre-wrap'>{html.escape(visible(text))}</p>"


def window_title(title: str) -> str:
    """The briefing's title; Qt appends the application's display name itself."""
    # "[*]" is Qt's placeholder for the modified marker and would vanish from a title.
    return one_line(title).replace("[*]", "[ * ]")
