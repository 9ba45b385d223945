"""Splitting a sentence into words, numbers and punctuation, keeping character offsets."""

from __future__ import annotations

import re

# Each alternative is a plain character class run, so matching stays linear on any input.
# A possessive "'s" is its own token so that "Korea's" reads as "Korea" + "'s"; a dotted
# acronym ("U.S.", "U.N.") is one token.
_TOKEN_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|(?:[^\W0-9_]\.){2,}|[^\W0-9_]+|['’]s\b|\S")

OPENING_QUOTES = frozenset({'"', "“", "‘", "«"})
CLOSING_QUOTES = frozenset({'"', "”", "’", "»"})


class Token:
    """A word, number or punctuation mark with its offsets in the article text."""

    __slots__ = ("end", "is_capitalized", "is_number", "is_word", "lower", "start", "text")

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = start
        self.end = start + len(text)
        self.lower = text.lower()
        first = text[0]
        self.is_number = "0" <= first <= "9"  # ASCII only: "³" or "٣" are not figures here
        self.is_word = first.isalpha()
        # True for "Kursk", "NIS"; false for words in lower case and for punctuation
        self.is_capitalized = first.isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}@{self.start})"


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """The tokens of `text`, with offsets shifted by `offset` (the sentence's place in the article)."""
    return [Token(m.group(), m.start() + offset) for m in _TOKEN_RE.finditer(text)]


def joined(left: Token, right: Token) -> bool:
    """True when nothing separates the two tokens ("Kh" "-" "101", "15" "-" "hundred")."""
    return left.end == right.start
