"""The starter lists: enough entries, the shared slugs, and a loader that respects edits."""

import pytest

from claims.models import Actor, Place
from claims.reference import load_reference, read_reference


def test_the_lists_are_large_and_every_parent_exists():
    for kind, at_least in [("actors", 120), ("places", 150)]:
        entries = read_reference(kind)
        slugs = [entry["slug"] for entry in entries]
        assert len(entries) >= at_least
        assert len(slugs) == len(set(slugs)), f"duplicate slugs in {kind}"
        assert {entry["parent"] for entry in entries} - {None} <= set(slugs)


def test_the_shared_slugs_are_there_with_their_parents():
    actors = {entry["slug"]: entry for entry in read_reference("actors")}
    places = {entry["slug"]: entry for entry in read_reference("places")}
    assert actors["sabrina-singh"]["parent"] == "us-department-of-defense"
    assert actors["us-department-of-defense"]["parent"] == "united-states"
    assert actors["lee-seong-kweun"]["parent"] == "south-korea-national-assembly"
    assert "Zelenskiy" in actors["volodymyr-zelensky"]["aliases"]
    assert places["kursk-oblast"]["parent"] == "russia"
    assert places["front-line"]["parent"] == "ukraine"
    for slug in ["south-korea-nis", "ukraine-hur", "kcna", "ocha", "unrwa", "hamas", "rsf", "isw"]:
        assert slug in actors


@pytest.mark.django_db
def test_loading_twice_changes_nothing_the_second_time():
    first = load_reference()
    counts = (Actor.objects.count(), Place.objects.count())

    second = load_reference()

    assert first["actors"].created == counts[0] and first["places"].created == counts[1]
    assert (Actor.objects.count(), Place.objects.count()) == counts
    assert second["actors"].created == second["actors"].updated == 0
    assert Actor.objects.get(slug="sabrina-singh").parent.slug == "us-department-of-defense"


@pytest.mark.django_db
def test_it_fills_gaps_but_never_overwrites_what_a_person_changed():
    parent = Actor.objects.create(slug="my-own-parent", name="My own parent")
    edited = Actor.objects.create(
        slug="pat-ryder",
        name="Patrick S. Ryder",
        kind=Actor.Kind.MILITARY,
        title="",
        aliases=["General Ryder"],
        parent=parent,
    )

    load_reference()

    edited.refresh_from_db()
    assert edited.name == "Patrick S. Ryder"
    assert edited.kind == Actor.Kind.MILITARY
    assert edited.parent == parent
    assert edited.title == "Pentagon press secretary"  # it was empty
    assert edited.aliases[0] == "General Ryder"
    assert "Patrick Ryder" in edited.aliases


def test_the_command_reports_what_it_did(db, capsys):
    from django.core.management import call_command

    call_command("load_reference")
    assert "created" in capsys.readouterr().out
