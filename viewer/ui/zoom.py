"""The text size of every reading view: one step for the whole window, remembered."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from viewer import settings

#: Each step scales the text by this factor.
STEP_FACTOR = 1.1


class ZoomController(QObject):
    """The reader's text size as a step (0 is the system's size), within the settings' bounds.

    Signals:
        changed(int): the step changed; views apply it (``ReadingView.set_zoom``).
    """

    changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._step = settings.read_zoom()

    @property
    def step(self) -> int:
        return self._step

    @property
    def percent(self) -> int:
        return round(100 * STEP_FACTOR**self._step)

    @Slot(int)
    def zoom_by(self, steps: int) -> None:
        self.set_step(self._step + steps)

    @Slot()
    def reset(self) -> None:
        self.set_step(0)

    def set_step(self, step: int) -> None:
        """Use and remember ``step``, kept within ``settings.ZOOM_MIN``…``ZOOM_MAX``."""
        self._step = max(settings.ZOOM_MIN, min(settings.ZOOM_MAX, step))
        settings.write("view/zoom", self._step)
        self.changed.emit(self._step)
