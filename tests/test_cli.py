"""The command-line contract scripts depend on: output lines, exit codes, no Qt for --check."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.helpers.briefings import WriteBriefing
from tests.helpers.cli import run_viewer
from tests.helpers.paths import BUNDLED, ROOT
from viewer import __version__

run = run_viewer


def test_check_reports_each_file_and_fails_when_one_is_bad(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    briefing_data["regions"][3]["quotes"][0]["start"] += 1
    bad = write_briefing(briefing_data, "bad.json")
    broken = write_briefing("{\n  [", "broken.json")
    result = run("--check", str(BUNDLED), str(bad), str(broken))
    assert result.returncode == 2
    assert result.stdout == f"{BUNDLED}: ok (7 regions, 8 quotes)\n"
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(
        f"{bad}: regions[3].quotes[0].text: the text differs from the report at character"
    )
    assert lines[1] == (f"{broken}: 2:3: expected a field name in double quotes, found '['")
    assert "Traceback" not in result.stderr


def test_check_lines_keep_their_contract_in_words(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    """LINE:COL first for malformed JSON (the comma's, for a trailing comma), a field path
    otherwise: never the window's names ("Kyiv, quote 1", "Line 2, column 25")."""
    comma = write_briefing('{\n  "format": "briefing/1",\n}', "comma.json")
    empty = write_briefing("", "empty.json")
    for _ in range(25):
        briefing_data["takeaways"].append(dict(briefing_data["takeaways"][0], kind="rumour"))
    briefing_data["regions"][0]["quotes"][0]["speaker"] = 7
    many = write_briefing(briefing_data, "many.json")
    result = run("--check", str(comma), str(empty), str(many))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{comma}: 2:25: a comma before '}}' at 3:1: nothing may follow the last field of an "
        "object; remove the comma",
        f"{empty}: 1:1: the file is empty; expected a JSON object",
        f"{many}: regions[0].quotes[0].speaker: expected text or null, found the number 7 … and "
        "25 more problems",
    ]


def test_check_keeps_the_path_exactly_as_given() -> None:
    relative = os.path.join(".", "resources", "..", "resources", "briefing.json")
    result = run("--check", relative)
    assert result.returncode == 0
    assert result.stdout.startswith(f"{relative}: ok (")


def test_check_does_not_import_qt() -> None:
    code = (
        "import sys\nfrom viewer.cli import main\n"
        f"status = main(['--check', {str(BUNDLED)!r}])\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6') or m.startswith('shiboken'))\n"
        "print(status, qt)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.stdout.splitlines()[-1] == "0 []"


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == f"briefing-viewer {__version__}"
    assert "--check" in run("--help").stdout


def test_help_leaves_out_the_benchmark_option_which_still_works(tmp_path: Path) -> None:
    help_text = run("--help").stdout
    assert "--export-pdf" in help_text
    assert "measure" not in help_text
    assert "first-paint" not in help_text
    # The window opens: its settings go to a folder of this test's own.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = run("--measure-startup", env=env)
    assert result.returncode == 0
    assert "first-paint-ms: " in result.stdout


def test_without_a_display_the_window_refuses_in_one_line() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = run(env=env)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert "no display" in lines[0]


def test_missing_file_is_refused(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    result = run("--check", str(missing))
    assert result.returncode == 2
    assert result.stderr == f"{missing}: no such file\n"


def test_scaffold_writes_a_draft_that_passes_check(tmp_path: Path, seed_text: str) -> None:
    report = tmp_path / "report.txt"
    report.write_bytes(seed_text.encode("utf-8"))
    draft = tmp_path / "draft.json"
    result = run("--scaffold", str(report), "-o", str(draft))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{draft}: draft with 8 quotes")
    checked = run("--check", str(draft))
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout == f"{draft}: ok (draft, 0 regions, 8 quotes)\n"
    again = run("--scaffold", str(report), "-o", str(draft))
    assert again.returncode == 2
    assert "pass --force" in again.stderr
    assert run("--scaffold", str(report)).returncode == 2, "-o is required"


OLD_WITH_EVIDENCE = ROOT / "tests" / "review" / "data" / "old-briefing-with-evidence.json"


def _fixed_bundled(data: dict[str, Any]) -> dict[str, Any]:
    """The bundled briefing with the passage naming "the Russians" its Kherson point needs."""
    point = data["regions"][4]["points"][1]
    point["evidence"] = [[2321, 2333], *point["evidence"]]
    return data


def test_review_prints_one_line_per_finding_and_exits_1() -> None:
    result = run("--review", str(OLD_WITH_EVIDENCE))
    assert result.returncode == 1
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) == 21
    pattern = re.compile(
        rf"{re.escape(str(OLD_WITH_EVIDENCE))}: "
        r"(takeaways|regions|source)[^ ]*: [a-z-]+: \S.*"
    )
    assert all(pattern.fullmatch(line) for line in lines), lines
    assert (
        f"{OLD_WITH_EVIDENCE}: takeaways[4]: unsupported-detail: the statement says “south” "
        "(a direction); its evidence does not"
    ) in lines


def test_review_exits_0_when_it_has_only_uncited_passages_to_tell(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    data = _fixed_bundled(briefing_data)
    clean = write_briefing(data, "clean.json")
    data["not_content"] = []
    undeclared = write_briefing(data, "undeclared.json")
    result = run("--review", str(clean), str(undeclared))
    assert result.returncode == 0, result.stdout
    assert [line.split(": ")[:3] for line in result.stdout.splitlines()] == [
        [str(undeclared), "source[606:691]", "uncited"],
        [str(undeclared), "source[1947:2008]", "uncited"],
        [str(undeclared), "source[2009:2018]", "uncited"],
    ]


def test_review_refuses_an_invalid_file_as_check_does_and_reviews_the_rest(
    briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    clean = write_briefing(_fixed_bundled(briefing_data), "clean.json")
    broken = write_briefing("{\n  [", "broken.json")
    result = run("--review", str(broken), str(OLD_WITH_EVIDENCE), str(clean))
    assert result.returncode == 2
    assert result.stderr == run("--check", str(broken)).stderr
    assert len(result.stderr.splitlines()) == 1
    assert result.stdout.startswith(f"{OLD_WITH_EVIDENCE}: ")
    assert "Traceback" not in result.stderr


def test_review_does_not_import_qt() -> None:
    code = (
        "import sys\nfrom viewer.cli import main\n"
        f"status = main(['--review', {str(OLD_WITH_EVIDENCE)!r}])\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6') or m.startswith('shiboken'))\n"
        "print(status, qt)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.stdout.splitlines()[-1] == "1 []"
