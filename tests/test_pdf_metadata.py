"""A PDF's metadata reads back as valid XML, and as what the screen shows, whatever the title holds."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from tests.helpers.hostile_cases import NAUGHTY_STRINGS
from tests.helpers.paths import BUNDLED
from viewer.loading import load_briefing
from viewer.pdf_export import export_pdf
from viewer.printing import PrintOptions
from viewer.text import visible

ONE_REGION = PrintOptions((0,), include_original=False)  # one short PDF per example


def as_on_screen(text: str) -> str:
    """The screen's form (control pictures); XML 1.0 cannot carry U+FFFE, U+FFFF, surrogates."""
    return re.sub("[\ud800-\udfff\ufffe\uffff]", "\ufffd", visible(text))


def expected_titles(title: str) -> tuple[str, str]:
    """XMP and document-info title; Qt writes a leading U+FEFF as the info string's byte-order mark."""
    return as_on_screen(title), as_on_screen(title).removeprefix("\ufeff")


def exported_titles(folder: Path, title: str) -> tuple[str, str]:
    """The PDF's XMP title (parsed as XML, as pypdf does) and its document-info title."""
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["title"] = title
    path = folder / "briefing.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = folder / "briefing.pdf"
    export_pdf(load_briefing(path), out, ONE_REGION)
    reader = PdfReader(out)
    xmp = reader.xmp_metadata  # raises PdfReadError when the packet is not well-formed XML
    assert xmp is not None
    assert xmp.dc_title is not None
    assert reader.metadata is not None
    return xmp.dc_title["x-default"], str(reader.metadata.title)


@pytest.mark.parametrize("title", NAUGHTY_STRINGS)
def test_naughty_titles_read_back_as_on_screen(qapp: Any, tmp_path: Path, title: str) -> None:
    assert exported_titles(tmp_path, title) == expected_titles(title)


def test_a_form_feed_reads_back_as_its_control_picture(qapp: Any, tmp_path: Path) -> None:
    xmp_title, _ = exported_titles(tmp_path, "Weekly\x0cbriefing")
    assert xmp_title == "Weekly\u240cbriefing"


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=40))
@example(title="\x01\ufffe")
def test_any_title_reads_back_as_on_screen(qapp: Any, tmp_path: Path, title: str) -> None:
    assert exported_titles(tmp_path, title) == expected_titles(title)


def test_a_naughty_region_name_reads_back_in_the_subject(qapp: Any, tmp_path: Path) -> None:
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["regions"][0]["name"] = "Kyiv\x0c<&>\ufffe"
    path = tmp_path / "briefing.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "briefing.pdf"
    export_pdf(load_briefing(path), out, ONE_REGION)
    xmp = PdfReader(out).xmp_metadata
    assert xmp is not None
    assert xmp.dc_description is not None
    assert xmp.dc_description["x-default"].endswith("(Kyiv\u240c<&>\ufffd)")
