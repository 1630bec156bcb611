"""The exported PDF, read back as a reader's PDF tools would: pages, headers, footers, text, metadata."""

from __future__ import annotations

import hashlib
import json
import os
import re
import resource
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPainter, QPdfWriter

from tests.helpers.paths import BUNDLED, ROOT
from viewer import __version__
from viewer.printing import PrintOptions


def export(
    *args: str, umask: int = 0o022, max_file_size: int | None = None
) -> subprocess.CompletedProcess[str]:
    """``briefing-viewer --export-pdf args`` under ``umask``, its files limited to ``max_file_size``."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # --export-pdf needs no display and sets what it needs

    def limit_file_size() -> None:  # as a full disk or a quota would; Python ignores SIGXFSZ
        if max_file_size is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_size, max_file_size))

    return subprocess.run(
        [sys.executable, "-m", "viewer", "--export-pdf", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
        umask=umask,
        preexec_fn=limit_file_size,
    )


def page_texts(path: Path) -> list[str]:
    """Each page's text; pypdf puts tabs between words that Qt positions one by one."""
    return [page.extract_text().replace("\t", " ") for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def bundled_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "briefing.pdf"
    result = export(str(out))
    assert result.returncode == 0, result.stderr
    return out


def test_each_region_starts_a_page_with_its_name_on_top(
    bundled_pdf: Path, briefing_data: dict[str, Any]
) -> None:
    texts = page_texts(bundled_pdf)
    for region in briefing_data["regions"]:
        starts = [t for t in texts if _body(t).startswith(region["name"] + "\n")]
        assert len(starts) == 1, f"{region['name']} should open exactly one page"


def test_page_numbers_and_footer_on_every_page(bundled_pdf: Path) -> None:
    texts = page_texts(bundled_pdf)
    digest = hashlib.sha256(BUNDLED.read_bytes()).hexdigest()[:12]
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
        assert f"briefing.json · SHA-256 {digest} · briefing-viewer {__version__}" in text


def test_running_header_names_the_section(bundled_pdf: Path, briefing_data: dict[str, Any]) -> None:
    texts = page_texts(bundled_pdf)
    title = briefing_data["title"]
    assert texts[0].startswith(f"{title} · Overview")
    kyiv = next(t for t in texts if _body(t).startswith("Kyiv\n"))
    assert kyiv.startswith(f"{title} · Kyiv")


def test_contents_gives_the_right_page_numbers(bundled_pdf: Path) -> None:
    texts = page_texts(bundled_pdf)
    overview = [_body(t).rsplit("\n", 2)[0] for t in texts if "· Overview\n" in t]
    whole = "\n".join(overview)
    contents = whole[whole.index("Contents\n") + len("Contents\n") :].splitlines()
    entries = re.findall(r"^(.+)\n(?: — .*\n)?(\d+)$", "\n".join(contents), re.MULTILINE)
    assert [name for name, _ in entries][-2:] == ["Sources", "Original report"]
    assert len(entries) == 7 + 2
    for name, page in entries:
        assert _body(texts[int(page) - 1]).startswith(name + "\n"), name


def test_all_quotes_are_extractable_text(bundled_pdf: Path, briefing_data: dict[str, Any]) -> None:
    text = " ".join(" ".join(page_texts(bundled_pdf)).split())
    for region in briefing_data["regions"]:
        for quote in region["quotes"]:
            words = " ".join(quote["text"].replace("\u00a0", " ").split())
            assert words in text


def test_metadata(bundled_pdf: Path, briefing_data: dict[str, Any]) -> None:
    reader = PdfReader(bundled_pdf)
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


def test_fonts_are_embedded(bundled_pdf: Path) -> None:
    page = PdfReader(bundled_pdf).pages[0]
    fonts: Any = page["/Resources"]["/Font"]  # type: ignore[index]
    for ref in fonts.values():
        descriptor = ref.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_original_report_appendix_is_on_by_default(
    bundled_pdf: Path, tmp_path: Path, seed_text: str
) -> None:
    def words(texts: list[str]) -> str:
        return " ".join(" ".join(texts).replace("\u00a0", " ").split())

    last_sentence = "He also assessed the situation around Kherson."
    texts = page_texts(bundled_pdf)
    appendix = [t for t in texts if _body(t).startswith("Original report\n")]
    assert len(appendix) == 1, "the appendix starts one page"
    assert last_sentence in words(texts[texts.index(appendix[0]) :])
    out = tmp_path / "short.pdf"
    assert export(str(out), "--no-original").returncode == 0
    assert not any(_body(t).startswith("Original report") for t in page_texts(out))
    assert last_sentence not in words(page_texts(out)), "the report's own sentences are gone"
    assert " ".join(seed_text.split()[:6]) in words(texts)


def test_one_region_only(tmp_path: Path) -> None:
    out = tmp_path / "kyiv.pdf"
    result = export(str(out), "--region", "kyiv")
    assert result.returncode == 0, result.stderr
    texts = page_texts(out)
    bodies = [_body(t) for t in texts]
    assert any(b.startswith("Kyiv\n") for b in bodies)
    assert not any(b.startswith(("Belarus\n", "Donbas\n")) for b in bodies)
    assert "Key takeaways" in texts[0], "the first page keeps the briefing's header"


def test_unknown_region_names_the_valid_ones(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = export(str(out), "--region", "nope")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "briefing-viewer: unknown region 'nope'; this briefing has: kyiv, belarus, donbas, "
        "mariupol, kherson-mykolaiv, allied-assistance, wider-war"
    ]
    assert not out.exists()


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


def _body(page_text: str) -> str:
    """A page's text without its running header line."""
    return page_text.split("\n", 1)[1] if "\n" in page_text else page_text


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


def test_quote_rule_survives_greyscale(bundled_pdf: Path, tmp_path: Path) -> None:
    """On a greyscale print the rule beside a quote is a dark bar, not a pale tint."""
    kyiv_page = next(
        n for n, t in enumerate(page_texts(bundled_pdf), 1) if _body(t).startswith("Kyiv\n")
    )
    prefix = tmp_path / "page"
    subprocess.run(
        [
            "pdftoppm",
            "-gray",
            "-r",
            "100",
            "-f",
            str(kyiv_page),
            "-l",
            str(kyiv_page),
            bundled_pdf,
            prefix,
        ],
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


def test_a_regions_quotes_are_never_split_by_a_page_end(tmp_path: Path) -> None:
    """A region several pages long: every quote reads whole on one page (each fits on one)."""
    from bench.generate import write

    data = json.loads(write(30, tmp_path).read_text(encoding="utf-8"))
    # One region gets every quote, so its pages end in the middle of quotes.
    data["regions"][0]["quotes"] = [q for region in data["regions"] for q in region["quotes"]]
    path = tmp_path / "long-region.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "long-region.pdf"
    result = export(str(out), str(path), "--region", data["regions"][0]["id"], "--no-original")
    assert result.returncode == 0, result.stderr
    pages = [" ".join(text.split()) for text in page_texts(out)]
    region_pages = [text for text in pages if f"· {data['regions'][0]['name']} " in text]
    assert len(region_pages) > 2
    quotes = [" ".join(q["text"].split()) for q in data["regions"][0]["quotes"]]
    split = [quote for quote in quotes if not any(quote in text for text in region_pages)]
    assert split == []


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
        for n in range(150)
    ]
    path = tmp_path / "long.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "long.pdf"
    result = export(str(out), str(path), "--no-original")
    assert result.returncode == 0, result.stderr
    pages = [" ".join(text.split()) for text in page_texts(out)]
    assert len(pages) > 4
    for n in range(150):
        on = [i for i, text in enumerate(pages, 1) if f"Statement number {n:03d} " in text]
        assert len(on) == 1, f"statement {n:03d} is on pages {on}"
