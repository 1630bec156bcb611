"""Access to the files shipped with the app: the bundled briefing, its schema, the seeds.

A wheel carries them inside the package (``viewer/_data/``); a source checkout
(an editable install, ``make run``) keeps them at the top of the repository.
Both are real directories on disk, so callers get plain ``Path`` objects.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

BUNDLED_BRIEFING = "briefing.json"
SCHEMA = "briefing.schema.json"


def _root(kind: str) -> Path:
    # The package is always a directory on disk (wheels are installed unpacked), so
    # its data is found next to this file; importlib.resources would cost start-up time.
    package = Path(__file__).resolve().parent
    packaged = package / "_data" / kind
    if packaged.is_dir():
        return packaged
    return package.parent / kind


def _child(root: Path, name: str) -> Path:
    """Join a relative, forward-slash resource name to ``root``; never escape it."""
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise ValueError(f"resource names are relative and stay inside the bundle: {name!r}")
    return root.joinpath(*relative.parts)


def resource_path(name: str) -> Path:
    """Path of a file under ``resources/``."""
    return _child(_root("resources"), name)


def seeds_dir() -> Path:
    """The folder of bundled source reports; briefings may name their source relative to it."""
    return _root("seeds")


def bundled_briefing_path() -> Path:
    return resource_path(BUNDLED_BRIEFING)


def read_text(name: str) -> str:
    return resource_path(name).read_text(encoding="utf-8")
