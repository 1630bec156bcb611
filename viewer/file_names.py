"""File names made from briefing text: a PDF suggested under its briefing's title.

A title is untrusted text. The name made from it has no path separators, no
control or invisible formatting characters, no leading dot or dash, and fits
every common file system; letters of every script, and emoji, are kept.
"""

from __future__ import annotations

import unicodedata
from typing import Final

#: A name asks for at most this many characters …
MAX_NAME_CHARS: Final = 100
#: … and this many bytes of UTF-8 (file systems allow 255; the suffix needs room).
MAX_NAME_BYTES: Final = 200

#: Path separators read as a dash ("Kherson/Mykolaiv" → "Kherson-Mykolaiv").
_SEPARATORS: Final = frozenset("/\\")
#: Refused by Windows, macOS's Finder or a FAT-formatted stick: read as a space.
_REFUSED: Final = frozenset(':*?"<>|')
#: Invisible formatting characters that belong to words (Persian, emoji sequences).
_JOINERS: Final = frozenset("\u200c\u200d")
#: Control, bidirectional and other formatting characters, surrogates, private use,
#: unassigned: none of them shows, and a right-to-left override can disguise a name.
_HIDDEN_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def _readable(text: str) -> str:
    """``text`` on one line, with nothing a file name should not carry."""
    kept = []
    for char in unicodedata.normalize("NFC", text):
        category = unicodedata.category(char)
        if char in _SEPARATORS:
            kept.append("-")
        elif char in _JOINERS:
            kept.append(char)
        elif char in _REFUSED or category in _HIDDEN_CATEGORIES or category.startswith("Z"):
            kept.append(" ")  # line breaks and tabs are Cc; every kind of space is Z*
        else:
            kept.append(char)
    return " ".join("".join(kept).split())


def _shortened(name: str) -> str:
    """At most ``MAX_NAME_CHARS`` characters and ``MAX_NAME_BYTES`` bytes, cut between words."""
    cut = name[:MAX_NAME_CHARS]
    while len(cut.encode("utf-8")) > MAX_NAME_BYTES:
        cut = cut[:-1]
    if cut != name:
        space = cut.rfind(" ")
        if space > len(cut) * 0.6:  # a word boundary not too far back
            cut = cut[:space]
    return cut


def _tidy(name: str) -> str:
    # A leading dot hides a file, a leading dash reads as an option to a command,
    # trailing dots and spaces vanish on Windows; a cut may leave a joiner alone.
    return name.strip(" .-\u200c\u200d")


def safe_file_name(title: str, suffix: str, fallback: str = "briefing") -> str:
    """A file name for something called ``title``, ending in ``suffix`` (".pdf").

    When nothing of the title is left (only dots, slashes or controls), ``fallback``
    is used, made safe the same way, and "briefing" when that is empty too.
    """
    for text in (title, fallback):
        name = _tidy(_shortened(_tidy(_readable(text))))
        if name:
            return name + suffix
    return "briefing" + suffix
