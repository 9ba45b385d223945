"""Fixtures for reviewing claims: proposed claims read from a real article text."""

import datetime
import os

import pytest

from claims.models import Claim
from tests.factories import ActorFactory, ArticleVersionFactory, ClaimFactory, TopicFactory

# Playwright's sync API runs an event loop in this thread; the live server's ORM calls are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

TEXT = (
    "Kyiv, 4 November. Ukraine's defence minister said about 11,000 North Korean soldiers had "
    "reached the Kursk region. A Pentagon spokesman put the figure at 10,000 the same day."
)


def proposed_claim(version, quote: str, **fields) -> Claim:
    """A machine proposal whose quote, sentence and span all come from `version`'s text."""
    start = version.text.index(quote)
    sentence_start = version.text.rfind(". ", 0, start) + 2 if ". " in version.text[:start] else 0
    sentence_end = version.text.find(".", start + len(quote)) + 1 or len(version.text)
    defaults = {
        "article": version.article,
        "article_version": version,
        "quote": quote,
        "sentence": version.text[sentence_start:sentence_end],
        "span_start": start,
        "span_end": start + len(quote),
        "status": Claim.Status.PROPOSED,
        "extractor": "rules",
        "extractor_version": "1",
        "confidence": 0.8,
        "stated_on": datetime.date(2024, 11, 4),
    }
    return ClaimFactory(**{**defaults, **fields})


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Each test signs up its cast of users; the production hasher would spend a second on each."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def version(db):
    return ArticleVersionFactory(text=TEXT, article__title="North Korean troops reach Kursk")


@pytest.fixture
def topic(db):
    return TopicFactory(subject="North Korean troops", title="North Korean troops in Kursk")


@pytest.fixture
def proposals(version, topic):
    """Two proposals from one article: Ukraine's 11,000 and the Pentagon's 10,000."""
    ukraine = ActorFactory(name="Ukraine", slug="ukraine")
    pentagon = ActorFactory(name="Pentagon", slug="pentagon", aliases=["US Defense Department"])
    return [
        proposed_claim(
            version,
            "about 11,000 North Korean soldiers",
            topic=topic,
            actor=ukraine,
            value_low=11000,
            value_high=11000,
        ),
        proposed_claim(
            version,
            "10,000",
            topic=topic,
            actor=pentagon,
            value_low=10000,
            value_high=10000,
            qualifier="",
        ),
    ]
