"""A quote on the page: its text in its marks, who said it, in what role, to or according to which outlet.

The report's words of attribution are always ``report[cue]``, the report's own
characters; an editor's note is labelled as one. A ``briefing/1`` file's free-text
attribution is shown as the file's words, never as the report's.
"""

from __future__ import annotations

from viewer.model.briefing import NOT_STATED, RELATION_WORDS, Outlet, Quote, Region
from viewer.model.format_v1 import LegacyQuote
from viewer.model.loaded import LoadedBriefing
from viewer.model.statements import region_of
from viewer.render.links import CopyCitation, OpenRegion, ShowInReport, href
from viewer.render.markup import displayed_quote, esc, muted
from viewer.render.statements import Flags, action_link, anchor, flag

#: On paper, the report's words this short are kept on one line.
_UNBROKEN_WORDS = 30


def speaker_line(quote: Quote) -> str:
    """``senior Pentagon official (unnamed)`` as plain text."""
    speaker = quote.speaker if quote.speaker is not None else f"speaker {NOT_STATED}"
    return speaker + (" (unnamed)" if quote.anonymous else "")


def outlet_words(outlet: Outlet | None, legacy: LegacyQuote | None = None) -> str:
    """``according to AFP``, ``to CNN``, or ``outlet not stated``, as plain text."""
    if outlet is not None:
        return f"{RELATION_WORDS[outlet.relation]} {outlet.name}"
    if legacy is not None and legacy.outlet is not None:
        return f"outlet: {legacy.outlet}"
    return f"outlet {NOT_STATED}"


def outlet_name(quote: Quote, legacy: LegacyQuote | None = None) -> str:
    """The outlet's name alone (``AFP``), or ``""`` when none is stated."""
    if quote.outlet is not None:
        return quote.outlet.name
    return legacy.outlet if legacy is not None and legacy.outlet is not None else ""


def report_words(loaded: LoadedBriefing, quote: Quote) -> str | None:
    """The report's own attributing words for ``quote`` (``report[cue]``), if they can be shown."""
    text = loaded.report_text
    if quote.cue is None or text is None:
        return None
    start, end = quote.cue
    return text[start:end]


def attribution_html(
    loaded: LoadedBriefing,
    path: str,
    quote: Quote,
    speaker: bool = True,
    compact: bool = False,
    reference: str = "",
) -> str:
    """Who said it (unless the page already names them), role, outlet, the report's words, a note.

    ``compact`` (paper) runs the report's words on after the outlet instead of on a line
    of their own; ``reference`` (HTML, paper's paragraph numbers) follows them; an
    editor's note always starts a line.
    """
    legacy = loaded.legacy_quotes.get(path)
    role = quote.role if quote.role is not None else f"role {NOT_STATED}"
    parts = [f"<b>{esc(speaker_line(quote))}</b>"] if speaker else []
    parts += [esc(role), esc(outlet_words(quote.outlet, legacy))]
    line = "— " + " · ".join(parts)
    words = report_words(loaded, quote)
    then, label = (" · ", "report’s words") if compact else ("<br>", "Report’s words")
    if words is not None:
        if compact and len(words) <= _UNBROKEN_WORDS:
            words = words.replace(" ", "\u00a0")  # “he / added” split over two lines reads badly
        line += f"{then}{label}: {muted(esc(f'“{words}”'))}"
    elif quote.cue is not None:
        start, end = quote.cue
        line += f"{then}{label}: characters {start}–{end} (the report is not available)"
    elif legacy is not None and legacy.via is not None:
        line += "<br>Attribution in the briefing file (not the report’s words): " + muted(
            esc(f"“{legacy.via}”")
        )
    line += reference
    if quote.note:
        line += f"<br>Editor’s note: {esc(quote.note)}"
    return line


def quote_block(
    loaded: LoadedBriefing,
    path: str,
    quote: Quote,
    origin: Region | None = None,
    links: bool = True,
    speaker: bool = True,
    flags: Flags | None = None,
) -> str:
    """A quote: rule on the left, italic text in its marks, attribution beneath, actions.

    ``origin`` names the quote's region after its characters (the Sources page, where
    the speaker's heading already names them: ``speaker=False``). On paper
    (``links=False``) the actions become a plain reference to the characters.
    """
    status = (
        ""
        if loaded.report.verified
        else '<br><span class="warning">Unverified: the source text is not available</span>'
    )
    where = ""
    if origin is not None:
        region = region_of(path)
        name = esc(origin.name)
        if links and region is not None:
            name = f'<a href="{href(OpenRegion(region))}">{name}</a>'
        where = f" · in {name}"
    if not links:
        actions = "Source characters"
    elif loaded.report.verified:
        actions = (
            f"{action_link(loaded, ShowInReport(path), 'Show in source')} · "
            f"{action_link(loaded, CopyCitation(path), 'Copy with citation')} · characters"
        )
    else:  # there is no report to show it in
        actions = f"{action_link(loaded, CopyCitation(path), 'Copy with citation')} · characters"

    continued = '<br><span class="muted">The quotation continues in the next paragraph.</span>'
    return (
        '<table class="quote" width="100%" cellspacing="0" cellpadding="0"><tr>'
        '<td class="rule" width="5">&nbsp;</td>'
        '<td class="quote-body">'
        f'<p class="quote-text">{anchor(path, links)}{esc(displayed_quote(quote.text))}</p>'
        f'<p class="attribution">{attribution_html(loaded, path, quote, speaker)}{status}'
        f"{continued if quote.continues else ''}{flag(flags or {}, path)}</p>"
        f'<p class="actions">{actions} {quote.start}–{quote.end}{where}</p>'
        "</td></tr></table>"
    )
