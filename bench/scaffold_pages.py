"""Quoted passages the scaffold finds in saved news pages, against a count made by hand.

    python -m bench.scaffold_pages FOLDER [-v]   # FOLDER of .html pages; -v lists each quote

For each page: the article text as the scaffold extracts it (trafilatura), the quoted
passages the scanner finds in it, and how many a person counted in that same text. The
pages are public test fixtures, not part of this repository: fetch them from goose3
(``tests/data/content/test_*.html``, saved here as ``goose_test_*.html``) and newspaper4k
(``tests/data/html/*.html``, saved as ``n4k_*.html``).

``PRESENT`` was counted by reading each page's extracted text, before the scanner was run
on it: every passage a reader sees between quotation marks, nested quotations counted
with their outer one; a quotation over several paragraphs counted once per paragraph that
opens with a mark; a quotation whose closing mark is missing counted once. Pages in the
folder that are not in the table are listed with "—".

| page | marks | present |
|---|---|---|
| goose_test_politico | curly, ' inside | 7 |
| n4k_fox13now_001 | curly, scare quotes | 4 |
| goose_test_foxNews | straight | 7 |
| n4k_time_001 | curly, nested ‘’ | 12 |
| goose_test_liberation | « » (French) | 16 |
| n4k_spanish_article | « » and ‘ ’ (Spanish) | 7 |
| goose_test_wiwo | „ “ (German) | 1 |
| goose_test_cnn1 | straight, a memo over bullet paragraphs | 20 |
| goose_test_techcrunch1 | curly, one opened with ” | 4 |
| n4k_cnn_001 | curly, one closing mark missing | 52 |
| goose_test_time | straight | 11 |
| goose_test_elpais | curly (Spanish) | 11 |
| n4k_wired_001 | curly and straight, one closed with ’ | 18 |
| goose_test_guardian1 | straight, nested ' | 41 |
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from viewer.authoring.html_text import extract_article
from viewer.authoring.paragraphs import paragraphs
from viewer.authoring.quotes import find_quotes

PRESENT = {
    "goose_test_politico": 7,
    "n4k_fox13now_001": 4,
    "goose_test_foxNews": 7,
    "n4k_time_001": 12,
    "goose_test_liberation": 16,
    "n4k_spanish_article": 7,
    "goose_test_wiwo": 1,
    "goose_test_cnn1": 20,
    "goose_test_techcrunch1": 4,
    "n4k_cnn_001": 52,
    "goose_test_time": 11,
    "goose_test_elpais": 11,
    "n4k_wired_001": 18,
    "goose_test_guardian1": 41,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every quote found")
    args = parser.parse_args(argv)
    pages = sorted(args.folder.glob("*.html"))
    if not pages:
        print(f"{args.folder}: no .html pages", file=sys.stderr)
        return 2
    found_total = present_total = 0
    print(f"{'page':<36} {'found':>5} / present")
    for page in pages:
        article = extract_article(page.read_bytes())
        text = article.text if article else ""
        found = find_quotes(text, paragraphs(text))
        present = PRESENT.get(page.stem)
        shown = "—" if present is None else str(present)
        print(f"{page.stem:<36} {len(found):>5} / {shown}")
        if present is not None:
            found_total += len(found)
            present_total += present
        if args.verbose:
            for quote in found:
                print(f"    {text[quote.start : quote.end][:100]!r}")
    print(f"{'counted pages':<36} {found_total:>5} / {present_total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
