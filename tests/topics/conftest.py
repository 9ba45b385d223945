"""A topic with figures from three sources: points, a range, a bound and a revision."""

import datetime

import pytest

from claims.models import Claim
from tests.browse.conftest import clean_cache  # noqa: F401  (the page cache starts empty)
from tests.factories import ActorFactory, ArticleFactory, ClaimFactory, OutletFactory, TopicFactory


@pytest.fixture
def kursk(db):
    """North Korean troops in Kursk, as reported through late 2024."""
    topic = TopicFactory(title="North Korean troops in Kursk", slug="nk-troops-kursk")
    pentagon = ActorFactory(name="Pentagon", slug="pentagon")
    nis = ActorFactory(name="South Korean NIS", slug="nis")
    zelensky = ActorFactory(name="Volodymyr Zelensky", slug="zelensky")

    def figure(actor, day, low, high, qualifier="", quote="", **extra):
        return ClaimFactory(
            topic=topic,
            actor=actor,
            stated_on=day,
            value_low=low,
            value_high=high,
            qualifier=qualifier,
            quote=quote or f"{actor.name} said {low or high} soldiers",
            **extra,
        )

    claims = {
        "nis_first": figure(nis, datetime.date(2024, 10, 18), 3000, 3000, quote="about 3,000"),
        "pentagon_first": figure(pentagon, datetime.date(2024, 10, 28), 10000, 10000),
        "zelensky_range": figure(
            zelensky, datetime.date(2024, 11, 5), 11000, 12000, Claim.Qualifier.RANGE
        ),
        "pentagon_revised": figure(pentagon, datetime.date(2024, 11, 12), 11000, 11000),
        "nis_bound": figure(nis, datetime.date(2024, 12, 1), 10000, None, Claim.Qualifier.AT_LEAST),
    }
    # Neither a rejected figure nor one without a figure belongs on the timeline.
    figure(pentagon, datetime.date(2024, 11, 20), 50000, 50000, status=Claim.Status.REJECTED)
    ClaimFactory(
        topic=topic,
        actor=pentagon,
        value_low=None,
        value_high=None,
        statement="Troops are engaged in combat",
        stated_on=datetime.date(2024, 11, 21),
    )
    # The outlet's own reporting, with no actor, is a series of its own.
    outlet = OutletFactory(name="Daily Example", domain="daily.example")
    ClaimFactory(
        topic=topic,
        actor=None,
        article=ArticleFactory(outlet=outlet, published_on=datetime.date(2024, 11, 25)),
        stated_on=None,
        value_low=12000,
        value_high=12000,
    )
    return {"topic": topic, "claims": claims, "pentagon": pentagon, "nis": nis}
