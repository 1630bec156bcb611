"""The code map's rules hold: no import cycles, small modules, the Qt-free layers stay Qt-free."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.helpers.paths import ROOT

PACKAGE = ROOT / "viewer"
MAX_LINES = 400
#: Layers that must run without Qt: ``--check``, ``--review`` and the render path.
QT_FREE = (
    "viewer.model",
    "viewer.render",
    "viewer.loading",
    "viewer.validation",
    "viewer.rules",
    "viewer.text",
    "viewer.review",
    "viewer.authoring",
    "viewer.annotations",
)


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports(path: Path) -> set[str]:
    """Every module a file imports, ``TYPE_CHECKING`` and function-level imports included."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.add(full if full in MODULES else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_no_import_cycle_among_viewer_modules() -> None:
    graph = {name: imports(path) & MODULES.keys() for name, path in MODULES.items()}
    cycles: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(name: str) -> None:
        state[name] = 1
        stack.append(name)
        for imported in sorted(graph[name]):
            if state.get(imported) == 1:
                cycles.append([*stack[stack.index(imported) :], imported])
            elif imported not in state:
                visit(imported)
        stack.pop()
        state[name] = 2

    for name in graph:
        if name not in state:
            visit(name)
    assert cycles == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_is_over_400_lines(name: str) -> None:
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{name} has {lines} lines: split it by job"


def test_the_main_window_only_wires_its_parts() -> None:
    lines = MODULES["viewer.ui.main_window"].read_text(encoding="utf-8").count("\n")
    assert lines <= 250


@pytest.mark.parametrize("name", [n for n in sorted(MODULES) if n.startswith(QT_FREE)])
def test_qt_free_layers_import_no_qt(name: str) -> None:
    qt = sorted(m for m in imports(MODULES[name]) if m.startswith(("PySide6", "shiboken6")))
    assert qt == [], f"{name} imports {qt}"
    ui = sorted(m for m in imports(MODULES[name]) if m.startswith("viewer.ui"))
    assert ui == [], f"{name} depends on the widgets: {ui}"
