"""An installed wheel works outside the source tree: resources and seeds ship inside the package."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import venv
from pathlib import Path

import pytest

from tests.helpers.paths import ROOT

# What --check needs at run time; Qt is left out on purpose: --check must not need it.
CHECK_DEPENDENCIES = ["msgspec", "jsonschema"]


def built(kind: str, suffix: str, tmp_path: Path) -> Path:
    """The project built from the source tree, without the package index (``--no-isolation``)."""
    subprocess.run(
        [sys.executable, "-m", "build", kind, "--no-isolation", "--outdir", tmp_path / "dist"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    (path,) = (tmp_path / "dist").glob(f"briefing_viewer-*.{suffix}")
    return path


@pytest.mark.network
def test_wheel_installs_and_checks_the_bundled_briefing(tmp_path: Path) -> None:
    wheel = built("--wheel", "whl", tmp_path)
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    pip: list[str | Path] = [python, "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run([*pip, "--no-deps", wheel], check=True, capture_output=True, timeout=300)
    subprocess.run(
        [*pip, "-c", ROOT / "constraints.txt", *CHECK_DEPENDENCIES],
        check=True,
        capture_output=True,
        timeout=300,
    )
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    located = subprocess.run(
        [python, "-c", "import viewer.resources as r; print(r.bundled_briefing_path())"],
        cwd=outside,
        check=True,
        capture_output=True,
        text=True,
    )
    bundled = Path(located.stdout.strip())
    assert env_dir in bundled.parents, "the bundled briefing must come from the installed wheel"
    result = subprocess.run(
        [env_dir / "bin" / "briefing-viewer", "--check", str(bundled)],
        cwd=outside,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{bundled}: ok (7 regions, 8 quotes)\n", "the seed ships too"


def test_the_source_archive_can_set_itself_up(tmp_path: Path) -> None:
    """Unpacked, the sdist has everything ``make test`` and ``make run`` refer to: the
    scripts that install the system packages and the desktop entry as well as the code."""
    archive = built("--sdist", "tar.gz", tmp_path)
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="data")
    (tree,) = (tmp_path / "unpacked").iterdir()
    for target in ("test", "run", "install-desktop"):
        planned = subprocess.run(
            ["make", "-n", target], cwd=tree, capture_output=True, text=True, timeout=60
        )
        assert planned.returncode == 0, planned.stderr
    assert (tree / "scripts" / "ensure-system-packages").stat().st_mode & 0o111, "executable"
