"""The shipped reference lists as in-memory indexes (no database), for the matching tables, and
loaded into the test database for the tests that need rows."""

import pytest

from claims.linking import ActorIndex, PlaceIndex
from claims.models import Actor, Place
from claims.reference import load_reference, read_reference


def _index_rows(model, kind):
    """Unsaved rows with made-up ids, parents wired by slug, and a way back from id to slug."""
    entries = read_reference(kind)
    ids = {entry["slug"]: number for number, entry in enumerate(entries, 1)}
    rows = [
        model(
            pk=ids[entry["slug"]],
            slug=entry["slug"],
            name=entry["name"],
            kind=entry["kind"],
            aliases=entry["aliases"],
            parent_id=ids.get(entry["parent"]),
        )
        for entry in entries
    ]
    return rows, {number: slug for slug, number in ids.items()}


@pytest.fixture(scope="session")
def place_slug_for():
    """name -> the slug of the reference place it links to (or None)."""
    rows, slugs = _index_rows(Place, "places")
    index = PlaceIndex(rows)
    return lambda name: slugs.get(index.resolve(name))


@pytest.fixture(scope="session")
def actor_slug_for():
    """name -> the slug of the reference actor it links to (or None); never creates one."""
    place_rows, _ = _index_rows(Place, "places")
    rows, slugs = _index_rows(Actor, "actors")
    index = ActorIndex(rows, country_names=PlaceIndex(place_rows).country_names())
    return lambda name: slugs.get(index.resolve(name))


@pytest.fixture
def reference(db):
    """The starter actors and places, loaded into the test database."""
    load_reference()
