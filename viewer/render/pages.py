"""Each section of a briefing as one HTML page: Overview, a region, Sources, the original report."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from viewer.model.briefing import NOT_STATED
from viewer.model.loaded import LoadedBriefing
from viewer.model.statements import point_path, quote_path, summary_path, takeaway_path
from viewer.render.links import OpenRegion, ShowInReport, href
from viewer.render.markup import esc, muted, stated
from viewer.render.quotes import outlet_name, quote_block, speaker_line
from viewer.render.report import ORIGINAL_TITLE, original_html
from viewer.render.statements import (
    Flags,
    anchor,
    evidence_reference,
    flag,
    points_list,
    show_in_source,
)
from viewer.section import Section
from viewer.text import counted

REPORT_STATES = {
    "verified": "verified: the source matches the briefing's SHA-256; every quote was checked",
    "missing": "not found: quotes are unverified",
    "changed": "changed since the briefing was made: quotes are unverified",
    "unreadable": "unreadable: quotes are unverified",
}


#: Under a draft's title, on screen and on paper.
DRAFT_LINE = "Draft: this briefing is still being written."


def report_line(loaded: LoadedBriefing) -> str:
    """What the briefing was made from, whether it was found as it was, and what it states."""
    src = loaded.briefing.source
    warning = "" if loaded.report.verified else ' class="warning"'
    return (
        f"<p><b>Source:</b> {esc(src.path)} · SHA-256 {esc(src.sha256[:12])}… · "
        f"<span{warning}>{REPORT_STATES[loaded.report.state]}</span></p>"
        f"<p><b>Headline:</b> {stated(src.headline)} · <b>Publisher:</b> {stated(src.publisher)}"
        f" · <b>Author:</b> {stated(src.author)} · <b>Published:</b> {stated(src.published)}</p>"
    )


def region_counts(loaded: LoadedBriefing, region_index: int) -> str:
    """``3 points, 1 quote`` for a region, as plain text."""
    region = loaded.briefing.regions[region_index]
    return f"{counted(len(region.points), 'point')}, {counted(len(region.quotes), 'quote')}"


def overview_html(
    loaded: LoadedBriefing,
    links: bool = True,
    region_limit: int | None = None,
    flags: Flags | None = None,
) -> str:
    """Title, report line, key takeaways; on screen (``links``) also the regions to open.

    ``region_limit`` lists only the first regions: the top of the page, shown first.
    """
    briefing = loaded.briefing
    rows = []
    for index, region in enumerate(briefing.regions[:region_limit]):
        name = esc(region.name)
        if links:
            name = f'<a href="{href(OpenRegion(index))}">{name}</a>'
        rows.append(f"<li><p>{name} {muted('— ' + region_counts(loaded, index))}</p></li>")
    takeaways = [(takeaway_path(t), point) for t, point in enumerate(briefing.takeaways)]
    draft = f"<p class='warning'>{DRAFT_LINE}</p>" if briefing.is_draft else ""
    unplaced = "".join(
        quote_block(loaded, quote_path(None, q), quote, links=links, flags=flags)
        for q, quote in enumerate(briefing.quotes)
    )
    return (
        f"<h1>{esc(briefing.title)}</h1>{draft}"
        f"{report_line(loaded)}"
        f"<h2>Key takeaways</h2>{points_list(loaded, takeaways, True, links, flags)}"
        + (f"<h2>Regions</h2><ul>{''.join(rows)}</ul>" if links and rows else "")
        + (f"<h2>Quotes not yet in a region</h2>{unplaced}" if unplaced else "")
    )


def region_html(
    loaded: LoadedBriefing, region_index: int, links: bool = True, flags: Flags | None = None
) -> str:
    region = loaded.briefing.regions[region_index]
    points = [(point_path(region_index, p), point) for p, point in enumerate(region.points)]
    quotes = "".join(
        quote_block(loaded, quote_path(region_index, q), quote, links=links)
        for q, quote in enumerate(region.quotes)
    )
    summary = summary_path(region_index)
    if links:
        where = show_in_source(loaded, summary, bool(region.summary_evidence))
    else:
        where = evidence_reference(region.summary_evidence)
    about = where + flag(flags or {}, summary)
    return (
        f"<h1>{esc(region.name)}</h1>"
        f'{anchor(summary, links)}<p class="summary">{esc(region.summary)}</p>'
        + (f'<p class="attribution">Summary{about}</p>' if about else "")
        + f"<h2>Points</h2>{points_list(loaded, points, links=links, flags=flags)}"
        f"<h2>Quotes</h2>{quotes or '<p class=muted>No quotes in this region.</p>'}"
    )


def sources_html(
    loaded: LoadedBriefing,
    links: bool = True,
    region_indexes: Sequence[int] | None = None,
    flags: Flags | None = None,
) -> str:
    """Each speaker once, then their quotes; then every outlet with the quotes it carried.

    ``region_indexes`` limits both lists to those regions' quotes (a print of one region).
    """
    briefing = loaded.briefing
    by_speaker: dict[str, list[tuple[int, int]]] = defaultdict(list)
    by_outlet: dict[str, list[tuple[int, int]]] = defaultdict(list)
    indexes = range(len(briefing.regions)) if region_indexes is None else region_indexes
    for r in indexes:
        for q, quote in enumerate(briefing.regions[r].quotes):
            by_speaker[speaker_line(quote)].append((r, q))
            by_outlet[outlet_name(quote, loaded.legacy_quotes.get(quote_path(r, q)))].append((r, q))
    if not by_speaker:
        return "<h1>Sources</h1><p class='muted'>This briefing has no quotes.</p>"
    parts = ["<h1>Sources</h1>", "<h2>Speakers</h2>"]
    for speaker, refs in by_speaker.items():
        parts.append(f"<h3>{esc(speaker)}</h3><p class='muted'>{counted(len(refs), 'quote')}</p>")
        for r, q in refs:
            region = briefing.regions[r]
            parts.append(
                quote_block(loaded, quote_path(r, q), region.quotes[q], region, links, False, flags)
            )
    parts.append("<h2>Outlets</h2><ul>")
    for outlet in sorted(by_outlet, key=lambda name: (name == "", name.casefold())):
        refs = by_outlet[outlet]
        name = esc(outlet) if outlet else f"Outlet {NOT_STATED}"
        references = ", ".join(_quote_reference(loaded, r, q, links) for r, q in refs)
        parts.append(f"<li><p><b>{name}</b> — {counted(len(refs), 'quote')}: {references}</p></li>")
    parts.append("</ul>")
    return "".join(parts)


def _quote_reference(loaded: LoadedBriefing, r: int, q: int, links: bool) -> str:
    region = loaded.briefing.regions[r]
    quote = region.quotes[q]
    text = f"{esc(region.name)}, characters {quote.start}–{quote.end}"
    return f'<a href="{href(ShowInReport(quote_path(r, q)))}">{text}</a>' if links else text


def section_html(loaded: LoadedBriefing, section: Section, flags: Flags | None = None) -> str:
    """The page of one section as the screen shows it; ``flags`` mark the reviewer's findings."""
    if section.kind == "overview":
        return overview_html(loaded, flags=flags)
    if section.kind == "region":
        return region_html(loaded, section.region, flags=flags)
    if section.kind == "sources":
        return sources_html(loaded, flags=flags)
    return original_html(loaded)


def section_title(loaded: LoadedBriefing, section: Section) -> str:
    """The section's name as tabs, headers and the contents show it (plain text)."""
    if section.kind == "region":
        return loaded.briefing.regions[section.region].name
    return {"overview": "Overview", "sources": "Sources"}.get(section.kind, ORIGINAL_TITLE)
