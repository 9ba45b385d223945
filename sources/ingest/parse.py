"""Article text and metadata from a fetched page (trafilatura), or from pasted plain text.

The text keeps one paragraph per block, blocks separated by a blank line: claim extraction
records character positions into exactly this text, so it must be stable and readable.
"""

import contextlib
import datetime
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import htmldate
import lxml.html
import trafilatura
from tld import get_fld
from trafilatura.metadata import (
    META_URL,
    examine_meta,
    extract_author,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
)
from trafilatura.settings import Document, set_date_params

from .errors import NotAnArticle
from .urls import canonicalize_url, outlet_domain

NO_TEXT = "no article text found on the page"
# Menus and headline lists come out of extraction as short lines; an article has at least one
# block this long.
MIN_PROSE_WORDS = 8
# trafilatura's own bar for trusting a long extraction without comparing it (in its "recall"
# mode): ten times its minimum extracted size.
CONFIDENT_TEXT_CHARACTERS = 2_500
# What trafilatura takes for page furniture left in an extraction, when it then tries jusText
# (its SANITIZED_XPATH, which is internal to it).
_FURNITURE_XPATH = (
    ".//aside|.//audio|.//button|.//fencedframe|.//fieldset|.//figure|.//footer|.//iframe|"
    ".//input|.//label|.//link|.//nav|.//noindex|.//noscript|.//object|.//option|.//select|"
    ".//source|.//svg|.//time"
)
AMP_PATH = re.compile(r"(^|/)amp(/|$)|\.amp(\.html?)?$", re.IGNORECASE)
AMP_QUERY = re.compile(r"(^|&)(amp|outputType=amp)(=[^&]*)?($|&)", re.IGNORECASE)


@dataclass
class ParsedArticle:
    """What a page says about itself: text, title, author, date, site name, canonical URL."""

    title: str
    text: str
    author: str
    published_on: datetime.date | None
    site_name: str
    canonical_url: str | None
    language: str


def _normalise_line(line: str) -> str:
    return " ".join(line.split())


def _paragraphs(text: str) -> str:
    return "\n\n".join(line for line in map(_normalise_line, text.splitlines()) if line)


def _meta(tree, *selectors: str) -> str:
    for selector in selectors:
        for value in tree.xpath(selector):
            value = _normalise_line(str(value))
            if value:
                return value
    return ""


def _site(url: str) -> str | None:
    """The registrable domain ("bbc.co.uk" for "www.bbc.co.uk"), or, for a suffix the public
    suffix list does not know, the host without "www."."""
    try:
        return get_fld(url, fail_silently=True) or outlet_domain(url)
    except ValueError:
        return None


def _has_prose(text: str) -> bool:
    """Whether any block reads as a sentence rather than a menu or a list of headlines."""
    return any(len(block.split()) >= MIN_PROSE_WORDS for block in text.split("\n\n"))


def is_amp_page(url: str, tree=None) -> bool:
    """Whether a page is an AMP edition (`/amp/`, `?amp`, `<html amp>` or `<html ⚡>`)."""
    parts = urlsplit(url)
    if AMP_PATH.search(parts.path) or AMP_QUERY.search(parts.query):
        return True
    if tree is not None:
        root = tree.getroottree().getroot()
        return "amp" in root.attrib or "⚡" in root.attrib
    return False


def canonical_url_of(tree, *, url: str) -> str | None:
    """The page's own canonical URL (`<link rel=canonical>`, else `og:url`), canonicalised.

    Trusted only when it is http(s) on the same registrable site as the page, or when the page is
    an AMP edition naming its article (AMP caches live on other domains). Anything else would let
    a page claim to be another outlet's article.
    """
    candidates = tree.xpath(
        "//link[contains(concat(' ', normalize-space(translate(@rel,"
        " 'CANONICAL', 'canonical')), ' '), ' canonical ')]/@href"
    ) + tree.xpath("//meta[@property='og:url' or @name='og:url']/@content")
    page_site = _site(url)
    amp = is_amp_page(url, tree)
    for candidate in candidates:
        candidate = candidate.strip()
        if not candidate:
            continue
        try:
            absolute = canonicalize_url(urljoin(url, candidate))
        except ValueError:
            continue
        if amp or (page_site and _site(absolute) == page_site):
            return absolute
    return None


def _parse_date(value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def article_text(tree, *, url: str) -> str:
    """The story's text as trafilatura finds it, with its safety nets used only when needed.

    trafilatura's default checks its own extraction against readability's (and jusText's) on
    every page, which costs about a third of its time, and keeps theirs only when its own is
    empty or short, holds no paragraphs, still carries page furniture (navigation, asides,
    figures), or is less than half as long as theirs. Its main extractor runs alone first; when
    the result is long, clean, made of paragraphs, and holds at least half of the text the page
    has in paragraphs (so no other extractor can find twice as much), it is kept; otherwise
    trafilatura runs again with its safety nets. The tree is read, never changed: trafilatura
    works on a copy of its own.
    """
    options = {
        "url": url,
        "with_metadata": False,
        "include_comments": False,
        "include_tables": True,
        "deduplicate": False,
    }
    document = trafilatura.bare_extraction(tree, fast=True, **options)
    if document is not None and main_extraction_suffices(document, tree):
        return document.text
    document = trafilatura.bare_extraction(tree, **options)
    return (document.text or "") if document is not None else ""


def main_extraction_suffices(document: Document, tree) -> bool:
    """Whether the main extractor's result is one trafilatura's safety nets would keep."""
    text = document.text or ""
    if len(text) < CONFIDENT_TEXT_CHARACTERS:
        return False
    body = document.body
    if body.xpath(_FURNITURE_XPATH) or not body.xpath(".//p//text()"):
        return False
    if len(body.findall(".//table")) > len(body.findall(".//p")):
        return False
    in_paragraphs = sum(len(paragraph.text_content()) for paragraph in tree.iter("p"))
    return 2 * len(text) >= in_paragraphs


def page_metadata(tree, *, url: str) -> Document:
    """The title, author, date and site name trafilatura finds in a page, found its own way.

    This is trafilatura's `extract_metadata` less its search for categories, tags and a licence,
    which nothing here keeps: those visit every link in the page's menus and footer and cost
    about as much as the rest of the metadata (tests/ingest/test_parse.py holds the two to the
    same answers).
    """
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None  # a single word is a user name or a brand, not a byline
    # As trafilatura does, a failure of its JSON-LD reader on odd markup leaves what we have.
    with contextlib.suppress(Exception):
        metadata = extract_meta_json(tree, metadata)
    metadata.title = metadata.title or extract_title(tree)
    metadata.author = metadata.author or extract_author(tree)
    metadata.url = metadata.url or extract_url(tree, url)
    # trafilatura's defaults: the original publication date, searched extensively.
    metadata.date = htmldate.find_date(tree, **{**set_date_params(True), "url": metadata.url})
    metadata.sitename = metadata.sitename or extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")  # a Twitter handle
        if (
            metadata.sitename
            and "." not in metadata.sitename
            and not metadata.sitename[0].isupper()
        ):
            metadata.sitename = metadata.sitename.title()
    elif metadata.url and (domain := META_URL.match(metadata.url)):
        metadata.sitename = domain[1]
    metadata.clean_and_trim()
    return metadata


def parse_article(html: str, *, url: str) -> ParsedArticle:
    """Extract the article in an HTML page fetched from `url`.

    Raises NotAnArticle when the page holds no article text (an index page, a login wall, an
    empty shell filled in by JavaScript).
    """
    if not html or not html.strip():
        raise NotAnArticle(NO_TEXT)
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError) as error:
        raise NotAnArticle(NO_TEXT) from error
    text = _paragraphs(article_text(tree, url=url))
    if not _has_prose(text):
        raise NotAnArticle(NO_TEXT)
    metadata = page_metadata(tree, url=url)
    title = _normalise_line(metadata.title or "") or _meta(tree, "//title/text()")
    # The headline opens the extracted text; it is kept as the title, not as a paragraph.
    first, _, rest = text.partition("\n\n")
    if rest and title and first == title:
        text = rest
    published_on = _parse_date(metadata.date)
    if published_on is None:
        published_on = _parse_date(
            htmldate.find_date(tree, url=url, original_date=True, extensive_search=False)
        )
    language = _meta(tree, "/html/@lang", "//meta[@http-equiv='content-language']/@content")
    return ParsedArticle(
        title=title,
        text=text,
        author=_normalise_line(metadata.author or ""),
        published_on=published_on,
        site_name=_normalise_line(metadata.sitename or "")
        or _meta(tree, "//meta[@property='og:site_name']/@content"),
        canonical_url=canonical_url_of(tree, url=url),
        language=language.split(",")[0].strip()[:12],
    )


def parse_plain_text(text: str, *, title: str = "") -> ParsedArticle:
    """An article from pasted text or a text/plain page: paragraphs kept, whitespace normalised.

    Paragraphs are separated by blank lines; when the text has none, each line is a paragraph.
    Lines within a paragraph are joined with a space (text wrapped by an email or a PDF copy).
    Raises NotAnArticle when nothing but whitespace is left.
    """
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    blocks = re.split(r"\n[ \t\f\v\u00a0]*\n", text) if re.search(r"\n\s*\n", text) else None
    if blocks is None:
        paragraphs = [_normalise_line(line) for line in text.split("\n")]
    else:
        paragraphs = [_normalise_line(block) for block in blocks]
    body = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
    if not body:
        raise NotAnArticle("no article text found in the text given")
    return ParsedArticle(
        title=_normalise_line(title),
        text=body,
        author="",
        published_on=None,
        site_name="",
        canonical_url=None,
        language="",
    )
