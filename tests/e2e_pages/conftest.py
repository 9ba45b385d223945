"""Real Chromium against the live server, and a topic argued over by three actors."""

import datetime
import os

import pytest

from tests.browse.conftest import clean_cache  # noqa: F401  (the page cache starts empty)
from tests.factories import ActorFactory, ClaimFactory, TopicFactory

# Playwright's sync API runs an event loop in this thread; the live server's database work is sync.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def page(browser_page):
    return browser_page


@pytest.fixture
def argued():
    """North Korean troops in Kursk and Russian casualties, from the Pentagon, Kyiv and Seoul."""
    kursk = TopicFactory(title="North Korean troops in Kursk", slug="kursk")
    losses = TopicFactory(title="Russian casualties", slug="losses", category="casualties")
    pentagon = ActorFactory(name="Pentagon", slug="pentagon")
    kyiv = ActorFactory(name="Ukrainian intelligence", slug="hur")
    seoul = ActorFactory(name="South Korean NIS", slug="nis")
    d = datetime.date
    for actor, day, low, high, qualifier in [
        (seoul, d(2024, 10, 18), 3000, 3000, "approximately"),
        (pentagon, d(2024, 10, 28), 10000, 10000, ""),
        (kyiv, d(2024, 11, 5), 11000, 12000, "range"),
        (pentagon, d(2024, 11, 12), 11000, 11000, ""),
        (seoul, d(2024, 12, 1), 10000, None, "at least"),
    ]:
        ClaimFactory(
            topic=kursk,
            actor=actor,
            stated_on=day,
            value_low=low,
            value_high=high,
            qualifier=qualifier,
            quote=f"{actor.name}: {low:,} soldiers",
        )
    ClaimFactory(topic=losses, actor=pentagon, value_low=600000, value_high=600000)
    ClaimFactory(topic=losses, actor=kyiv, value_low=750000, value_high=None, qualifier="at least")
    return {"kursk": kursk}
