"""Linking what an extractor read (names of actors and places, a subject) to rows in the database.

Build one `Linker` per extraction run. Its indexes of every actor, place and topic are built from
the database once per process and kept while those tables stay as they were: a cheap stamp of the
three tables (one query) is compared at the start of each run, and an index is rebuilt only when a
row was added, changed or removed since, by anyone. Each claim is then resolved from memory.
"""

import threading
from dataclasses import dataclass

from django.db import connection

from claims.linking.actors import ActorIndex
from claims.linking.places import PlaceIndex
from claims.linking.topics import TopicIndex
from claims.models import Actor, Place, Topic


@dataclass
class _Indexes:
    stamp: str
    places: PlaceIndex
    actors: ActorIndex
    topics: TopicIndex


# Per thread: a run adds the actors and topics it creates to its indexes, so no two runs may share
# them at the same moment.
_cache = threading.local()


def tables_stamp() -> str | None:
    """What the actor, place and topic tables hold right now, in one short string, or None where
    that cannot be told cheaply (databases other than PostgreSQL).

    Every insert, update or delete gives a row version a new transaction id (`xmin`) or a new place
    (`ctid`), so the stamp changes with any change that this transaction can see, whoever made it,
    bulk writes included, and goes back to what it was when a transaction rolls back.
    """
    if connection.vendor != "postgresql":
        return None
    quote = connection.ops.quote_name
    tables = [model._meta.db_table for model in (Actor, Place, Topic)]
    columns = ", ".join(
        "(SELECT md5(coalesce(string_agg(xmin::text || ctid::text, ',' ORDER BY ctid), ''))"
        f" FROM {quote(table)})"
        for table in tables
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns}")
        return "|".join(cursor.fetchone())


def _build(categories: set[str] | None) -> tuple[PlaceIndex, ActorIndex, TopicIndex]:
    places = PlaceIndex()
    actors = ActorIndex(country_names=places.country_names())
    return places, actors, TopicIndex(places, categories)


def _indexes(categories: set[str]) -> tuple[PlaceIndex, ActorIndex, TopicIndex]:
    """The indexes for a run: this process's own while the tables are unchanged, else new ones."""
    stamp = tables_stamp()
    if stamp is None:
        return _build(categories)
    cached: _Indexes | None = getattr(_cache, "indexes", None)
    # A run that created actors or topics changed its indexes: they are not kept, since the
    # transaction that created the rows may yet roll back.
    if cached is None or cached.stamp != stamp or cached.actors.created or cached.topics.created:
        places, actors, topics = _build(None)  # every category, for the runs to come
        cached = _cache.indexes = _Indexes(stamp, places, actors, topics)
    return cached.places, cached.actors, cached.topics


class Linker:
    """Actors, places and topics for one run of extraction."""

    def __init__(self, *, categories: set[str]):
        self.places, self.actors, self.topics = _indexes(categories)

    def actor_id(self, name: str | None) -> int | None:
        """The actor for a name, created (unreviewed) when nobody has seen it before."""
        return self.actors.resolve_or_create(name)

    def place_id(self, name: str | None) -> int | None:
        return self.places.resolve(name)

    def topic_id(self, *, category: str, subject: str, place_id: int | None) -> int | None:
        return self.topics.propose(category=category, subject=subject, place_id=place_id)


__all__ = ["ActorIndex", "Linker", "PlaceIndex", "TopicIndex", "tables_stamp"]
