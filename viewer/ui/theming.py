"""Which colours the screen uses: the reader's theme choice, or the system's light/dark scheme."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from viewer import settings
from viewer.theme import DARK, HIGH_CONTRAST, LIGHT, SCREEN_THEMES, Colors

SYSTEM: Final = "system"

#: Menu labels in menu order; the keys are what the settings store.
THEME_LABELS: Final = {
    SYSTEM: "&System",
    "light": "&Light",
    "dark": "&Dark",
    "high-contrast": "&High contrast",
}


def system_scheme() -> Qt.ColorScheme:
    return QGuiApplication.styleHints().colorScheme()


def resolve(theme: str, scheme: Qt.ColorScheme) -> Colors:
    """The colours for a theme name; "system" (and any unknown name) follows ``scheme``."""
    if theme in SCREEN_THEMES:
        return SCREEN_THEMES[theme]
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def palette_for(colors: Colors) -> QPalette:
    """A widget palette matching the documents' colours, so menus, tabs and bars agree with them."""
    palette = QPalette(QColor(colors.chrome))
    roles = {
        QPalette.ColorRole.Window: colors.chrome,
        QPalette.ColorRole.WindowText: colors.chrome_text,
        QPalette.ColorRole.Button: colors.chrome,
        QPalette.ColorRole.ButtonText: colors.chrome_text,
        QPalette.ColorRole.Base: colors.background,
        QPalette.ColorRole.AlternateBase: colors.quote_background,
        QPalette.ColorRole.Text: colors.text,
        QPalette.ColorRole.BrightText: colors.warning_text,
        QPalette.ColorRole.ToolTipBase: colors.background,
        QPalette.ColorRole.ToolTipText: colors.text,
        QPalette.ColorRole.PlaceholderText: colors.muted,
        QPalette.ColorRole.Highlight: colors.selection_background,
        QPalette.ColorRole.HighlightedText: colors.selection_text,
        QPalette.ColorRole.Link: colors.link,
        QPalette.ColorRole.LinkVisited: colors.link,
    }
    for role, value in roles.items():
        palette.setColor(QPalette.ColorGroup.All, role, QColor(value))
    # Disabled entries stay legible but recede: the muted colour meets 4.5:1 too.
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.Text,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colors.muted))
    return palette


def frame_style_sheet(colors: Colors) -> str:
    """Outlines for input fields, check boxes, buttons and tabs where the style's would vanish.

    Fusion draws these outlines in the window colour made darker: on high contrast's
    black chrome that is black on black. They are drawn in the text colour instead,
    with the keyboard focus in the selection colour. The current tab is filled with
    the selection colour, as a selected item is (its outline was 1.2:1 on black), and
    a focused tab bar frames it with a dotted line. Other themes keep the style's own.
    """
    if colors != HIGH_CONTRAST:
        return ""
    line, focus, on_focus = colors.chrome_text, colors.selection_background, colors.selection_text
    return f"""
QLineEdit, QListView {{ border: 1px solid {line}; padding: 1px; }}
QLineEdit:focus, QListView:focus {{ border: 2px solid {focus}; padding: 0px; }}
QCheckBox::indicator {{ width: 12px; height: 12px; border: 1px solid {line}; }}
QCheckBox::indicator:checked {{ background-color: {focus}; }}
QCheckBox:focus {{ color: {focus}; }}
QPushButton, #findBar QToolButton {{ border: 1px solid {line}; padding: 3px 8px; }}
QPushButton:focus, #findBar QToolButton:focus {{ border: 2px solid {focus}; padding: 2px 7px; }}
QTabBar::tab {{ color: {line}; border: 1px solid {line}; padding: 3px 10px; margin-right: 2px; }}
QTabBar::tab:hover {{ border-color: {focus}; }}
QTabBar::tab:selected {{ color: {on_focus}; background-color: {focus}; border-color: {focus}; }}
QTabBar {{ outline: 1px dotted {on_focus}; }}
"""


class ThemeController(QObject):
    """The reader's theme choice, remembered, and the colours it resolves to now.

    Applies the widget palette itself; documents are recoloured by whoever
    listens to ``colors_changed`` (the window, for its reading views).

    Signals:
        colors_changed(Colors): the screen colours changed (a new choice, or the
            system's scheme changed while the choice is "system").
    """

    colors_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._theme: str = settings.read("view/theme")
        self._colors = resolve(self._theme, system_scheme())
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)

    @property
    def theme(self) -> str:
        return self._theme

    @property
    def colors(self) -> Colors:
        return self._colors

    def set_theme(self, theme: str) -> None:
        """Use and remember a theme: "system", "light", "dark" or "high-contrast"."""
        self._theme = theme if theme in THEME_LABELS else SYSTEM
        settings.write("view/theme", self._theme)
        self._use(resolve(self._theme, system_scheme()))

    def apply_palette(self) -> None:
        QApplication.setPalette(palette_for(self._colors))
        app = QApplication.instance()
        sheet = frame_style_sheet(self._colors)
        # Setting even an empty sheet re-polishes every widget: only when it changes.
        if isinstance(app, QApplication) and app.styleSheet() != sheet:
            app.setStyleSheet(sheet)

    @Slot(Qt.ColorScheme)
    def _on_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self._theme == SYSTEM:
            self._use(resolve(self._theme, scheme))

    def _use(self, colors: Colors) -> None:
        self._colors = colors
        self.apply_palette()
        self.colors_changed.emit(colors)
