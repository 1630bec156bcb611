"""The stylesheet of rendered pages, from a colour set: the same markup serves light, dark and paper."""

from __future__ import annotations

from viewer.theme import Colors


def stylesheet(colors: Colors) -> str:
    """The default stylesheet for documents made by the render path."""
    return f"""
body {{ color: {colors.text}; background-color: {colors.background}; }}
h1 {{ font-size: x-large; font-weight: 600; margin-top: 0px; margin-bottom: 6px; }}
h2 {{ font-size: large; font-weight: 600; margin-top: 18px; margin-bottom: 6px; }}
h3 {{ font-size: medium; font-weight: 600; margin-top: 12px; margin-bottom: 4px; }}
a {{ color: {colors.link}; }}
p {{ margin-top: 4px; margin-bottom: 4px; }}
.summary {{ font-size: medium; margin-bottom: 10px; }}
.muted {{ color: {colors.muted}; }}
.attribution {{ color: {colors.muted}; }}
.kind {{ color: {colors.kind_text}; background-color: {colors.kind_background};
         font-weight: 600; font-size: small; }}
.warning {{ color: {colors.warning_text}; font-weight: 600; }}
table.quote {{ margin-top: 8px; margin-bottom: 10px; }}
td.rule {{ background-color: {colors.quote_rule}; }}
td.quote-body {{ background-color: {colors.quote_background}; color: {colors.quote_text};
                 padding: 6px 10px 6px 10px; }}
.quote-text {{ font-style: italic; font-size: medium; }}
.quoted {{ background-color: {colors.highlight_background}; color: {colors.highlight_text};
           text-decoration: underline; }}
"""


def paper_stylesheet(colors: Colors) -> str:
    """The screen's stylesheet, then what only paper has (kept apart: the screen's rules
    change on their own). Marks are shapes as well as tints, for greyscale printers."""
    return (
        stylesheet(colors)
        + f"""
h1 {{ font-size: large; margin-bottom: 4px; }}
h2 {{ font-size: medium; margin-top: 10px; margin-bottom: 4px; }}
h3 {{ font-size: medium; margin-top: 6px; margin-bottom: 2px; }}
ul, ol {{ margin-top: 2px; margin-bottom: 2px; }}
li p {{ margin-top: 1px; margin-bottom: 1px; }}
.summary {{ font-size: medium; margin-top: 2px; margin-bottom: 4px; }}
p.legend {{ color: {colors.muted}; font-size: small; margin-top: 2px; margin-bottom: 2px; }}
.ref {{ color: {colors.muted}; }}
a.toc {{ color: {colors.text}; text-decoration: none; }}
p.contents {{ white-space: pre-wrap; margin-top: 1px; margin-bottom: 1px; }}
table.quote {{ margin-top: 4px; margin-bottom: 4px; }}
td.quote-body {{ padding: 3px 8px 3px 8px; }}
td.paper-quote {{ border-left: 5px solid {colors.quote_rule}; }}
.quote-text {{ font-size: medium; margin-top: 0px; margin-bottom: 2px; }}
p.attribution {{ margin-top: 0px; margin-bottom: 0px; }}
p.index-entry {{ margin-top: 2px; margin-bottom: 2px; }}
p.report-paragraph {{ margin-top: 2px; margin-bottom: 2px; }}
.paragraph-number {{ color: {colors.muted}; font-weight: 600; font-size: small; }}
.cited {{ text-underline-style: dotted; }}
"""
    )
