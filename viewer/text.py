"""Small text helpers shared by the render path, the widgets and the messages.

Briefing text reaches a reader through documents, tab titles, menus and messages;
these say once how it is made visible, how a count is worded, and how Qt's
positions (UTF-16 units, one block break per line break) relate to Python's.
"""

from __future__ import annotations

# C0 controls (but tab and line breaks) and DEL would vanish from a rendered page;
# show them as their Unicode control pictures (␀ … ␟, ␡) so a reader sees they are there.
_CONTROL_PICTURES = {code: 0x2400 + code for code in range(0x20) if chr(code) not in "\t\n\r"}
_CONTROL_PICTURES[0x7F] = 0x2421


def fold_breaks(text: str) -> str:
    """CR LF and lone CR become LF, as ``QTextDocument`` makes one block break of each."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def visible(text: str) -> str:
    """The text a reader is shown: control characters as visible pictures, line breaks as LF."""
    return fold_breaks(text).translate(_CONTROL_PICTURES)


def one_line(text: str) -> str:
    """``visible`` text on one line, for tab titles, menus, list entries and window titles."""
    return visible(text).replace("\n", " ")


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """ "1 quote", "2 quotes"; ``plural`` where adding an "s" is wrong ("1 analysis", "2 analyses")."""
    return f"{number} {noun if number == 1 else (plural or noun + 's')}"


def utf16_len(text: str) -> int:
    """Length in UTF-16 units, as Qt counts positions (an emoji counts 2)."""
    return len(text.encode("utf-16-le")) // 2


def utf16_offset(text: str, index: int) -> int:
    """The Qt position of the code-point ``index`` in ``text``."""
    return utf16_len(text[:index])
