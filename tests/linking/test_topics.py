"""Figures about the same question, from different articles, proposed the same topic."""

import pytest

from claims.linking import Linker
from claims.linking.topics import subject_key
from claims.models import Place, Topic
from tests.factories import PlaceFactory, TopicFactory


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("North Korean troops", "North Korean soldiers"),
        ("North Korean troops", "north korean servicemen"),
        ("North Korean troops", "soldiers from North Korea"),
        ("North Korean troops", "more North Korean troops"),
        ("North Korean troops", "additional North Korean military personnel"),
        ("Shahed drones", "Shahed drone"),
        ("civilians", "civilian"),
        ("children", "kids"),
    ],
)
def test_subjects_that_count_the_same_thing_share_a_key(one, other):
    assert subject_key(one) == subject_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("North Korean troops", "Russian troops"),
        ("North Korean troops", "North Korean missiles"),
        ("civilians", "children"),
    ],
)
def test_different_subjects_keep_different_keys(one, other):
    assert subject_key(one) != subject_key(other)


@pytest.fixture
def places(db):
    russia = PlaceFactory(slug="russia", name="Russia", kind=Place.Kind.COUNTRY)
    kursk = PlaceFactory(slug="kursk-oblast", name="Kursk", parent=russia)
    ukraine = PlaceFactory(slug="ukraine", name="Ukraine", kind=Place.Kind.COUNTRY)
    return {"russia": russia, "kursk": kursk, "ukraine": ukraine}


def test_the_first_figure_proposes_a_topic_and_the_next_joins_it(places):
    first = Linker(categories={"deployed"}).topic_id(
        category="deployed", subject="North Korean troops", place_id=places["kursk"].pk
    )
    # A later article, another run, other words for the same soldiers.
    second = Linker(categories={"deployed"}).topic_id(
        category="deployed", subject="North Korean soldiers", place_id=places["kursk"].pk
    )

    assert first == second
    topic = Topic.objects.get(pk=first)
    assert topic.status == Topic.Status.PROPOSED
    assert (topic.category, topic.subject, topic.place) == (
        "deployed",
        "North Korean troops",
        places["kursk"],
    )
    assert topic.title == "North Korean troops deployed in Kursk"


def test_a_figure_for_a_nested_place_joins_the_topic_of_the_place_around_it(places):
    russia_wide = TopicFactory(subject="North Korean troops", place=places["russia"])
    linker = Linker(categories={"deployed"})

    assert (
        linker.topic_id(
            category="deployed", subject="North Korean troops", place_id=places["kursk"].pk
        )
        == russia_wide.pk
    )


def test_same_subject_elsewhere_or_in_another_category_is_another_topic(places):
    kursk = TopicFactory(subject="North Korean troops", place=places["kursk"])
    linker = Linker(categories={"deployed", "killed"})

    in_ukraine = linker.topic_id(
        category="deployed", subject="North Korean troops", place_id=places["ukraine"].pk
    )
    killed = linker.topic_id(
        category="killed", subject="North Korean troops", place_id=places["kursk"].pk
    )

    assert len({kursk.pk, in_ukraine, killed}) == 3


def test_a_confirmed_topic_is_preferred_over_a_proposed_one(places):
    TopicFactory(subject="North Korean soldiers", place=places["kursk"], status="proposed")
    confirmed = TopicFactory(subject="North Korean troops", place=places["kursk"])
    linker = Linker(categories={"deployed"})

    assert (
        linker.topic_id(
            category="deployed", subject="North Korean troops", place_id=places["kursk"].pk
        )
        == confirmed.pk
    )


def test_a_figure_without_a_place_joins_the_only_topic_on_its_subject(places):
    only = TopicFactory(subject="North Korean troops", place=places["kursk"])
    linker = Linker(categories={"deployed"})

    assert (
        linker.topic_id(category="deployed", subject="troops from North Korea", place_id=None)
        == only.pk
    )


def test_a_figure_that_counts_nothing_gets_no_topic(places):
    linker = Linker(categories={"other"})
    assert linker.topic_id(category="other", subject="", place_id=None) is None
    assert not Topic.objects.exists()


def test_two_new_topics_with_the_same_title_get_different_slugs(places):
    TopicFactory(
        slug="north-korean-troops-deployed-in-kursk",
        subject="Pyongyang's men",
        place=places["kursk"],
    )
    created = Linker(categories={"deployed"}).topic_id(
        category="deployed", subject="North Korean troops", place_id=places["kursk"].pk
    )
    assert Topic.objects.get(pk=created).slug == "north-korean-troops-deployed-in-kursk-2"
