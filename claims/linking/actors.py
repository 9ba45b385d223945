"""Linking the names an extractor reads ("the Pentagon", "Zelenskiy", "South Korea's spy agency")
to Actor rows, and creating unreviewed actors for names nobody has seen before."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils.text import slugify

from claims.extraction.vocabulary import DETERMINERS, SPEAKER_MODIFIERS, SPEAKER_NOUNS
from claims.linking.names import fold_key, name_key, split_possessive
from claims.linking.topics import DEMONYMS
from claims.models import Actor

# Words that come before a name as a role: "Deputy Pentagon Press Secretary Sabrina Singh".
TITLE_WORDS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "dame",
        "president",
        "vice",
        "prime",
        "minister",
        "deputy",
        "first",
        "foreign",
        "defence",
        "defense",
        "interior",
        "press",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "general",
        "gen",
        "lieutenant",
        "lt",
        "colonel",
        "col",
        "major",
        "maj",
        "captain",
        "capt",
        "admiral",
        "adm",
        "rear",
        "brigadier",
        "brig",
        "commander",
        "chief",
        "head",
        "director",
        "senior",
        "lawmaker",
        "senator",
        "sen",
        "rep",
        "representative",
        "ambassador",
        "envoy",
        "adviser",
        "advisor",
        "national",
        "security",
        "governor",
        "mayor",
        "acting",
        "former",
        "state",
        "military",
        "of",
        "the",
        "ukrainian",
        "russian",
        "american",
        "israeli",
        "north",
        "south",
        "korean",
        "iranian",
        "syrian",
        "sudanese",
        "lebanese",
        "intelligence",
        "top",
        "army",
        "air",
        "force",
        "navy",
        "official",
    ]
)
# An owner's "government" or "officials" is the owner itself: "Ukraine's government".
_OWNER_ITSELF = frozenset(
    {"government", "officials", "authorities", "leadership", "administration", "official"}
)

# Spellings that mean the same word inside a name, and words that carry no meaning there.
_SAME_WORD = {"defense": "defence", "defence": "defence", "ministries": "ministry"}
_LINK_WORDS = frozenset({"of", "the", "for", "and", "on", "in"})
_GENERIC_WORDS = (
    SPEAKER_NOUNS
    | SPEAKER_MODIFIERS
    | DETERMINERS
    | _LINK_WORDS
    | frozenset(
        {"officials", "source", "sources", "ukrainian", "russian", "american", "western", "local"}
    )
)


def is_generic(name: str) -> bool:
    """True for a description that names nobody in particular: "officials", "a senior defense
    official", "the health ministry", "local activists"."""
    words = name_key(name).split()
    return bool(words) and all(word in _GENERIC_WORDS for word in words)


# What kind of body an unknown name is, from the words in it. Checked in this order.
_KIND_WORDS: list[tuple[str, tuple[str, ...]]] = [
    (Actor.Kind.INTELLIGENCE, ("intelligence", "spy", "security service")),
    (Actor.Kind.MINISTRY, ("ministry", "department", "ministries", "office")),
    (
        Actor.Kind.MILITARY,
        (
            "army",
            "armed forces",
            "military",
            "navy",
            "air force",
            "general staff",
            "command",
            "brigade",
            "battalion",
            "regiment",
            "corps",
            "national guard",
            "marines",
        ),
    ),
    (
        Actor.Kind.LEGISLATURE,
        (
            "parliament",
            "assembly",
            "congress",
            "senate",
            "lawmakers",
            "duma",
            "rada",
            "legislators",
        ),
    ),
    (Actor.Kind.INTERNATIONAL, ("united nations", "un ", "nato", "european union")),
    (
        Actor.Kind.ARMED_GROUP,
        ("rebels", "militia", "fighters", "insurgents", "brigades", "movement"),
    ),
    (
        Actor.Kind.NGO,
        (
            "institute",
            "observatory",
            "monitor",
            "watch",
            "center",
            "centre",
            "foundation",
            "network",
            "project",
            "society",
            "union",
            "committee",
            "doctors",
        ),
    ),
    (Actor.Kind.MEDIA, ("news", "times", "post", "tv", "radio", "agency", "journal", "gazette")),
]
_PERSON_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:al-|bin |van |von |de )?[A-Z][\w'’.-]*){1,3}$")


@dataclass(slots=True)
class ActorEntry:
    pk: int
    name: str
    kind: str
    parent_id: int | None
    is_reviewed: bool


class ActorIndex:
    """Every actor's names and aliases, keyed for matching. Built with one query; build it once per
    extraction run and resolve every claim of the article against it."""

    def __init__(self, actors=None, *, country_names: set[str] | None = None):
        self.entries: dict[int, ActorEntry] = {}
        self.by_key: dict[str, set[int]] = defaultdict(set)
        self.by_fold: dict[str, set[int]] = defaultdict(set)
        self.by_surname: dict[str, set[int]] = defaultdict(set)
        self.country_keys = {name_key(name) for name in country_names or ()}
        self.created = 0  # actors this index has made (see resolve_or_create)
        if actors is None:
            actors = Actor.objects.only("id", "name", "aliases", "kind", "parent_id", "is_reviewed")
        for actor in actors:
            self.add(actor)

    def add(self, actor: Actor) -> None:
        """Index an actor's name and aliases (also used for actors created during the run)."""
        self.entries[actor.pk] = ActorEntry(
            actor.pk, actor.name, actor.kind, actor.parent_id, actor.is_reviewed
        )
        for name in [actor.name, *(actor.aliases or [])]:
            if not isinstance(name, str):
                continue
            key = name_key(name)
            if not key:
                continue
            self.by_key[key].add(actor.pk)
            self.by_fold[fold_key(key)].add(actor.pk)
            if actor.kind == Actor.Kind.PERSON and " " in key:
                surname = key.rsplit(" ", 1)[1]
                self.by_surname[surname].add(actor.pk)
                self.by_surname[fold_key(surname)].add(actor.pk)

    def resolve(self, name: str | None) -> int | None:
        """The id of the actor `name` refers to, or None when it is not known."""
        if not name or not name.strip():
            return None
        key = name_key(name)
        if not key:
            return None
        found = self._lookup(key)
        if found is not None:
            return found
        possessive = split_possessive(name)
        if possessive is not None:
            found = self._resolve_possessive(*possessive)
            if found is not None:
                return found
        found = self._resolve_without_title(key)
        return found if found is not None else self._resolve_demonym(key)

    def _lookup(self, key: str) -> int | None:
        exact = self.by_key.get(key)
        if exact:
            return self._best(exact)
        folded = self.by_fold.get(fold_key(key))
        if folded and len(folded) == 1:
            return next(iter(folded))
        return None

    def _best(self, ids: set[int]) -> int:
        # Two actors sharing an alias: prefer one a person has reviewed, then the oldest.
        return min(ids, key=lambda pk: (not self.entries[pk].is_reviewed, pk))

    def _resolve_possessive(self, owner_name: str, thing: str) -> int | None:
        owner = self._lookup(name_key(owner_name))
        thing_key = name_key(thing)
        if owner is None:
            return None
        if thing_key in _OWNER_ITSELF:
            return owner
        candidates = self.by_key.get(thing_key) or self.by_fold.get(fold_key(thing_key)) or set()
        inside = [pk for pk in candidates if owner in self._ancestor_ids(pk)]
        if inside:
            return self._best(set(inside))
        return self._inside_by_words(owner, thing_key)

    def _inside_by_words(self, owner: int, thing_key: str) -> int | None:
        """ "South Korea's intelligence service": the one actor under the owner whose name holds
        every word of the description (National Intelligence Service)."""
        wanted = {_SAME_WORD.get(word, word) for word in thing_key.split()} - _LINK_WORDS
        if not wanted:
            return None
        found: set[int] = set()
        for key, ids in self.by_key.items():
            words = {_SAME_WORD.get(word, word) for word in key.split()}
            if wanted <= words:
                found |= {pk for pk in ids if owner in self._ancestor_ids(pk)}
        return next(iter(found)) if len(found) == 1 else None

    def _resolve_demonym(self, key: str) -> int | None:
        """ "Ukrainian energy ministry" is read as "Ukraine's energy ministry"."""
        for demonym, country in DEMONYMS.items():
            if key == demonym:  # "South Korean" said it: the country
                return self._lookup(country)
            if key.startswith(demonym + " "):
                owner = self._lookup(country)
                rest = key[len(demonym) + 1 :]
                if owner is not None:
                    return owner if rest in _OWNER_ITSELF else self._inside_by_words(owner, rest)
        return None

    def _resolve_without_title(self, key: str) -> int | None:
        words = key.split()
        for start in range(1, len(words)):
            rest = " ".join(words[start:])
            found = self._lookup(rest)
            if found is None and start == len(words) - 1:
                found = self._by_surname(rest)
            if found is None:
                continue
            # "Deputy Press Secretary Sabrina Singh": whatever precedes a person's name is a role.
            # Before anything else, only role words may be dropped ("Acting Governor" yes,
            # "Kursk region" no).
            if self.entries[found].kind == Actor.Kind.PERSON or all(
                word in TITLE_WORDS for word in words[:start]
            ):
                return found
        if len(words) == 1:
            return self._by_surname(key)
        return None

    def _by_surname(self, word: str) -> int | None:
        ids = self.by_surname.get(word) or self.by_surname.get(fold_key(word))
        if ids and len(ids) == 1:
            return next(iter(ids))
        return None

    def _ancestor_ids(self, pk: int) -> set[int]:
        seen: set[int] = set()
        parent = self.entries[pk].parent_id
        while parent is not None and parent not in seen and parent in self.entries:
            seen.add(parent)
            parent = self.entries[parent].parent_id
        return seen

    def resolve_or_create(self, name: str | None) -> int | None:
        """Like `resolve`, but a name nobody has seen becomes a new actor marked unreviewed.
        A description that names nobody in particular ("officials", "the regional governor")
        stays unlinked: the claim keeps the words, and no junk actor is made of them."""
        found = self.resolve(name)
        if found is not None or not name or not name_key(name) or is_generic(name):
            return found
        actor = create_unknown_actor(name, country_keys=self.country_keys)
        self.add(actor)
        self.created += 1
        return actor.pk


def split_title(name: str) -> tuple[str, str]:
    """ "Deputy Press Secretary Jane Doe" -> ("Deputy Press Secretary", "Jane Doe")."""
    words = name.strip().split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    start = 0
    while start < len(words) - 1 and words[start].casefold().strip(".,") in TITLE_WORDS:
        start += 1
    rest = " ".join(words[start:])
    # Only a person's name sheds its role words; "National Security Council" stays whole.
    if start and _PERSON_NAME.match(rest) and guess_kind(rest) == Actor.Kind.PERSON:
        return " ".join(words[:start]), rest
    return "", " ".join(words)


def guess_kind(name: str, *, country_keys: set[str] | frozenset = frozenset()) -> str:
    """A first guess at what an unknown name is, for the reviewer to correct."""
    key = name_key(name)
    if key in country_keys:
        return Actor.Kind.STATE
    padded = f" {key} "
    for kind, words in _KIND_WORDS:
        if any(f" {word.strip()} " in padded or f" {word.strip()}s " in padded for word in words):
            return kind
    if _PERSON_NAME.match(name.strip()):
        return Actor.Kind.PERSON
    return Actor.Kind.OTHER


def create_unknown_actor(name: str, *, country_keys: set[str] | frozenset = frozenset()) -> Actor:
    """A new actor for a name no actor carries, left unreviewed. Two runs naming the same
    newcomer at once end with one row: the slug is unique, and the loser reads the winner's."""
    title, bare_name = split_title(name)
    bare_name = bare_name[:200]
    kind = Actor.Kind.PERSON if title else guess_kind(bare_name, country_keys=country_keys)
    slug = slugify(bare_name)[:220] or "actor"
    defaults = {"name": bare_name, "kind": kind, "title": title[:200], "is_reviewed": False}
    try:
        with transaction.atomic():
            actor, _ = Actor.objects.get_or_create(slug=slug, defaults=defaults)
    except IntegrityError:
        actor = Actor.objects.get(slug=slug)
    return actor
