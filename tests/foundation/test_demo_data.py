"""The demo data set itself: true to its own text, and shaped the way the app expects."""

from collections import Counter

import pytest

from claims.demo import data
from claims.demo.loader import claim_span
from claims.models import Claim

SEEDS = [(report, seed) for report in data.REPORTS for seed in report.claims]


def test_it_has_at_least_thirty_claims_across_five_topics_and_eight_actors():
    assert len(SEEDS) >= 30
    assert len({seed.topic for _, seed in SEEDS if seed.topic}) >= 5
    assert len({seed.actor for _, seed in SEEDS}) >= 8


@pytest.mark.parametrize(("report", "seed"), SEEDS, ids=lambda value: getattr(value, "quote", ""))
def test_each_quote_occurs_once_in_its_report(report, seed):
    start, end, sentence = claim_span(report, seed.quote)
    assert report.text[start:end] == seed.quote
    assert seed.quote in sentence


@pytest.mark.parametrize(("report", "seed"), SEEDS, ids=lambda value: getattr(value, "quote", ""))
def test_each_figure_follows_the_bound_rules(report, seed):
    low, high, qualifier = seed.low, seed.high, seed.qualifier
    if low is None and high is None:
        assert seed.statement, "a claim without a figure needs a statement"
    elif qualifier in (Claim.Qualifier.AT_LEAST, Claim.Qualifier.MORE_THAN):
        assert low is not None and high is None
    elif qualifier in (Claim.Qualifier.NEARLY, Claim.Qualifier.UP_TO, Claim.Qualifier.LESS_THAN):
        assert low is None and high is not None
    elif qualifier == Claim.Qualifier.RANGE:
        assert low < high
    else:
        assert low == high
    assert seed.wording or seed.statement


def test_every_reference_points_at_something_the_data_set_defines():
    actors = {actor.slug for actor in data.ACTORS}
    places = {place.slug for place in data.PLACES}
    topics = {topic.slug for topic in data.TOPICS}
    assert {actor.parent for actor in data.ACTORS if actor.parent} <= actors
    assert {place.parent for place in data.PLACES if place.parent} <= places
    assert {topic.place for topic in data.TOPICS} <= places
    assert {report.outlet for report in data.REPORTS} <= set(data.OUTLETS)
    for _, seed in SEEDS:
        assert seed.actor in actors and seed.place in places
        assert not seed.relayed_by or seed.relayed_by in actors
        assert not seed.topic or seed.topic in topics


def test_a_parent_is_listed_before_its_children():
    for seeds in (data.ACTORS, data.PLACES):
        seen = set()
        for seed in seeds:
            assert not seed.parent or seed.parent in seen, seed.slug
            seen.add(seed.slug)


def test_urls_and_slugs_are_unique():
    urls = Counter(report.url for report in data.REPORTS)
    assert max(urls.values()) == 1
    assert all(report.url.startswith("https://") for report in data.REPORTS)
    for seeds in (data.ACTORS, data.PLACES, data.TOPICS):
        assert len({seed.slug for seed in seeds}) == len(seeds)


def test_each_report_is_dated_and_its_claims_were_stated_by_then():
    for report, seed in SEEDS:
        assert seed.stated_on <= report.published_on
