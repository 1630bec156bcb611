"""Accessible objects for the parts of a reading view: headings with levels, lists, quotes, links to press.

These are what a screen reader walks inside a document: each ``PartNode`` stands
for one part of ``document_outline.outline`` and each ``LinkNode`` for one of its
links. None of them is a QObject; each is registered with Qt's accessibility cache
when made and removed from it by ``retire`` (the cache deletes the C++ side, after
which the Python object is dropped), so Qt never holds a pointer Python freed.

PySide6's stubs type ``object()``, ``child()``, ``childAt()`` and ``focusChild()``
as never None and ``interface_cast()`` as an int; Qt answers nullptr for "none",
which PySide6 takes as None, and ``interface_cast`` must answer a VoidPtr (the
``type: ignore[override]`` comments below).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

import shiboken6
from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAttributesInterface,
    QAccessibleInterface,
    QWindow,
)

from viewer.ui.document_outline import Anchor, Kind, Part

Role = QAccessible.Role

ROLES = {
    Kind.HEADING: Role.Heading,
    Kind.PARAGRAPH: Role.Paragraph,
    Kind.LIST: Role.List,
    Kind.ITEM: Role.ListItem,
    Kind.QUOTE: Role.BlockQuote,
}


class Host(Protocol):
    """What the nodes need from the document they belong to."""

    def alive(self) -> bool: ...
    def window(self) -> QWindow: ...
    def block_rect(self, start: int, end: int) -> QRect: ...
    def link_rect(self, anchor: Anchor) -> QRect: ...
    def link_focused(self, anchor: Anchor) -> bool: ...
    def press(self, anchor: Anchor) -> None: ...
    def focus_link(self, anchor: Anchor) -> None: ...


#: What ``interface_cast`` answers for an interface a node lacks. PySide6 turns only a
#: VoidPtr into the C++ ``void *``: an int or None there crashes (the stubs say int).
NULL = shiboken6.VoidPtr(0)


def address(interface: shiboken6.Object) -> shiboken6.VoidPtr:
    """What ``interface_cast`` answers for a helper interface: its C++ address."""
    return shiboken6.VoidPtr(shiboken6.getCppPointer(interface)[0])


class _Level(QAccessibleAttributesInterface):
    """A heading's level, which AT-SPI reports as the object attribute ``level``."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self._level = level

    def attributeKeys(self) -> list[QAccessible.Attribute]:  # noqa: N802 - Qt's name
        return [QAccessible.Attribute.Level]

    def attributeValue(self, key: QAccessible.Attribute) -> object:  # noqa: N802 - Qt's name
        return self._level if key == QAccessible.Attribute.Level else None


class _LinkActions(QAccessibleActionInterface):
    """Press follows the link as a click does; SetFocus moves the keyboard to it."""

    def __init__(self, press: Callable[[], None], focus: Callable[[], None]) -> None:
        super().__init__()
        self._press = press
        self._focus = focus

    def actionNames(self) -> list[str]:  # noqa: N802 - Qt's name
        return [self.pressAction(), self.setFocusAction()]

    def doAction(self, action: str) -> None:  # noqa: N802 - Qt's name
        if action == self.pressAction():
            self._press()
        elif action == self.setFocusAction():
            self._focus()

    def keyBindingsForAction(self, action: str) -> list[str]:  # noqa: N802 - Qt's name
        return ["Return"] if action == self.pressAction() else []

    def localizedActionName(self, name: str) -> str:  # noqa: N802 - Qt's name
        return name

    def localizedActionDescription(self, name: str) -> str:  # noqa: N802 - Qt's name
        return "Follows the link" if name == self.pressAction() else "Moves the focus to the link"


class _Node(QAccessibleInterface):
    """The parts every node shares: a parent, a host document, children and a registration."""

    def __init__(self, host: Host, parent: QAccessibleInterface, start: int, end: int) -> None:
        super().__init__()
        self._host = host
        self._parent = parent
        self._start = start
        self._end = end
        self._children: list[_Node] = []
        self._id = QAccessible.registerAccessibleInterface(self)

    def nodes(self) -> Iterator[_Node]:
        """This node and every node beneath it."""
        yield self
        for child in self._children:
            yield from child.nodes()

    def retire(self) -> None:
        """Remove the node from Qt's cache, which deletes its C++ side; it answers nothing after."""
        QAccessible.deleteAccessibleInterface(self._id)

    # -- QAccessibleInterface -------------------------------------------------

    def isValid(self) -> bool:  # noqa: N802 - Qt's name
        return self._host.alive()

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow:
        return self._host.window()

    def parent(self) -> QAccessibleInterface:
        return self._parent

    def childCount(self) -> int:  # noqa: N802 - Qt's name
        return len(self._children)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return self._children[index] if 0 <= index < len(self._children) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt's name
        return next((i for i, node in enumerate(self._children) if node is child), -1)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        return next((node for node in self._children if node.rect().contains(x, y)), None)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        return None

    def setText(self, t: QAccessible.Text, text: str) -> None:  # noqa: N802 - Qt's name
        del t, text  # a reading view is read-only

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.readOnly = True
        return state

    def interface_cast(self, t: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        return NULL


class PartNode(_Node):
    """A heading, paragraph, list item, list or quote; its children are its parts, then its links."""

    def __init__(self, host: Host, parent: QAccessibleInterface, part: Part) -> None:
        super().__init__(host, parent, part.start, part.end)
        self.part = part
        self._level = _Level(part.level) if part.kind == Kind.HEADING else None
        self._children = [PartNode(host, self, inner) for inner in part.parts]
        self._children += [LinkNode(host, self, anchor) for anchor in part.anchors]

    def role(self) -> QAccessible.Role:
        return ROLES[self.part.kind]

    def rect(self) -> QRect:
        return self._host.block_rect(self._start, self._end)

    def text(self, t: QAccessible.Text) -> str:
        return self.part.text if t == QAccessible.Text.Name else ""

    def interface_cast(self, t: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        if t == QAccessible.InterfaceType.AttributesInterface and self._level is not None:
            return address(self._level)
        return NULL


class LinkNode(_Node):
    """A link: named by its words, pressed to do what a click on it does."""

    def __init__(self, host: Host, parent: QAccessibleInterface, anchor: Anchor) -> None:
        super().__init__(host, parent, anchor.start, anchor.end)
        self.anchor = anchor
        self._actions = _LinkActions(lambda: host.press(anchor), lambda: host.focus_link(anchor))

    def role(self) -> QAccessible.Role:
        return Role.Link

    def rect(self) -> QRect:
        return self._host.link_rect(self.anchor)

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return self.anchor.text
        return self.anchor.description if t == QAccessible.Text.Description else ""

    def state(self) -> QAccessible.State:
        state = super().state()
        state.focusable = True
        state.linked = True
        state.focused = self._host.link_focused(self.anchor)
        return state

    def interface_cast(self, t: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        if t == QAccessible.InterfaceType.ActionInterface:
            return address(self._actions)
        return NULL
