"""Words and punctuation of a stretch of text, with their offsets, for the cue finder."""

from __future__ import annotations

import re

#: U.S. and P.J. as one word; Tribune-Review, NPR’s and 3.5 as one word; punctuation alone.
_TOKEN = re.compile(r"(?:\w\.){2,}|\w+(?:[’'\-&./]\w+)*|[^\w\s]")


class Token:
    """One word or punctuation mark: ``text`` at ``start``–``end``."""

    __slots__ = ("capitalised", "end", "lower", "start", "text", "word")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower()
        self.word = text[0].isalnum() or text[0] == "_"
        self.capitalised = text[0].isupper()

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``, offsets into ``text``."""
    return [
        Token(match.start(), match.end(), match.group())
        for match in _TOKEN.finditer(text, start, end)
    ]
