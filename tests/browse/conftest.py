"""A small cast of claims about one war, and a clean cache for every test."""

import datetime
import os

import pytest
from django.core.cache import cache

from claims.models import Category, Claim
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    ClaimFactory,
    OutletFactory,
    PlaceFactory,
    TopicFactory,
)

# Playwright's sync API runs an event loop in this thread; Django refuses ORM calls under one.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def clean_cache():
    """The home-page counts and the failed sign-in counts live in the cache: start empty."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def war(db):
    """Claims on two topics by nested actors and places, from two outlets, in every status."""
    russia = PlaceFactory(name="Russia", slug="russia", kind="country")
    kursk = PlaceFactory(name="Kursk", slug="kursk", parent=russia)
    ukraine = PlaceFactory(name="Ukraine", slug="ukraine", kind="country")
    usa = ActorFactory(name="United States", slug="united-states")
    pentagon = ActorFactory(name="Pentagon", slug="pentagon", parent=usa, kind="ministry")
    ryder = ActorFactory(name="Pat Ryder", slug="pat-ryder", parent=pentagon, kind="person")
    ukraine_gov = ActorFactory(name="Ukraine", slug="ukraine-gov")
    reuters = OutletFactory(name="Reuters", domain="reuters.com")
    kyiv = OutletFactory(name="Kyiv Independent", domain="kyivindependent.com")
    troops = TopicFactory(title="North Korean troops in Kursk", slug="nk-troops-kursk", place=kursk)
    killed = TopicFactory(
        title="Soldiers killed in Ukraine",
        slug="killed-ukraine",
        category=Category.KILLED,
        subject="soldiers",
        place=ukraine,
    )

    def claim(day, value, *, topic=troops, actor=ryder, outlet=reuters, high="same", **fields):
        article = ArticleFactory(outlet=outlet, published_on=datetime.date(2024, 11, day))
        return ClaimFactory(
            topic=topic,
            actor=actor,
            article=article,
            stated_on=datetime.date(2024, 11, day),
            value_low=value,
            value_high=value if high == "same" else high,
            quote=fields.pop("quote", f"about {value:,} North Korean soldiers"),
            **fields,
        )

    return {
        "places": {"russia": russia, "kursk": kursk, "ukraine": ukraine},
        "actors": {"usa": usa, "pentagon": pentagon, "ryder": ryder, "ukraine": ukraine_gov},
        "outlets": {"reuters": reuters, "kyiv": kyiv},
        "topics": {"troops": troops, "killed": killed},
        "claims": {
            "ryder": claim(4, 10000),
            "pentagon": claim(12, 11000, actor=pentagon, qualifier=Claim.Qualifier.EXACT),
            "ukraine": claim(
                20,
                12000,
                actor=ukraine_gov,
                outlet=kyiv,
                qualifier=Claim.Qualifier.AT_LEAST,
                high=None,
                quote="at least 12,000 troops were deployed near the border",
            ),
            "killed": claim(
                25,
                3000,
                topic=killed,
                actor=ukraine_gov,
                outlet=kyiv,
                quote="3,000 soldiers died in fighting",
                status=Claim.Status.PROPOSED,
            ),
            "rejected": claim(26, 50000, status=Claim.Status.REJECTED),
            "superseded": claim(2, 8000, status=Claim.Status.SUPERSEDED),
        },
    }


@pytest.fixture
def many_claims(db):
    """Enough claims, on several dates with ties, to page through."""
    topic, article = TopicFactory(), ArticleFactory()
    actor = ActorFactory()
    claims = [
        ClaimFactory.build(
            topic=topic,
            article=article,
            actor=actor,
            category=topic.category,
            subject=topic.subject,
            place=topic.place,
            stated_on=datetime.date(2024, 1, 1) + datetime.timedelta(days=n // 3),
            reported_on=datetime.date(2024, 1, 1) + datetime.timedelta(days=n // 3),
            value_low=n,
            value_high=n,
            qualifier=Claim.Qualifier.EXACT,
        )
        for n in range(130)
    ]
    # bulk_create skips save(), which sets reported_on; it is set above instead.
    return Claim.objects.bulk_create(claims)
