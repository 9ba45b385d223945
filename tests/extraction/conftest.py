"""Helpers for the extraction tests: run the rules extractor on a few sentences of our own."""

import datetime

import pytest

from claims.extraction.rules import RulesExtractor
from claims.extraction.schema import ArticleInput

PUBLISHED = datetime.date(2025, 3, 6)  # a Thursday


@pytest.fixture
def extract():
    """Extract claims from text written for a test, published on a fixed Thursday."""
    extractor = RulesExtractor()

    def run(text: str):
        return extractor.extract(
            ArticleInput(url="https://example.org/a", title="Test", text=text, published=PUBLISHED)
        )

    return run


@pytest.fixture
def only_claim(extract):
    """The single claim the text states; fails when there is not exactly one."""

    def run(text: str):
        claims = extract(text)
        assert len(claims) == 1, [claim.to_json() for claim in claims]
        return claims[0]

    return run


@pytest.fixture
def extractor_with_title():
    """Extract claims from a test article with a headline of its own."""
    extractor = RulesExtractor()

    def run(title: str, text: str):
        return extractor.extract(
            ArticleInput(url="https://example.org/a", title=title, text=text, published=PUBLISHED)
        )

    return run
