"""``no-evidence`` and ``uncited``: statements resting on nothing, sentences nothing rests on."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.paths import BRIEFING_V1
from tests.helpers.review import coded, point, quote, region, reviewed, span
from viewer.loading import load_briefing
from viewer.model.statements import statements
from viewer.review import review

REPORT = "Also Read | Other news\n\nThe town fell. “We left,” he said. Rain came."


def test_every_statement_of_a_briefing_1_file_rests_on_nothing() -> None:
    loaded = load_briefing(BRIEFING_V1)
    found = coded(review(loaded), "no-evidence")
    assert [f.field for f in found] == [s.path for s in statements(loaded.briefing)]
    assert found[0].message == (
        "“About two-thirds of the Russian forces arrayed ag…” rests on no passage of the "
        "report (a briefing/1 file has no evidence; in briefing/2, give it the spans it rests on)"
    )


def test_a_sentence_nothing_rests_on_is_uncited_and_only_informs(tmp_path: Path) -> None:
    fell = point("The town fell.", [span(REPORT, "The town fell.")])
    found = reviewed(
        tmp_path,
        REPORT,
        takeaways=[fell],
        regions=[region("The town fell.", [span(REPORT, "The town fell.")])],
    )
    uncited = coded(found, "uncited")
    expected = [
        span(REPORT, p) for p in ("Also Read | Other news", "“We left,” he said.", "Rain came.")
    ]
    assert [f.field for f in uncited] == [f"source[{s}:{e}]" for s, e in expected]
    assert uncited[1].message == (
        "““We left,” he said.”: nothing in the briefing rests on this sentence, and "
        "not_content does not declare it"
    )
    assert {f.severity for f in uncited} == {"info"}


def test_quotes_cues_and_declared_passages_cover_their_sentences(tmp_path: Path) -> None:
    fell = point("The town fell.", [span(REPORT, "The town fell.")])
    found = reviewed(
        tmp_path,
        REPORT,
        takeaways=[fell],
        regions=[
            region(
                "Rain came.",
                [span(REPORT, "Rain came.")],
                quotes=[quote(REPORT, "“We left,”", speaker="a resident", cue="he said")],
            )
        ],
        not_content=[{"span": span(REPORT, "Also Read"), "reason": "a navigation link"}],
    )
    assert coded(found, "uncited") == []
