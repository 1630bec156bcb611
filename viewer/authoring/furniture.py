"""Lines a news site puts between a report's paragraphs that are not the report.

Saved pages and copied text carry links to other articles ("Also Read | …",
"READ MORE: …") and advertisement markers as paragraphs of their own. The scaffold
declares them in the draft's ``not_content``, each with its reason, so the reviewer
does not list them as left out; a declaration is a proposal the author can delete.

Only a whole paragraph is declared, only when it is short, holds no quotation, and
opens with one of the markers below followed by a separator ("|", ":", a dash, "»"),
or is nothing but an advertisement marker. "Read more about the talks on Monday" is
a sentence, not a link line: no separator follows its marker.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any, Final

from viewer.authoring.paragraphs import Span

#: A link line opens with one of these, then a separator.
_LINK_LINE: Final = re.compile(
    r"(also read|read also|read more|more from|related(?: stories| articles| coverage)?"
    r"|see also|recommended(?: stories| reading)?|must read|don[’']t miss|watch)"
    r"[\s\u00a0]*[|:»›–—-]",
    re.IGNORECASE,
)
#: A paragraph that is only one of these is an advertisement's placeholder.
_ADVERTISEMENT: Final = frozenset(
    {
        "advertisement",
        "ad",
        "story continues below advertisement",
        "article continues below advertisement",
        "continue reading below",
        "scroll to continue with content",
    }
)
#: A link line is a headline: longer paragraphs are taken for the report's text.
MAX_WORDS: Final = 30


def _reason(kind: str, marker: str) -> str:
    return f"{kind} (“{marker}”), not part of the report"


def not_content(
    text: str, paragraphs: Sequence[Span], quoted: Collection[int]
) -> list[dict[str, Any]]:
    """The ``not_content`` declarations for ``text``: a span and a reason for each.

    ``quoted``: the numbers of the paragraphs that hold a quotation (a quote never
    crosses a paragraph's end).
    """
    declared = []
    for number, (start, end) in enumerate(paragraphs):
        if number in quoted:
            continue
        paragraph = text[start:end]
        if len(paragraph.split()) > MAX_WORDS:
            continue
        link = _LINK_LINE.match(paragraph)
        bare = paragraph.strip(" .")
        if link is not None:
            reason = _reason("a navigation link", link.group(1))
        elif bare.casefold() in _ADVERTISEMENT:
            reason = _reason("an advertisement’s place", bare)
        else:
            continue
        declared.append({"span": [start, end], "reason": reason})
    return declared
