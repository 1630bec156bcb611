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

#: Font sizes of title, section, subsection, summary and quote: the screen's, and paper's,
#: which sets smaller type on a page read at arm's length.
SCREEN_SCALE = ("xx-large", "x-large", "large", "large", "large")
PAPER_SCALE = ("x-large", "large", "medium", "medium", "medium")


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
