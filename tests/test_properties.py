"""Property-based: whatever the bytes or values, the loader answers with a briefing or its own error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from tests.helpers.paths import BUNDLED
from viewer.loading import load_briefing
from viewer.model.loaded import LoadedBriefing
from viewer.problems import BriefingError
from viewer.render.pages import overview_html, region_html
from viewer.text import visible

PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


def load_or_refuse(path: Path) -> LoadedBriefing | None:
    refusal: BriefingError | None = None
    try:
        return load_briefing(path)
    except BriefingError as error:
        refusal = error
    assert refusal is not None
    assert refusal.problems
    assert "\n" not in refusal.one_line()
    return None


@PROPERTY_SETTINGS
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_load_or_are_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "any.json"
    path.write_bytes(data)
    load_or_refuse(path)


@PROPERTY_SETTINGS
@given(value=json_values)
def test_arbitrary_json_values_load_or_are_refused(tmp_path: Path, value: Any) -> None:
    path = tmp_path / "any.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    load_or_refuse(path)


@PROPERTY_SETTINGS
@given(
    field=st.sampled_from(["title", "name", "summary", "point", "speaker", "outlet"]),
    value=st.text(min_size=1),
)
def test_any_text_in_a_string_field_is_accepted_and_shown_verbatim(
    qapp: Any, tmp_path: Path, field: str, value: str
) -> None:
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    region = data["regions"][0]
    targets = {
        "title": (data, "title"),
        "name": (region, "name"),
        "summary": (region, "summary"),
        "point": (region["points"][0], "text"),
        "speaker": (region["quotes"][0], "speaker"),
        "outlet": (region["quotes"][0]["outlet"], "name"),
    }
    owner, key = targets[field]
    owner[key] = value
    data["source"]["path"] = "../seeds/000_1de14245fb9f593d.txt"
    path = tmp_path / "briefing.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = load_or_refuse(path)
    if loaded is None:
        # JSON can carry lone surrogates, which are refused by design; nothing else is.
        assert any(0xD800 <= ord(ch) <= 0xDFFF for ch in value)
        return
    document = QTextDocument()
    document.setHtml(overview_html(loaded) + region_html(loaded, 0))

    def lines(text: str) -> str:  # Qt keeps a line separator as one; compare line breaks alike
        return text.replace("\u2029", "\n").replace("\u2028", "\n")

    shown = lines(document.toRawText())
    expected = lines(visible(value))
    assert expected in shown
