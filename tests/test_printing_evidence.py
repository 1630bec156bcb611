"""Evidence on paper: each statement names the report's paragraphs it rests on, and the appendix
numbers those paragraphs and marks quoted and cited passages by shape, not colour alone."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from tests.helpers.briefings import WriteBriefing
from tests.helpers.paths import BUNDLED
from tests.helpers.pdf import page_texts, words
from viewer.loading import load_briefing
from viewer.printing import PrintOptions
from viewer.render.paper import Paper, Part
from viewer.render.paper_report import number_ranges, paragraphs
from viewer.render.style import paper_stylesheet
from viewer.section import ORIGINAL
from viewer.theme import PRINT


def plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory, qapp: Any) -> str:
    from viewer.pdf_export import export_pdf

    out = tmp_path_factory.mktemp("evidence") / "briefing.pdf"
    export_pdf(load_briefing(BUNDLED), out, PrintOptions())
    return words(page_texts(out))


def appendix_paragraphs(text: str) -> dict[int, str]:
    """The appendix's paragraphs by their printed number."""
    appendix = text[text.index("Original report The source text") :]
    appendix = appendix[: appendix.rindex(" briefing.json · SHA-256")]
    parts = re.split(r"¶ (\d+) ", appendix)
    return {int(number): body for number, body in zip(parts[1::2], parts[2::2], strict=True)}


def reference_after(text: str, statement: str) -> list[int]:
    """The paragraph numbers printed after ``statement`` (``· ¶ 1, 3–5``)."""
    number = r"\d+(?:–\d+)?"
    between = r"(?:(?! · ¶ ).)*?"  # the statement's attribution, not another statement's
    match = re.search(
        re.escape(plain(statement)) + between + rf" · ¶ ({number}(?:, {number})*)", text
    )
    assert match, f"no reference after {statement[:40]!r}"
    numbers: list[int] = []
    for item in match[1].split(", "):
        first, _, last = item.partition("–")
        numbers += range(int(first), int(last or first) + 1)
    return numbers


def test_each_statement_names_the_paragraphs_that_hold_its_evidence(
    printed: str, briefing_data: dict[str, Any], seed_text: str
) -> None:
    """Follow every reference into the appendix: the passage is in the paragraphs it names."""
    held = appendix_paragraphs(printed)
    assert sorted(held) == list(range(1, 15)), "the report's 14 paragraphs, numbered"
    statements = [(t["text"], t["evidence"]) for t in briefing_data["takeaways"]]
    for region in briefing_data["regions"]:
        statements.append((region["summary"], region["summary_evidence"]))
        statements += [(p["text"], p["evidence"]) for p in region["points"]]
    for statement, evidence in statements:
        cited = " ".join(held[n] for n in reference_after(printed, statement))
        for start, end in evidence:
            for sentence in re.split(r"(?<=[.?!”]) ", plain(seed_text[start:end])):
                assert sentence in cited, f"{statement[:40]!r}: {sentence[:40]!r}"


def test_the_references_and_the_marks_are_explained(printed: str) -> None:
    assert "¶ after a statement: the paragraphs of the original report it rests on" in printed
    assert (
        "Solid underline: quoted in the briefing. Dotted underline: a passage a statement "
        "rests on." in printed
    )


def test_quoted_and_cited_passages_differ_in_shape(qapp: Any, seed_text: str) -> None:
    """Underlined solid where quoted, dotted where only cited, plain elsewhere: a greyscale
    printer keeps the difference, which a tint alone would lose."""
    loaded = load_briefing(BUNDLED)
    document = QTextDocument()
    document.setDefaultStyleSheet(paper_stylesheet(PRINT))
    document.setHtml(Paper(loaded).html(Part(ORIGINAL)))
    text = document.toPlainText()

    def style_of(phrase: str) -> QTextCharFormat.UnderlineStyle:
        cursor = QTextCursor(document)
        cursor.setPosition(text.index(phrase) + 2)
        return cursor.charFormat().underlineStyle()

    assert (
        style_of("They have about a third left") == QTextCharFormat.UnderlineStyle.SingleUnderline
    )
    assert style_of("the official said on grounds") == QTextCharFormat.UnderlineStyle.DotLine
    assert style_of("It is genocide") == QTextCharFormat.UnderlineStyle.NoUnderline


def test_without_the_report_references_give_characters(
    qapp: Any, tmp_path: Path, briefing_data: dict[str, Any], write_briefing: WriteBriefing
) -> None:
    from viewer.pdf_export import export_pdf

    briefing_data["source"]["path"] = "missing-report.txt"
    out = tmp_path / "unverified.pdf"
    export_pdf(load_briefing(write_briefing(briefing_data)), out, PrintOptions())
    text = words(page_texts(out))
    assert "“characters” after a statement: where in the original report it rests on" in text
    first = briefing_data["takeaways"][0]
    assert f"{plain(first['text'])} — {first['attribution']} · characters 0–115, 215–295" in text
    assert "Original report" not in text


def test_paragraphs_are_runs_of_lines_that_are_not_blank() -> None:
    text = "One\r\ntwo.\r\n \r\n\u00a0\nThree\n\n\nfour"
    assert [text[s:e] for s, e in paragraphs(text)] == ["One\r\ntwo.", "Three", "four"]
    assert paragraphs("") == []


def test_paragraph_numbers_are_printed_as_ranges() -> None:
    assert number_ranges([1, 3, 4, 5, 8, 9]) == "1, 3–5, 8, 9"
