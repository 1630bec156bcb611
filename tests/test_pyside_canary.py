"""PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void-returning call.

After a few thousand calls the interpreter aborts (``none_dealloc``). The version
pin excludes it; this canary fails loudly if an upgrade ever brings it back.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

CALLS = 10_000


def test_void_methods_keep_none_alive(qtbot: Any) -> None:
    widget = QWidget()
    label = QLabel(widget)
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        widget.resize(10, 10)
        label.setText("x")
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 10, f"None lost {lost} references over {CALLS} calls"
