"""How the reader likes the page: the typeface family, and whether unused passages are dimmed."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont

from viewer import settings

#: Menu labels in menu order; the keys are what the settings store.
FONT_LABELS: Final = {"sans": "&Sans Serif", "serif": "Se&rif"}


class ReadingOptions(QObject):
    """The reader's typeface (sans serif or serif) and the Original report's dimming, remembered.

    Signals:
        changed(): either option changed; views apply ``font()`` and ``dim_uncited``.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        family = settings.read("view/font")
        self._family = family if family in FONT_LABELS else "sans"
        self._dim = bool(settings.read("view/dim_uncited"))

    @property
    def family(self) -> str:
        return self._family

    @property
    def dim_uncited(self) -> bool:
        return self._dim

    def font(self, base: QFont) -> QFont:
        """``base`` (the application's font) in the chosen family."""
        font = QFont(base)
        if self._family == "serif":
            font.setFamilies(["DejaVu Serif", "Noto Serif", "serif"])
            font.setStyleHint(QFont.StyleHint.Serif)
        return font

    def set_family(self, family: str) -> None:
        self._family = family if family in FONT_LABELS else "sans"
        settings.write("view/font", self._family)
        self.changed.emit()

    def set_dim_uncited(self, dim: bool) -> None:
        self._dim = dim
        settings.write("view/dim_uncited", dim)
        self.changed.emit()
