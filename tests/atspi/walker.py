"""Walks briefing-viewer's accessibility tree over AT-SPI from outside, as a screen reader does.

Run it with the system Python, which has Debian's python3-pyatspi (not on PyPI):

    /usr/bin/python3 tests/atspi/walker.py                  # the page shown at start
    /usr/bin/python3 tests/atspi/walker.py --keys alt+2     # the Kyiv tab, opened with Alt+2
    /usr/bin/python3 tests/atspi/walker.py --keys alt+2 --keys tab --keys tab \
        --press "Show in source" --press-in "block quote"

It re-runs itself under ``dbus-run-session`` and starts everything it needs in
that private session (``session.py``): Xvfb, the AT-SPI bus, the app. Keys are
typed through AT-SPI's device controller (XTest) and the focus they move is
heard from AT-SPI's focus events; ``--press`` presses a link of the shown page
through its Action interface, then reads the page it led to and that page's
selected text. The app is quit through File → Quit, pressed the same way, and
its exit status reported. It prints the shown page's tree, or with ``--json``
the facts ``test_screen_reader.py`` asserts on.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import gi  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parents[2]
gi.require_version("Atspi", "2.0")
sys.path.insert(0, str(ROOT))  # run as a script, from any folder

import pyatspi  # type: ignore[import-not-found]  # noqa: E402 - after gi.require_version
from gi.repository import Atspi, GLib  # type: ignore[import-not-found]  # noqa: E402

from tests.atspi.session import WalkError, desktop, focus_shown_window, wait_for  # noqa: E402

SESSION_MARK = "BRIEFING_VIEWER_ATSPI_SESSION"
KEYSYMS = {"tab": 0xFF09, "return": 0xFF0D, "escape": 0xFF1B}
MODIFIERS = {"shift": 1 << 0, "ctrl": 1 << 2, "alt": 1 << 3}  # X modifier masks
#: How long the app is given to hear of the focus listener before the first key.
LISTENER_KNOWN_SECONDS = 1.0
STATES = ("focusable", "focused", "selected", "showing")

Node = dict[str, Any]


# -- reading the tree ---------------------------------------------------------


def role_of(obj: Any) -> str:
    """The role's AT-SPI name: ``document frame``, ``heading``, ``link``…"""
    return str(Atspi.role_get_name(obj.getRole()))


def children(obj: Any) -> list[Any]:
    return [c for c in (obj.getChildAtIndex(i) for i in range(obj.childCount)) if c is not None]


def descendants(obj: Any) -> Iterator[Any]:
    yield obj
    for child in children(obj):
        yield from descendants(child)


def find(obj: Any, role: str, name: str | None = None) -> Any:
    return next(
        (o for o in descendants(obj) if role_of(o) == role and name in (None, o.name)), None
    )


def states(obj: Any) -> list[str]:
    state = obj.getState()
    return [s for s in STATES if state.contains(getattr(pyatspi, f"STATE_{s.upper()}"))]


def describe(obj: Any, depth: int = 0) -> Node:
    """What a screen reader learns of ``obj`` and what is under it."""
    node: Node = {"role": role_of(obj), "name": str(obj.name), "states": states(obj)}
    if obj.description:
        node["description"] = str(obj.description)
    kinds = list(obj.get_interfaces())
    level = dict(obj.get_attributes() or {}).get("level")
    if level is not None:
        node["level"] = int(level)
    if "Action" in kinds:
        action = obj.queryAction()
        node["actions"] = [str(action.getName(i)) for i in range(action.nActions)]
    if "Text" in kinds:
        text = obj.queryText()
        node["text"] = str(text.getText(0, -1))
        spans = [text.getSelection(i) for i in range(text.getNSelections())]
        node["selections"] = [str(text.getText(start, end)) for start, end in spans]
    if "Hypertext" in kinds:
        node["hyperlinks"] = int(obj.queryHypertext().getNLinks())
    if depth < 8:
        node["children"] = [describe(child, depth + 1) for child in children(obj)]
    return node


def shown_page(frame: Any) -> tuple[str, Any]:
    """The selected tab's name and the page under it that is showing."""
    tab = next(t for t in children(find(frame, "page tab list")) if "selected" in states(t))
    pages = children(find(frame, "layered pane"))
    return tab.name, next(p for p in pages if p.name == tab.name and "showing" in states(p))


def press(obj: Any, action_name: str) -> None:
    action = obj.queryAction()
    names = [str(action.getName(i)).lower() for i in range(action.nActions)]
    if action_name.lower() not in names:
        raise WalkError(f"{role_of(obj)} {obj.name!r} has no {action_name!r} action, only {names}")
    action.doAction(names.index(action_name.lower()))


def type_chord(chord: str) -> None:
    """Type ``alt+2``, ``tab`` or ``shift+tab`` through AT-SPI's device event controller."""
    *held, key = chord.lower().split("+")
    mask = sum(MODIFIERS[name] for name in held)
    if mask:
        Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.LOCKMODIFIERS)
    keysym = KEYSYMS[key] if key in KEYSYMS else ord(key)
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    if mask:
        Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.UNLOCKMODIFIERS)


class FocusListener:
    """Hears the focus move as a screen reader does, from ``object:state-changed:focused``."""

    def __init__(self) -> None:
        self.heard: list[tuple[str, str]] = []
        pyatspi.Registry.registerEventListener(self._on_event, "object:state-changed:focused")

    def _on_event(self, event: Any) -> None:
        if event.detail1 != 1:
            return
        # The object may be gone (a page drawn again) before it can be asked.
        with contextlib.suppress(GLib.Error):
            self.heard.append((role_of(event.source), str(event.source.name)))

    def settle(self, seconds: float) -> None:
        """Let ``seconds`` pass while delivering what arrives (the app learns of the listener)."""
        self._deliver(seconds)

    def after(self, act: Callable[[], None], timeout: float = 5.0) -> tuple[str, str]:
        """Where the focus went after ``act()``: the last focus event before 0.6 s of quiet
        (a loaded machine delivers events late)."""
        before = len(self.heard)
        act()
        self._deliver(timeout, lambda quiet: len(self.heard) > before and quiet > 0.6)
        return self.heard[-1] if len(self.heard) > before else ("", "")

    @staticmethod
    def _deliver(seconds: float, enough: Callable[[float], bool] = lambda quiet: False) -> None:
        """Deliver the bus's events for ``seconds``, or until ``enough(quiet)`` holds
        (``quiet``: seconds since the last event was delivered)."""
        context = GLib.MainContext.default()
        deadline = time.monotonic() + seconds
        quiet_since = time.monotonic()
        while time.monotonic() < deadline:
            if context.iteration(False):
                quiet_since = time.monotonic()
            elif enough(time.monotonic() - quiet_since):
                break
            else:
                time.sleep(0.01)


# -- the walk -----------------------------------------------------------------


def app_frame() -> Any:
    """The app's main window, once its tabs are on the bus."""
    for app in children(pyatspi.Registry.getDesktop(0)):
        if app.name == "briefing-viewer":
            frame = next((c for c in children(app) if role_of(c) == "frame"), None)
            if frame is not None and find(frame, "page tab list") is not None:
                return frame
    return None


def first_page(frame: Any) -> Node:
    """The page shown at start, once it is a document (or as it is after 5 s, if it never becomes one)."""

    def as_document() -> tuple[str, Any] | None:
        name, page = shown_page(frame)
        return (name, page) if find(page, "document frame") is not None else None

    try:
        name, page = wait_for("the first page to be a document", as_document, 5)
    except WalkError:
        name, page = shown_page(frame)
    return {"page": name, "tree": describe(page)}


def walk(args: argparse.Namespace, frame: Any) -> dict[str, Any]:
    # Qt's AT-SPI bridge sends only the events some listener has registered for, and hears
    # of a new listener from the registry later, in its own event loop: the listener is
    # registered first, and given time to be known, or the first key's focus goes unheard.
    listener = FocusListener() if args.keys else None
    result: dict[str, Any] = {"focus": [], "start": first_page(frame)}
    if listener is not None:
        wait_for("the keyboard", lambda: focus_shown_window(os.environ["DISPLAY"]), 5)
        wait_for(
            "the window to be active", lambda: frame.getState().contains(pyatspi.STATE_ACTIVE), 5
        )
        listener.settle(LISTENER_KNOWN_SECONDS)
        for chord in args.keys:
            result["focus"].append([chord, *listener.after(partial(type_chord, chord))])
    page_name, page = wait_for("a page to show", lambda: shown_page(frame))
    result["page"] = page_name
    result["tree"] = describe(page)
    if args.press:
        where = find(page, args.press_in) if args.press_in else page
        if where is None:
            raise WalkError(f"no {args.press_in} on the {page_name} page")
        link = find(where, "link", args.press)
        if link is None:
            raise WalkError(f"no link named {args.press!r} on the {page_name} page")
        press(link, "press")
        result["pressed"] = args.press
        wait_for("the press to open another tab", lambda: shown_page(frame)[0] != page_name, 5)
        after_name, after_page = shown_page(frame)
        view = next(o for o in descendants(after_page) if "Text" in o.get_interfaces())
        wait_for("a selection", lambda: view.queryText().getNSelections() > 0, 5)
        result["after"] = {"page": after_name, "view": describe(view, depth=8)}
    return result


def quit_app(frame: Any, app: subprocess.Popen[bytes]) -> int | None:
    """File → Quit, pressed over AT-SPI; the app's exit status, or None if it did not exit."""
    try:
        press(find(frame, "menu item", "Quit"), "press")
        return app.wait(timeout=10)
    except (WalkError, GLib.Error, subprocess.TimeoutExpired):
        return None


def run(args: argparse.Namespace) -> dict[str, Any]:
    with desktop() as place:
        app = place.start([args.python, "-m", "viewer"])
        frame = wait_for("the app on the AT-SPI bus", app_frame, 20)
        try:
            result = walk(args, frame)
        finally:
            exit_status = quit_app(frame, app)
        return {**result, "exit_status": exit_status, "app_log": place.log()}


def print_tree(node: Node, depth: int = 0) -> None:
    notes = [f"level {node['level']}"] if "level" in node else []
    notes += [f"actions {','.join(node['actions'])}"] if node.get("actions") else []
    notes += [f"text {len(node['text'])} chars"] if "text" in node else []
    notes += [f"selected {node['selections']!r}"] if node.get("selections") else []
    print(
        f"{'  ' * depth}[{node['role']}] {node['name']!r}"
        + (f"  ({'; '.join(notes)})" if notes else "")
    )
    for child in node.get("children", []):
        print_tree(child, depth + 1)


def flatten(node: Node) -> Iterator[Node]:
    yield node
    for child in node.get("children", []):
        yield from flatten(child)


def print_report(result: dict[str, Any]) -> None:
    start = result["start"]
    found = list(flatten(start["tree"]))
    print(
        f"at start: page {start['page']}, {len(found)} objects, roles {sorted({n['role'] for n in found})}"
    )
    for chord, role, name in result["focus"]:
        print(f"typed {chord}: focus on [{role}] {name!r}")
    print(f"page: {result['page']}")
    print_tree(result["tree"])
    found = list(flatten(result["tree"]))
    links = [n["name"] for n in found if n["role"] == "link"]
    print(f"roles: {', '.join(sorted({n['role'] for n in found}))}")
    print(f"headings: {[(n['name'], n.get('level')) for n in found if n['role'] == 'heading']}")
    print(f"links ({len(links)}): {links}")
    if "after" in result:
        print(f"after pressing {result['pressed']!r}: page {result['after']['page']}")
        print_tree(result["after"]["view"])
    print(f"app exit status: {result['exit_status']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--keys", action="append", default=[], help="a chord to type, e.g. alt+2")
    parser.add_argument("--press", help="the name of a link on the shown page to press")
    parser.add_argument(
        "--press-in",
        metavar="ROLE",
        help="with --press: the link inside the first ROLE (block quote)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a tree")
    parser.add_argument("--python", default=str(ROOT / ".venv/bin/python"), help="runs -m viewer")
    args = parser.parse_args()
    if os.environ.get(SESSION_MARK) != "1":
        command = ["dbus-run-session", "--", sys.executable, __file__, *sys.argv[1:]]
        return subprocess.call(command, env=dict(os.environ, **{SESSION_MARK: "1"}), cwd=ROOT)
    try:
        result = run(args)
    except WalkError as error:
        print(f"walker: {error}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print_report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
