"""Where a figure is about: the place as the article names it.

A short built-in list of places in the news about current wars, plus the shapes of place names
in news copy ("in the Kursk region", "the village of X", "to eastern Russia", "near the front
line"). A database gazetteer can replace the list later; this module must stay database-free.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from claims.extraction.tokens import Token
from claims.extraction.vocabulary import MONTHS, ORGANISATION_NOUNS, WEEKDAYS, words

KNOWN_PLACES = words("""
    Russia Ukraine Belarus Moldova Georgia Poland Israel Gaza Lebanon Syria Iran Iraq Yemen Jordan
    Egypt Sudan Darfur Khartoum Omdurman Ethiopia Tigray Somalia Libya Mali Niger Nigeria Congo
    Myanmar Afghanistan Pakistan India Armenia Azerbaijan Karabakh Taiwan China Korea Crimea Donbas
    Donetsk Luhansk Kherson Zaporizhzhia Kharkiv Kyiv Kiev Odesa Odessa Mykolaiv Dnipro Lviv Sumy
    Chernihiv Poltava Mariupol Bakhmut Avdiivka Pokrovsk Kupiansk Vuhledar Chasiv Kramatorsk
    Sloviansk Kursk Belgorod Bryansk Moscow Rostov Sevastopol Rafah Jabalia Hebron Jenin Beirut
    Damascus Aleppo Idlib Sanaa Hodeidah Tehran Baghdad Mosul Kabul Pyongyang Seoul
    """)
# Two-word names, by their first word.
KNOWN_PAIRS = frozenset(
    {
        ("north", "korea"),
        ("south", "korea"),
        ("west", "bank"),
        ("gaza", "strip"),
        ("gaza", "city"),
        ("khan", "younis"),
        ("el", "fasher"),
        ("red", "sea"),
        ("black", "sea"),
        ("far", "east"),
    }
)
# The places the project ships as reference data (names and aliases) count as known too.
_REFERENCE_PLACES = Path(__file__).resolve().parent.parent / "reference" / "places.json"


def _reference_names() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    singles, pairs = set(), set()
    for entry in json.loads(_REFERENCE_PLACES.read_text(encoding="utf-8")):
        for name in (entry["name"], *entry.get("aliases", [])):
            parts = name.split()
            if len(parts) == 1 and parts[0][:1].isupper():
                singles.add(parts[0].title())
            elif len(parts) == 2 and parts[0][:1].isupper() and parts[1][:1].isupper():
                pairs.add((parts[0].lower(), parts[1].lower()))
    return frozenset(singles), frozenset(pairs)


_SINGLES, _PAIRS = _reference_names()
KNOWN_PLACES = KNOWN_PLACES | _SINGLES
KNOWN_PAIRS = KNOWN_PAIRS | _PAIRS
PLACE_TYPES = words(
    "region regions oblast oblasts province provinces state states district districts city "
    "governorate territory territories area areas border strip peninsula township municipality "
    "county commune"
)
# Places named by a common noun ("near the front line").
GENERIC_PLACES = words("frontline frontlines front border borders battlefield trenches grounds")
_DIRECTIONS = words(
    "eastern western northern southern central north-eastern south-eastern occupied"
)
LOCATIVE_PREPOSITIONS = words(
    "in at near into across over around inside outside throughout to toward towards"
)
_SETTLEMENT_WORDS = words("village town city district region province")
_NAME_JOINERS = frozenset({"al", "el", "de", "of", "-"})
_NOT_PLACES = (
    MONTHS
    | frozenset(WEEKDAYS)
    | words("The A An This That It He She They We I President Minister")
)

_PLACE_NOUNS = GENERIC_PLACES | {"front"}
# Capitalized words that make a run of names an organisation, not a place
_BODY_NAME_WORDS = ORGANISATION_NOUNS | words("foundation fund society institute university")
_VENUE_WORDS = words(
    "briefing briefings conference interview visit summit meeting speech forum address hearing"
)
# "the Armed Forces of Ukraine", "the Ministry of Defence of Russia": a name, not a place
_BODIES_OF = words("forces ministry army government president embassy navy")

# Capitalized only because they open a sentence: "In Kharkiv, …", "On Sunday, …".
_SENTENCE_OPENERS = words("on by from for with after before during since meanwhile separately")


@dataclass(frozen=True, slots=True)
class Place:
    """A place named in a sentence: its wording and token span."""

    name: str
    start: int
    end: int
    venue: bool = False  # "at a news conference in Rawalpindi": where it was said, not about


def find_places(tokens: list[Token]) -> list[Place]:
    """Places named in a sentence, in order."""
    places: list[Place] = []
    position = 0
    count = len(tokens)
    while position < count:
        token = tokens[position]
        # only a capitalized word or a common place noun can start a place
        if not (token.is_capitalized or token.lower in _PLACE_NOUNS):
            position += 1
            continue
        place = _place_at(tokens, position)
        if place:
            if _is_venue(tokens, place.start):
                place = Place(place.name, place.start, place.end, venue=True)
            places.append(place)
            position = place.end
        else:
            position += 1
    return places


def _place_at(tokens: list[Token], position: int) -> Place | None:
    token = tokens[position]
    previous = tokens[position - 1].lower if position > 0 else ""
    if token.is_capitalized and not _not_a_place(token):
        end = _name_end(tokens, position)
        words = tokens[position:end]
        if any(word.lower in _BODY_NAME_WORDS for word in words):
            return None  # "the Gaza Humanitarian Foundation", "Kharkiv Regional Administration"
        known = any(word.text.title() in KNOWN_PLACES for word in words) or any(
            (a.lower, b.lower) in KNOWN_PAIRS for a, b in zip(words, words[1:], strict=False)
        )
        if (
            end < len(tokens)
            and tokens[end].text == "-"
            and tokens[end - 1].end == tokens[end].start
        ):
            return None  # "Indian-administered Kashmir": a describing word, not the place
        if previous == "of" and position > 1 and tokens[position - 2].lower in _BODIES_OF:
            return None  # "the Armed Forces of Ukraine": a body's name, not where
        typed_after_the = (
            previous == "the"
            and position > 1
            and tokens[position - 2].lower in LOCATIVE_PREPOSITIONS
            and end < len(tokens)
            and tokens[end].lower in PLACE_TYPES
        )
        after_locative = (
            previous in LOCATIVE_PREPOSITIONS or previous in _DIRECTIONS or typed_after_the
        )
        after_settlement = (
            previous == "of" and position > 1 and (tokens[position - 2].lower in _SETTLEMENT_WORDS)
        )
        typed = end < len(tokens) and tokens[end].lower in PLACE_TYPES
        if known or after_settlement or (after_locative and (typed or _stands_alone(tokens, end))):
            if typed:
                end += 1
            end = _possessive_place_end(tokens, end)
            start = position - 1 if previous in _DIRECTIONS else position
            return _make(tokens, start, end)
        return None
    if (
        token.lower in GENERIC_PLACES
        and position + 1 < len(tokens)
        and tokens[position + 1].lower in _SETTLEMENT_WORDS
    ):
        return None  # "the border town of Fambita": the town is named next
    if token.lower in GENERIC_PLACES and _after_locative(tokens, position):
        start = position - 1 if previous in ("front", "training") else position
        return _make(tokens, start, position + 1)
    front_line = (
        token.lower == "front"
        and position + 1 < len(tokens)
        and tokens[position + 1].lower in ("line", "lines")
    )
    if front_line and _after_locative(tokens, position):
        return _make(tokens, position, position + 2)
    return None


def _is_venue(tokens: list[Token], start: int) -> bool:
    """ "a briefing in Geneva", "a news conference in Rawalpindi": where a figure was stated."""
    if start < 2 or tokens[start - 1].lower not in ("in", "at"):
        return False
    return any(token.lower in _VENUE_WORDS for token in tokens[max(start - 4, 0) : start - 1])


def _not_a_place(token: Token) -> bool:
    word = token.lower
    return (
        token.text in _NOT_PLACES
        or word in MONTHS
        or word in WEEKDAYS
        or word in LOCATIVE_PREPOSITIONS
        or word in _SENTENCE_OPENERS
    )


def _name_end(tokens: list[Token], position: int) -> int:
    """One past a run of capitalized words, allowing "al-", "of" inside ("Wad al-Noura")."""
    end = position + 1
    count = len(tokens)
    while end < count and end - position < 6:
        token = tokens[end]
        if (
            token.is_capitalized
            and not _not_a_place(token)
            or (
                token.lower in _NAME_JOINERS
                and end + 1 < count
                and (tokens[end + 1].is_capitalized or tokens[end + 1].text == "-")
                and token.lower != "of"
            )
        ):
            end += 1
        else:
            break
    return end


def _possessive_place_end(tokens: list[Token], end: int) -> int:
    # "Ukraine's border": the place is the border, named by its country
    if (
        end + 1 < len(tokens)
        and tokens[end].lower in ("'s", "’s")
        and tokens[end + 1].lower in GENERIC_PLACES
    ):
        return end + 2
    # "Russia's Kursk region": the region, named with its country
    if (
        end + 1 < len(tokens)
        and tokens[end].lower in ("'s", "’s")
        and tokens[end + 1].is_capitalized
    ):
        inner_end = _name_end(tokens, end + 1)
        if inner_end < len(tokens) and tokens[inner_end].lower in PLACE_TYPES:
            return inner_end + 1
    return end


def _stands_alone(tokens: list[Token], end: int) -> bool:
    # "in Avdiivka," / "in Avdiivka." rather than "in Kremlin statements"
    return (
        end >= len(tokens)
        or not tokens[end].is_word
        or tokens[end].lower
        in (
            "and",
            "since",
            "on",
            "over",
            "last",
            "this",
            "overnight",
            "where",
            "after",
            "before",
            "during",
            "in",
            "near",
            "were",
            "was",
            "are",
            "is",
            "have",
            "has",
            "had",
            # "a strike in Saada killed 68", "fighting in Bara that", "shelling in Rajouri late"
            "killed",
            "wounded",
            "injured",
            "to",
            "from",
            "at",
            "with",
            "by",
            "for",
            "as",
            "while",
            "when",
            "which",
            "that",
            "who",
            "late",
            "early",
            "earlier",
            "later",
            "today",
            "yesterday",
            "alone",
        )
    )


def _after_locative(tokens: list[Token], position: int) -> bool:
    for back in range(position - 1, max(position - 4, -1), -1):
        word = tokens[back].lower
        if word in LOCATIVE_PREPOSITIONS or word in ("close",):
            return True
        if not tokens[back].is_word and word not in ("'s", "’s"):
            return False
    return False


def _make(tokens: list[Token], start: int, end: int) -> Place:
    text = " ".join(
        token.text.title() if token.text.isupper() and len(token.text) > 3 else token.text
        for token in tokens[start:end]
    )
    for joiner in (" - ", " 's", " ’s"):
        text = text.replace(joiner, joiner.strip() if joiner == " - " else joiner[1:])
    return Place(text, start, end)


def choose_location(
    places: list[Place], first: int, end: int, actor_spans, tokens: list[Token] | None = None
) -> str | None:
    """The place a figure at tokens [first, end) is about: the nearest one after it in the
    sentence, else the nearest before it. Places inside the speaker's name do not count."""
    candidates = [
        place
        for place in places
        if not place.venue and not any(start <= place.start < stop for start, stop in actor_spans)
    ]
    following = [place for place in candidates if place.start >= end]
    if following:
        return following[0].name
    preceding = [place for place in candidates if place.end <= first]
    if preceding:
        return preceding[-1].name
    # "the authorities in Karabakh said": with no other place, the one the speaker is in; not
    # the seat of a think tank ("a centre in Washington"), nor "Ukraine" of "Ukraine's army"
    inside = [
        place
        for place in places
        if not place.venue
        and not (
            tokens is not None and place.start >= 2 and tokens[place.start - 2].lower in _SEATS
        )
        and any(start < place.start < stop for start, stop in actor_spans)
    ]
    return inside[0].name if inside else None


# Bodies whose place is where they sit, not what they speak of: "a think tank in Washington".
_SEATS = frozenset(
    ["tank", "centre", "center", "institute", "university", "studies", "foundation", "college"]
)
