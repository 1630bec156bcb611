"""One attributing clause around a reporting verb: its span, the speaker's words, a role."""

from __future__ import annotations

from dataclasses import dataclass

from viewer.authoring import verbs
from viewer.authoring.paragraphs import Span
from viewer.authoring.tokens import Token

#: The most words a speaker may have ("State Department spokesman P.J. Crowley" has five).
MAX_SPEAKER_WORDS = 10
#: After an inverted verb the speaker may run longer: "said Tom Bonier of the liberal National
#: Committee for an Effective Congress".
MAX_INVERTED_WORDS = 14
#: The most words of a tail after the verb ("on grounds of anonymity, according to AFP").
MAX_TAIL_WORDS = 12
#: Before a quotation the tail is shorter: what follows is often the reported clause.
BEFORE_TAIL_WORDS = 8
#: The most words of a role in an apposition ("John Smith, a spokesman for the ministry, said").
MAX_ROLE_WORDS = 12
_BREAKS = frozenset(';()[]—–:"“”«»')


@dataclass(frozen=True)
class Clause:
    """A cue found at a verb: ``start``–``end`` in the text, and spans inside it."""

    start: int
    end: int
    verb: str
    speaker: Span | None
    role: Span | None


def kind(tokens: list[Token], index: int) -> str | None:
    """What the token at ``index`` is to the cue finder: a reporting word, or None."""
    token = tokens[index]
    if not token.word:
        return None
    word = token.lower
    if word == "according":
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        return "according" if following is not None and following.lower == "to" else None
    before = tokens[index - 1].lower if index > 0 else ""
    if word in verbs.PARTICIPLES:
        # ", adding that …", "was quoted as saying"; "were writing the scene" reports nothing.
        return "participle" if before in {",", "as"} else None
    if before == "to":
        return None  # "the notion of saying lines, … a wrong way to say them"
    if word not in verbs.REPORTING and word not in verbs.WEAK:
        return None
    if before in verbs.PASSIVE:
        return None  # "Boehner was asked": he did not say it
    return "strong" if word in verbs.REPORTING else "weak"


def _span(tokens: list[Token]) -> Span:
    return tokens[0].start, tokens[-1].end


def _words_back(tokens: list[Token], index: int) -> int:
    """The index of the first word of the run of words ending just before ``index``."""
    first = index
    while first > 0 and tokens[first - 1].word and tokens[first - 1].lower not in verbs.CLAUSE:
        first -= 1
    return first


def _has_verb(tokens: list[Token]) -> bool:
    return any(kind(tokens, i) is not None for i in range(len(tokens)))


def _apposition(tokens: list[Token], comma: int) -> tuple[Span, Span | None, int] | None:
    """Speaker, role and start of an apposition before ``comma``: "John Smith, a spokesman, said".

    A relative clause between the commas ("Jeffrey Wall, who was a top official …, said")
    names no role.
    """
    first = comma
    while first > 0 and tokens[first - 1].word:
        first -= 1
    between = tokens[first:comma]
    name_comma = first - 1
    if not between or name_comma < 1 or tokens[name_comma].text != ",":
        return None
    name_first = _words_back(tokens, name_comma)
    name = tokens[name_first:name_comma]
    if not name or len(name) > 6 or not name[0].capitalised:
        return None
    if between[0].lower in {"who", "which", "whose"}:
        return _span(name), None, name[0].start
    if len(between) > MAX_ROLE_WORDS or between[0].lower in verbs.CLAUSE:
        return None
    return _span(name), _span(between), name[0].start


def _subject(tokens: list[Token], index: int) -> tuple[Span | None, Span | None, int] | None:
    """(speaker, role, where the cue starts) for the verb at ``index``; None if none can be."""
    first = _words_back(tokens, index)
    chunk = tokens[first:index]
    core = list(chunk)
    while core and (
        core[-1].lower in verbs.BETWEEN
        or (core[-1].text.islower() and core[-1].lower.endswith("ly"))
    ):
        core.pop()  # "the official also said", "Alito later seized"
    if len(core) > MAX_SPEAKER_WORDS:
        return None  # a long clause, not a speaker: the verb reports something else
    if core:
        return _span(core), None, chunk[0].start
    start = chunk[0].start if chunk else tokens[index].start
    edge = first - 1
    if chunk or edge < 1:
        return None, None, start
    if tokens[edge].text == ",":
        if _has_verb(tokens[_words_back(tokens, edge) : edge]):
            return None  # "Her dad, she says, tells a lot of jokes": the cue is "she says"
        return _apposition(tokens, edge) or (None, None, start)
    if tokens[edge].lower == "and":
        # "Wiig smiles and says": a short clause just before names the speaker first.
        run_first = _words_back(tokens, edge)
        run = tokens[run_first:edge]
        at_clause_start = run_first == 0 or not tokens[run_first - 1].word
        if 2 <= len(run) <= 3 and at_clause_start and not _has_verb(run):
            head = run[:-1]
            if head[0].capitalised or head[0].lower in verbs.PRONOUNS:
                return _span(head), None, head[0].start
    return None, None, start


def _inverted(tokens: list[Token], index: int) -> tuple[Span, Span | None, int] | None:
    """An inverted cue, "said the official", "says Charles Hopkinson, director of …"."""
    first = index + 1
    if first >= len(tokens) or not tokens[first].word:
        return None
    head = tokens[first]
    if head.lower in verbs.SPEAKER_STOP or not (
        head.capitalised or head.lower in verbs.LOWER_AT_START
    ):
        return None
    last = first
    while (
        last < len(tokens)
        and tokens[last].word
        and tokens[last].lower not in verbs.SPEAKER_STOP
        and last - first < MAX_INVERTED_WORDS
    ):
        last += 1
    speaker = _span(tokens[first:last])
    if last < len(tokens) and tokens[last].text == ",":
        role_last = last + 1
        while role_last < len(tokens) and tokens[role_last].word:
            role_last += 1
        role = tokens[last + 1 : role_last]
        if (
            role
            and role[0].lower not in verbs.SPEAKER_STOP
            and kind(tokens, last + 1) is None
            and len(role) <= MAX_ROLE_WORDS
        ):
            return speaker, _span(role), role_last
    return speaker, None, last


def _starts_phrase(token: Token) -> bool:
    return token.word and (
        token.lower in verbs.TAIL_START
        or token.lower in verbs.BETWEEN
        or (token.text.islower() and token.lower.endswith("ly"))
    )


def _tail(tokens: list[Token], index: int, limit: int, told: bool) -> int:
    """The index just past the tail's last word: adverbial phrases after the verb.

    Each phrase (after an optional comma) must start like an adverbial (``_starts_phrase``)
    and runs to the next comma or new clause; a "told" verb keeps its object first ("told the
    Pittsburgh Tribune-Review"). More than ``limit`` words: the tail ends before that phrase.
    """
    end = _object(tokens, index) if told else index
    position = end
    words = end - index
    while position < len(tokens):
        if tokens[position].text == ",":
            position += 1
        if position >= len(tokens):
            break
        if not _starts_phrase(tokens[position]):
            reported = _reported_by(tokens, position)
            if reported is None:
                break
            end = position = reported
            continue
        last = position
        while last < len(tokens):
            token = tokens[last]
            if token.word:
                if last > position and token.lower in verbs.TAIL_STOP:
                    break
            elif not (token.text == "." and last + 1 < len(tokens) and tokens[last + 1].word):
                break  # a full stop inside a phrase ("on Nov. 2") is an abbreviation's
            last += 1
        words += sum(1 for t in tokens[position:last] if t.word)
        if words > limit:
            break
        end = position = last
        while end > index and not tokens[end - 1].word:
            end -= 1
    return end


def _reported_by(tokens: list[Token], index: int) -> int | None:
    """ ", the Times reported": the index past "reported" when the words from ``index`` say so."""
    for position in range(index, min(index + 7, len(tokens))):
        token = tokens[position]
        if not token.word:
            return None
        if token.lower in {"reported", "reports"}:
            return position + 1 if position > index else None
    return None


def _object(tokens: list[Token], index: int) -> int:
    """The index just past a "told" verb's object: "told CNN", "told the justices", "told them"."""
    if index >= len(tokens) or not tokens[index].word:
        return index
    first = tokens[index]
    if not first.capitalised and first.lower not in verbs.LOWER_AT_START:
        return index + 1  # "told reporters", "told them"
    end = index + 1
    while end < len(tokens) and tokens[end].word and end - index < 6:
        if tokens[end].lower in verbs.SPEAKER_STOP:
            break
        end += 1
    return end


def at_verb(tokens: list[Token], index: int, before_quote: bool) -> Clause | None:
    """The cue whose verb (or "according to", or participle) is the token at ``index``.

    ``before_quote``: the words stand before the quotation, so only a short tail that starts
    like an adverbial ("told CNN", "said at one point") belongs to the cue.
    """
    what = kind(tokens, index)
    if what is None:
        return None
    verb = tokens[index]
    if what == "according":
        end = _object(tokens, index + 2)
        if end == index + 2:
            return None
        name = _span(tokens[index + 2 : end])
        return Clause(verb.start, tokens[end - 1].end, "according to", name, None)
    if what == "participle":
        return _participle(tokens, index)
    told = verb.lower in {"told", "tells", "tell"}
    speaker: Span | None
    role: Span | None = None
    inverted = None if any(t.word for t in tokens[:index]) else _inverted(tokens, index)
    if inverted is not None:
        speaker, role, after = inverted
        start = verb.start
    else:
        subject = _subject(tokens, index)
        if subject is None:
            return None
        speaker, role, start = subject
        after = index + 1
    limit = BEFORE_TAIL_WORDS if before_quote else MAX_TAIL_WORDS
    stop = _tail(tokens, after, limit, told)
    end = tokens[stop - 1].end if stop > after else max(verb.end, _end(speaker), _end(role))
    return Clause(start, end, verb.lower, speaker, role)


def _end(span: Span | None) -> int:
    return span[1] if span else 0


def _participle(tokens: list[Token], index: int) -> Clause | None:
    """A participle's cue, from the reporting clause before it: "the official said, adding"."""
    verb = tokens[index]
    for main in range(index - 1, -1, -1):
        token = tokens[main]
        if token.lower in verbs.CLAUSE or token.text in _BREAKS:
            break
        if kind(tokens, main) in ("strong", "weak"):
            clause = at_verb(tokens, main, before_quote=True)
            if clause is not None:
                return Clause(clause.start, verb.end, clause.verb, clause.speaker, clause.role)
            break
    if index >= 2 and [t.lower for t in tokens[index - 2 : index]] == ["quoted", "as"]:
        # "the official was quoted as saying"
        first = index - 2
        if first > 0 and tokens[first - 1].lower in verbs.PASSIVE:
            first -= 1
        begin = _words_back(tokens, first)
        if begin < first:
            return Clause(
                tokens[begin].start, verb.end, verb.lower, _span(tokens[begin:first]), None
            )
    comma = index - 1
    begin = _words_back(tokens, comma) if tokens[comma].text == "," else index
    if begin > 0 or index - begin > MAX_SPEAKER_WORDS:
        begin = index  # no reporting clause of its own: the participle alone is the cue
    return Clause(tokens[begin].start, verb.end, verb.lower, None, None)
