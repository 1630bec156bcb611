"""A non-modal bar that lists why a file was refused, above the content it leaves untouched.

It lists every problem, the first ``MAX_LISTED_PROBLEMS`` at once and the rest on
request, scrolls, folds to its one-line summary, and never takes more than a third
of the window's height. Everything in it is plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from viewer.problems import MAX_LISTED_PROBLEMS, BriefingError, single_line

#: The bar keeps its own colours in every theme (a theme's would clash with its pink).
BACKGROUND, BORDER, TEXT, BUTTON = "#fdecea", "#b3261e", "#5f1410", "#ffffff"
TRACK = "#f5d0cc"  # the scroll bar's groove; its handle is BORDER

#: Problems past the first 20 are added this many at a time, one batch per pass of the event loop.
_PAGE = 50
_SPACING = 3

_STYLE = f"""
#errorBar {{ background-color: {BACKGROUND}; border: 1px solid {BORDER}; }}
#errorBar QLabel {{ color: {TEXT}; }}
#errorBar QPushButton {{ color: {TEXT}; background-color: {BUTTON};
  border: 1px solid {BORDER}; padding: 3px 10px; }}
#errorBar QPushButton:focus {{ border: 2px solid {TEXT}; padding: 2px 9px; }}
#errorBar QScrollArea {{ background: transparent; border: 1px solid transparent; }}
#errorBar QScrollArea:focus {{ border: 1px solid {TEXT}; }}
#errorBar #problemList {{ background: transparent; }}
#errorBar QScrollBar:vertical {{ background: {TRACK}; width: 12px; margin: 0; border: none; }}
#errorBar QScrollBar::handle:vertical {{ background: {BORDER}; min-height: 24px;
  border-radius: 4px; margin: 1px 2px; }}
#errorBar QScrollBar::add-line:vertical, #errorBar QScrollBar::sub-line:vertical {{ height: 0; }}
#errorBar QScrollBar::add-page:vertical, #errorBar QScrollBar::sub-page:vertical {{
  background: none; }}
"""


def _bar_palette(base: QPalette) -> QPalette:
    """The roles the style paints scroll bars and selections with, in the bar's colours."""
    palette = QPalette(base)
    for role, color in (
        (QPalette.ColorRole.Window, BACKGROUND),
        (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.Base, BUTTON),
        (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.Button, BUTTON),
        (QPalette.ColorRole.ButtonText, TEXT),
        (QPalette.ColorRole.Light, BUTTON),
        (QPalette.ColorRole.Midlight, BACKGROUND),
        (QPalette.ColorRole.Mid, "#d9a19c"),
        (QPalette.ColorRole.Dark, BORDER),
        (QPalette.ColorRole.Shadow, TEXT),
        (QPalette.ColorRole.Highlight, BORDER),
        (QPalette.ColorRole.HighlightedText, BUTTON),
    ):
        palette.setColor(role, QColor(color))
    return palette


def _plain_label(parent: QWidget, accessible_name: str) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(accessible_name)
    return label


class _ProblemList(QScrollArea):
    """Scrolls the problems; asks for as much height as they need, so a short list stays short."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        content = self.widget()
        if content is None:
            return super().sizeHint()
        width = max(self.viewport().width(), 200)
        height = content.heightForWidth(width) if content.hasHeightForWidth() else -1
        if height < 0:
            height = content.sizeHint().height()
        return QSize(super().sizeHint().width(), height + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().minimumSizeHint().width(), self.fontMetrics().lineSpacing() * 2)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        scroll = self.verticalScrollBar()
        if event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End):
            scroll.setValue(
                scroll.minimum() if event.key() == Qt.Key.Key_Home else scroll.maximum()
            )
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.updateGeometry()  # a new width wraps the problems anew: another height


class ErrorBar(QFrame):
    """Lists the problems of a refused file and what stays on screen.

    The window calls ``show_error``; the reader can fold the list away to its
    summary line (``toggle_button``), ask for the problems past the first 20
    (``more_button``), scroll them (``problem_list``) and dismiss the bar.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(_STYLE)
        self.setPalette(_bar_palette(self.palette()))
        self._watched: QWidget | None = None

        icon = QLabel(self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._summary = _plain_label(self, "Why the file could not be opened")
        self._summary.setObjectName("summary")
        self.toggle_button = QPushButton("Hide problems", self)
        self.toggle_button.clicked.connect(self._toggle_list)
        self.dismiss_button = QPushButton("Dismiss", self)
        self.dismiss_button.setAccessibleName("Dismiss the problems")
        self.dismiss_button.clicked.connect(self.hide)

        self.problem_list = _ProblemList(self)
        self.problem_list.setAccessibleName("Problems with the file")
        self.problem_list.setFrameShape(QFrame.Shape.NoFrame)
        self.problem_list.setWidgetResizable(True)
        self.problem_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Arrows, Page Down, Home and End scroll it.
        self.problem_list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._content = QWidget(self.problem_list)
        self._content.setObjectName("problemList")
        self._pages = QVBoxLayout(self._content)
        self._pages.setContentsMargins(0, 0, 4, 0)
        self._pages.setSpacing(_SPACING)
        self._pages.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._shown: list[QWidget] = []  # the pages of problems, in order
        self._rest: list[str] = []  # the problems not listed yet
        self._listing = 0  # which refusal the pages being added belong to
        self.more_button = QPushButton(self._content)
        self.more_button.clicked.connect(self._show_the_rest)
        self.problem_list.setWidget(self._content)

        header = QHBoxLayout()
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self._summary, 1)
        header.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(header)
        layout.addWidget(self.problem_list, 1)
        self._set_expanded(True)
        self.hide()

    # -- what the window and tests read --------------------------------------

    @property
    def expanded(self) -> bool:
        return not self.problem_list.isHidden()

    def summary(self) -> str:
        return self._summary.text()

    def listed(self) -> list[str]:
        """The problems listed now, as the reader reads them."""
        return [
            label.text() for page in self._shown for label in page.findChildren(QLabel, "problem")
        ]

    def message(self) -> str:
        """Everything the bar says, as text: the summary, the listed problems, the offer of more."""
        more = [self.more_button.text()] if not self.more_button.isHidden() else []
        return "\n".join([self.summary(), *(f"• {item}" for item in self.listed()), *more])

    # -- showing a refusal -------------------------------------------------------

    def show_error(self, error: BriefingError, kept: str) -> None:
        """List the problems of a refused file (the first 20, the rest on request) and what stays."""
        count = f"{error.total} problem{'s' if error.total != 1 else ''}"
        self._summary.setText(f"Could not open {single_line(error.display_path)} ({count}). {kept}")
        lines = [problem.for_reader() for problem in error.problems]
        self._listing += 1  # pages still being added for an earlier refusal are not
        for page in self._shown:
            self._pages.removeWidget(page)
            page.deleteLater()
        self._shown = []
        self._add_page(lines[:MAX_LISTED_PROBLEMS])
        self._pages.removeWidget(self.more_button)
        self._pages.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._rest = lines[MAX_LISTED_PROBLEMS:]
        more = len(self._rest)
        self.more_button.setVisible(bool(self._rest))
        self.more_button.setText(f"Show {more} more problem{'s' if more != 1 else ''}")
        self.more_button.setAccessibleName(f"Show the other {more} problems")
        self.problem_list.verticalScrollBar().setValue(0)
        self._watch_window()
        self.show()

    def _add_page(self, lines: list[str]) -> None:
        """Problems as rows of a bullet and the wrapped text, laid out before they are shown.

        Built off screen and added as one block: a grid that grows row by row while
        visible is laid out again for every row.
        """
        page = QWidget()
        rows = QGridLayout(page)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setHorizontalSpacing(6)
        rows.setVerticalSpacing(_SPACING)
        rows.setColumnStretch(1, 1)
        listed = sum(len(shown.findChildren(QLabel, "problem")) for shown in self._shown)
        for row, line in enumerate(lines):
            bullet = QLabel("•", page)
            bullet.setTextFormat(Qt.TextFormat.PlainText)
            label = _plain_label(page, f"Problem {listed + row + 1}")
            label.setObjectName("problem")
            label.setText(line)
            rows.addWidget(bullet, row, 0, Qt.AlignmentFlag.AlignTop)
            rows.addWidget(label, row, 1)
        self._pages.addWidget(page)
        self._shown.append(page)

    @Slot()
    def _show_the_rest(self) -> None:
        self.more_button.hide()
        self._add_the_next_page(self._listing)
        # The button is gone: the keyboard stays in the list.
        self.problem_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_the_next_page(self, listing: int) -> None:
        """One page now, the next on the next pass of the event loop: the window stays responsive."""
        if listing != self._listing or not self._rest:
            return
        self._add_page(self._rest[:_PAGE])
        self._rest = self._rest[_PAGE:]
        if self._rest:
            QTimer.singleShot(0, self, lambda: self._add_the_next_page(listing))

    @Slot()
    def _toggle_list(self) -> None:
        self._set_expanded(not self.expanded)

    def _set_expanded(self, expanded: bool) -> None:
        self.problem_list.setVisible(expanded)
        self.toggle_button.setText("Hide problems" if expanded else "Show problems")
        self.toggle_button.setAccessibleName(
            "Fold the list of problems to its summary" if expanded else "Show the list of problems"
        )

    # -- at most a third of the window ------------------------------------------

    def _watch_window(self) -> None:
        window = self.window()
        if window is not self._watched and window is not self:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched = window
        self._fit(window.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self._fit(self._watched.height())
        return False

    def _fit(self, window_height: int) -> None:
        self.setMaximumHeight(max(window_height // 3, 1))
