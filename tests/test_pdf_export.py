"""The exported PDF, read back as a reader's PDF tools would: pages, headers, footers, text, metadata."""

from __future__ import annotations

import hashlib
import json
import re
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPainter, QPdfWriter

from tests.helpers.paths import BUNDLED
from tests.helpers.pdf import body_lines, export, exported, header, page_texts, words
from viewer import __version__
from viewer.printing import PrintOptions

SECTION_TAIL = ["Sources", "Original report"]


@pytest.fixture(scope="module")
def compact_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled briefing as ``--export-pdf`` writes it by default: compact."""
    return exported(tmp_path_factory.mktemp("pdf") / "briefing.pdf")


@pytest.fixture(scope="module")
def per_region_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return exported(tmp_path_factory.mktemp("pdf") / "per-region.pdf", "--layout", "per-region")


def section_names(data: dict[str, Any]) -> list[str]:
    return [region["name"] for region in data["regions"]] + SECTION_TAIL


def test_compact_prints_the_bundled_briefing_and_its_report_on_four_pages(
    compact_pdf: Path, briefing_data: dict[str, Any]
) -> None:
    texts = page_texts(compact_pdf)
    assert len(texts) <= 4
    lines = [line for text in texts for line in body_lines(text)]
    for name in section_names(briefing_data):
        assert lines.count(name) == 1, f"{name} is a heading once"


def test_one_region_per_page_starts_every_section_on_a_page(
    per_region_pdf: Path, briefing_data: dict[str, Any]
) -> None:
    firsts = [body_lines(text)[0] for text in page_texts(per_region_pdf)]
    names = section_names(briefing_data)
    assert firsts[0].startswith(briefing_data["title"].split()[0]), "the overview opens page 1"
    for name in names:
        assert firsts.count(name) == 1, f"{name} should open exactly one page"
    # Each section fits one page here: one page each, and the overview's.
    assert len(firsts) == 1 + len(names)


@pytest.mark.parametrize("layout", ["compact", "per-region"])
def test_page_numbers_and_footer_on_every_page(
    layout: str, compact_pdf: Path, per_region_pdf: Path
) -> None:
    texts = page_texts(compact_pdf if layout == "compact" else per_region_pdf)
    digest = hashlib.sha256(BUNDLED.read_bytes()).hexdigest()[:12]
    for number, text in enumerate(texts, start=1):
        footer = text.splitlines()[-1]
        assert footer.endswith(f"Page {number} of {len(texts)}")
        assert footer.startswith(
            f"briefing.json · SHA-256 {digest} · briefing-viewer {__version__}"
        )


@pytest.mark.parametrize("layout", ["compact", "per-region"])
def test_running_header_names_the_section_each_page_starts_with(
    layout: str, compact_pdf: Path, per_region_pdf: Path, briefing_data: dict[str, Any]
) -> None:
    """A page starting with a heading is headed by it; a page that continues a section, by
    that section (the long-region test below has pages that continue one)."""
    texts = page_texts(compact_pdf if layout == "compact" else per_region_pdf)
    title = briefing_data["title"]
    names = ["Contents", *section_names(briefing_data)]
    current = "Overview"
    for number, text in enumerate(texts, start=1):
        starts = body_lines(text)[0]
        expected = starts if starts in names else current
        assert header(text) == f"{title} · {expected}", f"page {number}"
        current = next((line for line in reversed(body_lines(text)) if line in names), current)


@pytest.mark.parametrize("layout", ["compact", "per-region"])
def test_contents_gives_the_page_of_each_heading(
    layout: str, compact_pdf: Path, per_region_pdf: Path, briefing_data: dict[str, Any]
) -> None:
    texts = page_texts(compact_pdf if layout == "compact" else per_region_pdf)
    lines = body_lines(texts[0])
    rows = lines[lines.index("Contents") + 1 :][: len(section_names(briefing_data))]
    entries = [re.fullmatch(r"(.+?)(?: — \d+ points?, \d+ quotes?)? (\d+)", row) for row in rows]
    assert all(entries), rows
    assert [m[1] for m in entries if m] == section_names(briefing_data)
    for match in entries:
        assert match is not None
        assert match[1] in body_lines(texts[int(match[2]) - 1]), match[0]


def test_all_quotes_are_extractable_text(compact_pdf: Path, briefing_data: dict[str, Any]) -> None:
    text = words(page_texts(compact_pdf))
    for region in briefing_data["regions"]:
        for quote in region["quotes"]:
            assert " ".join(quote["text"].replace("\u00a0", " ").split()) in text


def test_sources_is_an_index_not_the_quotes_again(
    compact_pdf: Path, briefing_data: dict[str, Any]
) -> None:
    """Sources names each speaker and outlet with the pages of their quotes, not the quotes."""
    texts = page_texts(compact_pdf)
    text = words(texts)
    index = text[text.index("Sources Who is quoted") : text.index("Original report The source")]
    for region in briefing_data["regions"]:
        for quote in region["quotes"]:
            assert " ".join(quote["text"].replace("\u00a0", " ").split()) not in index
    kyiv_page = next(n for n, t in enumerate(texts, 1) if "Kyiv" in body_lines(t))
    assert f"AFP — 1 quote: Kyiv p. {kyiv_page}" in index
    assert "Outlet not stated — 6 quotes:" in index


def test_metadata(compact_pdf: Path, briefing_data: dict[str, Any]) -> None:
    reader = PdfReader(compact_pdf)
    assert reader.metadata is not None
    assert reader.metadata.title == briefing_data["title"]
    assert reader.metadata.creator == f"briefing-viewer {__version__}"
    assert not reader.metadata.author, "the source states no author"
    xmp = reader.xmp_metadata
    assert xmp is not None
    digest = hashlib.sha256(BUNDLED.read_bytes()).hexdigest()
    assert xmp.pdf_keywords is not None
    assert f"sha256:{digest}" in xmp.pdf_keywords
    assert xmp.dc_description is not None
    assert "7 regions" in xmp.dc_description["x-default"]


def test_fonts_are_embedded(compact_pdf: Path) -> None:
    page = PdfReader(compact_pdf).pages[0]
    fonts: Any = page["/Resources"]["/Font"]  # type: ignore[index]
    for ref in fonts.values():
        descriptor = ref.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_original_report_appendix_is_on_by_default(
    compact_pdf: Path, tmp_path: Path, seed_text: str
) -> None:
    last_sentence = "He also assessed the situation around Kherson."
    texts = page_texts(compact_pdf)
    lines = [line for text in texts for line in body_lines(text)]
    assert lines.count("Original report") == 1
    assert last_sentence in words(texts[-1:])
    assert " ".join(seed_text.split()[:6]) in words(texts)
    short = page_texts(exported(tmp_path / "short.pdf", "--no-original"))
    assert not any("Original report" in body_lines(text) for text in short)
    assert last_sentence not in words(short), "the report's own sentences are gone"


def test_unknown_region_names_the_valid_ones(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = export(str(out), "--region", "nope")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "briefing-viewer: unknown region 'nope'; this briefing has: kyiv, belarus, donbas, "
        "mariupol, kherson-mykolaiv, allied-assistance, wider-war"
    ]
    assert not out.exists()


def test_an_unknown_layout_is_refused_with_the_valid_ones(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = export(str(out), "--layout", "sideways")
    assert result.returncode == 2
    assert "invalid choice: 'sideways' (choose from 'compact', 'per-region')" in result.stderr
    assert not out.exists()


def test_layout_goes_with_export_pdf() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "viewer", "--layout", "compact"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr == (
        "briefing-viewer: --region, --no-original and --layout go with --export-pdf\n"
    )


@pytest.mark.parametrize("where", ["under-a-file", "onto-a-directory"])
def test_unwritable_location_fails_cleanly_and_leaves_nothing(tmp_path: Path, where: str) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    if where == "under-a-file":
        (folder / "file").write_text("x", encoding="utf-8")
        out = folder / "file" / "out.pdf"
    else:
        out = folder / "taken.pdf"
        out.mkdir()
    result = export(str(out))
    assert result.returncode == 2
    assert result.stderr.startswith(f"briefing-viewer: cannot write {out}:")
    assert len(result.stderr.splitlines()) == 1
    left = sorted(p.name for p in folder.iterdir())
    assert left == {"under-a-file": ["file"], "onto-a-directory": ["taken.pdf"]}[where]


@pytest.mark.parametrize(
    ("umask", "mode"),
    [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)],
    ids=["umask-022", "umask-027", "umask-077"],
)
def test_a_new_pdf_gets_the_mode_the_umask_gives(tmp_path: Path, umask: int, mode: int) -> None:
    """As any program's new file: with the usual umask 022, colleagues can read it."""
    out = tmp_path / "new.pdf"
    result = export(str(out), umask=umask)
    assert result.returncode == 0, result.stderr
    assert oct(stat.S_IMODE(out.stat().st_mode)) == oct(mode)


def test_replacing_a_pdf_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "shared.pdf"
    out.write_text("last week's export", encoding="utf-8")
    out.chmod(0o640)
    result = export(str(out), umask=0o077)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert oct(stat.S_IMODE(out.stat().st_mode)) == oct(0o640)


def test_a_write_cut_short_keeps_the_previous_pdf_and_leaves_nothing(tmp_path: Path) -> None:
    """The disk fills up half-way through: the last good PDF stays, no partial file is left."""
    out = tmp_path / "briefing.pdf"
    out.write_text("last week's export", encoding="utf-8")
    result = export(str(out), max_file_size=20_000)  # the bundled briefing's PDF is ~75 kB
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"briefing-viewer: cannot write {out}: writing stopped part-way"
    )
    assert len(result.stderr.splitlines()) == 1
    assert out.read_bytes() == b"last week's export"
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.pdf"]


def test_a_device_that_fails_while_painting_leaves_the_previous_pdf(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Painting stops after the first page: the export is refused and no partial file stays."""
    from viewer import pdf_export
    from viewer.loading import load_briefing

    def first_page_then_fail(_loaded: Any, _options: Any, device: QPdfWriter) -> int:
        painter = QPainter(device)
        painter.drawText(100, 100, "page one")
        painter.end()  # the first page and the trailer are written to the temporary file
        raise OSError("cannot start painting on the output device")

    monkeypatch.setattr(pdf_export, "print_to", first_page_then_fail)
    out = tmp_path / "briefing.pdf"
    out.write_text("last week's export", encoding="utf-8")
    with pytest.raises(pdf_export.ExportError, match="cannot start painting") as refused:
        pdf_export.export_pdf(load_briefing(BUNDLED), out, PrintOptions(None, True))
    assert str(refused.value).startswith(f"cannot write {out}: ")
    assert out.read_bytes() == b"last week's export"
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.pdf"]


def test_a_bad_briefing_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    out = tmp_path / "out.pdf"
    result = export(str(out), str(bad))
    assert result.returncode == 2
    assert result.stderr.startswith(f"{bad}: 1:2: ")
    assert not out.exists()


def _pgm(path: Path) -> tuple[int, int, bytes]:
    """Width, height and pixels of a binary PGM (``pdftoppm -gray``)."""
    data = path.read_bytes()
    fields = data.split(maxsplit=4)
    assert fields[0] == b"P5"
    width, height = int(fields[1]), int(fields[2])
    return width, height, fields[4][: width * height]


def longest_dark_run(width: int, height: int, pixels: bytes, column: int, dark: int) -> int:
    best = run = 0
    for row in range(height):
        run = run + 1 if pixels[row * width + column] < dark else 0
        best = max(best, run)
    return best


def test_quote_rule_survives_greyscale(compact_pdf: Path, tmp_path: Path) -> None:
    """On a greyscale print the rule beside a quote is a dark bar, not a pale tint."""
    quote_page = next(
        n for n, t in enumerate(page_texts(compact_pdf), 1) if "“They have about a third" in t
    )
    prefix = tmp_path / "page"
    page = str(quote_page)
    subprocess.run(
        ["pdftoppm", "-gray", "-r", "100", "-f", page, "-l", page, str(compact_pdf), str(prefix)],
        check=True,
        timeout=60,
    )
    (image,) = tmp_path.glob("page*.pgm")
    width, height, pixels = _pgm(image)
    background = max(set(pixels), key=pixels.count)
    assert background > 240, "the page is white"
    margin = range(width // 20, width // 8)
    runs = [longest_dark_run(width, height, pixels, x, dark=120) for x in margin]
    assert max(runs) > 40, "a quote's rule is a long dark vertical bar in greyscale"


def long_region(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """A synthetic briefing whose first region has every quote: several pages long."""
    from bench.generate import write

    data = json.loads(write(30, tmp_path).read_text(encoding="utf-8"))
    data["regions"][0]["quotes"] = [q for region in data["regions"] for q in region["quotes"]]
    path = tmp_path / "long-region.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path, data


@pytest.mark.parametrize("layout", ["compact", "per-region"])
def test_a_quote_is_never_cut_by_a_page_end(layout: str, tmp_path: Path) -> None:
    """Every quote reads whole on one page: its text, who said it, the report's words.
    A page that begins with a quote's second or third line would have cut it."""
    path, data = long_region(tmp_path)
    region = data["regions"][0]
    out = exported(
        tmp_path / "long.pdf",
        str(path),
        "--region",
        region["id"],
        "--no-original",
        "--layout",
        layout,
    )
    texts = page_texts(out)
    assert len(texts) > 2
    speakers = {quote["speaker"] for quote in region["quotes"]}
    for number, text in enumerate(texts[1:], start=2):
        first = body_lines(text)[0]
        assert not any(first.startswith(f"— {s} ") for s in speakers), f"page {number}: {first}"
    for number, text in enumerate(texts, start=1):
        said = sum(line.startswith(f"— {s} ") for line in body_lines(text) for s in speakers)
        worded = words([text]).count("report’s words: “")
        assert said == worded, f"page {number}: a quote's attribution runs over the page end"
        assert header(text).endswith(f"· {region['name']}"), "its pages continue the region"


def test_no_line_is_printed_on_two_pages(tmp_path: Path) -> None:
    """A line at the top of a page is painted there only: drawn (even clipped from view) at the
    bottom of the page before, its text would be there twice for search and copy."""
    from bench.generate import write

    data = json.loads(write(1, tmp_path).read_text(encoding="utf-8"))
    region = data["regions"][0]
    evidence = region["points"][0]["evidence"]
    region["points"] = [
        {
            "text": f"Statement number {n:03d} of a region that runs over several pages.",
            "kind": "reported",
            "attribution": "The report",
            "evidence": evidence,
        }
        for n in range(250)
    ]
    path = tmp_path / "long.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    pages = page_texts(exported(tmp_path / "long.pdf", str(path), "--no-original"))
    assert len(pages) > 4
    for n in range(250):
        on = [i for i, text in enumerate(pages, 1) if f"Statement number {n:03d} " in text]
        assert len(on) == 1, f"statement {n:03d} is on pages {on}"
