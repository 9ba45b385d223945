"""What a figure counts and what happened to it: the claim's category and subject.

The noun after the figure says what is counted ("troops", "drones", "civilians"); the words around it
say what happened ("killed", "shot down", "sent"). A figure with no noun ("up from 1,500", "8,000 of
them") takes the category of the figure it refers back to.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.extraction.quantities import Quantity
from claims.extraction.tokens import Token
from claims.extraction.vocabulary import (
    CATEGORY_NOUNS,
    CIVILIAN_PEOPLE,
    EQUIPMENT,
    MILITARY_PEOPLE,
    MUNITIONS,
    OTHER_COUNTED,
    words,
)

PERSON_CATEGORIES = frozenset(
    {"deployed", "killed", "wounded", "casualties", "captured", "missing", "displaced"}
)

# Words around a figure that say what happened. "destroyed" and "lost" depend on what was counted,
# and "exchanged" needs a prisoner swap in the sentence, so `_decide` resolves those.
_CUE_WORDS = {
    "killed": "killed kill kills killing dead died die dies dying deaths death fatalities slain "
    "perished executed massacred toll bodies",
    "wounded": "wounded wounding injured injuring injuries hurt hospitalised hospitalized",
    "casualties": "casualties casualty",
    "captured": "captured capture prisoners prisoner pows pow detained detainees arrested abducted "
    "hostages hostage captives surrendered freed",
    "exchanged": "released returned returning exchanged swapped repatriated",
    "missing": "missing unaccounted",
    "displaced": "displaced refugees refugee fled flee fleeing evacuated evacuees evacuation "
    "uprooted homeless",
    "deployed": "deployed deploy deploying deployment sent send sending stationed dispatched "
    "present presence arrived arrive arriving moved massed amassed contingent training fighting "
    "fight based transferred positioned serving reinforcements",
    "launched": "launched launch launching fired firing unleashed barrage targeted hurled",
    "intercepted": "intercepted intercept intercepting downed neutralised neutralized repelled "
    "repulsed",
    "destroyed": "destroyed destroying damaged disabled seized abandoned",
    "lost": "lost losing",
    "population": "live lives living",
}
_CUE_PHRASES = {
    "killed": ("lost their lives", "death toll"),
    "captured": ("taken prisoner", "taken captive"),
    "exchanged": ("handed over",),
    "displaced": ("forced from", "forced to flee", "driven from", "forced out"),
    "intercepted": ("shot down", "brought down"),
    "destroyed": ("knocked out",),
    "population": ("home to",),
}
_CUES: dict[tuple[str, ...], str] = {
    (word,): category for category, words in _CUE_WORDS.items() for word in words.split()
} | {
    tuple(phrase.split()): category
    for category, phrases in _CUE_PHRASES.items()
    for phrase in phrases
}
_LONGEST_CUE = max(len(words) for words in _CUES)
_PHRASE_STARTS = frozenset(words[0] for words in _CUES if len(words) > 1)
_EXCHANGE_CONTEXT = words(
    "prisoners prisoner pows pow captives exchange exchanged exchanges swap swapped"
)
# Words after a bare figure that show it continues a count already being talked about.
_FOLLOW_ON_BEFORE = words(
    "reach reached reaching total totalled totaled stands stood rose risen climbed increased grew "
    "fell dropped from of at to further additional another"
)
_NOUN_PHRASE_STOPS = words("""
    have has had were was are is be been being will would could may might can should must do does
    did to in on at by for from with into over near of and or but as than that which who whom
    while since after before during across around about the a an this these those its their his her
    our said says told according still now already also currently just only alone overnight
    today yesterday tonight last next each apiece so far yet ago earlier later previously again
    there here monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december
    """)
# Words that start another clause: a cue beyond them is about something else.
_CLAUSE_BREAKS = words(";: where whereas while when but as although though because")
# Words between a figure and its noun that say nothing about what is counted.
_FILLERS = words("more additional further other others new fresh")
AFTER_WINDOW = 15
BEFORE_WINDOW = 6


@dataclass(slots=True)
class Counted:
    """A figure's category and subject, and how far its wording reaches (for the quote)."""

    category: str
    subject: str
    reach: int  # one past the last token that belongs to the figure's wording


@dataclass(slots=True)
class _NounPhrase:
    kind: str  # "military", "civilian", "category", "munition", "equipment", "other", "anaphora"
    start: int
    end: int
    head: str
    head_text: str


def classify(
    tokens: list[Token],
    quantity: Quantity,
    boundaries: set[int],
    earlier_in_sentence: list[Counted],
    recent: Counted | None,
    next_quantity: Quantity | None = None,
) -> Counted | None:
    """The category and subject of `quantity`, or None when it is not a claim about the conflict.

    `boundaries` holds the token indices where other figures start (a cue beyond one belongs to
    that figure); `earlier_in_sentence` the figures already read in this sentence; `recent` the
    last figure of the previous sentences, for counts that refer back to it.
    """
    if _is_total_of_a_part(tokens, quantity):
        # "14 of 16 drones": the 16 is how many came, the 14 what happened to some of them
        phrase = _noun_phrase_after(tokens, quantity.end)
        if phrase is None or phrase.kind != "munition":
            return None
        return Counted("launched", _subject(tokens, phrase), phrase.end)
    phrase = _noun_phrase_after(tokens, quantity.end)
    if _shares_the_next_noun(tokens, quantity, next_quantity):
        phrase = _noun_phrase_after(tokens, next_quantity.end)
        boundaries = boundaries - {next_quantity.first}
    look_from = phrase.end if phrase else quantity.end
    after_cue, after_end = _cue_after(tokens, look_from, boundaries)
    before_cue = _cue_before(tokens, quantity.first, boundaries)
    if before_cue and _cue_at(tokens, quantity.first - 1):
        after_cue = None  # "killed two and injured 11": the verb right before the figure is its own
    exchange = any(token.lower in _EXCHANGE_CONTEXT for token in tokens)
    previous = earlier_in_sentence[-1] if earlier_in_sentence else None
    reach = max(look_from, after_end if after_cue else look_from)
    if phrase is not None and phrase.kind == "unknown":
        # "five bases", "58 exchanges" are not counted; "8 dockers were killed" is
        if _person_category(after_cue, exchange) in (None, "deployed"):
            return None
        phrase = _NounPhrase("civilian", phrase.start, phrase.end, "", "")

    if phrase is None or phrase.kind == "anaphora":
        # Nothing named: the figure counts what an earlier figure counted ("up from 1,500").
        source = previous or recent
        category = _bare_category(after_cue or before_cue, exchange, source)
        if category is None:
            may_refer_back = phrase is not None or _may_refer_back(tokens, quantity)
            if not (previous or (recent and may_refer_back)):
                return None
            category = source.category
        return Counted(category, source.subject if source else "", reach)
    if phrase.kind == "category":
        # "100 dead", "1,000 injured": the noun says it, unless a verb after it says otherwise
        own = CATEGORY_NOUNS[phrase.head]
        combined = _combined_with_next(tokens, own, phrase.end)
        category = combined[0] if combined else _person_category(after_cue, exchange) or own
        if combined:
            reach = combined[1]
    else:
        category = _decide(phrase, after_cue, before_cue, exchange, previous, recent)
    if category is None:
        return None
    return Counted(category, _subject(tokens, phrase), reach)


def _subject(tokens: list[Token], phrase: _NounPhrase) -> str:
    start = phrase.start
    while start < phrase.end and tokens[start].lower in _FILLERS | {"of", "the", "its", "their"}:
        start += 1
    return " ".join(token.text for token in tokens[start : phrase.end]).replace(" 's", "'s")


def _shares_the_next_noun(tokens, quantity: Quantity, next_quantity: Quantity | None) -> bool:
    """ "14 of 16 drones", "from 1,500 to 3,000 soldiers": the noun after the second figure
    says what the first one counts too."""
    if next_quantity is None or quantity.end >= len(tokens):
        return False
    between = tokens[quantity.end].lower
    adjacent = next_quantity.first in (quantity.end + 1, quantity.end + 2)
    from_to = between == "to" and quantity.first > 0 and tokens[quantity.first - 1].lower == "from"
    return adjacent and (between in ("of", "out") or from_to)


def _is_total_of_a_part(tokens: list[Token], quantity: Quantity) -> bool:
    first = quantity.first
    return (
        first >= 2
        and tokens[first - 1].lower == "of"
        and (tokens[first - 2].is_number or tokens[first - 2].lower in ("one", "two", "three"))
    )


def _bare_category(cue: str | None, exchange: bool, source: Counted | None) -> str | None:
    if source and source.category not in PERSON_CATEGORIES and cue is not None:
        # "… 47 drones; 35 were destroyed and 12 were lost": what happened to the same things
        if source.category in ("launched", "intercepted"):
            return "intercepted" if cue in ("intercepted", "destroyed", "lost") else None
        return "equipment" if cue in ("destroyed", "lost", "captured") else None
    category = _person_category(cue, exchange)
    if category or cue is None:
        return category
    if source and source.category in PERSON_CATEGORIES:
        return None  # "8,000 of them … where forces launched": the cue is about something else
    if cue in ("launched", "intercepted"):
        return cue
    if cue == "destroyed" and source and source.category in ("launched", "intercepted"):
        return "intercepted"
    if cue == "destroyed":
        return "equipment"
    return None


def _decide(phrase, after_cue, before_cue, exchange, previous, recent) -> str | None:
    kind = phrase.kind
    if after_cue == "population":
        return None  # "2 million people live in Gaza"
    if kind == "munition":
        for cue in (after_cue, before_cue):
            if cue in ("intercepted", "destroyed"):
                return "intercepted"
            if cue == "launched":
                return "launched"
        if previous and previous.category in ("launched", "intercepted"):
            return previous.category
        return "launched"
    if kind == "equipment":
        cues = (after_cue, before_cue)
        if any(cue in ("destroyed", "lost", "intercepted", "captured") for cue in cues):
            return "equipment"
        if previous and previous.category == "equipment":
            return "equipment"  # "lost 45 tanks and 120 armoured vehicles"
        return "other"
    if kind == "other":
        if phrase.head in ("attacks", "attack", "strikes") and "launched" in (
            after_cue,
            before_cue,
        ):
            return "launched"
        return "other"
    # People, or nothing named (the figure counts what was counted before).
    for cue in (after_cue, before_cue):
        category = _person_category(cue, exchange)
        if category:
            return category
    if previous and previous.category in PERSON_CATEGORIES and kind in ("civilian", "military"):
        return previous.category  # "… killed, including 650 children"
    if kind == "military":
        return "deployed"
    if recent and recent.category == "deployed" and _is_demonym(phrase.head_text):
        return "deployed"  # "12,000 North Koreans were in …" in a story about a deployment
    return None  # "2 million people": a population, unless something happened to them


def _person_category(cue: str | None, exchange: bool) -> str | None:
    if cue in ("killed", "wounded", "casualties", "captured", "missing", "displaced", "deployed"):
        return cue
    if cue == "exchanged" and exchange:
        return "captured"
    if cue == "lost":
        return "casualties"
    return None


def _noun_phrase_after(tokens: list[Token], start: int) -> _NounPhrase | None:
    """The words after a figure up to the noun that says what is counted."""
    count = len(tokens)
    position = start
    modifiers = 0
    while position < count and modifiers <= 3:
        token = tokens[position]
        word = token.lower
        if word == "of" and position == start and position + 1 < count:
            following = tokens[position + 1].lower
            if following in ("them", "those", "these", "whom", "which"):
                return _NounPhrase("anaphora", position, position + 2, following, following)
            if following in ("the", "its", "their", "our"):
                inner = _noun_phrase_after(tokens, position + 2)
                if inner and inner.kind != "anaphora":
                    return _NounPhrase(inner.kind, position, inner.end, inner.head, inner.head_text)
            return None
        kind = _noun_kind(token)
        if kind:
            end = position + 1
            # "attack drones", "cruise missiles": the last of a run of counted nouns is the head
            while end < count and _noun_kind(tokens[end]) and end - position < 3:
                kind = _noun_kind(tokens[end])
                end += 1
            return _NounPhrase(kind, start, end, tokens[end - 1].lower, tokens[end - 1].text)
        if word in _FILLERS:
            position += 1
            continue
        if not token.is_word or word in _NOUN_PHRASE_STOPS or word.endswith("ly"):
            break
        modifiers += 1
        position += 1
    if modifiers:
        return _NounPhrase("unknown", start, position, "", "")
    return None


def _noun_kind(token: Token) -> str | None:
    word = token.lower
    if word in MUNITIONS:
        return "munition"
    if word in EQUIPMENT:
        return "equipment"
    if word in CATEGORY_NOUNS:
        return "category"
    if word in MILITARY_PEOPLE:
        return "military"
    if word in CIVILIAN_PEOPLE:
        return "civilian"
    if word in OTHER_COUNTED:
        return "other"
    if token.is_capitalized and _is_demonym(token.text):
        return "civilian"
    return None


def _is_demonym(word: str) -> bool:
    """Plural nationality nouns: "Ukrainians", "North Koreans", "Palestinians", "Israelis"."""
    return len(word) > 4 and (word.endswith(("ans", "ians", "ese")) or word.endswith("is"))


def _cue_at(tokens: list[Token], position: int) -> tuple[str, int] | None:
    word = tokens[position].lower
    if word in _PHRASE_STARTS:
        for length in range(min(_LONGEST_CUE, len(tokens) - position), 1, -1):
            words = tuple(token.lower for token in tokens[position : position + length])
            if words in _CUES:
                return _CUES[words], length
    category = _CUES.get((word,))
    return (category, 1) if category else None


def _cue_after(tokens: list[Token], start: int, boundaries: set[int]) -> tuple[str | None, int]:
    """The first word after a figure that says what happened, before the next figure begins."""
    for position in range(start, min(start + AFTER_WINDOW, len(tokens))):
        if position in boundaries or tokens[position].lower in _CLAUSE_BREAKS:
            break
        found = _cue_at(tokens, position)
        if found:
            category, length = found
            end = position + length
            combined = _combined_with_next(tokens, category, end)
            if combined:
                return combined
            return category, end
    return None, start


def _combined_with_next(tokens: list[Token], category: str, end: int) -> tuple[str, int] | None:
    # "killed or wounded", "dead and injured": one figure for both is a count of casualties
    if category not in ("killed", "wounded") or end + 1 >= len(tokens):
        return None
    if tokens[end].lower not in ("or", "and", ","):
        return None
    following = _cue_at(tokens, end + 1)
    if following and {category, following[0]} == {"killed", "wounded"}:
        return "casualties", end + 1 + following[1]
    return None


def _cue_before(tokens: list[Token], first: int, boundaries: set[int]) -> str | None:
    """The nearest word before a figure that says what happened ("killed at least 100")."""
    for position in range(first - 1, max(first - 1 - BEFORE_WINDOW, -1), -1):
        token = tokens[position]
        if token.text in ',;:.()"“”' or position + 1 in boundaries or token.is_number:
            return None
        found = _cue_at(tokens, position)
        if found and position + found[1] <= first:
            return found[0]
    return None


def _may_refer_back(tokens: list[Token], quantity: Quantity) -> bool:
    """A bare figure continues an earlier count only when its wording says so."""
    if quantity.is_word_one:
        return False
    if quantity.is_hedged or quantity.is_range:
        return True
    before = tokens[quantity.first - 1].lower if quantity.first > 0 else ""
    after = tokens[quantity.end].lower if quantity.end < len(tokens) else ""
    return before in _FOLLOW_ON_BEFORE or after in ("more", "others", "additional")
