"""Whatever the text, the scanner's quotes are exact, ordered and inside one paragraph."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from viewer.authoring.draft import scan
from viewer.authoring.paragraphs import paragraphs

MARKS = [*"“”„\"«»‹›‘’‚'「」"]
WORDS = ["word ", "said ", "he ", "told CNN", ". ", ", ", "\n", "\n\n", "\r\n", " \u00a0", "x"]
#: Text made of the characters the scanner decides on, words between them more often.
TEXT = st.lists(st.sampled_from(MARKS + WORDS * 4), max_size=80).map("".join)
#: A blank line ends a paragraph whatever else the text does; no quote may hold one.
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@settings(max_examples=400, deadline=None)
@given(TEXT)
@example("“a\n\nb”")
def test_quotes_are_exact_ordered_and_bounded_to_a_paragraph(text: str) -> None:
    spans = paragraphs(text)
    previous_end = 0
    for quote in scan(text):
        start, end = quote["start"], quote["end"]
        assert text[start:end] == quote["text"]
        assert previous_end <= start < end
        assert any(p_start <= start and end <= p_end for p_start, p_end in spans)
        assert not BLANK_LINE.search(quote["text"].replace("\r\n", "\n").replace("\r", "\n"))
        if quote["cue"] is not None:
            cue_start, cue_end = quote["cue"]
            assert 0 <= cue_start < cue_end <= len(text)
            assert any(p_start <= cue_start and cue_end <= p_end for p_start, p_end in spans)
        previous_end = end
