"""Current Region Only on paper: the region, its quotes, and only the report passages they rest on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.helpers.paths import BUNDLED
from tests.helpers.pdf import body_lines, page_texts, words
from viewer.loading import load_briefing
from viewer.printing import PrintOptions

REGIONS = range(7)


def region_print(tmp_path: Path, index: int, layout: str = "compact") -> list[str]:
    from viewer.pdf_export import export_pdf

    out = tmp_path / f"region-{index}.pdf"
    options = PrintOptions((index,), True, "per-region" if layout == "per-region" else "compact")
    export_pdf(load_briefing(BUNDLED), out, options)
    return page_texts(out)


def plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.mark.parametrize("layout", ["compact", "per-region"])
@pytest.mark.parametrize("index", REGIONS)
def test_a_region_prints_on_at_most_two_pages_without_the_others(
    qapp: Any, tmp_path: Path, briefing_data: dict[str, Any], index: int, layout: str
) -> None:
    texts = region_print(tmp_path, index, layout)
    assert len(texts) <= 2
    lines = [line for text in texts for line in body_lines(text)]
    region = briefing_data["regions"][index]
    others = {r["name"] for r in briefing_data["regions"]} - {region["name"]}
    assert region["name"] in lines
    assert not others & set(lines), "no other region's heading"
    assert not {"Key takeaways", "Contents", "Sources", "Original report"} & set(lines)
    assert "Source passages" in lines
    for text in texts:
        assert text.splitlines()[0].endswith(f"· {region['name']}") or "Source passages" in text


@pytest.mark.parametrize("index", REGIONS)
def test_the_passages_are_those_the_region_rests_on(
    qapp: Any, tmp_path: Path, briefing_data: dict[str, Any], seed_text: str, index: int
) -> None:
    """Every passage a statement or quote of the region rests on is printed, whole; the
    report's navigation lines, which nothing rests on, are not."""
    texts = words(region_print(tmp_path, index))
    passages = texts[texts.index("Source passages") :]
    region = briefing_data["regions"][index]
    spans = [*region["summary_evidence"], *(s for p in region["points"] for s in p["evidence"])]
    spans += [[quote["start"], quote["end"]] for quote in region["quotes"]]
    for start, end in spans:
        assert plain(seed_text[start:end]) in passages
    assert "Also Read" not in passages
    assert len(passages) < len(plain(seed_text)), "not the whole report"


def test_without_the_report_a_region_prints_alone(qapp: Any, tmp_path: Path) -> None:
    from viewer.pdf_export import export_pdf

    out = tmp_path / "kyiv.pdf"
    export_pdf(load_briefing(BUNDLED), out, PrintOptions((0,), False))
    texts = page_texts(out)
    assert len(texts) == 1
    assert "Source passages" not in body_lines(texts[0])
    assert "¶ after a statement: the paragraphs of the original report" in texts[0]
