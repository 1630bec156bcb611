"""The small pieces every rendered page is made of: escaped text, kind labels, quotation marks."""

from __future__ import annotations

import html

from viewer.model.briefing import KIND_DESCRIPTIONS, KIND_LABELS, NOT_STATED
from viewer.text import visible

OPENING_MARKS = '“"‘«„‚‹'
CLOSING_MARKS = '”"’»“‘›'


def esc(text: str) -> str:
    """Escape untrusted text for HTML; line breaks, runs of spaces and controls stay visible."""
    return (
        '<span style="white-space: pre-wrap">'
        + html.escape(visible(text), quote=True).replace("\n", "<br>")
        + "</span>"
    )


def attribute(text: str) -> str:
    """Untrusted text for an attribute value (a ``title``), quotes escaped."""
    return html.escape(visible(text), quote=True)


def kind_label(kind: str) -> str:
    """The kind badge, in small capitals on a tint. The words carry the meaning; the tint
    is only an extra."""
    label = KIND_LABELS.get(kind, kind)
    return (
        f'<span class="kind" title="{attribute(KIND_DESCRIPTIONS.get(kind, ""))}">'
        f"&nbsp;{esc(label)}&nbsp;</span>"
    )


def stated(value: str | None) -> str:
    return esc(value) if value is not None else f'<span class="muted">{NOT_STATED}</span>'


def displayed_quote(text: str) -> str:
    """The quote as shown: its own quotation marks when it has them, typographic ones otherwise."""
    stripped = text.strip()
    if stripped[:1] in OPENING_MARKS and stripped[-1:] in CLOSING_MARKS and len(stripped) > 1:
        return text
    return f"“{text}”"


def muted(html_text: str) -> str:
    """Already-escaped HTML in the muted colour (attribution lines, counts)."""
    return f'<span class="muted">{html_text}</span>'
