"""Reading RSS and Atom feeds (feedparser): the entries that may become articles."""

import datetime
from dataclasses import dataclass, field

import feedparser


@dataclass
class FeedEntry:
    url: str
    title: str = ""
    published_on: datetime.date | None = None


@dataclass
class ParsedFeed:
    title: str = ""
    entries: list[FeedEntry] = field(default_factory=list)
    error: str = ""


def parse_feed(text: str) -> ParsedFeed:
    """The entries of an RSS or Atom document, each with its link, title and date.

    Feeds in the wild are often slightly broken; feedparser reads what it can, and `error` says
    why a document yielded nothing.
    """
    document = feedparser.parse(text)
    entries = []
    for entry in document.entries:
        link = (entry.get("link") or "").strip()
        if not link:
            continue
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        entries.append(
            FeedEntry(
                url=link,
                title=(entry.get("title") or "").strip(),
                published_on=datetime.date(*published[:3]) if published else None,
            )
        )
    error = ""
    if not entries:
        error = (
            f"not a feed this reader understands ({document.bozo_exception})"
            if document.get("bozo")
            else "the feed has no entries with links"
        )
    return ParsedFeed(
        title=(document.feed.get("title") or "").strip(), entries=entries, error=error
    )
