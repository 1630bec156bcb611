"""What a cue says: the speaker as named, a role, the outlet and how it relates, anonymity."""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.authoring import verbs
from viewer.authoring.cues import Cue
from viewer.authoring.tokens import Token, tokenize

#: Quote marks around a name in a note.
_OPEN, _CLOSE = "“", "”"


@dataclass(frozen=True)
class Outlet:
    name: str
    relation: str  # "according-to" or "told"

    def as_json(self) -> dict[str, str]:
        return {"name": self.name, "relation": self.relation}


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    role: str | None
    anonymous: bool
    outlet: Outlet | None
    notes: tuple[str, ...]


def _name(tokens: list[Token], text: str) -> tuple[str, bool] | None:
    """The outlet named by ``tokens`` (the words after "told", "according to" …), if it is one.

    Returns the name and whether the words are an outlet's at all.
    """
    words: list[Token] = []
    for token in tokens:
        if not token.word or (words and token.lower in verbs.SPEAKER_STOP):
            break
        words.append(token)
        if token.text.endswith(("'s", "’s")):
            break  # "CNN's State of the Union" was said to CNN
        if len(words) == 6:
            break
    if not words:
        return None
    if words[-1].text.endswith(("'s", "’s")):
        head = text[words[0].start : words[-1].end - 2]
    else:
        head = text[words[0].start : words[-1].end]
    bare = head[4:] if head.startswith("the ") else head
    names = [w.text.removesuffix("'s").removesuffix("’s") for w in words]
    if names[0].lower() == "the":
        names = names[1:]
    if not names:
        return None
    known = names[0] in verbs.OUTLETS or bare in verbs.OUTLETS
    media = any(part in verbs.MEDIA_WORDS for n in names for part in n.split("-"))
    generic = head.startswith("the ") and " ".join(names).lower() in verbs.MEDIA_NOUNS
    if generic:
        return head, True
    return bare, known or media


def outlet_of(text: str, cue: Cue) -> Outlet | None:
    """The outlet a cue names and how: "according to AFP", "told CNN", "in an interview with CNN"."""
    tokens = list(cue.tokens) or tokenize(text, cue.start, cue.end)
    lowered = [t.lower for t in tokens]
    for index, word in enumerate(lowered):
        pair = " ".join(lowered[index : index + 2])
        if pair in verbs.REPORTED_BEFORE:
            found = _name(tokens[index + 2 :], text)
            if found and found[1]:
                return Outlet(found[0], "according-to")
        elif word in ("reported", "reports") and index > 0:
            begin = index
            while begin > 0 and tokens[begin - 1].word:
                begin -= 1
            found = _name(tokens[begin:index], text)
            if found and found[1]:
                return Outlet(found[0], "according-to")
        elif word in verbs.TOLD_BEFORE:
            found = _name(tokens[index + 1 :], text)
            if found and found[1]:
                return Outlet(found[0], "told")
    return None


def _speaker_text(text: str, cue: Cue) -> str | None:
    if cue.speaker is None:
        return None
    speaker = text[cue.speaker[0] : cue.speaker[1]]
    first = speaker.split(" ", 1)[0]
    if first.lower() in verbs.LOWER_AT_START and first[:1].isupper():
        speaker = speaker[0].lower() + speaker[1:]
    return speaker


_CLAUSE_END = re.compile(r"[.!?;“”\"«»\n]")


def _clause_words(text: str, cue: Cue) -> str:
    """The cue and the rest of its clause, lower-cased: "…, who asked not to be named"."""
    found = _CLAUSE_END.search(text, cue.end, cue.end + 120)
    return text[cue.start : found.start() if found else cue.end].lower()


def _quoted(value: str) -> str:
    return f"{_OPEN}{value}{_CLOSE}"


def attribute(text: str, cue: Cue | None) -> Attribution:
    """The draft's speaker, role, outlet and notes for one quote, taken only from its cue."""
    if cue is None:
        return Attribution(None, None, False, None, ())
    notes: list[str] = []
    outlet = outlet_of(text, cue)
    speaker = _speaker_text(text, cue)
    if cue.verb == "according to" and outlet is not None:
        speaker = None  # "according to AFP": the outlet reported it; who said it is not named
    if speaker is not None and outlet is not None and speaker == outlet.name:
        speaker = None  # "“…,” CNN reported"
    role = text[cue.role[0] : cue.role[1]] if cue.role else None
    anonymous = any(phrase in _clause_words(text, cue) for phrase in verbs.ANONYMITY)
    if speaker is not None and speaker.lower() in verbs.PRONOUNS:
        notes.append(f"The cue names the speaker only as {_quoted(speaker)}; say who it is.")
    elif speaker is None:
        notes.append("The cue names no speaker; say who said this.")
    return Attribution(speaker, role, anonymous, outlet, tuple(notes))
