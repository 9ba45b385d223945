"""Splitting article text into paragraphs and sentences, keeping character offsets.

A small rule-based splitter rather than a library: it must keep exact offsets, run in linear time on
hostile input, and know the abbreviations of military and news copy ("Lt. Gen.", "U.S.", "Sept.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extraction.vocabulary import words

# Sentences longer than this are cut at a space: no real sentence is this long, and it bounds the
# work done per sentence on text without punctuation.
MAX_SENTENCE_CHARS = 1200

_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK_RE = re.compile(r"\n")
# Candidate ends: terminal punctuation, optional closing quotes/brackets, then whitespace.
_NEXT_WORD_RE = re.compile(r"\s*(\S{0,40})")
# ... and the bar between items of a live blog's "Key events: A | B | C"
_END_RE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|(?<=\s)\|(?=\s)")

ABBREVIATIONS = words("""
    mr mrs ms dr prof sen rep gov gen lt col maj capt cpt sgt cpl pvt adm cmdr cdr brig res ret
    pres st jr sr no nos vol vs etc inc ltd co corp dept approx est fig ft mt
    jan feb mar apr jun jul aug sep sept oct nov dec
    """)
# After "U.S." a sentence only ends if the next word is one that typically opens a sentence.
_SENTENCE_OPENERS = words("""
    the a an in on at it he she they we i but and this that these those there its his her their
    however meanwhile separately earlier later officials according
    """)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence's text, its offsets in the article, and the paragraph it belongs to."""

    text: str
    start: int
    end: int
    paragraph: int


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the blank-line-separated paragraphs of `text`."""
    spans = []
    position = 0
    for match in _PARAGRAPH_BREAK_RE.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return [(start, end) for start, end in spans if text[start:end].strip()]


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text` in order; each line of a paragraph (a list item) stands alone."""
    sentences: list[Sentence] = []
    for paragraph_index, (paragraph_start, paragraph_end) in enumerate(split_paragraphs(text)):
        for line_start, line_end in _lines(text, paragraph_start, paragraph_end):
            for start, end in _sentence_spans(text, line_start, line_end):
                for piece_start, piece_end in _capped(text, start, end):
                    piece_start, piece_end = _strip(text, piece_start, piece_end)
                    if piece_end > piece_start:
                        sentences.append(
                            Sentence(
                                text[piece_start:piece_end], piece_start, piece_end, paragraph_index
                            )
                        )
    return sentences


def _lines(text: str, start: int, end: int):
    position = start
    for match in _LINE_BREAK_RE.finditer(text, start, end):
        yield position, match.start()
        position = match.end()
    yield position, end


def _sentence_spans(text: str, start: int, end: int):
    position = start
    for match in _END_RE.finditer(text, start, end):
        if _is_sentence_end(text, match.start(), match.end(), end):
            yield position, match.end()
            position = match.end()
    yield position, end


def _is_sentence_end(text: str, mark_start: int, mark_end: int, limit: int) -> bool:
    next_word = _next_word(text, mark_end, limit)
    if not next_word:
        return True
    first = next_word[0]
    if not (first.isupper() or first.isdigit() or first in "\"“‘'«(["):
        return False  # "e.g. the", "modern… pic" : a lower-case continuation
    if text[mark_start] != ".":
        return True
    word = _previous_word(text, mark_start)
    if not word:
        return True
    if word.lower() in ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        # An initial ("John F. Kennedy") or the end of a dotted acronym ("U.S.").
        dotted = mark_start >= 2 and text[mark_start - 2] == "."
        return dotted and next_word.lower().strip("\"“‘'«([") in _SENTENCE_OPENERS
    return True


def _previous_word(text: str, position: int) -> str:
    start = position
    # Bounded look-back: a word longer than 40 characters is not an abbreviation anyway.
    while start > 0 and position - start < 40 and text[start - 1].isalpha():
        start -= 1
    return text[start:position]


def _next_word(text: str, position: int, limit: int) -> str:
    # at most 40 characters of it: enough to tell an opener or a lower-case continuation
    return _NEXT_WORD_RE.match(text, position, limit).group(1)


def _capped(text: str, start: int, end: int):
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        yield start, cut
        start = cut
    yield start, end


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
