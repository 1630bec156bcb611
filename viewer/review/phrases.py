"""Words with their offsets, and the lexicon's phrases found among them, fast on a long report.

A report is cut into words once (``Words``); a phrase matcher then looks only at
words a phrase can start with, so finding every hedge or cue in a span costs a
dictionary look-up per word instead of a regular expression tried at every character.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import Generic, TypeVar

from viewer.review.lexicon import NUMBER_WORDS
from viewer.review.words import WORD, fold

Label = TypeVar("Label")


def normal(word: str) -> str:
    """How phrases compare words: lower case, the curly apostrophe as the straight one."""
    return word.lower().replace("’", "'")


class Words:
    """The words of a text: each as written, in its ``normal`` form, and where it is.

    Offsets are worked out only when asked for: most statements never need them.
    """

    def __init__(self, text: str, *, with_offsets: bool = False) -> None:
        """``with_offsets`` for a text whose offsets will be asked for (a report): the
        words are then found once, with their offsets, instead of twice."""
        self.text = text
        #: Each word as the text writes it (capitals kept).
        self.written: list[str]
        if with_offsets:
            self._found = list(WORD.finditer(text))
            self.written = [match.group() for match in self._found]
        else:
            self.written = WORD.findall(text)
        # One lower-casing of all the words at once: a word never holds a NUL.
        self.normal = normal("\0".join(self.written)).split("\0") if self.written else []

    @cached_property
    def _found(self) -> list[re.Match[str]]:
        return list(WORD.finditer(self.text))

    @cached_property
    def starts(self) -> list[int]:
        return [match.start() for match in self._found]

    def __len__(self) -> int:
        return len(self.normal)

    def within(self, start: int, end: int) -> range:
        """The indexes of the words that start inside ``[start, end)``."""
        return range(bisect_left(self.starts, start), bisect_left(self.starts, end))

    def start(self, index: int) -> int:
        return self._found[index].start()

    def end(self, index: int) -> int:
        return self._found[index].end()

    def spaced(self, left: int, right: int) -> bool:
        """Whether only whitespace separates word ``left`` from the next word ``right``."""
        return self.text[self._found[left].end() : self._found[right].start()].isspace()


def _is_number(word: str) -> bool:
    return word[:1].isdigit() or fold(word) in NUMBER_WORDS


class Phrases(Generic[Label]):
    """Find labelled phrases among words; the longest phrase at a word wins.

    Args:
        labelled: ``(phrase, label)`` pairs; a phrase is words separated by spaces,
            ``#`` standing for a number.
        not_after: a phrase is not found right after one of these words.
        not_before: a phrase is not found right before one of these words.

    A phrase never starts on the second part of a hyphenated word ("so-called" has
    no "called").
    """

    def __init__(
        self,
        labelled: Iterable[tuple[str, Label]],
        not_after: dict[str, frozenset[str]] | None = None,
        not_before: dict[str, frozenset[str]] | None = None,
    ) -> None:
        self._first: dict[str, list[tuple[tuple[str, ...], str, Label]]] = {}
        for phrase, label in dict(labelled).items():
            parts = tuple(phrase.split())
            self._first.setdefault(parts[0], []).append((parts, phrase, label))
        for candidates in self._first.values():
            candidates.sort(key=lambda candidate: -len(candidate[0]))
        #: Every word a phrase can start with, by label: a text without one has none.
        self.first_words: dict[Label, frozenset[str]] = {}
        for first, candidates in self._first.items():
            for _, _, label in candidates:
                self.first_words[label] = self.first_words.get(label, frozenset()) | {first}
        self._not_after = not_after or {}
        self._not_before = not_before or {}

    def find(self, words: Words, indexes: range | None = None) -> Iterator[tuple[Label, int, int]]:
        """``(label, start, end)`` of each phrase among the words at ``indexes`` (all by default)."""
        span = indexes if indexes is not None else range(len(words))
        first = self._first
        normal_words = words.normal
        stop = span.stop
        free = span.start  # phrases do not overlap: the next may start here
        for index in [i for i in span if normal_words[i] in first]:
            if index < free or self._in_compound(words, index):
                continue
            for parts, phrase, label in first[normal_words[index]]:
                length = self._length(words, index, stop, parts, phrase)
                if length:
                    yield label, words.start(index), words.end(index + length - 1)
                    free = index + length
                    break

    def _in_compound(self, words: Words, index: int) -> bool:
        start = words.start(index)
        return start > 0 and words.text[start - 1] == "-"

    def _length(
        self, words: Words, index: int, stop: int, parts: tuple[str, ...], phrase: str
    ) -> int:
        last = index + len(parts) - 1
        if last >= stop:
            return 0
        for offset in range(1, len(parts)):
            at = index + offset
            part = parts[offset]
            word = words.normal[at]
            if not (word == part or (part == "#" and _is_number(word))):
                return 0
            if not words.spaced(at - 1, at):
                return 0
        before = self._not_after.get(phrase)
        if before and index > 0 and words.normal[index - 1] in before:
            return 0
        after = self._not_before.get(phrase)
        if after and last + 1 < len(words) and words.normal[last + 1] in after:
            return 0
        return len(parts)
