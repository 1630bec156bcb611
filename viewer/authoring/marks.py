"""Quotation marks: which mark opens, which closes which, and which are only apostrophes."""

from __future__ import annotations

import re

#: Every character the scanner looks at. ’ and ' are also apostrophes; see ``is_elision``.
MARKS = "“”„\"«»‹›‘’‚'「」『』"

#: An opened quotation (keyed by its opening mark) is closed by one of these marks.
CLOSERS = {
    "“": '”"',  # English “…” (a straight " may close it in mixed typing)
    "„": "“”",  # German „…“, Polish and Hungarian „…”
    '"': '"”',
    "”": "”",  # Swedish and Finnish ”…”
    "«": "»",  # French, Spanish, Russian «…»
    "»": "«",  # German and Danish »…«
    "‹": "›",
    "›": "‹",
    "‘": "’'",  # English ‘…’ (primary in British style, nested in American)
    "‚": "‘’",  # German ‚…‘
    "'": "'’",
    "「": "」",
    "『": "』",
}

#: Marks of the outer level; the others (single marks) are nested, or primary in British style.
DOUBLE_LEVEL = frozenset('“”„"«»「」『』')

#: Marks that only ever close, so they close whatever they match, wherever they stand.
#: The others close only when they do not stand where a quotation opens.
FIRM_CLOSERS = frozenset("”»›」』’")

#: Marks that always open when they close nothing: “ „ « ‹ 「 『.
FIRM_OPENERS = frozenset("“„«‹「『")

#: Marks that open only where an opening mark stands: after a space, a bracket or a dash.
#: ’ never opens: ’90s, ’em and rock ’n’ roll begin with it.
CONTEXT_OPENERS = frozenset("”»›‘‚'\"")

#: The apostrophe-like marks: between two letters (they’re, Russia’s) they are never quotes.
APOSTROPHES = frozenset("’'")

#: A character before a mark that makes it stand where a quotation opens.
_OPENING_BEFORE = frozenset("([{—–-/…") | frozenset(MARKS)
#: A character after a mark that makes it stand where a quotation closes.
_CLOSING_AFTER = frozenset(".,;:!?)]}—–-/…") | frozenset(MARKS)

#: Words that begin with an apostrophe, never an opening quote: ’n’, ’tis, ’em, ’90s, ’05.
_ELISION = re.compile(
    r"(?:n['’](?!\w)|tis\b|twas\b|em\b|cause\b|cos\b|coz\b|til\b|till\b|bout\b|round\b|\d\ds?\b)",
    re.IGNORECASE,
)


def opening_position(before: str) -> bool:
    """A mark after ``before`` (a character, or "" at the paragraph's start) stands where quotes open."""
    return not before or before.isspace() or before in _OPENING_BEFORE


def closing_position(after: str) -> bool:
    """A mark before ``after`` (a character, or "" at the paragraph's end) stands where quotes close."""
    return not after or after.isspace() or after in _CLOSING_AFTER


def is_elision(text: str, after_mark: int) -> bool:
    """The apostrophe-like mark just before ``after_mark`` begins an elided word (’n’, ’90s, ’em)."""
    return _ELISION.match(text, after_mark) is not None


def is_weak_close(text: str, index: int, end: int) -> bool:
    """A single closing mark at ``index`` that may be a plural possessive (the students’ union).

    It follows a letter and is followed by a lower-case word, as a possessive is; a quotation
    usually closes after punctuation or before a capital. The scanner closes on such a mark only
    when no better one comes in the paragraph.
    """
    if index == 0 or not text[index - 1].isalpha():
        return False
    rest = index + 1
    while rest < end and text[rest] in " \u00a0":
        rest += 1
    return rest > index + 1 and rest < end and text[rest].islower()
