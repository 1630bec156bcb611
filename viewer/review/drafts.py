"""``draft``: what a briefing marked ``"status": "draft"`` still lacks before it can be final.

No takeaways yet, no regions yet, quotes not yet placed in a region, a quote whose
speaker is only a pronoun ("he"), a quote with neither a cue (the report's words of
attribution) nor a note saying how it was attributed. A finished briefing is held
to the first three by validation; the last two are asked of drafts only.
"""

from __future__ import annotations

from collections.abc import Iterator

from viewer.model.briefing import Briefing
from viewer.model.statements import quotes
from viewer.review.findings import Finding, quoted
from viewer.review.lexicon import PRONOUNS


def unfinished(briefing: Briefing) -> Iterator[Finding]:
    if not briefing.is_draft:
        return
    if not briefing.takeaways:
        yield Finding("takeaways", "draft", "the draft has no takeaways yet")
    if not briefing.regions:
        yield Finding("regions", "draft", "the draft has no regions yet")
    for path, quote in quotes(briefing):
        span = ((quote.start, quote.end),)
        shown = quoted(quote.text, 40)
        if path.startswith("quotes["):
            yield Finding(path, "draft", f"the quote {shown} is not yet placed in a region", span)
        if quote.speaker is not None and quote.speaker.strip().casefold() in PRONOUNS:
            yield Finding(
                path,
                "draft",
                f"the quote {shown} has only a pronoun, {quoted(quote.speaker)}, for its "
                "speaker; name them as the report does",
                span,
            )
        if quote.cue is None and not quote.note:
            yield Finding(
                path,
                "draft",
                f"the quote {shown} has neither a cue (the report's words of attribution) "
                "nor a note saying how it was attributed",
                span,
            )
