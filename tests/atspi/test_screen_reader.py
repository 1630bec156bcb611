"""What a screen reader finds on the Kyiv tab, walked over AT-SPI from outside the app.

The walk (``walker.py``, run once for the module with the system Python and
Debian's pyatspi) starts the app under Xvfb with its own D-Bus session and
AT-SPI bus, types Alt+2, Tab and Tab, presses the quote's "Show in source" through AT-SPI,
and reads what it led to. Outside CI a machine without those tools skips, with
the line that installs them; in CI they are installed and a skip would fail.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from viewer.render.markup import displayed_quote
from viewer.render.quotes import speaker_line
from viewer.ui.app import load_bundled

WALKER = Path(__file__).with_name("walker.py")
SYSTEM_PYTHON = "/usr/bin/python3"
PACKAGES = "xvfb dbus-daemon at-spi2-core python3-pyatspi"
KEYS = ["alt+2", "tab", "tab"]  # the page takes the keyboard on a switch: Tab, then the next link

Node = dict[str, Any]


def missing_tools() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-run-session") if shutil.which(tool) is None]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi-bus-launcher")
    has_pyatspi = Path(SYSTEM_PYTHON).exists() and (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0
    )
    return [*missing, *([] if has_pyatspi else ["pyatspi for /usr/bin/python3"])]


@pytest.fixture(scope="module")
def walk() -> dict[str, Any]:
    missing = missing_tools()
    if missing:
        message = f"missing {', '.join(missing)}: apt-get install {PACKAGES}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    command = [SYSTEM_PYTHON, str(WALKER), "--json", "--python", sys.executable]
    for chord in KEYS:
        command += ["--keys", chord]
    command += ["--press", "Show in source", "--press-in", "block quote"]  # the quote's
    walker = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        out, err = walker.communicate(timeout=90)
    finally:
        if walker.poll() is None:
            os.killpg(walker.pid, signal.SIGKILL)  # the walker and all it started
            walker.wait()
    assert walker.returncode == 0, err.decode(errors="replace")[-3000:]
    result: dict[str, Any] = json.loads(out)
    return result


def nodes(node: Node) -> Iterator[Node]:
    yield node
    for child in node.get("children", []):
        yield from nodes(child)


def kyiv_document(walk: dict[str, Any]) -> Node:
    assert walk["page"] == "Kyiv"
    documents = [n for n in nodes(walk["tree"]) if n["role"] == "document frame"]
    assert [d["name"] for d in documents] == ["Region: Kyiv"]
    return documents[0]


def test_the_kyiv_tab_is_a_document_not_a_label(walk: dict[str, Any]) -> None:
    roles = [n["role"] for n in nodes(walk["tree"])]
    assert "label" not in roles
    kyiv_document(walk)


def test_the_page_can_be_moved_through_by_heading(walk: dict[str, Any]) -> None:
    headings = [
        (n["name"], n.get("level")) for n in nodes(kyiv_document(walk)) if n["role"] == "heading"
    ]
    assert headings == [("Kyiv", 1), ("Points", 2), ("Quotes", 2)]


def test_statements_and_the_quote_are_read_in_order(walk: dict[str, Any]) -> None:
    region = load_bundled().briefing.regions[0]
    document = kyiv_document(walk)
    items = [n["name"] for n in nodes(document) if n["role"] == "list item"]
    assert len(items) == len(region.points)
    for item, point in zip(items, region.points, strict=True):
        assert point.text in item  # after the kind's label
        assert point.attribution in item
    quotes = [n for n in nodes(document) if n["role"] == "block quote"]
    assert len(quotes) == 1
    said, attribution, _actions = (p["name"] for p in quotes[0]["children"])
    assert said == displayed_quote(region.quotes[0].text)
    assert speaker_line(region.quotes[0]) in attribution
    assert "according to AFP" in attribution


def test_the_whole_text_is_still_read(walk: dict[str, Any]) -> None:
    text = kyiv_document(walk)["text"]
    assert text.startswith("Kyiv\n")
    assert displayed_quote(load_bundled().briefing.regions[0].quotes[0].text) in text


def test_a_tab_switch_puts_a_screen_reader_on_the_page_and_tab_on_its_links(
    walk: dict[str, Any],
) -> None:
    assert walk["focus"] == [
        ["alt+2", "document frame", "Region: Kyiv"],
        ["tab", "link", "Show in source"],
        ["tab", "link", "Show in source"],
    ]


def test_each_action_is_a_link_to_press_and_says_what_it_acts_on(walk: dict[str, Any]) -> None:
    document = kyiv_document(walk)
    links = [n for n in nodes(document) if n["role"] == "link"]
    assert [link["name"] for link in links] == ["Show in source"] * 5 + ["Copy with citation"]
    assert all("Press" in link["actions"] for link in links)
    said = [link.get("description", "") for link in links]
    assert said[0] == "Kyiv, summary", "links of the same name say which statement"
    assert said[-2:] == ["Kyiv, quote 1", "Kyiv, quote 1"]
    (quote,) = [n for n in nodes(document) if n["role"] == "block quote"]
    in_quote = [n["name"] for n in nodes(quote) if n["role"] == "link"]
    assert in_quote == ["Show in source", "Copy with citation"]


def test_pressing_show_in_source_selects_the_quote_in_the_original_report(
    walk: dict[str, Any],
) -> None:
    after = walk["after"]
    assert after["page"] == "Original report"
    assert after["view"]["role"] == "document frame"
    assert after["view"]["selections"] == [
        "“They have about a third left of the forces that they had arrayed against Kyiv,”"
    ]


def test_the_app_quits_cleanly_from_its_menu(walk: dict[str, Any]) -> None:
    assert walk["exit_status"] == 0, walk["app_log"]
