"""Two topics with competing figures from four actors, one of them far off the others."""

import datetime

import pytest

from claims.models import Claim
from tests.browse.conftest import clean_cache  # noqa: F401  (the page cache starts empty)
from tests.factories import ActorFactory, ClaimFactory, TopicFactory


@pytest.fixture
def contest(db):
    kursk = TopicFactory(title="North Korean troops in Kursk", slug="kursk")
    losses = TopicFactory(title="Russian casualties", slug="losses", category="casualties")
    us = ActorFactory(name="Pentagon", slug="pentagon")
    kyiv = ActorFactory(name="Ukrainian intelligence", slug="hur")
    seoul = ActorFactory(name="South Korean NIS", slug="nis")
    outlier = ActorFactory(name="A blogger", slug="blogger")

    def figure(topic, actor, day, low, high=None, **extra):
        return ClaimFactory(
            topic=topic,
            actor=actor,
            stated_on=day,
            value_low=low,
            value_high=low if high is None else high,
            **extra,
        )

    d = datetime.date
    claims = {
        "us_first": figure(kursk, us, d(2024, 10, 28), 8000),
        "us_latest": figure(kursk, us, d(2024, 11, 12), 11000),
        "kyiv": figure(kursk, kyiv, d(2024, 11, 5), 11000, 12000, qualifier="range"),
        "seoul": figure(kursk, seoul, d(2024, 11, 13), 10000),
        "blogger": figure(kursk, outlier, d(2024, 11, 20), 40000),
        "us_losses": figure(losses, us, d(2024, 12, 1), 600000),
        "kyiv_losses": figure(losses, kyiv, d(2024, 12, 3), 750000, None, qualifier="at least"),
    }
    # Out of every comparison: rejected, and a claim with no actor.
    figure(kursk, seoul, d(2024, 11, 30), 99000, status=Claim.Status.REJECTED)
    figure(kursk, None, d(2024, 11, 30), 12000)
    return {
        "kursk": kursk,
        "losses": losses,
        "us": us,
        "kyiv": kyiv,
        "seoul": seoul,
        "blogger": outlier,
        "claims": claims,
    }
