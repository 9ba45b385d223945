"""Proposing a topic for each claim, so figures from different articles line up on one timeline.

A topic is a category, a subject and a place. A claim joins an existing topic when the category is
the same, the subject names the same thing ("North Korean troops", "North Korean soldiers",
"soldiers from North Korea") and the place is the same or nested (a Kursk figure fits a Russia
topic); otherwise a new topic is proposed for a reviewer to confirm.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from django.utils.text import slugify

from claims.linking.places import PlaceIndex
from claims.models import Category, Topic, normalize_name

# Words that count the same people or things under a different name.
# Category.values builds a new list on every access; a proposal asks once per claim.
_CATEGORIES = frozenset(Category.values)
_SYNONYMS = {
    "soldier": "troop",
    "serviceman": "troop",
    "servicemen": "troop",
    "servicemember": "troop",
    "personnel": "troop",
    "force": "troop",
    "military personnel": "troop",
    "person": "people",
    "persons": "people",
    "individual": "people",
    "civilian": "civilian",
    "kid": "child",
    "children": "child",
    "uav": "drone",
    "casualty": "casualty",
    "fatality": "death",
    "refugee": "refugee",
    "pow": "prisoner",
    "prisoners of war": "prisoner",
    "prisoner of war": "prisoner",
}
# Words before the head noun that do not change what is counted.
_FILLER = frozenset(
    [
        "the",
        "a",
        "an",
        "some",
        "more",
        "additional",
        "other",
        "extra",
        "further",
        "new",
        "about",
        "around",
        "approximately",
        "nearly",
        "almost",
        "up",
        "to",
        "least",
        "at",
        "over",
        "than",
        "roughly",
        "estimated",
        "total",
        "of",
        "many",
        "several",
        "another",
        "those",
        "these",
        "its",
        "their",
        "fresh",
        "another",
    ]
)
DEMONYMS = {
    "north korean": "north korea",
    "south korean": "south korea",
    "russian": "russia",
    "ukrainian": "ukraine",
    "israeli": "israel",
    "palestinian": "palestine",
    "iranian": "iran",
    "lebanese": "lebanon",
    "syrian": "syria",
    "sudanese": "sudan",
    "yemeni": "yemen",
    "congolese": "congo",
    "rwandan": "rwanda",
    "american": "united states",
    "chinese": "china",
    "belarusian": "belarus",
}
_DEMONYM_PATTERN = re.compile(r"\b(" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r")\b")


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def subject_key(subject: str) -> str:
    """What a subject counts, in one form: "North Korean soldiers" and "troops from North Korea"
    both become "north korea troop"."""
    text = normalize_name(subject or "").replace("-", " ").replace("'", "")
    text = re.sub(r"[^\w\s]", " ", text)
    for phrase, same in _SYNONYMS.items():
        if " " in phrase:
            text = re.sub(rf"\b{phrase}\b", same, text)
    words = [word for word in text.split() if word not in _FILLER and not word.isdigit()]
    if not words:
        return ""
    # "troops from North Korea" -> "North Korea troops"
    for joiner in ("from", "of", "in"):
        if joiner in words[1:-1]:
            at = words.index(joiner)
            words = words[at + 1 :] + words[:at]
            break
    text = _DEMONYM_PATTERN.sub(lambda match: DEMONYMS[match.group(1)], " ".join(words))
    words = text.split()
    words = [_SYNONYMS.get(word, word) for word in words]
    words[-1] = _SYNONYMS.get(_singular(words[-1]), _singular(words[-1]))
    return " ".join(words)


def display_subject(subject: str) -> str:
    """The subject as a topic shows it: the words as written, without leading filler."""
    words = (subject or "").split()
    while len(words) > 1 and words[0].casefold() in _FILLER:
        words = words[1:]
    return " ".join(words)[:200]


@dataclass(slots=True)
class TopicEntry:
    pk: int
    category: str
    key: str
    place_id: int | None
    is_confirmed: bool


class TopicIndex:
    """The topics of the categories at hand (None: of every category), keyed by category and
    subject; built with one query."""

    def __init__(self, places: PlaceIndex, categories: set[str] | None, topics=None):
        self.places = places
        self.by_subject: dict[tuple[str, str], list[TopicEntry]] = defaultdict(list)
        self.created = 0  # topics this index has proposed (see propose)
        if topics is None:
            topics = Topic.objects.only("id", "category", "subject", "place_id", "status")
            if categories is not None:
                topics = topics.filter(category__in=categories)
        for topic in topics:
            self._add(topic)

    def _add(self, topic: Topic) -> None:
        entry = TopicEntry(
            topic.pk,
            topic.category,
            subject_key(topic.subject),
            topic.place_id,
            topic.status == Topic.Status.CONFIRMED,
        )
        self.by_subject[(entry.category, entry.key)].append(entry)

    def propose(self, *, category: str, subject: str, place_id: int | None) -> int | None:
        """The id of the topic this figure belongs to, creating a proposed one when none fits.
        None for a claim that names nothing counted."""
        key = subject_key(subject)
        if not key or category not in _CATEGORIES:
            return None
        found = self._match(self.by_subject.get((category, key), []), place_id)
        if found is not None:
            return found
        topic = self._create(category=category, subject=subject, place_id=place_id)
        self._add(topic)
        self.created += 1
        return topic.pk

    def _match(self, candidates: list[TopicEntry], place_id: int | None) -> int | None:
        if not candidates:
            return None
        if place_id is None:
            unplaced = [entry for entry in candidates if entry.place_id is None]
            chosen = unplaced or (candidates if len(candidates) == 1 else [])
            return self._best(chosen)
        same = [entry for entry in candidates if entry.place_id == place_id]
        if same:
            return self._best(same)
        # The nearest topic whose place contains this one: a Kursk figure in a Russia topic.
        for ancestor in self.places.ancestor_ids(place_id):
            above = [entry for entry in candidates if entry.place_id == ancestor]
            if above:
                return self._best(above)
        # A Russia-wide figure for a question asked about Kursk.
        below = [
            entry
            for entry in candidates
            if entry.place_id is not None and place_id in self.places.ancestor_ids(entry.place_id)
        ]
        return self._best(below)

    @staticmethod
    def _best(entries: list[TopicEntry]) -> int | None:
        if not entries:
            return None
        return min(entries, key=lambda entry: (not entry.is_confirmed, entry.pk)).pk

    def _create(self, *, category: str, subject: str, place_id: int | None) -> Topic:
        shown = display_subject(subject)
        place = self.places.entries.get(place_id) if place_id else None
        label = Category(category).label
        title = f"{shown} {label}" + (f" in {place.name}" if place else "")
        base = slugify(title)[:300] or "topic"
        taken = set(Topic.objects.filter(slug__startswith=base).values_list("slug", flat=True))
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        return Topic.objects.create(
            title=title[:300],
            slug=slug,
            category=category,
            subject=shown,
            place_id=place_id,
            status=Topic.Status.PROPOSED,
        )
