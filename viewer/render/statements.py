"""A statement on the page: its kind, its words, whose it is, and the way to the passages it rests on."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from viewer.model.briefing import Point
from viewer.model.loaded import LoadedBriefing
from viewer.model.statements import overlaps, point_path, quotes, reader_name
from viewer.render.links import CopyCitation, GoTo, ShowInReport, href
from viewer.render.markup import attribute, esc, kind_label

#: Findings of the reviewer by field path: the short labels a statement's marker shows.
Flags = Mapping[str, Sequence[str]]


def anchor(path: str, links: bool = True) -> str:
    """A named place for ``path`` on a screen page (``GoTo`` scrolls there); none on paper,
    where it would split the text that follows for PDF tools."""
    return f'<a name="{path}"></a>' if links else ""


def action_link(loaded: LoadedBriefing, link: ShowInReport | CopyCitation, words: str) -> str:
    """A link that acts on a statement or quote; its title says which (a screen reader reads
    it after the words, which are the same for every statement)."""
    title = attribute(reader_name(loaded.briefing, link.path))
    return f'<a href="{href(link)}" title="{title}">{words}</a>'


def show_in_source(loaded: LoadedBriefing, path: str, has_evidence: bool) -> str:
    """`` · Show in source`` when there is a report to show it in and something to show."""
    if not (has_evidence and loaded.report.verified):
        return ""
    return " · " + action_link(loaded, ShowInReport(path), "Show in source")


def evidence_reference(evidence: Sequence[tuple[int, int]]) -> str:
    """The characters a statement rests on, for paper: ``characters 0–115, 215–295``."""
    if not evidence:
        return ""
    spans = ", ".join(f"{start}–{end}" for start, end in evidence)
    return f" · characters {spans}"


def flag(flags: Flags, path: str) -> str:
    """The reviewer's marker on a statement with findings (words, not colour alone)."""
    found = flags.get(path)
    if not found:
        return ""
    return f'<br><span class="flag">⚑ Review: {esc(", ".join(found))}</span>'


def origins(loaded: LoadedBriefing, point: Point) -> str:
    """Where a takeaway comes from: the regions' points and quotes on the same passages."""
    briefing = loaded.briefing
    links = []
    for r, region in enumerate(briefing.regions):
        for p, other in enumerate(region.points):
            if any(overlaps(list(other.evidence), s, e) for s, e in point.evidence):
                links.append((point_path(r, p), reader_name(briefing, point_path(r, p))))
                break
    for path, quote in quotes(briefing):
        if overlaps(list(point.evidence), quote.start, quote.end):
            links.append((path, reader_name(briefing, path)))
    if not links:
        return ""
    shown = ", ".join(f'<a href="{href(GoTo(path))}">{esc(name)}</a>' for path, name in links)
    return f" · from {shown}"


def point_item(
    loaded: LoadedBriefing,
    path: str,
    point: Point,
    links: bool = True,
    flags: Flags | None = None,
    takeaway: bool = False,
) -> str:
    """One statement as a list item: kind badge and text, then who says it and where."""
    tail = ""
    if links:
        tail = show_in_source(loaded, path, bool(point.evidence))
        tail += origins(loaded, point) if takeaway else ""
    else:
        tail = evidence_reference(point.evidence)
    note = f'<br><span class="note">Editor’s note: {esc(point.note)}</span>' if point.note else ""
    return (
        f"<li>{anchor(path, links)}<p>{kind_label(point.kind)} {esc(point.text)}<br>"
        f'<span class="attribution">— {esc(point.attribution)}{tail}</span>'
        f"{note}{flag(flags or {}, path)}</p></li>"
    )


def points_list(
    loaded: LoadedBriefing,
    items: Iterable[tuple[str, Point]],
    ordered: bool = False,
    links: bool = True,
    flags: Flags | None = None,
) -> str:
    tag = "ol" if ordered else "ul"
    rows = "".join(
        point_item(loaded, path, point, links, flags, takeaway=ordered) for path, point in items
    )
    return f"<{tag}>{rows}</{tag}>" if rows else '<p class="muted">None.</p>'
