"""A quote as a citation for a reader's notes: who said it, where the report says so, and how sure that is."""

from __future__ import annotations

import html
from pathlib import PurePosixPath

from viewer.model.briefing import Quote
from viewer.model.loaded import LoadedBriefing
from viewer.render.markup import displayed_quote
from viewer.render.quotes import outlet_words, speaker_line
from viewer.text import visible


def report_reference(loaded: LoadedBriefing) -> str:
    """The report, as a citation names it: its headline if it states one, else its file name,
    then what else it states (publisher, date) and the SHA-256 prefix that identifies it."""
    source = loaded.briefing.source
    name = f"“{source.headline}”" if source.headline else PurePosixPath(source.path).name
    stated = [part for part in (source.publisher, source.published) if part]
    return ", ".join([name, *stated]) + f" (SHA-256 {source.sha256[:12]}…)"


def citation(loaded: LoadedBriefing, path: str, quote: Quote) -> str:
    """The quote with its attribution and where it stands, as plain text."""
    legacy = loaded.legacy_quotes.get(path)
    line = (
        f"{displayed_quote(quote.text)} — {speaker_line(quote)}, "
        f"{outlet_words(quote.outlet, legacy)}. "
        f"Source: {report_reference(loaded)}, characters {quote.start}–{quote.end}"
    )
    if not loaded.report.verified:
        line += f" — unverified: the report is {loaded.report.state}, so this quote was not checked"
    return visible(line + ".")


def citation_html(loaded: LoadedBriefing, path: str, quote: Quote) -> str:
    """The same citation as HTML, every part escaped, the quote in italics."""
    plain = citation(loaded, path, quote)
    shown = visible(displayed_quote(quote.text))
    rest = plain[len(shown) :]
    return f"<p><i>{html.escape(shown)}</i>{html.escape(rest)}</p>"
