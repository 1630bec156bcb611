"""The stylesheet of rendered pages, from a colour set: the same markup serves light, dark and paper.

A type scale tells title, section, statement and attribution apart at a glance; body
text has a leading near 1.45. Marks that carry meaning differ in shape as well as
colour (kind labels in small capitals on a tint, quoted passages with a solid
underline, cited ones with a dotted one), so they survive greyscale and colour blindness.
"""

from __future__ import annotations

from viewer.theme import Colors

#: Line height of running text, in per cent of the font's.
LEADING = 145
#: Paper's: a printed line is shorter and read closer than a screen's, so it needs less.
PAPER_LEADING = 125
#: Paper's small type: who said what, where it rests, legends, and the report appended;
#: paragraph numbers are smaller still.
PAPER_SMALL = "8pt"
PAPER_SMALLER = "7pt"

#: Paper's body type, in points: a printed briefing is read close, and compact.
PAPER_BODY_POINTS = 9.0

#: Font sizes of title, section, subsection, summary and quote: the screen's, relative to
#: the reader's font, and paper's, in points. (On paper a size keyword on a paragraph
#: would rescale the point sizes of the spans inside it, so there are none.)
SCREEN_SCALE = ("xx-large", "x-large", "large", "large", "large")
PAPER_SCALE = ("13pt", "10pt", "9pt", "9pt", "9pt")


def stylesheet(
    colors: Colors, dim_uncited: bool = False, scale: tuple[str, ...] = SCREEN_SCALE
) -> str:
    """The default stylesheet for documents made by the render path.

    ``dim_uncited`` greys the report's passages that nothing in the briefing rests on.
    """
    title, section, subsection, summary, quote = scale
    # Small capitals are drawn as shrunk capitals: PDF tools then read "O FFICIAL".
    variant = "small-caps" if scale == SCREEN_SCALE else "normal"
    dim = (
        f".uncited, .not-content {{ color: {colors.muted}; }}"
        if dim_uncited
        else ".uncited, .not-content { }"
    )
    return f"""
body {{ color: {colors.text}; background-color: {colors.background}; }}
h1 {{ font-size: {title}; font-weight: 600; margin-top: 0px; margin-bottom: 8px; }}
h2 {{ font-size: {section}; font-weight: 600; margin-top: 22px; margin-bottom: 6px; }}
h3 {{ font-size: {subsection}; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }}
a {{ color: {colors.link}; }}
p, li {{ margin-top: 4px; margin-bottom: 4px; line-height: {LEADING}%; }}
li {{ margin-bottom: 8px; }}
.summary {{ font-size: {summary}; margin-bottom: 4px; }}
.muted {{ color: {colors.muted}; }}
.attribution {{ color: {colors.muted}; }}
.note {{ color: {colors.muted}; font-style: italic; }}
.kind {{ color: {colors.kind_text}; background-color: {colors.kind_background};
         font-weight: 600; font-variant: {variant}; letter-spacing: 1px; }}
.warning, .flag {{ color: {colors.warning_text}; font-weight: 600; }}
table.quote {{ margin-top: 8px; margin-bottom: 12px; }}
td.rule {{ background-color: {colors.quote_rule}; }}
td.quote-body {{ background-color: {colors.quote_background}; color: {colors.quote_text};
                 padding: 8px 12px 8px 12px; }}
.quote-text {{ font-style: italic; font-size: {quote}; }}
a.passage {{ color: {colors.text}; text-decoration: none; }}
.quoted {{ background-color: {colors.highlight_background}; color: {colors.highlight_text};
           text-underline-style: solid; }}
.cited {{ text-underline-style: dotted; }}
{dim}
"""


def paper_stylesheet(colors: Colors) -> str:
    """The screen's stylesheet, then what only paper has (kept apart: the screen's rules
    change on their own). Marks are shapes as well as tints, for greyscale printers."""
    return (
        stylesheet(colors, scale=PAPER_SCALE)
        + f"""
h1 {{ margin-bottom: 4px; }}
p, li {{ line-height: {PAPER_LEADING}%; margin-top: 2px; margin-bottom: 2px; }}
li {{ margin-bottom: 3px; }}
h2 {{ margin-top: 10px; margin-bottom: 4px; }}
h3 {{ margin-top: 6px; margin-bottom: 2px; }}
ul, ol {{ margin-top: 2px; margin-bottom: 2px; }}
li p {{ margin-top: 1px; margin-bottom: 1px; }}
.summary {{ margin-top: 2px; margin-bottom: 4px; }}
p.legend {{ color: {colors.muted}; font-size: {PAPER_SMALL}; margin-top: 2px; margin-bottom: 2px; }}
.ref, .attribution {{ color: {colors.muted}; font-size: {PAPER_SMALL}; }}
a.toc {{ color: {colors.text}; text-decoration: none; }}
p.contents {{ white-space: pre-wrap; margin-top: 1px; margin-bottom: 1px; }}
table.quote {{ margin-top: 4px; margin-bottom: 4px; }}
td.quote-body {{ padding: 3px 8px 3px 8px; }}
td.paper-quote {{ border-left: 5px solid {colors.quote_rule}; }}
.quote-text {{ margin-top: 0px; margin-bottom: 2px; }}
p.attribution {{ margin-top: 0px; margin-bottom: 0px; }}
p.index-entry {{ margin-top: 2px; margin-bottom: 2px; }}
p.report-paragraph {{ font-size: {PAPER_SMALL}; margin-top: 1px; margin-bottom: 1px; }}
.paragraph-number {{ color: {colors.muted}; font-weight: 600; font-size: {PAPER_SMALLER}; }}
.cited {{ text-underline-style: dotted; }}
"""
    )
