"""Words as the reviewer compares them: found with their offsets, folded, and placed in their sentence.

Folding makes "Ukraine’s", "Ukraine's" and "ukraine" one word, and "thirds" and
"third": case, possessives (curly or straight apostrophe) and plurals are folded
the same way on both sides of a comparison, so a crude plural rule is enough.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

#: A word or a number: letters and digits, joined by an apostrophe ("haven’t"), a
#: full stop or a comma between digits or letters ("1,000", "3.5", "U.S"). A hyphen or
#: a dash separates words: "two-thirds" is "two" and "thirds". (``\w`` also takes the
#: underscore, which news text does not use; it is much faster than ``[^\W_]``.)
WORD: Final = re.compile(r"\w+(?:[.,'’]\w+)*")

_OPENERS: Final = "“‘«([{"
_CLOSERS: Final = "”’»)]}\"'"
_ENDERS: Final = ".!?…:"
_STRAIGHT: Final = "\"'"


def fold(word: str) -> str:
    """``Ukraine’s`` → ``ukraine``, ``thirds`` → ``third``, ``1,000`` → ``1000``."""
    folded = word.casefold().replace("’", "'")
    if folded.endswith("'s"):
        folded = folded[:-2]
    folded = folded.rstrip("'")
    if folded[:1].isdigit():
        return folded.replace(",", "")
    if len(folded) > 3 and folded.endswith("s") and not folded.endswith(("ss", "us", "is")):
        if folded.endswith("ies"):
            return folded[:-3] + "y"
        if folded.endswith(("ches", "shes", "xes", "sses", "zes")):
            return folded[:-2]
        return folded[:-1]
    return folded


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The words of ``text[start:end]``, as matches whose offsets are ``text``'s."""
    return WORD.finditer(text, start, len(text) if end is None else end)


def folded_words(text: str, start: int = 0, end: int | None = None) -> set[str]:
    return {fold(match.group()) for match in words(text, start, end)}


def is_sentence_start(text: str, index: int) -> bool:
    """Whether the word at ``index`` opens a sentence, a clause after a colon, or a quotation.

    A word just inside an opening quotation mark counts: the speaker's sentence starts
    there (“We assess…”), so its capital says nothing about a name.
    """
    i = index - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i < 0:
        return True
    if text[i] in _OPENERS or (text[i] in _STRAIGHT and (i == 0 or text[i - 1].isspace())):
        return True
    while i >= 0 and text[i] in _CLOSERS:
        i -= 1
    return i >= 0 and text[i] in _ENDERS
