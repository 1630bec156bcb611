"""``scaffold(report, out, force)``: what it writes, what it refuses, and what it says."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.paths import SEED
from viewer.authoring.scaffold import build_draft, scaffold

PAGE = Path(__file__).parent / "data" / "saved-page.html"


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    shutil.copyfile(SEED, path)
    return path


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_a_text_report_becomes_a_draft(
    report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "draft.json"
    assert scaffold(str(report), str(out), False) == 0
    captured = capsys.readouterr()
    assert captured.out == (
        f"{out}: draft with 8 quotes (2 with an outlet, 2 speakers to name, 1 without a cue) "
        f"from {report}\n"
    )
    assert captured.err == ""
    draft = load(out)
    assert (draft["format"], draft["status"]) == ("briefing/2", "draft")
    assert (draft["takeaways"], draft["regions"]) == ([], [])
    assert draft["source"]["path"] == "report.txt"
    assert draft["source"]["sha256"] == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert [draft["source"][k] for k in ("headline", "publisher", "author", "published")] == [
        None
    ] * 4
    assert len(draft["quotes"]) == 8


def test_the_source_path_is_relative_to_outs_folder(report: Path, tmp_path: Path) -> None:
    (tmp_path / "drafts").mkdir()
    out = tmp_path / "drafts" / "draft.json"
    assert scaffold(str(report), str(out), False) == 0
    assert load(out)["source"]["path"] == "../report.txt"


def test_an_existing_out_is_refused_unless_forced(
    report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "draft.json"
    out.write_text("mine", encoding="utf-8")
    assert scaffold(str(report), str(out), False) == 2
    err = capsys.readouterr().err
    assert err == f"briefing-viewer: {out}: already exists; pass --force to replace it\n"
    assert out.read_text(encoding="utf-8") == "mine"
    assert scaffold(str(report), str(out), True) == 0
    assert load(out)["status"] == "draft"


def test_out_that_is_the_report_is_refused_even_when_forced(
    report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert scaffold(str(report), str(report), True) == 2
    assert "the report is never written" in capsys.readouterr().err
    assert report.read_bytes() == SEED.read_bytes()


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("missing.txt", None, "no such file"),
        ("folder.txt", "dir", "is a directory; expected a regular file"),
        ("fifo.txt", "fifo", "is a FIFO (named pipe); expected a regular file"),
        (
            "latin1.txt",
            "latin1",
            "not UTF-8 text: byte 0xE9 at byte offset 3; "
            "save the report as UTF-8 (or as a web page, .html)",
        ),
        ("empty.txt", "empty", "holds no text"),
        (
            "blank.html",
            "blank-html",
            "holds no article text (no main text found in the page)",
        ),
    ],
)
def test_a_report_that_cannot_be_used_is_refused_in_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    make: str | None,
    message: str,
) -> None:
    path = tmp_path / name
    if make == "dir":
        path.mkdir()
    elif make == "fifo":
        os.mkfifo(path)
    elif make == "latin1":
        path.write_bytes("Caf\u00e9 “noir”".encode("latin-1", errors="replace"))
    elif make == "empty":
        path.write_bytes(b" \n\n")
    elif make == "blank-html":
        path.write_text("<html><head><title>t</title></head><body></body></html>", "utf-8")
    out = tmp_path / "draft.json"
    assert scaffold(str(path), str(out), False) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"briefing-viewer: {path}: {message}\n"
    assert not out.exists()


def test_a_saved_page_gives_its_text_and_what_it_states(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    shutil.copyfile(PAGE, page)
    out = tmp_path / "briefing.json"
    assert scaffold(str(page), str(out), False) == 0
    text_file = tmp_path / "page.txt"
    assert f"(its text written to {text_file})" in capsys.readouterr().out
    draft = load(out)
    source = draft["source"]
    assert source["path"] == "page.txt"
    assert source["sha256"] == hashlib.sha256(text_file.read_bytes()).hexdigest()
    assert (source["headline"], source["author"]) == (
        "Bridge at Alder reopens after repairs",
        "Jane Marsh",
    )
    assert (source["publisher"], source["published"]) == ("The Valley Courier", "2024-03-05")
    text = text_file.read_bytes().decode("utf-8")
    assert "Home" not in text
    assert "Privacy" not in text
    assert [text[q["start"] : q["end"]] for q in draft["quotes"]] == [
        q["text"] for q in draft["quotes"]
    ]
    assert [q["speaker"] for q in draft["quotes"]] == ["the county engineer", "Tom Reeve", "she"]
    assert page.read_bytes() == PAGE.read_bytes()


def test_the_pages_text_never_replaces_a_different_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    shutil.copyfile(PAGE, page)
    text_file = tmp_path / "page.txt"
    text_file.write_text("someone else's notes\n", encoding="utf-8")
    out = tmp_path / "briefing.json"
    assert scaffold(str(page), str(out), True) == 2
    assert "exists and holds other text" in capsys.readouterr().err
    assert text_file.read_text(encoding="utf-8") == "someone else's notes\n"
    assert not out.exists()


def test_the_same_page_text_already_there_is_reused(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    shutil.copyfile(PAGE, page)
    assert scaffold(str(page), str(tmp_path / "one.json"), False) == 0
    assert scaffold(str(page), str(tmp_path / "two.json"), False) == 0
    assert load(tmp_path / "one.json")["source"] == load(tmp_path / "two.json")["source"]


def test_building_a_draft_in_memory_writes_nothing(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    shutil.copyfile(PAGE, page)
    before = sorted(p.name for p in tmp_path.iterdir())
    draft = build_draft(page, tmp_path / "briefing.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert draft.extracted
    assert draft.source_file == tmp_path / "page.txt"
    assert draft.briefing["quotes"][0]["text"] in draft.source_text
    assert draft.source_bytes == draft.source_text.encode("utf-8")


def test_out_in_a_missing_folder_is_refused(report: Path, tmp_path: Path) -> None:
    assert scaffold(str(report), str(tmp_path / "nowhere" / "draft.json"), False) == 2
    assert not (tmp_path / "nowhere").exists()
