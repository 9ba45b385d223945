"""Linking place names ("Russia's Kursk region", "Khan Yunis", "the front line") to the gazetteer.

Unknown places are not created: the gazetteer is curated, and a claim keeps the place as named
(`Claim.place_name`) for a reviewer to attach later.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from claims.linking.names import fold_key, name_key, split_possessive
from claims.models import Place

_LEADING = re.compile(r"^(?:in|into|near|around|across|inside|at|on|from|of|throughout)\s+")
# "Sumy region", "Idlib governorate": the kind word after a name, for names the gazetteer knows bare.
_KIND_SUFFIX = re.compile(
    r"\s+(?:region|oblast|province|governorate|state|district|krai|city|town|village|area|"
    r"border region|border area|front|direction|sector|axis)$"
)
_DIRECTION = re.compile(r"^(?:northern|southern|eastern|western|central|north|south|east|west)\s+")


@dataclass(slots=True)
class PlaceEntry:
    pk: int
    name: str
    kind: str
    parent_id: int | None


class PlaceIndex:
    """Every place's names and aliases, keyed for matching; built with one query per run."""

    def __init__(self, places=None):
        self.entries: dict[int, PlaceEntry] = {}
        self.by_key: dict[str, set[int]] = defaultdict(set)
        self.by_fold: dict[str, set[int]] = defaultdict(set)
        if places is None:
            places = Place.objects.only("id", "name", "aliases", "kind", "parent_id")
        for place in places:
            self.entries[place.pk] = PlaceEntry(place.pk, place.name, place.kind, place.parent_id)
            for name in [place.name, *(place.aliases or [])]:
                if isinstance(name, str) and (key := name_key(name)):
                    self.by_key[key].add(place.pk)
                    self.by_fold[fold_key(key)].add(place.pk)

    def country_names(self) -> set[str]:
        return {entry.name for entry in self.entries.values() if entry.kind == Place.Kind.COUNTRY}

    def resolve(self, name: str | None) -> int | None:
        """The id of the place `name` refers to, or None when the gazetteer does not know it."""
        if not name or not name.strip():
            return None
        key = _LEADING.sub("", name_key(name))
        found = self._lookup(key)
        if found is not None:
            return found
        possessive = split_possessive(name)
        if possessive is not None:
            # "Russia's Kursk region": the place is the part after the owner.
            # "Ukraine's border": a part the gazetteer does not list is still in the owner.
            found = self.resolve(possessive[1])
            if found is None:
                found = self._lookup(name_key(possessive[0]))
            if found is not None:
                return found
        for trimmed in (_KIND_SUFFIX.sub("", key), _DIRECTION.sub("", key)):
            if trimmed != key and (found := self._lookup(trimmed)) is not None:
                return found
        return None

    def _lookup(self, key: str) -> int | None:
        if not key:
            return None
        ids = self.by_key.get(key)
        if not ids:
            ids = self.by_fold.get(fold_key(key))
            if not ids or len(ids) != 1:
                return None
        # A name shared by a region and its city ("Kherson"): the larger one, the one higher up.
        return min(ids, key=lambda pk: (len(self.ancestor_ids(pk)), pk))

    def ancestor_ids(self, pk: int) -> list[int]:
        """The place's parents, nearest first (from memory: no queries)."""
        chain: list[int] = []
        parent = self.entries[pk].parent_id if pk in self.entries else None
        while parent is not None and parent not in chain and parent in self.entries:
            chain.append(parent)
            parent = self.entries[parent].parent_id
        return chain
