"""The structure a screen reader moves by (headings, lists, quotes, links), read from a shown QTextDocument.

The outline is read from the very document a reading view shows, never rendered
a second time: headings come from the blocks' heading levels, links from the
anchors' hrefs. One convention of ``viewer.render`` is relied on: a table is a
quote (``render.quote_block`` is the only table in our pages).
"""

from __future__ import annotations

from enum import Enum

import msgspec
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

# Qt's line separator for <br> and the no-break spaces around kind labels read as spaces.
_SPACES = str.maketrans({"\u2028": " ", "\u2029": " ", "\xa0": " "})


class Kind(Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST = "list"
    ITEM = "item"
    QUOTE = "quote"


class Anchor(msgspec.Struct, frozen=True):
    """A link: its href and its words, at document positions ``start``…``end``."""

    href: str
    text: str
    start: int
    end: int
    description: str = ""  # what it acts on (the anchor's title), for links of one name


class Part(msgspec.Struct, frozen=True):
    """A heading, paragraph, list item, or a list or quote made of ``parts``.

    ``start``…``end`` are document positions; ``level`` is a heading's level (1 for h1), else 0.
    """

    kind: Kind
    text: str
    start: int
    end: int
    level: int = 0
    anchors: tuple[Anchor, ...] = ()
    parts: tuple[Part, ...] = ()


def spoken(text: str) -> str:
    """A block's text as one line: line breaks and no-break spaces as spaces, runs collapsed."""
    return " ".join(text.translate(_SPACES).split())


def anchors_of(block: QTextBlock) -> tuple[Anchor, ...]:
    """The block's links in reading order; fragments of one link (bold inside it) are joined."""
    found: list[Anchor] = []
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        char_format = fragment.charFormat()
        href = char_format.anchorHref() if char_format.isAnchor() else ""
        start, end = fragment.position(), fragment.position() + fragment.length()
        if href and found and found[-1].href == href and found[-1].end == start:
            last = found.pop()
            found.append(
                Anchor(href, last.text + fragment.text(), last.start, end, last.description)
            )
        elif href:
            found.append(Anchor(href, fragment.text(), start, end, char_format.toolTip()))
        fragments += 1
    return tuple(Anchor(a.href, spoken(a.text), a.start, a.end, a.description) for a in found)


def _leaf(block: QTextBlock) -> Part | None:
    text = spoken(block.text())
    anchors = anchors_of(block)
    if not text and not anchors:
        return None  # spacing: the quote's rule cell, the document's last empty block
    start, end = block.position(), block.position() + block.length() - 1
    level = block.blockFormat().headingLevel()
    if level > 0:
        return Part(Kind.HEADING, text, start, end, level, anchors)
    kind = Kind.ITEM if block.textList() is not None else Kind.PARAGRAPH
    return Part(kind, text, start, end, 0, anchors)


def _group(kind: Kind, parts: list[Part]) -> Part:
    return Part(kind, "", parts[0].start, parts[-1].end, parts=tuple(parts))


def outline(document: QTextDocument) -> list[Part]:
    """The document's parts in reading order: consecutive items form a list, a table's blocks a quote."""
    result: list[Part] = []
    group: list[Part] = []
    group_key: object = None
    group_kind = Kind.LIST

    def close_group() -> None:
        nonlocal group, group_key
        if group:
            result.append(_group(group_kind, group))
        group, group_key = [], None

    block = document.begin()
    while block.isValid():
        part = _leaf(block)
        if part is not None:
            table = QTextCursor(block).currentTable()
            key: object = table if table is not None else block.textList()
            if key is None:
                close_group()
                result.append(part)
            else:
                if key is not group_key:
                    close_group()
                    group_key = key
                    group_kind = Kind.QUOTE if table is not None else Kind.LIST
                group.append(part)
        block = block.next()
    close_group()
    return result
