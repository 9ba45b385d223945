"""A Linker keeps its indexes between runs only while the actor, place and topic tables are as
they were: whatever changes them (a save, a bulk update from another process, a rollback, a run
that created an actor) is seen by the next run."""

import pytest
from django.db import transaction

from claims.linking import Linker, tables_stamp
from claims.models import Actor, Place, Topic
from tests.factories import ActorFactory

pytestmark = pytest.mark.django_db


def test_the_stamp_changes_with_any_write_to_the_three_tables(reference):
    before = tables_stamp()
    assert tables_stamp() == before
    Actor.objects.filter(slug="us-department-of-defense").update(aliases=["DoD building"])
    after_update = tables_stamp()
    assert after_update != before
    Place.objects.filter(kind=Place.Kind.COUNTRY).first().delete()
    assert tables_stamp() != after_update


def test_the_stamp_goes_back_when_a_transaction_rolls_back(reference):
    before = tables_stamp()
    with pytest.raises(RuntimeError), transaction.atomic():
        Actor.objects.filter(slug="us-department-of-defense").update(aliases=["Rolled back"])
        assert tables_stamp() != before
        raise RuntimeError
    assert tables_stamp() == before


def test_an_alias_added_behind_the_orms_back_is_seen_by_the_next_run(reference):
    assert Linker(categories=set()).actors.resolve("Fort Hexagon") is None
    pentagon = Actor.objects.get(slug="us-department-of-defense")
    # A queryset update sends no signals: as another worker or the admin would look from here.
    Actor.objects.filter(pk=pentagon.pk).update(aliases=[*pentagon.aliases, "Fort Hexagon"])
    assert Linker(categories=set()).actors.resolve("Fort Hexagon") == pentagon.pk


def test_a_change_saved_twice_in_one_transaction_is_seen(reference):
    with transaction.atomic():
        actor = ActorFactory(name="Ilse Varnhagen", aliases=[])
        assert Linker(categories=set()).actors.resolve("Varnhagen bureau") is None
        actor.aliases = ["Varnhagen bureau"]
        actor.save()
        assert Linker(categories=set()).actors.resolve("Varnhagen bureau") == actor.pk


def test_an_actor_created_by_a_run_is_gone_from_the_indexes_when_its_transaction_is(reference):
    with pytest.raises(RuntimeError), transaction.atomic():
        created = Linker(categories=set()).actor_id("Estonian Defence Forces Command")
        assert created is not None
        raise RuntimeError
    assert not Actor.objects.filter(pk=created).exists()
    linker = Linker(categories=set())
    assert created not in linker.actors.entries
    # Made again, for real this time.
    assert linker.actor_id("Estonian Defence Forces Command") not in (None, created)


def test_a_topic_proposed_by_one_run_is_joined_by_the_next(reference):
    first = Linker(categories={"deployed"}).topic_id(
        category="deployed", subject="North Korean troops", place_id=None
    )
    second = Linker(categories={"deployed"}).topic_id(
        category="deployed", subject="soldiers from North Korea", place_id=None
    )
    assert first == second
    assert Topic.objects.filter(pk=first).count() == 1
