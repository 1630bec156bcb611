"""Drafts and annotation files are written whole or not at all, readable as any new file is."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from viewer.atomic_file import write_atomically


@pytest.mark.usefixtures("umask_022")
def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path: Path) -> None:
    out = tmp_path / "draft.json"
    write_atomically(out, b"{}")
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert out.read_bytes() == b"{}"
    assert [p.name for p in tmp_path.iterdir()] == ["draft.json"]


def test_without_replace_an_existing_file_is_kept(tmp_path: Path) -> None:
    out = tmp_path / "draft.json"
    out.write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        write_atomically(out, b"theirs", replace=False)
    assert out.read_bytes() == b"mine"
    assert [p.name for p in tmp_path.iterdir()] == ["draft.json"]
    write_atomically(out, b"theirs")
    assert out.read_bytes() == b"theirs"


def test_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "taken"
    out.mkdir()
    with pytest.raises(IsADirectoryError):
        write_atomically(out, b"data")
    assert [p.name for p in tmp_path.iterdir()] == ["taken"]
