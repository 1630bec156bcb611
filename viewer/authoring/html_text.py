"""A saved web page → its article's text and what the page states about it (trafilatura, offline)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from viewer.authoring.draft import SourceMeta

# trafilatura and its helpers log what they skip; the scaffold reports in one line of its own.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

#: File names taken for saved web pages; any other file is read as plain text unless it
#: starts like HTML.
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_HTML_STARTS = (b"<!doctype html", b"<html")


@dataclass(frozen=True)
class Article:
    text: str
    meta: SourceMeta


def looks_like_html(suffix: str, data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return suffix.lower() in HTML_SUFFIXES or head.startswith(_HTML_STARTS)


def _paragraphs(text: str) -> str:
    """One paragraph per extracted line, a blank line between: the report the draft points into."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line) + "\n"


def _stated(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


#: Fewer words than this found as the page's main text are not an article (a lone "Home").
MIN_WORDS = 25


def extract_article(data: bytes) -> Article | None:
    """The page's article text and metadata; None when the page holds no article text.

    trafilatura finds the main text (``favor_precision``: navigation and teasers left out) and
    the page's own headline, author, site name and date from its markup. The date is taken only
    where the page marks it up (meta tags, structured data, the URL), never guessed from the
    words of the page (htmldate's ``extensive_search`` is off).
    """
    import trafilatura  # imported here: it is slow to import and only pages need it
    from trafilatura.settings import Document

    document = trafilatura.bare_extraction(
        data,
        favor_precision=True,
        include_comments=False,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not isinstance(document, Document) or len((document.text or "").split()) < MIN_WORDS:
        return None  # a menu, a cookie notice, a title: nothing to make a briefing of
    meta = SourceMeta(
        headline=_stated(document.title),
        publisher=_stated(document.sitename),
        author=_stated(document.author),
        published=_stated(document.date),
    )
    return Article(_paragraphs(document.text or ""), meta)
