"""Briefing → HTML: the one render path shared by the screen, the printer and PDF export.

Every string that comes from a briefing passes through ``markup.esc`` (``html.escape``)
before it is placed in markup; nothing here trusts briefing text. The HTML uses the
subset of HTML/CSS that ``QTextDocument`` understands, and classes styled by
``style.stylesheet(colors)`` so the same markup serves light, dark and paper.
Nothing in this package imports Qt.
"""
