"""The text of every section of one briefing, for find: built once per load, in idle time.

Searching the documents of the tabs would mean building a widget for every
region, and ``QTextDocument.find`` is ten times slower than ``str.count`` on a
folded copy. The index holds each section's text exactly as its view's document
holds it (``QTextDocument.toRawText`` of the same HTML and stylesheet), so a
position found here is a cursor position there.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QTextDocument

from viewer.section import Section
from viewer.text import utf16_len, utf16_offset

#: Each idle slice builds sections for about this long, so the window stays responsive.
SLICE_SECONDS = 0.008

#: Characters a keyboard rarely types, found by the one it does: curly quotes and
#: apostrophes by straight ones, dashes and minus by the hyphen, no-break and thin
#: spaces by the space. Each is one character, so positions stay valid.
_PUNCTUATION = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u02bc\u2039\u203a\u2032", "'"),  # ‘ ’ ‚ ‛ ʼ ‹ › ′
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033", '"'),  # “ ” „ ‟ « » ″
    # ‐ ‑ ‒ – — ― − ﹣ －
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d", "-"),
    **dict.fromkeys("\u00a0\u2007\u2009\u202f", " "),  # no-break, figure, thin, narrow no-break
}


@cache
def _folded_char(char: str, case_sensitive: bool) -> str:
    """``char`` without accents (and lower-cased), if that is still one character."""
    if char in _PUNCTUATION:
        return _PUNCTUATION[char]
    lowered = char if case_sensitive else char.lower()
    if len(lowered) != 1:
        lowered = char
    base = "".join(c for c in unicodedata.normalize("NFD", lowered) if not unicodedata.combining(c))
    return base if len(base) == 1 else lowered


def fold(text: str, case_sensitive: bool = False) -> str:
    """``text`` for matching: same length, accents dropped, lower-cased unless ``case_sensitive``,
    quotes, dashes and spaces made plain (``_PUNCTUATION``).

    Keeping the length keeps positions valid in the original text ("İ" lower-cases
    to two characters, so it stays as it is).
    """
    table = {ord(c): _folded_char(c, case_sensitive) for c in set(text)}
    return text.translate(table)


class SectionPages(Protocol):
    """Each section's HTML, rendered when asked (``SectionHtml``)."""

    @property
    def sections(self) -> list[Section]: ...

    def html(self, section: Section) -> str: ...


class TextIndex(QObject):
    """Section texts, built in slices on the event loop after ``start()``.

    Any query first completes what is missing, so answers are always whole.

    Signals:
        ready(): every section's text is in.
    """

    ready = Signal()

    def __init__(self, pages: SectionPages, style: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        self.sections: Sequence[Section] = pages.sections
        self._numbers = {section: number for number, section in enumerate(self.sections)}
        self._style = style
        self._texts: list[str] = []
        # The default search (case ignored) is folded while building, in idle time.
        self._folded: dict[bool, list[str]] = {False: []}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._build_slice)

    @property
    def is_complete(self) -> bool:
        return len(self._texts) == len(self.sections)

    def start(self) -> None:
        """Build the rest in idle time, a slice at a time."""
        if not self.is_complete:
            self._timer.start(0)

    def number(self, section: Section | None) -> int | None:
        """The place of ``section`` in ``sections`` (and in ``counts``), if it has one."""
        return self._numbers.get(section) if section is not None else None

    def text(self, section: Section) -> str:
        self._complete()
        return self._texts[self._numbers[section]]

    def counts(self, needle: str, case_sensitive: bool) -> list[int]:
        """Non-overlapping matches of ``needle`` in each section, in the order of ``sections``."""
        if not needle:
            return [0] * len(self.sections)
        wanted = fold(needle, case_sensitive)
        return [text.count(wanted) for text in self._folded_texts(case_sensitive)]

    def spans(self, section: Section, needle: str, case_sensitive: bool) -> list[tuple[int, int]]:
        """(start, end) of each match in ``section``, as code points of ``text(section)``."""
        wanted = fold(needle, case_sensitive)
        folded = self._folded_texts(case_sensitive)[self._numbers[section]]
        found = []
        start = folded.find(wanted) if wanted else -1
        while start >= 0:
            end = start + len(wanted)
            found.append((start, end))
            start = folded.find(wanted, end)
        return found

    def positions(
        self, section: Section, needle: str, case_sensitive: bool
    ) -> list[tuple[int, int]]:
        """(start, end) of each match in ``section``, as document positions (UTF-16 units)."""
        found = self.spans(section, needle, case_sensitive)
        raw = self._texts[self._numbers[section]]
        if utf16_len(raw) == len(raw):
            return found
        return [(utf16_offset(raw, start), utf16_offset(raw, end)) for start, end in found]

    def _folded_texts(self, case_sensitive: bool) -> list[str]:
        self._complete()
        if case_sensitive not in self._folded:
            self._folded[case_sensitive] = [fold(text, case_sensitive) for text in self._texts]
        return self._folded[case_sensitive]

    def _complete(self) -> None:
        if not self.is_complete:
            self._timer.stop()
            while not self.is_complete:
                self._build_one()
            self.ready.emit()

    def _build_one(self) -> None:
        document = QTextDocument()
        document.setDefaultStyleSheet(self._style)
        document.setHtml(self._pages.html(self.sections[len(self._texts)]))
        text = document.toRawText()
        self._texts.append(text)
        self._folded[False].append(fold(text))

    @Slot()
    def _build_slice(self) -> None:
        deadline = time.perf_counter() + SLICE_SECONDS
        while not self.is_complete and time.perf_counter() < deadline:
            self._build_one()
        if self.is_complete:
            self.ready.emit()
        else:
            self._timer.start(0)
