"""The hedge lexicon: what a statement must keep of its evidence's hedges, and what is no hedge at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.review import coded, point, reviewed, span

# (the evidence, a statement resting on it that keeps none of its hedge)
DROPPED = [
    ("They have kind of gotten pinched.", "They have been pinched."),
    ("They shifted much more to a defensive posture.", "They shifted to a defensive posture."),
    ("They will perhaps be reinforced.", "They will be reinforced."),
    ("The convoy may turn back.", "The convoy will turn back."),
    ("The convoy could turn back.", "The convoy turns back."),
    ("An attack is likely.", "An attack will come."),
    ("An attack is likely.", "An attack may come."),  # likelihood is not possibility
    ("There are high chances of an attack.", "An attack will come."),
    ("We assess that they moved.", "They moved."),
    ("The official assessed that they moved.", "They moved."),
    ("She assesses that they moved.", "They moved."),
    ("We believe they moved.", "They moved."),
    ("He believes they moved.", "They moved."),
    ("Officials expect a delay.", "A delay is coming."),
    ("The troops appear to be leaving.", "The troops are leaving."),
    ("The troops appeared to leave.", "The troops left."),
    ("The town seemed calm.", "The town was calm."),
    ("Moscow suggested it wants talks.", "Moscow wants talks."),
    ("The town was reportedly shelled.", "The town was shelled."),
    ("The mayor allegedly fled.", "The mayor fled."),
    ("Rebels claimed the bridge.", "Rebels hold the bridge."),
    ("The official did not deny the reports.", "The official confirmed the reports."),
    ("The official didn’t deny the reports.", "The official confirmed the reports."),
    ("So far there has been no attack.", "There has been no attack."),
    ("About a third of the troops are left.", "A third of the troops are left."),
    ("Most of the troops left.", "The troops left."),
]

# (the evidence, a statement that keeps its hedge in other words, or that has none to keep)
KEPT = [
    ("They will be refit, perhaps maybe even reinforced.", "They may be reinforced."),
    ("We assess that they moved.", "The official assesses that they moved."),
    ("We assess that they moved.", "The official says “we assess” that they moved."),
    ("They have kind of gotten pinched.", "They have “kind of gotten pinched”."),
    ("They have kind of gotten pinched.", "They have sort of been pinched."),
    ("The official did not deny the reports.", "The official didn’t deny the reports."),
    ("There are high chances of an attack.", "An attack is likely."),
    ("The troops appear to be leaving.", "The troops seem to be leaving."),
    ("So far there has been no attack.", "There has been no attack yet."),
    ("They shifted much more to defence.", "They shifted far more to defence."),
    ("About a third of the troops are left.", "Nearly a third of the troops are left."),
    # No hedge in the evidence at all, though its words look like one:
    ("What kind of weapons arrived is unclear.", "Weapons arrived."),
    ("It was the most intense shelling.", "The shelling was intense."),
    ("They chose talks rather than war.", "They chose talks."),
    ("The talks resume in May.", "The talks resume next month."),
    ("They talked about security.", "They discussed security."),
    ("The troops dug in around the city.", "The troops dug in."),
    ("The forces will become more aggressive.", "The forces will grow aggressive."),
]


@pytest.mark.parametrize(("evidence", "statement"), DROPPED)
def test_a_statement_that_keeps_no_word_of_the_hedge_family_is_flagged(
    tmp_path: Path, evidence: str, statement: str
) -> None:
    findings = reviewed(
        tmp_path, evidence, takeaways=[point(statement, [span(evidence, evidence[:-1])])]
    )
    assert [f.field for f in coded(findings, "dropped-hedge")] == ["takeaways[0]"]


@pytest.mark.parametrize(("evidence", "statement"), KEPT)
def test_a_hedge_in_other_words_or_a_word_that_is_no_hedge_is_left_alone(
    tmp_path: Path, evidence: str, statement: str
) -> None:
    findings = reviewed(
        tmp_path, evidence, takeaways=[point(statement, [span(evidence, evidence[:-1])])]
    )
    assert coded(findings, "dropped-hedge") == []
