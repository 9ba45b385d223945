"""What an extractor reads and what it returns; the shape of the evaluation contract."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """One article's text and the few facts about it that extraction needs."""

    url: str
    title: str
    text: str
    published: datetime.date | None = None
    outlet: str = ""

    @classmethod
    def from_dict(cls, data: dict) -> ArticleInput:
        """Build from the contract's JSON object; a missing or malformed date becomes None."""
        published = data.get("published")
        try:
            published = datetime.date.fromisoformat(str(published)[:10]) if published else None
        except ValueError:
            published = None
        return cls(
            url=str(data.get("url") or ""),
            title=str(data.get("title") or ""),
            text=str(data.get("text") or ""),
            published=published,
            outlet=str(data.get("outlet") or ""),
        )

    @classmethod
    def from_json_file(cls, path: str | Path) -> ArticleInput:
        """Read an article stored as `{"url", "title", "published", "text"}`."""
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


@dataclass(slots=True)
class ExtractedClaim:
    """One figure found in an article: its bounds, what it counts, who said it, and where it is.

    `span_start`/`span_end` are character offsets of `quote` in the article text, so a reviewer
    can be shown the exact words.
    """

    category: str
    value_low: float | None
    value_high: float | None
    qualifier: str | None
    wording: str
    subject: str
    location: str | None
    actor: str | None
    relayed_by: str | None
    stated_on: datetime.date | None
    sentence: str
    quote: str
    span_start: int
    span_end: int
    confidence: float

    def to_json(self) -> dict:
        """The claim as the contract's JSON object (numbers as int where they are whole)."""
        return {
            "sentence": self.sentence,
            "quote": self.quote,
            "category": self.category,
            "value_low": _plain_number(self.value_low),
            "value_high": _plain_number(self.value_high),
            "qualifier": self.qualifier,
            "subject": self.subject,
            "location": self.location,
            "actor": self.actor,
            "stated_on": self.stated_on.isoformat() if self.stated_on else None,
            "relayed_by": self.relayed_by,
            "wording": self.wording,
            "span_start": self.span_start,
            "span_end": self.span_end,
            "confidence": round(self.confidence, 2),
        }


def _plain_number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
