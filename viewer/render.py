"""Briefing → HTML: the one render path shared by the screen, the printer and PDF export.

Every string that comes from a briefing passes through ``esc`` (``html.escape``)
before it is placed in markup; nothing here trusts briefing text. The HTML uses
the subset of HTML/CSS that ``QTextDocument`` understands, and classes styled by
``stylesheet(colors)`` so the same markup serves light, dark and paper.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Iterable, Sequence

from viewer.briefing import KIND_DESCRIPTIONS, KIND_LABELS, NOT_STATED, Point, Quote, Region
from viewer.loading import LoadedBriefing
from viewer.theme import Colors

OPENING_MARKS = '“"‘«„‚‹'
CLOSING_MARKS = '”"’»“‘›'


# C0 controls (but tab and line breaks) and DEL would vanish from a rendered page;
# show them as their Unicode control pictures (␀ … ␟, ␡) so a reader sees they are there.
_CONTROL_PICTURES = {code: 0x2400 + code for code in range(0x20) if chr(code) not in "\t\n\r"}
_CONTROL_PICTURES[0x7F] = 0x2421


def visible(text: str) -> str:
    """The text a reader is shown: control characters as visible pictures, line breaks as LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL_PICTURES)


def esc(text: str) -> str:
    """Escape untrusted text for HTML; line breaks, runs of spaces and controls stay visible."""
    return (
        '<span style="white-space: pre-wrap">'
        + html.escape(visible(text), quote=True).replace("\n", "<br>")
        + "</span>"
    )


def stylesheet(colors: Colors) -> str:
    """The default stylesheet for documents made by this module."""
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


def kind_label(kind: str) -> str:
    """The kind badge. The words carry the meaning; the tint is only an extra."""
    label = KIND_LABELS.get(kind, kind)
    return (
        f'<span class="kind" title="{html.escape(KIND_DESCRIPTIONS.get(kind, ""))}">'
        f"&nbsp;{esc(label.upper())}&nbsp;</span>"
    )


def stated(value: str | None) -> str:
    return esc(value) if value is not None else f'<span class="muted">{NOT_STATED}</span>'


def displayed_quote(text: str) -> str:
    """The quote as shown: its own quotation marks when it has them, typographic ones otherwise."""
    stripped = text.strip()
    if stripped[:1] in OPENING_MARKS and stripped[-1:] in CLOSING_MARKS and len(stripped) > 1:
        return text
    return f"“{text}”"


def speaker_line(quote: Quote) -> str:
    """``senior Pentagon official (unnamed)`` as plain text."""
    return quote.speaker + (" (unnamed)" if quote.anonymous else "")


def attribution_html(quote: Quote) -> str:
    outlet = esc(quote.outlet) if quote.outlet else f"outlet {NOT_STATED}"
    parts = [
        f"— <b>{esc(speaker_line(quote))}</b>",
        esc(quote.role),
        f"to {outlet}" if quote.outlet else outlet,
    ]
    line = " · ".join(parts)
    if quote.via:
        line += f'<br>Report’s words: <span class="muted">“{esc(quote.via)}”</span>'
    if quote.note:
        line += f"<br>Note: {esc(quote.note)}"
    return line


def quote_block(
    quote: Quote,
    region_index: int,
    quote_index: int,
    verified: bool,
    region: Region | None = None,
    links: bool = True,
) -> str:
    """A quote: rule on the left, italic text in its marks, attribution beneath, actions.

    On paper (``links=False``) the actions become a plain reference to the characters.
    """
    status = (
        ""
        if verified
        else '<br><span class="warning">Unverified: the source text is not available</span>'
    )
    if region is None:
        origin = ""
    elif links:
        origin = f' · in <a href="region:{region_index}">{esc(region.name)}</a>'
    else:
        origin = f" · in {esc(region.name)}"
    show = (
        f'<a href="quote:{region_index}/{quote_index}">Show in source</a> · '
        f'<a href="copy:{region_index}/{quote_index}">Copy with citation</a> · characters'
        if links
        else "Source characters"
    )
    return (
        '<table class="quote" width="100%" cellspacing="0" cellpadding="0"><tr>'
        '<td class="rule" width="5">&nbsp;</td>'
        '<td class="quote-body">'
        f'<p class="quote-text">{esc(displayed_quote(quote.text))}</p>'
        f'<p class="attribution">{attribution_html(quote)}{status}</p>'
        f'<p class="actions">{show} {quote.start}–{quote.end}{origin}</p>'
        "</td></tr></table>"
    )


def point_item(point: Point) -> str:
    return (
        f"<li><p>{kind_label(point.kind)} {esc(point.text)}<br>"
        f'<span class="attribution">— {esc(point.attribution)}</span></p></li>'
    )


def points_list(points: Iterable[Point], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    items = "".join(point_item(point) for point in points)
    return f"<{tag}>{items}</{tag}>" if items else '<p class="muted">None.</p>'


def source_line(loaded: LoadedBriefing) -> str:
    src = loaded.briefing.source
    state = {
        "verified": "verified: the source matches the briefing's SHA-256; every quote was checked",
        "missing": "not found: quotes are unverified",
        "changed": "changed since the briefing was made: quotes are unverified",
        "unreadable": "unreadable: quotes are unverified",
    }[loaded.source.state]
    warning = "" if loaded.source.verified else ' class="warning"'
    return (
        f"<p><b>Source:</b> {esc(src.path)} · SHA-256 {esc(src.sha256[:12])}… · "
        f"<span{warning}>{state}</span></p>"
        f"<p><b>Headline:</b> {stated(src.headline)} · <b>Publisher:</b> {stated(src.publisher)}"
        f" · <b>Author:</b> {stated(src.author)} · <b>Published:</b> {stated(src.published)}</p>"
    )


def overview_html(
    loaded: LoadedBriefing, links: bool = True, region_limit: int | None = None
) -> str:
    """Title, source line, key takeaways; on screen (``links``) also the regions to open.

    ``region_limit`` lists only the first regions: the top of the page, shown first.
    """
    briefing = loaded.briefing
    rows = []
    for index, region in enumerate(briefing.regions[:region_limit]):
        name = f'<a href="region:{index}">{esc(region.name)}</a>' if links else esc(region.name)
        rows.append(
            f"<li><p>{name} <span class='muted'>— {len(region.points)} "
            f"point{'s' if len(region.points) != 1 else ''}, {len(region.quotes)} "
            f"quote{'s' if len(region.quotes) != 1 else ''}</span></p></li>"
        )
    return (
        f"<h1>{esc(briefing.title)}</h1>"
        f"{source_line(loaded)}"
        f"<h2>Key takeaways</h2>{points_list(briefing.takeaways, ordered=True)}"
        + (f"<h2>Regions</h2><ul>{''.join(rows)}</ul>" if links else "")
    )


def region_html(loaded: LoadedBriefing, region_index: int, links: bool = True) -> str:
    region = loaded.briefing.regions[region_index]
    verified = loaded.source.verified
    quotes = "".join(
        quote_block(quote, region_index, q, verified, links=links)
        for q, quote in enumerate(region.quotes)
    )
    return (
        f"<h1>{esc(region.name)}</h1>"
        f'<p class="summary">{esc(region.summary)}</p>'
        f"<h2>Points</h2>{points_list(region.points)}"
        f"<h2>Quotes</h2>{quotes or '<p class=muted>No quotes in this region.</p>'}"
    )


def sources_html(
    loaded: LoadedBriefing, links: bool = True, region_indexes: Sequence[int] | None = None
) -> str:
    """Every speaker with their quotes, then every outlet with the quotes it carried.

    ``region_indexes`` limits both lists to those regions' quotes (a print of one region).
    """
    briefing = loaded.briefing
    by_speaker: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    by_outlet: dict[str, list[tuple[int, int]]] = defaultdict(list)
    indexes = range(len(briefing.regions)) if region_indexes is None else region_indexes
    for r in indexes:
        for q, quote in enumerate(briefing.regions[r].quotes):
            by_speaker[(speaker_line(quote), quote.role)].append((r, q))
            by_outlet[quote.outlet or ""].append((r, q))
    if not by_speaker:
        return "<h1>Sources</h1><p class='muted'>This briefing has no quotes.</p>"
    parts = ["<h1>Sources</h1>", "<h2>Speakers</h2>"]
    for (speaker, role), refs in by_speaker.items():
        parts.append(
            f"<h3>{esc(speaker)}</h3><p class='muted'>{esc(role)} · {len(refs)} "
            f"quote{'s' if len(refs) != 1 else ''}</p>"
        )
        for r, q in refs:
            region = briefing.regions[r]
            parts.append(
                quote_block(region.quotes[q], r, q, loaded.source.verified, region, links=links)
            )
    parts.append("<h2>Outlets</h2><ul>")
    for outlet in sorted(by_outlet, key=lambda name: (name == "", name.casefold())):
        refs = by_outlet[outlet]
        name = esc(outlet) if outlet else f"Outlet {NOT_STATED}"
        references = ", ".join(_quote_reference(loaded, r, q, links) for r, q in refs)
        parts.append(
            f"<li><p><b>{name}</b> — {len(refs)} quote{'s' if len(refs) != 1 else ''}: "
            f"{references}</p></li>"
        )
    parts.append("</ul>")
    return "".join(parts)


def _quote_reference(loaded: LoadedBriefing, r: int, q: int, links: bool) -> str:
    region = loaded.briefing.regions[r]
    quote = region.quotes[q]
    text = f"{esc(region.name)}, characters {quote.start}–{quote.end}"
    return f'<a href="quote:{r}/{q}">{text}</a>' if links else text


def quoted_spans(loaded: LoadedBriefing) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` spans of the source that some quote covers."""
    spans = sorted(
        (quote.start, quote.end) for region in loaded.briefing.regions for quote in region.quotes
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def original_html(loaded: LoadedBriefing) -> str:
    """The source text, verbatim, with every quoted span marked. Only for a verified source.

    One ``pre-wrap`` paragraph keeps one text block per source line, so source
    offsets map to document positions (see ``source_position``).
    """
    text = loaded.source.text
    if text is None or not loaded.source.verified:
        return ""
    pieces = []
    cursor = 0
    for start, end in quoted_spans(loaded):
        pieces.append(_source_piece(text, cursor, start))
        pieces.append(f'<span class="quoted">{_source_piece(text, start, end)}</span>')
        cursor = end
    pieces.append(_source_piece(text, cursor, len(text)))
    return f'<p style="white-space: pre-wrap">{"".join(pieces)}</p>'


def _fold_breaks(text: str) -> str:
    """CR LF and lone CR become LF, as ``QTextDocument`` makes one block break of each."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _source_piece(text: str, start: int, end: int) -> str:
    piece = text[start:end]
    if start > 0 and text[start - 1] == "\r" and piece.startswith("\n"):
        piece = piece[1:]  # the break was already made by the CR that ended the previous piece
    return html.escape(_fold_breaks(piece), quote=False)


def source_position(text: str, offset: int) -> int:
    """Document position of a source offset: code points → UTF-16 units, CR LF folded to one break."""
    return len(_fold_breaks(text[:offset]).encode("utf-16-le")) // 2


def citation(loaded: LoadedBriefing, region_index: int, quote_index: int) -> str:
    """A quote with its attribution and where it stands, as plain text for a reader's notes."""
    quote = loaded.briefing.regions[region_index].quotes[quote_index]
    to = f"to {quote.outlet}" if quote.outlet else f"outlet {NOT_STATED}"
    return visible(
        f"{displayed_quote(quote.text)} — {speaker_line(quote)}, {to}. "
        f"Source: {loaded.briefing.title}, characters {quote.start}–{quote.end}."
    )


def citation_html(loaded: LoadedBriefing, region_index: int, quote_index: int) -> str:
    """The same citation as HTML, every part escaped, the quote in italics."""
    quote = loaded.briefing.regions[region_index].quotes[quote_index]
    plain = citation(loaded, region_index, quote_index)
    shown = visible(displayed_quote(quote.text))
    rest = plain[len(shown) :]
    return f"<p><i>{html.escape(shown)}</i>{html.escape(rest)}</p>"
