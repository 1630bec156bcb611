"""A PDF named after a hostile title is still a safe, readable file name in one folder."""

from __future__ import annotations

import unicodedata

import pytest

from viewer.file_names import safe_file_name


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kyiv/Kharkiv: the front", "Kyiv-Kharkiv the front.pdf"),
        ("../../etc/passwd", "etc-passwd.pdf"),
        ("C:\\Windows\\win.ini", "C -Windows-win.ini.pdf"),
        ("..", "fallback.pdf"),
        (".hidden", "hidden.pdf"),
        ("-rf *", "rf.pdf"),
        ("Line one\nLine two\ttab\r\n", "Line one Line two tab.pdf"),
        ("\x00\x1b[31mred\x7f", "[31mred.pdf"),
        ("invoice\u202egnp.exe", "invoice gnp.exe.pdf"),  # no right-to-left override
        ("zero\u200bwidth\u00a0space", "zero width space.pdf"),
        ("Überblick: Київ – Lage", "Überblick Київ – Lage.pdf"),
        ("Cafe\u0301 Kyiv", "Café Kyiv.pdf"),  # composed, as typed
        ("🇺🇦 Kyiv 👩‍👩‍👧 update", "🇺🇦 Kyiv 👩‍👩‍👧 update.pdf"),  # emoji kept whole
        ("می\u200cخواهم", "می\u200cخواهم.pdf"),  # the joiner Persian needs stays
        ('<>|?*"', "fallback.pdf"),
        ("", "fallback.pdf"),
        ("Trailing dots...", "Trailing dots.pdf"),
    ],
)
def test_hostile_titles_make_safe_names(title: str, expected: str) -> None:
    assert safe_file_name(title, ".pdf", "fallback") == expected


def test_a_name_with_nothing_left_of_title_or_fallback_is_still_a_name() -> None:
    assert safe_file_name("///", ".pdf", "..") == "briefing.pdf"


def test_a_long_title_is_cut_between_words() -> None:
    title = "The front " * 30  # 300 characters
    name = safe_file_name(title, ".pdf")
    assert name.endswith("front.pdf")
    assert len(name) <= 100 + len(".pdf")
    assert title.startswith(name.removesuffix(".pdf"))


@pytest.mark.parametrize("word", ["Київ", "👩‍👩‍👧", "中文字"])
def test_a_long_non_ascii_title_fits_every_file_system(word: str) -> None:
    title = " ".join([word] * 150)
    name = safe_file_name(title, ".pdf")
    assert len(name.encode("utf-8")) <= 255
    stem = name.removesuffix(".pdf")
    assert title.startswith(stem)
    assert stem.endswith(word)  # cut where a word ends, not inside an emoji sequence
    assert not any(unicodedata.category(char) == "Cc" for char in name)
