"""Linking what an extractor read (names of actors and places, a subject) to rows in the database.

Build one `Linker` per extraction run: it loads every actor and place, and the topics of the
categories at hand, in three queries, then resolves each claim from memory.
"""

from claims.linking.actors import ActorIndex
from claims.linking.places import PlaceIndex
from claims.linking.topics import TopicIndex


class Linker:
    """Actors, places and topics for one run of extraction."""

    def __init__(self, *, categories: set[str]):
        self.places = PlaceIndex()
        self.actors = ActorIndex(country_names=self.places.country_names())
        self.topics = TopicIndex(self.places, categories)

    def actor_id(self, name: str | None) -> int | None:
        """The actor for a name, created (unreviewed) when nobody has seen it before."""
        return self.actors.resolve_or_create(name)

    def place_id(self, name: str | None) -> int | None:
        return self.places.resolve(name)

    def topic_id(self, *, category: str, subject: str, place_id: int | None) -> int | None:
        return self.topics.propose(category=category, subject=subject, place_id=place_id)


__all__ = ["ActorIndex", "Linker", "PlaceIndex", "TopicIndex"]
