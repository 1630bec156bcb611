"""W3C Web Annotation export: every selector anchors in the report, as another tool would check it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.helpers.briefings import WriteBriefing
from tests.helpers.cli import run_viewer
from tests.helpers.paths import BUNDLED, ROOT


def export(*args: str) -> subprocess.CompletedProcess[str]:
    return run_viewer("--export-annotations", *args)


def targets(annotation: dict[str, Any]) -> list[dict[str, Any]]:
    target = annotation["target"]
    return target if isinstance(target, list) else [target]


def test_every_selector_of_the_bundled_briefing_anchors_in_the_report(
    tmp_path: Path, seed_text: str, briefing_data: dict[str, Any]
) -> None:
    out = tmp_path / "briefing.jsonld"
    result = export(str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out}: annotations written\n"
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection"
    items = data["first"]["items"]
    points = sum(len(region["points"]) for region in briefing_data["regions"])
    assert data["total"] == len(items) == 8 + 6 + 7 + points  # quotes, takeaways, summaries
    report = f"urn:sha256:{briefing_data['source']['sha256']}"
    for annotation in items:
        assert annotation["type"] == "Annotation"
        for target in targets(annotation):
            assert target["source"] == report
            quote, position = target["selector"]
            start, end = position["start"], position["end"]
            assert position["type"] == "TextPositionSelector"
            assert quote["type"] == "TextQuoteSelector"
            assert quote["exact"] == seed_text[start:end]
            assert seed_text[:start].endswith(quote["prefix"])
            assert len(quote["prefix"]) == min(32, start)
            assert seed_text[end:].startswith(quote["suffix"])
            assert len(quote["suffix"]) == min(32, len(seed_text) - end)
    ids = [annotation["id"] for annotation in items]
    assert len(set(ids)) == len(ids)


def test_bodies_say_kind_speaker_and_region(tmp_path: Path) -> None:
    out = tmp_path / "a.jsonld"
    assert export(str(out)).returncode == 0
    items = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    by_id = {item["id"].rpartition("#")[2]: item for item in items}
    kyiv_quote = {b["purpose"]: b["value"] for b in by_id["regions%5B0%5D.quotes%5B0%5D"]["body"]}
    assert kyiv_quote["identifying"] == "senior Pentagon official (unnamed)"
    assert kyiv_quote["tagging"] == "Kyiv"
    point = by_id["regions%5B3%5D.points%5B0%5D"]
    purposes = {b["purpose"]: b["value"] for b in point["body"]}
    assert purposes["classifying"] == "reported"
    assert purposes["identifying"] == "The report"
    assert purposes["tagging"] == "Mariupol"
    assert purposes["describing"] == "The fight over the country continues in Mariupol."
    takeaway = by_id["takeaways%5B0%5D"]
    assert len(targets(takeaway)) == 2, "a statement on two passages targets both"
    assert "tagging" not in {b["purpose"] for b in takeaway["body"]}


def test_without_the_report_nothing_is_written(
    tmp_path: Path, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["source"]["path"] = "gone.txt"
    out = tmp_path / "a.jsonld"
    result = export(str(out), str(write_briefing(briefing_data)))
    assert result.returncode == 2
    assert result.stderr.startswith(f"briefing-viewer: cannot export annotations to {out}: ")
    assert "the report is missing" in result.stderr
    assert not out.exists()


def test_the_briefing_itself_is_never_overwritten(tmp_path: Path) -> None:
    copy = tmp_path / "briefing.json"
    copy.write_bytes(BUNDLED.read_bytes().replace(b'"../seeds/', b'"'))
    before = copy.read_bytes()
    result = export(str(copy), str(copy))
    assert result.returncode == 2
    assert copy.read_bytes() == before


def test_the_export_imports_no_qt() -> None:
    code = (
        "import sys, tempfile\nfrom viewer.cli import main\n"
        "out = tempfile.mkdtemp() + '/a.jsonld'\n"
        "status = main(['--export-annotations', out])\n"
        "print(status, sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.stdout.splitlines()[-1] == "0 []"
