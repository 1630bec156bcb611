"""The reviewer's English word lists: hedge families, reporting cues, detail words, sentence starters.

Everything the reviewer knows about English is here, so that it can be read, argued
with and extended in one place (docs/review.md lists it for people). A *phrase* is
words separated by single spaces, matched on whole words, case folded, the curly
apostrophe read as the straight one ("didn’t deny" is "didn't deny"); ``#`` stands
for a number (digits or a number word: "about a #" matches "about a third").

A *hedge family* is a set of words that say the same kind of uncertainty or
qualification. A statement keeps a hedge of its evidence when it has any member of
the same family: "perhaps maybe even reinforced" may become "may be reinforced"
(both *possibility*), but not "reinforced", and not "likely reinforced" (that is
*probability*, a stronger claim).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, NamedTuple


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one string, the way a word list reads best."""
    return frozenset(words.split())


#: Numbers written as words; ordinals and fractions included ("a third", "two-thirds").
NUMBER_WORDS: Final = word_set(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion trillion dozen dozens half halves "
    "third quarter fourth fifth sixth seventh eighth ninth tenth twice thrice first "
    "second"
)

#: Number words as the digits that say the same: "nine weeks" supports "9 weeks".
_UNITS: Final = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty"
)
NUMBER_VALUES: Final[dict[str, str]] = {
    **{word: str(value) for value, word in enumerate(_UNITS.split(" "))},
    **{"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70"},
    **{"eighty": "80", "ninety": "90", "hundred": "100", "thousand": "1000", "dozen": "12"},
}

#: Month names (but "May", a hedge in lower case, is a month only where it is capitalised
#: inside a sentence) and the usual abbreviations with their full stop dropped.
MONTHS: Final = word_set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
WEEKDAYS: Final = word_set(
    "monday tuesday wednesday thursday friday saturday sunday "
    "today yesterday tomorrow tonight weekend"
)

#: Compass words, each folded to its direction: "southern" and "south" are one detail.
#: ("north-east" is read as two words, "north" and "east".)
COMPASS: Final[dict[str, str]] = {
    base + ending: base
    for base in word_set("north south east west northeast northwest southeast southwest")
    for ending in ("", "ern", "erly", "ward", "wards")
}

#: Words that open a sentence without being a name, whatever the report says of them.
#: A capitalised first word not listed here counts as a name when the report never
#: writes it in lower case ("Moscow suggested…" names Moscow; "Even after…" does not).
SENTENCE_STARTERS: Final = word_set(
    "a an the this that these those there here it its they them their we our you your he "
    "his she her i in on at of by for from to with without as after before while when "
    "where what which who whom whose why how if but and or nor so yet also then thus "
    "still even most many much some several few all both each every no not none one "
    "another other such however meanwhile moreover instead only just since until "
    "although though because despite during over under about around between among "
    "into onto against toward towards near later earlier now once again never always "
    "often sometimes already more less far almost nearly according"
)

#: The speakers a draft may not leave as they are: a pronoun says nobody in particular.
PRONOUNS: Final = word_set("he she they him her them it we i you")

#: Abbreviations after which a full stop ends no sentence ("Gen. Smith", "U.S. forces").
ABBREVIATIONS: Final = word_set(
    "mr mrs ms dr prof gen lt col maj capt cpl sgt adm cmdr sen rep gov pres st mt ft "
    "vs etc e.g i.e a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec "
    "inc ltd co corp jr sr u.s u.k u.n e.u approx est dept"
)
#: Abbreviations only before a number ("No. 9"); "he said no." ends a sentence.
NUMBER_ABBREVIATIONS: Final = word_set("no nos vol pp")


class Family(NamedTuple):
    """Hedges that say one kind of uncertainty; ``what`` names it in messages and docs."""

    name: str
    what: str
    phrases: tuple[str, ...]


def verb(base: str, past: str | None = None) -> tuple[str, ...]:
    """A verb in every form: ``verb("assess")`` is assess, assesses, assessed, assessing;
    ``past`` for an irregular one (``verb("tell", "told")``)."""
    if base.endswith("e"):
        forms = (base, base + "s", past or base + "d", base[:-1] + "ing")
    elif base.endswith("y") and base[-2] not in "aeiou":
        forms = (base, base[:-1] + "ies", past or base[:-1] + "ied", base + "ing")
    elif base.endswith(("s", "sh", "ch", "x")):
        forms = (base, base + "es", past or base + "ed", base + "ing")
    else:
        forms = (base, base + "s", past or base + "ed", base + "ing")
    return forms


def phrases(text: str) -> tuple[str, ...]:
    """Phrases written as one string, separated by commas; ``believe+`` is the verb in
    every form (:func:`verb`), ``tell+told`` one with an irregular past."""
    found: list[str] = []
    for item in (part.strip() for part in text.split(",")):
        base, plus, past = item.partition("+")
        found += verb(base, past or None) if plus else [item]
    return tuple(found)


def _each(words: Iterable[str], *patterns: str) -> tuple[str, ...]:
    """``_each(["did", "does"], "{} not deny")`` → ("did not deny", "does not deny")."""
    return tuple(pattern.format(word) for word in words for pattern in patterns)


_NEGATED: Final = word_set("did does do would could will")
_NEGATED_SHORT: Final = word_set("didn't doesn't don't wouldn't couldn't won't")
_WOULD_NOT: Final = word_set("decline declined declines declining refuse refused refuses refusing")
_ABOUT: Final = (
    "about, around, approximately, roughly, nearly, almost, some, close to, up to, at least, "
    "at most, more than, less than, fewer than, over, under, as many as, an estimated"
)

#: Every hedge family, in the order findings name them.
HEDGE_FAMILIES: Final = (
    Family(
        "possibility",
        "a possibility: perhaps, maybe, may, could…",
        phrases(
            "perhaps, maybe, may, might, could, possible, possibly, possibility, possibilities, "
            "potential, potentially, conceivable, conceivably, cannot rule out, can't rule out"
        )
        + _each(("rule", "ruled", "ruling"), "not {} out", "n't {} out"),
    ),
    Family(
        "probability",
        "a likelihood: likely, probably, high chances…",
        phrases(
            "likely, unlikely, likelihood, probable, probably, probability, odds, "
            "chances are, chances that, chances of"
        )
        + _each(word_set("high good low slim little strong real"), "{} chance", "{} chances"),
    ),
    Family(
        "judgement",
        "a judgement: believe, assess, expect…",
        phrases(
            "believe+, belief, beliefs, think+thought, assess+, assessment, assessments, "
            "expect+, expectation, expectations, estimate+, estimation, suspect+, "
            "anticipate+, reckon+, doubt+, doubtful"
        ),
    ),
    Family(
        "appearance",
        "an appearance: appear, seem…",
        phrases(
            "appear+, apparent, apparently, seem+, seemingly, look like, looks like, looked like"
        ),
    ),
    Family(
        "suggestion",
        "a suggestion: suggest, hint…",
        phrases("suggest+, suggestion, suggestions, hint+, imply+"),
    ),
    Family(
        "hearsay",
        "hearsay: reportedly, allegedly, claim…",
        phrases(
            "reportedly, allege+, allegedly, allegation, allegations, claim+, claims, "
            "purported, purportedly, supposedly, rumour+, rumours"
        )
        + _each(("is", "are", "was", "were"), "{} said to"),
    ),
    Family(
        "non-denial",
        "a non-denial: did not deny, declined to confirm…",
        _each(_NEGATED, "{} not deny", "{} not confirm")
        + _each(_NEGATED_SHORT, "{} deny", "{} confirm")
        + _each(_WOULD_NOT, "{} to confirm", "{} to deny", "{} to comment")
        + phrases(
            "not denied, not denying, neither confirmed nor denied, neither confirm nor deny"
        ),
    ),
    Family(
        "vagueness",
        "a softener: kind of, somewhat, partly…",
        phrases(
            "kind of, sort of, somewhat, partly, partially, in part, a bit, a little, slightly, "
            "rather, fairly, more or less, to some extent, to a degree"
        ),
    ),
    Family(
        "intensifier",
        "an intensifier: much more, far less…",
        _each(
            phrases("much, far, a lot, significantly, considerably, substantially"),
            "{} more",
            "{} less",
        ),
    ),
    Family(
        "approximation",
        "an approximation: about, nearly, at least…",
        (*_each(phrases(_ABOUT), "{} #", "{} a #", "{} an #"), "approximately"),
    ),
    Family(
        "provisional",
        "a time limit: so far, yet, for now…",
        phrases(
            "so far, thus far, yet, as yet, to date, until now, up to now, for now, "
            "for the time being, at this point, at the moment, at this time"
        ),
    ),
    Family(
        "proportion",
        "a proportion: most, mostly, largely…",
        phrases("most, mostly, largely, mainly, majority"),
    ),
)

#: Phrases that are no hedge after one of these words ("what kind of", "the most").
NOT_AFTER: Final[dict[str, frozenset[str]]] = {
    "kind of": word_set("what this that any the same every one which"),
    "sort of": word_set("what this that any the same every one which"),
    "most": word_set("the"),
}
#: Phrases that are no hedge before one of these words ("rather than").
NOT_BEFORE: Final[dict[str, frozenset[str]]] = {"rather": word_set("than")}

#: The report's words that attribute a passage to someone: reporting verbs in every
#: form, "according to". They count only outside quotation marks.
CUES: Final = phrases(
    "say+said, tell+told, add+, according to, stated, stating, states that, state that, "
    "suggest+, call+, assess+, note+, explain+, claim+, announce+, warn+, insist+, argue+, "
    "confirm+, deny+, write+wrote, written, reported, believes, believed, expects, expected, "
    "estimates, estimated, describe+, acknowledge+, admit, admits, admitted, admitting, "
    "assert+, quote+, cite+, ask+, reply+, in a statement"
)
