"""Names nobody has seen become new actors, unreviewed, and are found again afterwards."""

import pytest

from claims.linking import Linker
from claims.models import Actor
from tests.factories import ActorFactory


@pytest.mark.django_db
def test_an_unknown_name_becomes_an_unreviewed_actor_with_a_guessed_kind():
    linker = Linker(categories=set())

    actor_id = linker.actor_id("Deputy Press Secretary Jane Doe")

    actor = Actor.objects.get(pk=actor_id)
    assert (actor.name, actor.title, actor.kind) == ("Jane Doe", "Deputy Press Secretary", "person")
    assert actor.is_reviewed is False


@pytest.mark.django_db
def test_a_new_name_is_reused_within_the_run_and_by_the_next_run():
    first = Linker(categories=set())
    created = first.actor_id("Estonian Defence Ministry")
    assert first.actor_id("estonian defence ministry") == created
    assert first.actor_id("the Estonian Defence Ministry") == created

    assert Linker(categories=set()).actor_id("Estonian Defence Ministry") == created
    assert Actor.objects.filter(name="Estonian Defence Ministry").count() == 1


@pytest.mark.django_db
def test_a_surname_links_to_the_person_created_earlier_in_the_article():
    linker = Linker(categories=set())
    full = linker.actor_id("Commander Jane Doe")
    assert linker.actor_id("Doe") == full


@pytest.mark.django_db
def test_a_reviewed_actor_wins_over_an_unreviewed_one_with_the_same_alias():
    ActorFactory(name="Spy agency (unchecked)", aliases=["spy agency"], is_reviewed=False)
    checked = ActorFactory(name="National Intelligence Service", aliases=["spy agency"])
    assert Linker(categories=set()).actor_id("the spy agency") == checked.pk


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name", ["officials", "a senior defense official", "the health ministry", "local activists"]
)
def test_a_description_that_names_nobody_makes_no_actor(name):
    assert Linker(categories=set()).actor_id(name) is None
    assert not Actor.objects.exists()


@pytest.mark.django_db
def test_no_name_means_the_outlets_own_reporting():
    linker = Linker(categories=set())
    assert linker.actor_id(None) is None
    assert linker.actor_id("  ") is None
    assert not Actor.objects.exists()


@pytest.mark.django_db
def test_it_loads_every_actor_and_place_in_a_fixed_number_of_queries(
    django_assert_num_queries, reference
):
    # the tables' stamp; places; actors; topics
    with django_assert_num_queries(4):
        linker = Linker(categories={"deployed"})
    with django_assert_num_queries(0):
        for name in ["Pentagon", "Zelenskiy", "South Korea's spy agency", "Singh", "NIS"] * 20:
            assert linker.actor_id(name) is not None
        assert linker.place_id("Kursk region") is not None
    # The next run finds the tables as they were and keeps the indexes: the stamp only.
    with django_assert_num_queries(1):
        Linker(categories={"deployed"})
