"""Which colours the screen uses: the reader's theme choice, or the system's light/dark scheme."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from viewer.theme import DARK, LIGHT, SCREEN_THEMES, Colors

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
