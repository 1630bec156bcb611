"""The quote scanner: every quoted passage of a report, with its marks, bounded to its paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from viewer.authoring import marks
from viewer.authoring.paragraphs import Span

_MARK = re.compile(f"[{re.escape(marks.MARKS)}]")
#: Skipped at a paragraph's start before looking for the mark that opens it: bullets, dashes.
_LEAD = " \t\u00a0\ufeff•·*-–—▪●"


@dataclass(frozen=True)
class FoundQuote:
    """A quoted passage: ``text[start:end]`` including its quotation marks.

    ``closed`` is false when no closing mark came before the paragraph's end, so the quote was
    taken to the paragraph's end; ``continues`` says the quotation goes on in the next paragraph
    (that paragraph opens with a quotation mark, the news convention for long quotations).
    """

    start: int
    end: int
    paragraph: int
    closed: bool = True
    continues: bool = False


@dataclass
class _Frame:
    mark: str
    pos: int
    children: list[FoundQuote] = field(default_factory=list)
    weak: list[int] = field(default_factory=list)

    @property
    def double(self) -> bool:
        return self.mark in marks.DOUBLE_LEVEL


def _has_words(text: str, start: int, end: int) -> bool:
    return any(ch.isalnum() for ch in text[start:end])


def _opens_paragraph(text: str, span: Span) -> str:
    """The opening mark a paragraph starts with (after bullets and dashes), or ""."""
    index = span[0]
    while index < span[1] and text[index] in _LEAD:
        index += 1
    if index < span[1] and text[index] in marks.MARKS and text[index] not in "’":
        return text[index]
    return ""


class _ParagraphScan:
    """One paragraph's marks, matched with a stack of open quotations."""

    def __init__(self, text: str, span: Span, number: int) -> None:
        self.text = text
        self.start, self.end = span
        self.number = number
        self.stack: list[_Frame] = []
        self.found: list[FoundQuote] = []
        self.last_opened = -1

    def _emit(self, quote: FoundQuote) -> None:
        if not _has_words(self.text, quote.start + 1, quote.end - (1 if quote.closed else 0)):
            return
        if self.stack:
            self.stack[-1].children.append(quote)
        else:
            self.found.append(quote)

    def _close(self, depth: int, index: int) -> None:
        frame = self.stack[depth]
        del self.stack[depth:]  # frames opened inside it are part of the quotation
        self._emit(FoundQuote(frame.pos, index + 1, self.number))

    def _closing_frame(self, mark: str, index: int) -> int | None:
        """The depth of the open quotation this mark closes, if it closes one."""
        text = self.text
        before = text[index - 1] if index > self.start else ""
        after = text[index + 1] if index + 1 < self.end else ""
        if mark in marks.APOSTROPHES and (
            not before or before.isspace() or not marks.closing_position(after)
        ):
            return None  # they’re, Russia’s: an apostrophe inside a word
        if mark not in marks.FIRM_CLOSERS:
            clearly_opening = marks.opening_position(before) and not marks.closing_position(after)
            if clearly_opening or (index - 1 == self.last_opened):
                return None
        for depth in range(len(self.stack) - 1, -1, -1):
            frame = self.stack[depth]
            if mark in marks.CLOSERS[frame.mark]:
                if not frame.double and marks.is_weak_close(text, index, self.end):
                    frame.weak.append(index)
                    return -1
                return depth
        return None

    def _opens(self, mark: str, index: int) -> bool:
        text = self.text
        before = text[index - 1] if index > self.start else ""
        after = text[index + 1] if index + 1 < self.end else ""
        if mark in marks.FIRM_OPENERS:
            return True
        if mark not in marks.CONTEXT_OPENERS or not after or after.isspace():
            return False
        if mark in "‘'‚" and (before.isalnum() or marks.is_elision(text, index + 1)):
            return False
        if mark == '"':
            return marks.opening_position(before) or not marks.closing_position(after)
        return marks.opening_position(before) or index - 1 == self.last_opened

    def feed(self, mark: str, index: int) -> None:
        depth = self._closing_frame(mark, index)
        if depth == -1:
            return
        if depth is not None:
            self._close(depth, index)
        elif self._opens(mark, index):
            self.stack.append(_Frame(mark, index))
            self.last_opened = index

    def finish(self, next_opening: str) -> list[FoundQuote]:
        """Settle the quotations still open at the paragraph's end, innermost first."""
        while self.stack:
            frame = self.stack.pop()
            if frame.weak:
                # ‘…the students’ union…’ had no better close: take the first possible one.
                close = frame.weak[0]
                self._emit(FoundQuote(frame.pos, close + 1, self.number))
                for quote in frame.children:
                    if quote.start > close:
                        self._emit(quote)
                continue
            continued = (
                not self.stack and bool(next_opening) and self._may_continue(frame, next_opening)
            )
            holds_quotes = any(self._double_child(child) for child in frame.children)
            if continued or (frame.double and not holds_quotes):
                self._emit(FoundQuote(frame.pos, self.end, self.number, False, continued))
                continue
            for quote in frame.children:  # a stray opening mark: what it held stands alone
                self._emit(quote)
        return sorted(self.found, key=lambda quote: quote.start)

    def _double_child(self, quote: FoundQuote) -> bool:
        return self.text[quote.start] in marks.DOUBLE_LEVEL

    def _may_continue(self, frame: _Frame, next_opening: str) -> bool:
        if frame.double:
            return next_opening in marks.DOUBLE_LEVEL
        # A quotation in single marks continues only when it opened its paragraph.
        return _opens_paragraph(self.text, (self.start, self.end)) == frame.mark == next_opening


def find_quotes(text: str, spans: list[Span]) -> list[FoundQuote]:
    """Every quoted passage of ``text``, paragraph by paragraph (``spans`` from ``paragraphs``).

    Only outermost quotations are reported: a quotation inside another (‘…’ inside “…”) is part
    of it. A mark that opens and is not closed in its paragraph yields a quote to the paragraph's
    end (double marks), or is taken for a stray mark (single marks, which are often apostrophes),
    so an unbalanced mark never swallows the rest of the text.
    """
    found: list[FoundQuote] = []
    positions = [(m.start(), m.group()) for m in _MARK.finditer(text)]
    cursor = 0
    for number, span in enumerate(spans):
        start, end = span
        while cursor < len(positions) and positions[cursor][0] < start:
            cursor += 1
        scan = _ParagraphScan(text, span, number)
        while cursor < len(positions) and positions[cursor][0] < end:
            index, mark = positions[cursor]
            scan.feed(mark, index)
            cursor += 1
        following = _opens_paragraph(text, spans[number + 1]) if number + 1 < len(spans) else ""
        found.extend(scan.finish(following))
    return found
