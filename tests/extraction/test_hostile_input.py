"""Input that is not an article must end fast with a list, never an exception."""

import datetime
import random
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extraction.rules import RulesExtractor
from claims.extraction.schema import ArticleInput

extractor = RulesExtractor()
_NEWS_WORDS = (
    'the said 10,000 troops killed , . - — “ ” " ( ) according to he at least up to between '
    "and 11 to 12,000 of them Kh-101 ten-thousand hundred $ % 2024 U.S. Gen. \n\n"
)
_news_words = st.sampled_from(_NEWS_WORDS.split(" "))


def _extract(text: str):
    return extractor.extract(
        ArticleInput(url="", title="", text=text, published=datetime.date(2025, 1, 1))
    )


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_any_text_gives_a_list(text):
    assert isinstance(_extract(text), list)


@settings(max_examples=200, deadline=None)
@given(st.lists(_news_words, max_size=400).map(" ".join))
def test_jumbled_news_words_give_a_list(text):
    for claim in _extract(text):
        assert 0 <= claim.span_start <= claim.span_end <= len(text)


def _timed(text: str) -> float:
    start = time.perf_counter()
    result = _extract(text)
    assert isinstance(result, list)
    return time.perf_counter() - start


def test_a_hundred_thousand_numbers_end_fast():
    rng = random.Random(7)
    text = " ".join(str(rng.randint(1, 99_999)) for _ in range(100_000))
    assert _timed(text) < 3


def test_a_huge_paragraph_without_punctuation_ends_fast():
    assert _timed("officials said soldiers were killed near the border " * 20_000) < 3


def test_binary_junk_ends_fast():
    rng = random.Random(7)
    junk = bytes(rng.randrange(256) for _ in range(200_000)).decode("latin-1")
    assert _timed(junk) < 3


def test_long_runs_of_separators_end_fast():
    assert _timed("1" + ",000" * 50_000) < 3
    assert _timed("-".join(["ten"] * 50_000)) < 3
    assert _timed('"' * 100_000) < 3
