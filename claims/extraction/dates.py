"""When a figure was stated: the article's date, moved back by "yesterday" or "on Thursday".

Only where it is safe: a weekday within the week before publication, "yesterday", or a month and
day. Vaguer times ("last week", "in October") give no date rather than a wrong one.
"""

from __future__ import annotations

import datetime

from claims.extraction.tokens import Token
from claims.extraction.vocabulary import MONTHS, WEEKDAYS

_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_VAGUE_TIMES = frozenset(
    {("last", "week"), ("last", "month"), ("last", "year"), ("earlier", "this")}
)
# Words that can move the date away from the publication date; most sentences hold none.
_DATE_WORDS = (
    MONTHS
    | frozenset(WEEKDAYS)
    | {"yesterday", "today", "tonight"}
    | {first for first, _ in _VAGUE_TIMES}
)


def stated_on(tokens: list[Token], published: datetime.date | None) -> datetime.date | None:
    """The date the sentence's figures were stated, or None when it cannot be told safely."""
    if published is None:
        return None
    if all(token.lower not in _DATE_WORDS for token in tokens):
        return published
    # A day named outright beats a month and day, which beats a vague time; else the publication.
    month_day = None
    vague = False
    for position, token in enumerate(tokens):
        word = token.lower
        following = tokens[position + 1].lower if position + 1 < len(tokens) else ""
        if word == "yesterday":
            return published - datetime.timedelta(days=1)
        if word in ("today", "tonight"):
            return published
        if word in WEEKDAYS:
            days_back = (published.weekday() - WEEKDAYS.index(word)) % 7
            return published - datetime.timedelta(days=days_back)
        if (word, following) in _VAGUE_TIMES:
            vague = True
        elif word in MONTHS and word != "may" and month_day is None:
            month_day = _month_day(tokens, position, published)
            vague = vague or month_day is None
    if month_day:
        return month_day
    return None if vague else published


def _month_day(
    tokens: list[Token], position: int, published: datetime.date
) -> datetime.date | None:
    # "January 13" or "13 January"; a bare month ("in October") is too vague
    month = _MONTH_NUMBERS[tokens[position].lower]
    for neighbour in (position + 1, position - 1):
        if 0 <= neighbour < len(tokens) and tokens[neighbour].text.isdigit():
            day = int(tokens[neighbour].text)
            if 1 <= day <= 31:
                year = published.year
                try:
                    date = datetime.date(year, month, day)
                    if date > published:
                        date = datetime.date(year - 1, month, day)
                except ValueError:
                    return None
                return date
    return None
