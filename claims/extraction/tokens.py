"""Splitting a sentence into words, numbers and punctuation, keeping character offsets."""

from __future__ import annotations

import re

# Each alternative is a plain character class run, so matching stays linear on any input.
# A possessive "'s" is its own token so that "Korea's" reads as "Korea" + "'s"; a dotted
# acronym ("U.S.", "U.N.") is one token, and so is a name with an apostrophe inside ("Ta'ang",
# "Sana'a"). Letters come first and share their first character between the acronym and the
# word, so the common case (a word) is one try, not three.
_TOKEN_RE = re.compile(
    r"[^\W0-9_](?:(?:\.[^\W0-9_])+\.|[^\W0-9_]*(?:['’](?!(?:s|ll|m|ve|d|re|t)\b)[^\W0-9_]+)*)"
    r"|[0-9]+(?:[.,][0-9]+)*|['’]s\b|\S"
)

OPENING_QUOTES = frozenset({'"', "“", "‘", "«"})
CLOSING_QUOTES = frozenset({'"', "”", "’", "»"})

# What a token's text says about it (lower case, number, word, capitalized) depends on the text
# alone, and news copy repeats a few thousand words: work it out once per distinct text.
_LEXICON: dict[str, tuple[str, bool, bool, bool, int]] = {}
_LEXICON_LIMIT = 50_000  # junk input must not grow it without bound


def _lexeme(text: str) -> tuple[str, bool, bool, bool, int]:
    first = text[0]
    # ASCII digits only: "³" or "٣" are not figures here. Capitalized: "Kursk", "NIS"; not
    # words in lower case, nor punctuation.
    return text.lower(), "0" <= first <= "9", first.isalpha(), first.isupper(), len(text)


class Token:
    """A word, number or punctuation mark with its offsets in the article text."""

    __slots__ = ("end", "is_capitalized", "is_number", "is_word", "lower", "start", "text")

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = start
        self.end = start + len(text)
        self.lower, self.is_number, self.is_word, self.is_capitalized, _ = _lexeme(text)

    def __repr__(self) -> str:
        return f"Token({self.text!r}@{self.start})"


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """The tokens of `text`, with offsets shifted by `offset` (the sentence's place in the article)."""
    # The hot loop of the extractor: objects are built without calling __init__, and each
    # distinct token text is analysed once. Only whitespace lies between two tokens (anything
    # else is a token of its own), so `find` from the end of the last token gives the offset,
    # cheaper than a match object per token.
    tokens = []
    append = tokens.append
    new = Token.__new__
    lexicon = _LEXICON
    get = lexicon.get
    find = text.find
    position = 0
    for word in _TOKEN_RE.findall(text):
        lexeme = get(word)
        if lexeme is None:
            lexeme = _lexeme(word)
            if len(lexicon) < _LEXICON_LIMIT:
                lexicon[word] = lexeme
        start = find(word, position)
        position = start + lexeme[4]
        token = new(Token)
        token.text = word
        token.start = start + offset
        token.end = position + offset
        token.lower, token.is_number, token.is_word, token.is_capitalized, _ = lexeme
        append(token)
    return tokens


def joined(left: Token, right: Token) -> bool:
    """True when nothing separates the two tokens ("Kh" "-" "101", "15" "-" "hundred")."""
    return left.end == right.start
