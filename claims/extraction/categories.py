"""What a figure counts and what happened to it: the claim's category and subject.

The noun after the figure says what is counted ("troops", "drones", "civilians"); the words around it
say what happened ("killed", "shot down", "sent"). A figure with no noun ("up from 1,500", "8,000 of
them") takes the category of the figure it refers back to.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.extraction.places import KNOWN_PLACES
from claims.extraction.quantities import NUMBER_WORDS, Quantity, is_attack_count, is_year
from claims.extraction.tokens import Token, joined
from claims.extraction.vocabulary import (
    CATEGORY_NOUNS,
    CIVILIAN_PEOPLE,
    EQUIPMENT,
    MILITARY_PEOPLE,
    MONTHS,
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
    "killed": "killed kill kills killing dead died die dies dying deaths death fatalities slain martyrs "
    "perished executed massacred toll bodies fallen killings beheaded buried bury burying drowned "
    "martyred murdered assassinated "
    "drowning",
    "wounded": "wounded wounding injured injuring injuries hurt hospitalised hospitalized wounds "
    "treated maiming maimed",
    "casualties": "casualties casualty",
    "captured": "captured capture capturing prisoners prisoner pows pow detained detainees arrested abducted "
    "abducting abduct deported deporting apprehended arrest arrests arresting "
    "hostages hostage captives surrendered freed freeing released detention custody captivity jailed "
    "held "
    "imprisoned "
    "kidnapped kidnapping kidnappings",
    # "back" as in "received 390 of its people back": only ever read inside a prisoner exchange
    "exchanged": "returned returning exchanged swapped swap swaps repatriated back",
    "missing": "missing unaccounted separated vanished disappeared",
    "displaced": "displaced refugees refugee fled flee fleeing evacuated evacuate evacuating evacuees "
    "evacuation "
    "uprooted homeless sheltering",
    "deployed": "deployed deploy deploying deployment sent send sending stationed dispatched dispatch "
    "present presence massed amassed contingent training fighting "
    "fight based positioned serving serve serves reinforcements "
    # recruitment: people signed up to fight
    "recruited recruits recruiting recruit enlisted conscripted mobilised mobilized mobilise "
    "mobilize mobilising mobilizing",
    # movement across a border or a line: refugees when civilians move, deployment when troops do
    "movement": "crossed crossing arrived arrive arriving entered entering",
    # moved troops are deployed, moved residents evacuated; with nothing named, troops
    "moved": "moved relocated hosting hosts hosted",
    # transferred troops are deployed; transferred patients only changed hospitals
    "transferred": "transferred",
    # weapons handed to an army are neither launched nor lost
    "delivered": "delivered delivering supplied supplying pledged donated provided shipped "
    "shipping produced producing produces produce manufactured manufactures manufacturing makes "
    "make making",
    "launched": "launched launch launching fired firing unleashed barrage targeted hurled struck "
    "using",
    # aircraft and ships seen around an island or a border: deployed; drones seen: launched
    "sighted": "detected spotted sighted tracked monitored",
    "intercepted": "intercepted intercept intercepting downed repelled repulsed",
    # drones are neutralised by air defence, fighters by being killed
    "neutralised": "neutralised neutralized neutralising neutralizing eliminated eliminating",
    "destroyed": "destroyed destroying damaged disabled abandoned torched burned burnt ablaze sunk "
    "sank sinking crashed",
    # "hit 41 aircraft": struck equipment is damaged; missiles that hit were fired
    "hit": "hit hitting",
    # "have attacked more than 100 merchant ships": attacks, counted by their targets
    "attacked": "attacked",
    # seized weapons are lost equipment, seized people captives: `_seized` tells them apart
    "seized": "seized seizing recovered recovering",
    # people pulled out of danger: counted, but neither displaced nor captured
    "rescued": "rescued alive",
    # people facing hunger, trapped or in need: a figure about the conflict with no casualty
    "plight": "malnourished malnutrition starving starvation famine trapped besieged stranded "
    "unaccompanied sentenced demobilised demobilized "
    "orphaned deserted defected",
    "lost": "lost losing losses loses lose",
    "population": "live lives living",
    # staying put: a population, unless a later word says more ("remained deployed")
    "stayed": "remained remain remains stayed",
}
_CUE_PHRASES = {
    "killed": (
        "fatally wounded",
        "mortally wounded",
        "fatally injured",
        "lost their lives",
        "death toll",
        "paid the supreme price",
        "paid the ultimate price",
        "made the supreme sacrifice",
        "made the ultimate sacrifice",
        "fell on the field",
        "no longer alive",
        "embraced shahadat",
        "embraced martyrdom",
        "fell with honour",
        "fell in battle",
        "laid down their lives",
        "reported killed",
        "reported dead",
        "taken the lives of",
        "claimed the lives of",
        "cost the lives of",
        "sent to hell",
    ),
    "captured": (
        "taken back",
        "dragged back",
        "took away",
        "taken away",
        "laid down their weapons",
        "laid down their arms",
        "lay down their arms",
        "gave themselves up",
        "taken prisoner",
        "taken captive",
        "taken hostage",
        "held captive",
        "held prisoner",
        "held by",
        "be held",
        "being held",
        "were held",
        "been held",
        "are held",
        "still held",
        "still being held",
        "held hostage",
        "have held",
        "has held",
        "had held",
        "still holding",
        "were holding",
        "was holding",
        "is holding",
        "are holding",
    ),
    "exchanged": (
        "handed over",
        "bringing home",
        "brought home",
        "bring home",
        "come home",
        "came home",
        "coming home",
    ),
    "displaced": (
        "forced from",
        "forced to flee",
        "driven from",
        "forced out",
        "without shelter",
        "lost their homes",
        "taken refuge",
        "taking refuge",
        "in camps",
        "living in camps",
        "living as refugees",
        "live as refugees",
        "live in camps",
        "living in tents",
        "living in shelters",
        "temporary housing",
        "temporary accommodation",
        "temporary shelters",
        "makeshift shelters",
        "makeshift camps",
        "crowded camps",
        "displacement camps",
        "driven out",
        "moved out",
        "from their homes",
        "left their homes",
        "fled their homes",
        "abandoned their homes",
        "left home",
        "left the border",
        "left the region",
        "left the area",
        "left the town",
        "left the city",
        "left the village",
        "left their villages",
        "left the camp",
        "left the camps",
        "took in",
        "taking in",
        "left border",
        "left frontline",
        "left front-line",
        "to flee",
        "to leave",
    ),
    "wounded": (
        "reported wounded",
        "reported injured",
        "remained in hospital",
        "still in hospital",
        "sought medical help",
        "sought medical care",
        "taken to hospital",
        "taken to hospitals",
        "brought to hospital",
        "brought to hospitals",
        "admitted to hospital",
        "in serious condition",
        "in critical condition",
    ),
    "missing": (
        "buried under",
        "under the rubble",
        "under rubble",
        "believed trapped",
        "believed to be trapped",
        "thought to be trapped",
        "still unknown",
        "remains unknown",
        "whereabouts unknown",
        "lost contact",
        "reported missing",
    ),
    "movement": ("return home", "returned home", "return to their homes", "go home"),
    "moved": ("taken out", "took out", "brought out"),
    "intercepted": ("shot down", "brought down", "knocked down"),
    "deployed": (
        "took part",
        "taking part",
        "take part",
        "signed contracts",
        "signed a contract",
        "signed up",
        "called up",
        "call up",
        "calls up",
        "under arms",
    ),
    "plight": (
        "need food",
        "need aid",
        "need humanitarian",
        "facing catastrophic",
        "in need",
        "need nutritional",
        "need treatment",
    ),
    "destroyed": (
        "knocked out",
        "went overboard",
        "fell overboard",
        "set fire to",
        "set ablaze",
        "wreckage of",
    ),
    "seized": ("drove off with", "made off with", "carried off"),
    "delivered": ("turning out", "turns out", "turned out"),
    "population": ("home to",),
    # "640 held the rank of colonel": what they were, not that they were held
    "rank": ("held the rank", "held ranks", "held the post", "held posts", "held positions"),
    "rescued": ("allowed to leave", "from under the rubble", "from under rubble"),
    # prisoners "serving long sentences" are not troops serving
    "imprisoned": (
        "serving sentences",
        "serving long",
        "serving life",
        "serving prison",
        "serving jail",
        "serving time",
        "serving a",
    ),
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
EXCHANGE_CONTEXT = words(
    "prisoners prisoner pows pow captives exchange exchanged exchanges swap swapped"
)
# Cue words that are also nouns for people: after "the" they name someone else ("camps for the
# displaced"), not what happened to the figure.
_NOMINAL_CUES = words("displaced wounded injured dead missing killed detained")
# Verbs that make a bare figure the size of the clause's subject: "the number of people killed
# has passed 40,000", "the toll rose to 32".
_TOTAL_VERBS = words(
    "passed reached hit topped exceeded surpassed is was stands stood rose risen amounted averaged"
)
_NUMBER_VERBS = words("number numbers numbered numbering")
_TOTAL_NOUNS = words("number toll total tally count losses casualties figure crew")
_INCLUDED = words("included includes include including")
_RELATIVE_OPENERS = words("which who whose")
_SAID = words("said says told added stated reported announced")
_AUXILIARY_VERBS = words("were was are is had have has been")
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
_CLAUSE_BREAKS = words("; : where whereas while when but as although though because")
# Words between a figure and its noun that say nothing about what is counted.
_FILLERS = words("more additional further other others new fresh")
# "food for 20,000 people": a figure after one of these and "for" is what something is meant for
_CAPACITY_NOUNS = words(
    "food water shelter aid assistance supplies rations meals enough room space capacity beds "
    "places tents medicine medicines"
)
# "…, including 6 colonels": the figure is part of what the clause before it counts
_PART_MARKERS = words("including among included")
# "Of the dead, 380 were fighters": a partitive opening gives the sentence's bare figures a cue
_PARTITIVE_OPENERS = words("of among")
# What happens only to people: a bare figure with one of these counts people, whatever came before
_PEOPLE_ONLY_CUES = frozenset({"displaced", "wounded", "missing", "casualties", "killed"})
# "remained deployed", "remained in temporary housing": how near a word must say more than "stayed"
STAYED_WINDOW = 3
# Counted as dwellings, but what happens to them happens to the people in them
_HOMES = words("households")
_WEAPON_MUNITIONS = words("mortars mortar grenades")
_AMMUNITION = words("rounds ammunition cartridges")
_ATTACK_NOUNS = words("attacks attack assaults assault")
_AREAS = words(
    "districts regions provinces areas neighbourhoods neighborhoods oblasts municipalities"
)
# Sent, these are sent to attack: no army ships its allies Shaheds
_ATTACK_DRONES = words("drones drone shaheds shahed uavs decoys fpvs")
# "unmanned aerial vehicles" are drones: shot down, they are intercepted, not equipment lost
_DRONE_MODIFIERS = words("unmanned drone")
PART_LOOK_BACK = 25
SUBJECT_LOOK_BACK = 24
COLON_LOOK_BACK = 10
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
    later: list[Quantity] | None = None,
    exchange: bool | None = None,
    losses: bool = False,
    lead_in: str | None = None,
) -> Counted | None:
    """The category and subject of `quantity`, or None when it is not a claim about the conflict.

    `boundaries` holds the token indices where other figures start (a cue beyond one belongs to
    that figure); `earlier_in_sentence` the figures already read in this sentence; `recent` the
    last figure of the previous sentences, for counts that refer back to it; `later` the figures
    after this one in the sentence; `exchange` whether the passage is about a prisoner exchange
    (by default: whether this sentence names one); `losses` whether it runs through a tally of
    losses ("tanks — 11,254 (+3)"); `lead_in` what the line introducing a list says happened to
    its items ("air defence shot down 623 targets:" over "– 36 Kh-101 cruise missiles;").
    """
    later = later or []
    next_quantity = later[0] if later else None
    whole = earlier_in_sentence[-1] if earlier_in_sentence else None
    if (
        whole is not None
        and quantity.first > 1
        and tokens[quantity.first - 1].lower == "including"
        and (
            whole.reach > quantity.first
            or tokens[quantity.first - 2].text == ","
            and whole.reach == quantity.first - 2
            and whole.category in PERSON_CATEGORIES
        )
    ):
        # "46 people, including 15 soldiers, had been wounded": a part of the figure before,
        # inside its wording, went through what it went through
        phrase = _noun_phrase_after(tokens, quantity.end)
        if phrase is not None and phrase.kind in ("civilian", "military"):
            return Counted(whole.category, _subject(tokens, phrase), phrase.end)
        if (
            phrase is None
            and whole.category in PERSON_CATEGORIES
            and _cue_after(tokens, quantity.end, boundaries)[0] is None
        ):
            # "842,650 personnel killed and wounded, including 1,290 over the past day"
            return Counted(whole.category, whole.subject, quantity.end)
    if (
        whole is not None
        and quantity.first >= 2
        and tokens[quantity.first - 1].text == "+"
        and tokens[quantity.first - 2].text == "("
        and whole.reach <= quantity.first - 1
    ):
        # "tanks — 11,254 (+3)": the day's increase of the running total before it
        return Counted(whole.category, whole.subject, quantity.end)
    if (
        quantity.first >= 2
        and tokens[quantity.first - 1].lower == "of"
        and tokens[quantity.first - 2].lower in _FORCE_NOUNS
    ):
        # "joined a Russian force of about 50,000": the size of a force is deployed
        phrase = _noun_phrase_after(tokens, quantity.end)
        if phrase is None or phrase.kind == "military":
            return Counted(
                "deployed",
                _subject(tokens, phrase) if phrase else tokens[quantity.first - 2].lower,
                phrase.end if phrase else quantity.end,
            )
    if quantity.first and tokens[quantity.first - 1].lower == "to":
        counted = _number_brought_to(tokens, quantity, boundaries, exchange)
        if counted is not None:
            return counted
    if losses:
        tally = _tally_item(tokens, quantity.first, quantity.end)
        if tally is not None:
            return tally
    if is_attack_count(tokens, quantity.first, quantity.end):
        return Counted("launched", "attacks", quantity.end + 1)
    if quantity.first >= 2 and [
        token.lower for token in tokens[quantity.first - 2 : quantity.first]
    ] in (
        ["bodies", "of"],
        ["remains", "of"],
        ["deaths", "of"],
        ["killing", "of"],
        ["killings", "of"],
        ["execution", "of"],
        ["executions", "of"],
        ["murder", "of"],
        ["murders", "of"],
    ):
        # "the bodies of six people abducted from the camp": the dead, whatever they went through
        phrase = _noun_phrase_after(tokens, quantity.end)
        return Counted(
            "killed",
            _subject(tokens, phrase) if phrase else "",
            phrase.end if phrase else quantity.end,
        )
    if quantity.first >= 2 and [
        token.lower for token in tokens[quantity.first - 2 : quantity.first]
    ] in (["destruction", "of"], ["elimination", "of"]):
        # "the destruction of up to 120 servicemen": killed, when people are destroyed
        phrase = _noun_phrase_after(tokens, quantity.end)
        if phrase is not None and phrase.kind == "military":
            return Counted("killed", _subject(tokens, phrase), phrase.end)
    if (
        quantity.end < len(tokens)
        and tokens[quantity.end].lower == "lives"
        and quantity.first > 0
        and tokens[quantity.first - 1].lower in _LIFE_TAKERS
    ):
        return Counted("killed", "lives", quantity.end + 1)  # "claimed at least 260 lives"
    if _is_total_of_a_part(tokens, quantity):
        # "14 of 16 drones": the 16 is how many came, the 14 what happened to some of them
        phrase = _noun_phrase_after(tokens, quantity.end)
        if phrase is None:
            return None
        if phrase.kind == "munition" or phrase.head == "targets":
            # "14 of 16 drones", "718 of 741 aerial targets": the whole is what was launched
            return Counted("launched", _subject(tokens, phrase), phrase.end)
        if phrase.kind == "category":
            # "20 of the 50 hostages still held": the whole is counted by its own noun
            return Counted(CATEGORY_NOUNS[phrase.head], _subject(tokens, phrase), phrase.end)
        described = _cue_at(tokens, phrase.end) if phrase.end < len(tokens) else None
        category = _person_category(described[0], False, phrase.kind) if described else None
        if phrase.kind in ("military", "civilian") and category:
            # "4,700 of the roughly 11,000 soldiers sent to Kursk": what the whole went through
            return Counted(category, _subject(tokens, phrase), phrase.end + described[1])
        return None
    phrase = _noun_phrase_after(tokens, quantity.end)
    if _shares_the_next_noun(tokens, quantity, next_quantity):
        phrase = _noun_phrase_after(tokens, next_quantity.end)
        boundaries = boundaries - {next_quantity.first}
        verb = _verb_after_participle(tokens, phrase)
        if verb is not None:
            # "… of the 11,000 soldiers sent to Kursk had been killed": the part's own verb
            phrase = _NounPhrase(phrase.kind, phrase.start, verb, phrase.head, phrase.head_text)
    if phrase is not None and [token.lower for token in tokens[phrase.end : phrase.end + 2]] == [
        "to",
        "hell",
    ]:
        return Counted("killed", _subject(tokens, phrase), phrase.end + 2)  # "sent 21 … to hell"
    if (
        exchange
        and phrase is not None
        and phrase.kind in ("civilian", "military")
        and any(
            token.lower in ("received", "receiving", "receives")
            for token in tokens[max(quantity.first - 3, 0) : quantity.first]
        )
        # but "the hospital received 23 injured people": what befell them says more
        and not any(_cue_at(tokens, position) for position in range(quantity.end, phrase.end))
        and not any(token.lower in ("hospital", "hospitals") for token in tokens)
    ):
        # "In the swap, Russia received 307 of its servicemen": prisoners coming home
        return Counted("captured", _subject(tokens, phrase), phrase.end)
    if (
        phrase is not None
        and phrase.kind in ("civilian", "military")
        and phrase.end < len(tokens)
        and tokens[phrase.end].lower in ("captive", "prisoner", "prisoners", "hostage", "hostages")
        and quantity.first > 0
        and tokens[quantity.first - 1].lower in ("took", "taken", "taking", "take", "takes")
    ):
        return Counted("captured", _subject(tokens, phrase), phrase.end + 1)  # "took 251 … captive"
    if _is_capacity(tokens, quantity.first) and not (
        quantity.end < len(tokens) and tokens[quantity.end].lower in CATEGORY_NOUNS
    ):
        return None  # "food for 20,000 people", "shelter for 300 families"
    look_from = phrase.end if phrase else quantity.end
    rate = (["for", "every"], ["for", "each"])
    if [token.lower for token in tokens[look_from : look_from + 2]] in rate or [
        token.lower for token in tokens[max(quantity.first - 2, 0) : quantity.first]
    ] in rate:
        return None  # "one dead for every three wounded", "15 prisoners for each hostage": a rate
    after_cue, after_end = _cue_after(tokens, look_from, boundaries)
    whole = _whole_it_is_among(tokens, look_from, next_quantity)
    if after_cue is None and whole is not None:
        # "Two children were among 11 people killed": the part shares what the whole went through
        after_cue, _ = _cue_after(tokens, whole, boundaries - {next_quantity.first})
    before_cue = _cue_before(tokens, quantity.first, boundaries)
    if before_cue == "lost" and [token.lower for token in tokens[look_from : look_from + 4]] in (
        [",", "killed", "or", "wounded"],
        [",", "dead", "or", "wounded"],
    ):
        before_cue = "casualties"  # "we lost 80, killed or wounded"
    elif before_cue == "lost" and any(
        token.lower == "we" for token in tokens[max(quantity.first - 4, 0) : quantity.first]
    ):
        before_cue = "killed"  # "we lost five of our soldiers": the speaker's own dead
    if _death_toll_rose_to(tokens, quantity.first):
        before_cue, after_cue = "killed", None
    if before_cue and _cue_right_before(tokens, quantity.first):
        after_cue = None  # "killed two and injured 11": the verb right before the figure is its own
    if (
        before_cue
        and after_cue
        and after_end < len(tokens)
        and tokens[after_end].lower == "by"
        and _cue_at(tokens, look_from)
    ):
        after_cue = None  # "shot down 28 drones launched by the Houthis": a participle of the noun
    people = phrase is not None and phrase.kind in ("civilian", "military")
    after_cue, before_cue = _seized(after_cue, people), _seized(before_cue, people)
    if (
        after_cue is not None
        and quantity.first > 0
        and tokens[quantity.first - 1].lower == "including"
        and look_from < len(tokens)
        and tokens[look_from].text == ","
    ):
        # "rescued 31 people, including 4 children, from …, and had captured 6": the part
        # takes the cue of the whole, not of the clause after it
        after_cue = None
    captured_right_before = before_cue == "captured" and _cue_right_before(tokens, quantity.first)
    if phrase is not None and not captured_right_before:
        # "245 wounded fighters", "757 fallen soldiers": the words before the noun say it; but
        # "captured two wounded soldiers" were captured
        for position in range(quantity.end, phrase.end - 1):
            found = _cue_at(tokens, position)
            if (
                found
                and found[0] not in ("deployed", "launched")
                # a participle or "dead", not a noun: "four armoured evacuation vehicles"
                and (tokens[position].lower.endswith(("ed", "en")) or found[1] > 1)
                or found
                and tokens[position].lower in ("dead", "missing")
            ):
                before_cue, after_cue = found[0], None
                break
    if before_cue is None and after_cue is None:
        before_cue = _cue_of_the_whole(tokens, quantity.first)
    if (
        before_cue is None
        and after_cue is None
        and quantity.first >= 2
        and tokens[quantity.first - 1].lower in _NUMBER_VERBS
        and tokens[quantity.first - 2].lower not in ("the", "a", "an", "of")
    ):
        before_cue = "deployed"  # "whose peacekeepers number around 10,000": a force's size
    referred = (earlier_in_sentence[-1] if earlier_in_sentence else None) or recent
    if (
        before_cue is None
        and after_cue is None
        and referred is not None
        and referred.category in PERSON_CATEGORIES
        and _refers_back(tokens, quantity.first)
    ):
        # "Of those, 786 were military personnel"; "That figure included 48 women": parts of
        # the count just given
        before_cue = referred.category
    if before_cue is None and after_cue is None and phrase is not None:
        # "The losses of the enemy amounted to up to 460 servicemen": the subject says it
        before_cue = _cue_of_the_subject(tokens, quantity.first)
    if after_cue is None and before_cue is None and phrase is not None:
        # "six of the missiles and 128 of the drones were shot down", "660 aircraft, 283
        # helicopters and 20,000 tanks have been destroyed": the verb after a list is every member's
        list_end, members = _list_after(tokens, phrase.end, later)
        if members:
            after_cue, after_end = _cue_after(tokens, list_end, boundaries - members)
    if phrase is None and before_cue is None and after_cue is None:
        before_cue = _cue_of_the_subject(tokens, quantity.first)
    if phrase is not None and before_cue is None and after_cue is None:
        # "2,900 destroyed, damaged or captured tanks": the words before the noun say it
        for position in range(quantity.end, phrase.end - 1):
            found = _cue_at(tokens, position)
            if found:
                before_cue = found[0]
                break
    after_cue, before_cue = _seized(after_cue, people), _seized(before_cue, people)
    if before_cue is None and after_cue is None and lead_in is not None:
        before_cue = lead_in  # "– 579 enemy UAVs of the Shahed type" under "… shot down:"
    if exchange is None:
        exchange = any(token.lower in EXCHANGE_CONTEXT for token in tokens)
    previous = earlier_in_sentence[-1] if earlier_in_sentence else None
    reach = max(look_from, after_end if after_cue else look_from)
    source = previous or recent
    if (
        after_cue == "rescued"
        and source is not None
        and source.category == "captured"
        and any(token.lower == "alive" for token in tokens[quantity.end : quantity.end + 8])
    ):
        after_cue = "captured"  # "48 hostages …, about 20 of whom are thought to be alive"
    if (
        phrase is not None
        and phrase.kind == "unknown"
        and source is not None
        and quantity.first > 0
        and (
            tokens[quantity.first - 1].lower == "including"
            or [token.lower for token in tokens[max(quantity.first - 2, 0) : quantity.first]]
            == ["among", "them"]
        )
    ):
        # "… tanks, including 150 of the modern T-90M type": a part of the count just given
        return Counted(source.category, source.subject, reach)
    if (
        phrase is not None
        and tokens[phrase.end - 1].lower == "names"
        and (
            (recent is not None and recent.category == "killed")
            or any(_CUES.get((token.lower,)) == "killed" for token in tokens)
        )
    ):
        # "the list held 137,459 names" of the dead; "40 names of people who disappeared"
        missing = any(_CUES.get((token.lower,)) == "missing" for token in tokens)
        return Counted("missing" if missing else "killed", "names", phrase.end)
    if phrase is not None and phrase.kind == "unknown" and tokens[phrase.end - 1].lower in _AREAS:
        return None  # "debris fell in at least six districts": places, not what was counted
    if phrase is not None and phrase.kind == "unknown":
        # "five bases", "58 exchanges" are not counted; "8 dockers were killed", "80,000 Rohingya
        # have crossed", "freed 22 defenders" are: a plural noun with something done to people
        if _person_category(after_cue or before_cue, exchange, "unknown") in (None, "deployed"):
            return None
        if after_cue == "exchanged" and before_cue is None:
            return None  # "two delegations agreed to swap …": the swap is of others
        phrase = _NounPhrase("civilian", phrase.start, phrase.end, "", "")

    if (
        phrase is not None
        and phrase.kind == "anaphora"
        and phrase.end < len(tokens)
        and tokens[phrase.end].lower in ("fatally", "mortally")
    ):
        # "52 people injured, two of them fatally": those two died
        source = previous or recent
        return Counted("killed", source.subject if source else "", phrase.end + 1)
    if phrase is None or phrase.kind == "anaphora":
        # Nothing named: the figure counts what an earlier figure counted ("up from 1,500").
        source = previous or recent
        category = _bare_category(after_cue or before_cue, exchange, source)
        if (
            phrase is not None
            and after_cue in ("deployed", "moved", "movement", "transferred")
            and source is not None
            and source.category in PERSON_CATEGORIES - {"deployed"}
        ):
            category = source.category  # "280 injured, 141 of them transferred to hospitals"
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
        between = {token.lower for token in tokens[phrase.end : after_end - 1]}
        aside = own == "captured" and [
            token.lower for token in tokens[phrase.end : phrase.end + 3]
        ] in (
            [",", "one", "of"],
            [",", "among", "them"],
        )  # "three captives, one of them a US citizen, were killed": an aside, then the verb
        if after_cue and ("," in between or "and" in between) and not aside:
            # "380,000 wounded, adding that more were missing", "9 dead and dozens injured":
            # the later cue belongs to another clause or another count
            after_cue = None
        if own in ("wounded", "killed") and after_cue == "displaced":
            after_cue = None  # "300 injured were evacuated": still a count of the wounded
        if own == "killed" and after_cue in (
            "wounded",
            "exchanged",
            "captured",
            "seized",
            "missing",
            "rescued",
        ):
            after_cue = None  # "71 bodies were brought to hospitals", "501 remains handed over"
        if own == "captured" and after_cue == "rescued":
            after_cue = None  # "354 hostages had been rescued alive": captives, now free
        said = _person_category(after_cue, exchange)
        if said == "deployed":
            said = None  # "650,000 people displaced by earlier fighting": still displaced
        if before_cue in ("killed", "wounded", "captured") and _cue_right_before(
            tokens, quantity.first
        ):
            # "it had killed 50 hostages", "captured two wounded soldiers": what befell them
            said = before_cue
        category = combined[0] if combined else said or own
        if combined:
            reach = combined[1]
    elif (
        phrase.kind == "equipment"
        and not _DRONE_MODIFIERS.isdisjoint(
            token.lower for token in tokens[phrase.start : phrase.end]
        )
        and (
            "intercepted" in (after_cue, before_cue)
            or "destroyed" in (after_cue, before_cue)
            and _air_defence(tokens)  # "air defence forces destroyed 27 unmanned aerial vehicles"
            or _intercepted_and(tokens, quantity.first)
            or previous is not None
            and previous.category == "intercepted"
            and quantity.first > 0
            and tokens[quantity.first - 1].lower in (",", "and")
        )
    ):
        category = "intercepted"  # "shot down 341 fixed-wing unmanned aerial vehicles"
    else:
        listed = (
            quantity.first > 0
            and tokens[quantity.first - 1].lower in (",", "and")
            or [token.lower for token in tokens[max(quantity.first - 3, 0) : quantity.first]]
            == ["as", "well", "as"]
            or [token.lower for token in tokens[max(quantity.first - 2, 0) : quantity.first]]
            == ["along", "with"]
        )
        if (
            after_cue is None
            and before_cue is None
            and recent is not None
            and previous is None
            and recent.category in PERSON_CATEGORIES
            and _tally_includes(tokens, quantity.first)
        ):
            before_cue = recent.category  # "Its tally also included 125 members of the police"
        if (
            phrase.head == "targets"
            and "destroyed" in (after_cue, before_cue)
            and (_air_defence(tokens) or tokens[phrase.end - 2].lower in ("air", "aerial"))
        ):
            before_cue, after_cue = "intercepted", None  # "air defences destroyed 112 targets"
        if (
            phrase.kind == "munition"
            and phrase.head in _CRAFT
            and "destroyed" in (after_cue, before_cue, listed)
            and not _air_defence(tokens)
        ):
            # "the following have been destroyed: … 29,780 unmanned aerial vehicles": lost, as
            # craft are; shot down only when air defence destroyed them
            phrase = _NounPhrase(
                "equipment", phrase.start, phrase.end, phrase.head, phrase.head_text
            )
        if (
            after_cue is None
            and before_cue is None
            and phrase is not None
            and phrase.kind == "equipment"
            and _present_around(tokens, phrase.end)
        ):
            after_cue = "sighted"  # "27 militia vessels around Pag-asa": there, seen
        losses_named = not _LOSS_WORDS.isdisjoint(token.lower for token in tokens)
        category = _decide(
            phrase,
            after_cue,
            before_cue,
            exchange,
            previous,
            recent,
            listed,
            losses_named,
            _held_in_stock(tokens, quantity.first),
        )
    if category is None:
        return None
    return Counted(category, _subject(tokens, phrase), reach)


def _subject(tokens: list[Token], phrase: _NounPhrase) -> str:
    start = phrase.start
    while start < phrase.end and tokens[start].lower in _FILLERS | {"of", "the", "its", "their"}:
        start += 1
    words = tokens[start : phrase.end]
    text = "".join(
        (" " if index and not joined(words[index - 1], token) else "") + token.text
        for index, token in enumerate(words)
    )
    return text.replace(" 's", "'s")


def _list_after(tokens: list[Token], end: int, later: list[Quantity]) -> tuple[int, set[int]]:
    """Where a list of figures that goes on after a phrase ending at `end` ends, and the first
    tokens of its other members: "N missiles, M drones and K rockets"."""
    members: set[int] = set()
    for quantity in later:
        gap = [token.lower for token in tokens[end : quantity.first]]
        if (
            len(gap) == 3
            and gap[0] == "and"
            and gap[2] == "and"
            and _noun_kind(tokens[end + 1]) in ("military", "civilian")
        ):
            gap = ["and"]  # "73 soldiers and reservists and 45 civilians have been killed"
        if gap not in ([","], ["and"], [",", "and"]):
            break
        phrase = _noun_phrase_after(tokens, quantity.end)
        if phrase is None or phrase.kind == "unknown":
            break
        members.add(quantity.first)
        end = phrase.end
    return end, members


def _verb_after_participle(tokens: list[Token], phrase: _NounPhrase | None) -> int | None:
    """Where the verb after "soldiers sent to Russia's Kursk region" starts, when the noun is
    described by a participle; None otherwise."""
    if phrase is None or phrase.end >= len(tokens) or _cue_at(tokens, phrase.end) is None:
        return None
    for position in range(phrase.end + 1, min(phrase.end + 12, len(tokens))):
        if tokens[position].text in ",;:.":
            return None
        if tokens[position].lower in _AUXILIARY_VERBS:
            return position
    return None


def _whole_it_is_among(tokens: list[Token], end: int, next_quantity: Quantity | None) -> int | None:
    """For "2 children were among 11 people killed": one past the whole's figure, else None."""
    if next_quantity is None or end + 2 > len(tokens):
        return None
    words_ = [token.lower for token in tokens[end : next_quantity.first]]
    if words_ not in (["were", "among"], ["was", "among"], ["were", "among", "the"], ["among"]):
        return None
    return next_quantity.end


def _seized(cue: str | None, people: bool) -> str | None:
    if cue == "seized":
        return "captured" if people else "seized"
    return cue


def _cue_right_before(tokens: list[Token], first: int) -> bool:
    """ "killed two", 'had "eliminated" 316': the verb stands right before the figure."""
    if first > 1 and tokens[first - 1].text in '"”»' and _cue_at(tokens, first - 2):
        return True
    if first > 1 and tokens[first - 1].lower == "all" and _cue_at(tokens, first - 2):
        return True  # "killed all 214 hostages"
    if first > 1 and tokens[first - 1].lower == "at" and tokens[first - 2].lower in _NOMINAL_CUES:
        return True  # "put the number of dead at 77 and the number of wounded at 255"
    if first > 1:
        found = _cue_at(tokens, first - 2)
        if found and found[1] == 2:
            return True  # "shot down 30 of the 38 missiles launched"
    return first > 0 and _cue_at(tokens, first - 1) is not None


def _tally_includes(tokens: list[Token], first: int) -> bool:
    """ "Its tally also included 125 …": the figure is a part of the count just given."""
    window = [token.lower for token in tokens[max(first - 5, 0) : first]]
    return bool(_INCLUDED.intersection(window)) and bool(_TOTAL_NOUNS.intersection(window))


def _cue_of_the_subject(tokens: list[Token], first: int) -> str | None:
    """ "The number of Palestinians killed … has passed 40,000": a bare figure that gives the size
    of its clause's subject takes the cue that the subject names."""
    if (
        first >= 3
        and tokens[first - 2].lower in ("a", "an")
        and tokens[first - 1].lower
        in (
            "record",
            "estimated",
            "new",
        )
    ):
        first -= 2  # "has reached a record 1.3 million"
    if first == 0 or tokens[first - 1].lower not in _TOTAL_VERBS | {"to", "at", "has", "had"}:
        return None
    if _death_toll_rose_to(tokens, first):
        return "killed"
    has_total_noun = False
    found = None
    position = first
    skipped = False
    while position > 0 and first - position < SUBJECT_LOOK_BACK:
        position -= 1
        token = tokens[position]
        if token.text == "," and not skipped:
            # "The toll, which officials said could rise, stood at 27": past the aside
            opening = _aside_start(tokens, position)
            if opening is not None:
                position, skipped = opening, True
                continue
        if (
            token.text in ",;:()"
            or token.is_number
            and not is_year(token)
            and not _is_day_of_a_date(tokens, position)
        ):
            break
        if token.lower in _TOTAL_NOUNS:
            has_total_noun = True
            if token.lower == "toll" and position > 0 and tokens[position - 1].lower == "death":
                found = "killed"  # "The death toll from the raid that freed four hostages rose to"
        if found is None:
            cue = _cue_at(tokens, position)
            if cue and (cue[0] in PERSON_CATEGORIES or cue[0] in ("lost", "exchanged")):
                found = cue[0]
    return found if has_total_noun else None


def _death_toll_rose_to(tokens: list[Token], first: int) -> bool:
    """ "The death toll from the raid that freed four hostages rose to 274": the toll's figure."""
    if not (first > 1 and tokens[first - 1].lower in ("to", "at")):
        return False
    if tokens[first - 2].lower not in _TOTAL_VERBS:
        return False
    lowered = [token.lower for token in tokens[: first - 2]]
    return any(a == "death" and b == "toll" for a, b in zip(lowered, lowered[1:], strict=False))


def _aside_start(tokens: list[Token], comma: int) -> int | None:
    """The comma that opens an aside closed by the comma at `comma`, if there is one near."""
    for position in range(comma - 1, max(comma - 14, 0), -1):
        if tokens[position].text in ";:()" or tokens[position].is_number:
            return None
        if tokens[position].text == ",":
            return position
    return None


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
    if (
        first >= 3
        and tokens[first - 1].lower in ("its", "their", "the")
        and tokens[first - 2].lower == "of"
    ):
        first -= 1  # "20 of its 31 tanks"
    return (
        first >= 2
        and tokens[first - 1].lower == "of"
        and (tokens[first - 2].is_number or tokens[first - 2].lower in NUMBER_WORDS)
    )


def _bare_category(cue: str | None, exchange: bool, source: Counted | None) -> str | None:
    if cue in _PEOPLE_ONLY_CUES:
        return cue  # "Some 13 million have been driven from their homes": only people are
    if source and source.category not in PERSON_CATEGORIES and cue is not None:
        # "… 47 drones; 35 were destroyed and 12 were lost": what happened to the same things
        ships = source.subject.split()[-1:] and source.subject.split()[-1].lower() in (
            _CRAFT | _SHIPS
        )
        if source.category == "launched" and ships:
            # "attacked more than 100 merchant ships, sinking four and seizing another"
            if cue in ("destroyed", "lost"):
                return "equipment"
            if cue == "seized":
                return "other"
        if source.category in ("launched", "intercepted"):
            if cue in ("launched", "sighted"):
                return "launched"  # "Russia says it downed 54; Ukraine says Russia fired 51"
            return (
                "intercepted"
                if cue in ("intercepted", "destroyed", "lost", "neutralised")
                else None
            )
        if cue in ("launched", "intercepted"):
            return cue  # "production is now 2,000 a month. They launched 2,400 of them"
        return "equipment" if cue in ("destroyed", "lost", "captured", "seized") else None
    if cue == "transferred" and source and source.category in PERSON_CATEGORIES:
        return source.category  # "32 wounded … Eleven were later transferred to Peshawar"
    if cue in ("moved", "movement") and source and source.category == "displaced":
        return "displaced"  # "1.1 million refugees … About 36,000 have been moved to an island"
    category = _person_category(cue, exchange)
    if category or cue is None:
        return category
    if source and source.category in PERSON_CATEGORIES:
        return None  # "8,000 of them … where forces launched": the cue is about something else
    if cue in ("launched", "intercepted"):
        return cue
    if cue == "neutralised":
        return "intercepted"
    if cue == "destroyed" and source and source.category in ("launched", "intercepted"):
        return "intercepted"
    if cue in ("destroyed", "seized"):
        return "equipment"
    return None


def _decide(
    phrase,
    after_cue,
    before_cue,
    exchange,
    previous,
    recent,
    listed,
    losses_named=False,
    stocked=False,
) -> str | None:
    kind = phrase.kind
    if after_cue == "population":
        return None  # "2 million people live in Gaza"
    if after_cue == "stayed":
        # "11,000 soldiers remained": still deployed; "8,000 people remained" after an evacuation
        return "deployed" if kind in ("military", "equipment") else "other"
    cue = after_cue or before_cue
    if cue == "deployed" and kind == "munition" and phrase.head in _ATTACK_DRONES:
        return "launched"  # "Russia sent 728 Shahed-type drones": an attack, not a delivery
    if (
        cue == "delivered"
        and kind in ("munition", "equipment")
        or (cue in ("deployed", "moved", "transferred") and kind == "munition")
    ):
        return "other"  # "sent 3 million shells", "delivered 18 tanks": aid, not use or loss
    if kind == "munition":
        if phrase.head in _WEAPON_MUNITIONS and (
            "destroyed" in (after_cue, before_cue)
            or "seized" in (after_cue, before_cue)
            or listed
            and previous
            and previous.category == "equipment"
        ):
            return "equipment"  # "seized two armoured vehicles and four mortars": the weapons
        if "seized" in (after_cue, before_cue):
            return "other"  # "recovered 1,482 rounds of ammunition": taken, neither fired nor lost
        if listed and previous and previous.category == "equipment" and phrase.head in _AMMUNITION:
            return "other"  # "seized 27 firearms … as well as 3,400 rounds of ammunition"
        if listed and previous and previous.category in ("equipment", "other"):
            # "destroyed 14 guns, 6 tanks and 62 drones"; "sent 31 tanks and 3 million shells"
            return "intercepted" if previous.category == "equipment" else "other"
        for cue in (after_cue, before_cue):
            if cue in ("intercepted", "destroyed", "neutralised", "lost"):
                return "intercepted"  # "37 drones were lost" to jamming: they did not arrive
            if cue in ("launched", "sighted"):
                return "launched"
        if previous and previous.category in ("launched", "intercepted"):
            return previous.category
        if stocked:
            return "other"  # "thought to have between 120,000 and 200,000 rockets": an arsenal
        return "launched"
    if kind == "equipment":
        cues = (after_cue, before_cue)
        if not {"launched", "sighted"}.isdisjoint(cues) and phrase.head in (
            "weapons",
            "assets",
            "means",
        ):
            return "launched"  # "Russia launched 741 aerial weapons", "detected 210 weapons"
        if before_cue == "attacked" and after_cue is None and phrase.head in _CRAFT | _SHIPS:
            return "launched"  # "the Houthis have attacked more than 100 merchant ships"
        if after_cue == "movement" and before_cue is None and phrase.head in _WAR_CRAFT:
            return "deployed"  # "3,070 PLA aircraft entering the air defence zone"
        if after_cue == "deployed" and before_cue is None:
            return "deployed"  # "20 aircraft took part", "4 warships were deployed"
        if before_cue == "deployed" and after_cue is None and phrase.head in _WAR_CRAFT:
            return "deployed"  # "China sent a record 153 military aircraft toward Taiwan"
        if "sighted" in cues or listed and previous and previous.category == "deployed":
            return "deployed"  # "detected 76 aircraft, 15 navy ships and four official ships"
        if any(
            cue in ("destroyed", "lost", "intercepted", "captured", "seized", "hit") for cue in cues
        ):
            return "equipment"
        if before_cue in ("casualties", "killed") and after_cue is None:
            return "equipment"  # "… lost 1,057,120 troops. The figure also includes 11,094 tanks"
        if previous and previous.category == "equipment":
            return "equipment"  # "lost 45 tanks and 120 armoured vehicles"
        if previous and previous.category in ("casualties", "killed") and listed:
            return "equipment"  # "lost up to 200 servicemen, three tanks and eight vehicles"
        if all(cue is None for cue in cues) and losses_named:
            # "the tally now stands at 9,489 tanks", "listed 11 tanks … it said Russia lost"
            return "equipment"
        return "other"
    if kind == "other":
        if phrase.head in _HOMES:
            # "2,300 households fled": the people of them; "power cut to 1.2 million households"
            cue = _person_category(after_cue or before_cue, exchange, "civilian")
            return cue if cue in ("displaced", "killed", "wounded", "missing") else "other"
        if phrase.head == "targets" and not {"intercepted", "neutralised"}.isdisjoint(
            (after_cue, before_cue)
        ):
            return "intercepted"  # "shot down 144 of the targets": what air defence calls them
        if phrase.head in _ATTACK_NOUNS and "intercepted" not in (after_cue, before_cue):
            # "more than 2,000 attacks on civilians", "conducted 74 assaults"; repelled ones are
            # counted as other figures
            return "launched"
        return "other"
    # People, or nothing named (the figure counts what was counted before).
    for cue in (after_cue, before_cue):
        category = _person_category(cue, exchange, kind)
        if category:
            return category
    if previous and previous.category in PERSON_CATEGORIES and kind in ("civilian", "military"):
        return previous.category  # "… killed, including 650 children"
    if kind == "military":
        return "deployed"
    if recent and recent.category == "deployed" and _is_demonym(phrase.head_text):
        return "deployed"  # "12,000 North Koreans were in …" in a story about a deployment
    return None  # "2 million people": a population, unless something happened to them


_LIFE_TAKERS = words("claimed claiming claims cost costing costs took taken taking take")
_STOCKS = words("stockpile stockpiles arsenal arsenals inventory inventories stocks")
_HOLDING = words("have has had possess possesses possessed own owns stockpile stockpiled arsenal")


def _held_in_stock(tokens: list[Token], first: int) -> bool:
    """ "Hezbollah was thought to have 150,000 rockets", "an arsenal of 3,000 missiles"."""
    if first and tokens[first - 1].lower == "between":
        first -= 1
    if not _STOCKS.isdisjoint(token.lower for token in tokens[:first]):
        return True  # "The stockpile estimate includes about 600 Iskander-M missiles"
    before = [token.lower for token in tokens[max(first - 2, 0) : first]]
    return bool(before) and (
        before[-1] in _HOLDING or len(before) == 2 and before[0] in _HOLDING and before[1] == "of"
    )


# A sentence about losses: the equipment it counts with no verb of its own was lost.
_LOSS_WORDS = words("lost losses loss tally")
_PRESENCE_PARTICIPLES = words("operating loitering sailing patrolling anchored stationed")
_AROUND = words("around near off inside within")


def _present_around(tokens: list[Token], end: int) -> bool:
    """ "27 militia vessels around Pag-asa", "10 ships operating near the island": present."""
    position = end
    if position < len(tokens) and tokens[position].lower in _PRESENCE_PARTICIPLES:
        return True
    return position < len(tokens) and tokens[position].lower in _AROUND


def _person_category(cue: str | None, exchange: bool, kind: str | None = None) -> str | None:
    if cue in ("rescued", "plight"):
        return "other"  # "rescued 31 people", "470,000 people face famine": people, not losses
    if cue == "imprisoned":
        return "captured" if exchange else None  # "250 were serving long sentences" and freed
    if cue == "transferred":
        # "1,500 troops transferred to Kursk"; "94 children transferred to other hospitals"
        return {"military": "deployed", "civilian": "other"}.get(kind or "")
    if cue == "moved":
        return "displaced" if kind == "civilian" else "deployed"
    if cue in ("killed", "wounded", "casualties", "captured", "missing", "displaced", "deployed"):
        return cue
    if cue == "sighted" and kind == "military":
        return "deployed"  # "spotted about 300 soldiers near the border"
    if cue == "movement" and kind is not None:
        # a bare "15,000 more to arrive" takes what the earlier figure counted instead
        return "deployed" if kind == "military" else "displaced"
    if cue == "exchanged" and exchange:
        return "captured"
    if cue == "exchanged" and kind == "civilian":
        return "displaced"  # "Ukraine has brought back 1,712 children": home from displacement
    if cue == "lost":
        return "casualties"
    if cue == "neutralised":
        return "killed"
    return None


def _noun_phrase_after(tokens: list[Token], start: int) -> _NounPhrase | None:
    """The words after a figure up to the noun that says what is counted."""
    count = len(tokens)
    position = start
    modifiers = 0
    first_modifier = start
    designation = False
    while position < count and modifiers <= 4:
        token = tokens[position]
        word = token.lower
        if word == "of" and position == start and position + 1 < count:
            following = tokens[position + 1].lower
            if following in ("them", "those", "these", "whom", "which"):
                return _NounPhrase("anaphora", position, position + 2, following, following)
            if following in ("the", "its", "their", "our"):
                inner_start = position + 2
                if inner_start + 2 < count and tokens[inner_start + 1].lower in ("'s", "’s"):
                    inner_start += 2  # "17 of the group's combat vehicles"
                elif (
                    inner_start + 2 < count
                    and tokens[inner_start + 1].text in ("'", "’")
                    and tokens[inner_start].lower.endswith("s")
                ):
                    inner_start += 2  # "18 of the assailants' motorcycles"
                inner = _noun_phrase_after(tokens, inner_start)
                if inner and inner.head == "victims":
                    # "48 of the victims were women": the victims counted are the dead
                    return _NounPhrase("category", position, inner.end, "dead", inner.head_text)
                if inner and inner.kind != "anaphora":
                    return _NounPhrase(inner.kind, position, inner.end, inner.head, inner.head_text)
            return None
        kind = _noun_kind(token)
        if word == "means" and (
            position + 1 < count
            and tokens[position + 1].lower == "of"
            or position > start
            and tokens[position - 1].lower == "attack"
        ):
            # "705 means of air attack", "623 enemy air attack means": missiles and drones
            end = position + 1
            if end + 2 < count and tokens[end].lower == "of":
                end = next(
                    (
                        later + 1
                        for later in range(end + 1, min(end + 4, count))
                        if tokens[later].lower == "attack"
                    ),
                    end,
                )
            return _NounPhrase("munition", start, end, "means", "means")
        if (
            kind == "other"
            and word == "attack"
            and position + 1 < count
            and (tokens[position + 1].lower == "means")
        ):
            position += 1  # "air attack means": the means are what is counted
            continue
        if (
            kind == "civilian"
            and word.endswith("ese")
            and position + 1 < count
            and tokens[position + 1].is_word
            and not tokens[position + 1].is_capitalized
            and tokens[position + 1].lower not in _NOUN_PHRASE_STOPS
            and not _cue_at(tokens, position + 1)
        ):
            # "76 Chinese military aircraft": the nationality describes what is counted
            kind = None
        if (
            kind == "munition"
            and word in _MUNITION_MODIFIERS
            and position + 2 < count
            and tokens[position + 1].is_word
            and not tokens[position + 1].is_capitalized
            and tokens[position + 1].lower not in _NOUN_PHRASE_STOPS
            and _noun_kind(tokens[position + 1]) is None
            and not _cue_at(tokens, position + 1)
            # a plural noun follows: "control points", "pilots"; not "one drone got through"
            and any(token.lower.endswith("s") for token in tokens[position + 1 : position + 3])
        ):
            # "11 drone control points", "46 drone pilots": the drone only describes
            kind = None
        if kind:
            end = position + 1
            # "attack drones", "cruise missiles": the last of a run of counted nouns is the head
            while end < count and _noun_kind(tokens[end]) and end - position < 3:
                kind = _noun_kind(tokens[end])
                end += 1
            if (
                tokens[end - 1].lower in ("fighters", "fighter")
                and designation
                and any(token.text in "-/" for token in tokens[start:position])
            ):
                kind = "equipment"  # "two F/A-18 fighters were lost": jets, not people
            if tokens[end - 1].lower in _CRAFT and not _UNCREWED.isdisjoint(
                token.lower for token in tokens[start:end]
            ):
                kind = "munition"  # "uncrewed surface vessels": drone boats
            return _NounPhrase(kind, start, end, tokens[end - 1].lower, tokens[end - 1].text)
        if word in _FILLERS:
            position += 1
            continue
        if modifiers and _continues_a_modifier(tokens, position):
            # "fixed-wing", "M1A1", "2A6s": one modifier written with hyphens or digits
            designation = designation or token.is_number
            position += 1
            continue
        if modifiers and _lists_participles(tokens, position):
            position += 2  # "destroyed, damaged, abandoned or captured tanks": one modifier
            continue
        if (
            word in ("and", "or")
            and modifiers
            and not tokens[position - 1].lower.endswith("s")  # "187 mines and roadside bombs"
            and _shared_noun(tokens, position + 1)
        ):
            # "18 ballistic and cruise missiles": two modifiers of one noun
            inner = _noun_phrase_after(tokens, position + 1)
            if inner is not None:
                return _NounPhrase(inner.kind, start, inner.end, inner.head, inner.head_text)
        if word.endswith("ly") and _describes_people(tokens, position + 2):
            position += 1  # "15 critically ill patients"
            continue
        if not token.is_word or word in _NOUN_PHRASE_STOPS or word.endswith("ly"):
            break
        if not modifiers:
            first_modifier = position
        modifiers += 1
        position += 1
    if modifiers and not designation and _cue_at(tokens, first_modifier):
        # "two died shortly after", "31 others arrested": a verb, not a noun's modifier
        return None
    if modifiers and not designation:
        # "740,000 Rohingya fled to Bangladesh": the verb after the name is no part of it
        position = next(
            (
                later
                for later in range(first_modifier + 1, position)
                if _cue_at(tokens, later) and tokens[later].lower.endswith("ed")
            ),
            position,
        )
    if modifiers and designation and tokens[first_modifier].lower in _MISSILE_DESIGNATIONS:
        # "28 of the Kh-101s", "three KN-23s": missiles by their model
        return _NounPhrase("munition", start, position, "missiles", "")
    if modifiers:
        # "18 Leopard 2A6s": a model designation names a piece of equipment
        return _NounPhrase("equipment" if designation else "unknown", start, position, "", "")
    return None


def _describes_people(tokens: list[Token], position: int) -> bool:
    return position < len(tokens) and _noun_kind(tokens[position]) in ("civilian", "military")


def _shared_noun(tokens: list[Token], position: int) -> bool:
    """True when a modifier and then a counted noun follow: "… and cruise missiles"."""
    if not (position + 1 < len(tokens) and tokens[position].is_word):
        return False
    first, second = _noun_kind(tokens[position]), _noun_kind(tokens[position + 1])
    # "… and cruise missiles"; "more than 70 air and drone attacks": a noun used as a modifier
    # "nearly 500 air and missile strikes": strikes of both kinds
    return second is not None and (
        first is None or first == "munition" and second in ("other", "munition")
    )


_CRAFT = words("vessels vessel boats boat craft")
_SHIPS = words("ships ship tankers carriers")
_MUNITION_MODIFIERS = words("drone missile rocket uav")
_UNCREWED = words("unmanned uncrewed explosive-laden")
_MISSILE_DESIGNATIONS = frozenset(
    {"kh", "kn", "iskander", "geran", "shahed", "kalibr", "zircon", "orlan", "lancet", "zala"}
)


def _continues_a_modifier(tokens: list[Token], position: int) -> bool:
    token = tokens[position]
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if joined(tokens[position - 1], token):
        if token.text == "/":
            # "F/A-18": one designation written with a slash
            return following is not None and joined(token, following) and following.is_word
        if token.text == "-":
            # "French-made"; "Su-27", where a capitalised name takes a model number
            return (
                following is not None
                and joined(token, following)
                and (not following.is_number or tokens[position - 1].is_capitalized)
            )
        previous = tokens[position - 1]
        # "2A6", and "French-made": a word glued to a hyphen continues the modifier
        return token.is_number or (token.is_word and (previous.is_number or previous.text in "-/"))
    # a designation that opens with digits: "Leopard 2A6s"
    return (
        token.is_number
        and following is not None
        and joined(token, following)
        and following.is_word
        and tokens[position - 1].is_capitalized
    )


def _lists_participles(tokens: list[Token], position: int) -> bool:
    word = tokens[position].lower
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    return (
        word in (",", "or", "and")
        and tokens[position - 1].lower.endswith("ed")
        and following is not None
        and following.is_word
        and following.lower not in _NOUN_PHRASE_STOPS
    )


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


def _number_brought_to(
    tokens: list[Token], quantity: Quantity, boundaries: set[int], exchange: bool | None
) -> Counted | None:
    """ "bringing the number of bodies returned since June to 6,057": what the number counts."""
    if quantity.end < len(tokens) and _noun_phrase_after(tokens, quantity.end) is not None:
        return None  # "… to 6,057 people": the figure names its own noun
    for position in range(quantity.first - 2, max(quantity.first - 16, 0), -1):
        if tokens[position].text in ".;:":
            return None
        if tokens[position].lower == "number" and tokens[position + 1].lower == "of":
            inner = _noun_phrase_after(tokens, position + 2)
            if inner is None:
                return None
            if inner.kind == "category":
                category = CATEGORY_NOUNS[inner.head]
            else:
                cue = _cue_after(tokens, inner.end, boundaries | {quantity.first})[0]
                category = _person_category(cue, bool(exchange), inner.kind)
            return Counted(category, _subject(tokens, inner), quantity.end) if category else None
    return None


# How far after a describing participle the clause's own verb may come
MAIN_VERB_WINDOW = 10
_MAIN_VERB_CUES = frozenset({"killed", "wounded", "captured", "missing", "intercepted"})
# the verbs themselves: not "the number … had fallen to 13"
_MAIN_VERBS = words("killed wounded injured captured intercepted shot downed detained abducted")
_WAR_CRAFT = words(
    "aircraft planes jets fighters bombers helicopters ships vessels warships frigates submarines "
    "sorties"
)
_PART_OPENERS = words("some most many several few none")
_FORCE_NOUNS = words("force forces army armies contingent contingents garrison")
_TALLY_DASHES = frozenset({"—", "–", "‒", "-"})
_TALLY_PEOPLE = words("personnel persons people troops servicemen soldiers manpower")
_TALLY_EQUIPMENT = words("means equipment mlrs uavs drones missiles systems tanks")


def _tally_item(tokens: list[Token], first: int, end: int) -> Counted | None:
    """ "personnel — about 1,128,170", "air defence means ‒ 1,225" in a tally of losses: what the
    label before the dash names, lost."""
    dash = first - 1
    if dash < 1 or tokens[dash].text not in _TALLY_DASHES or joined(tokens[dash - 1], tokens[dash]):
        return None
    start = dash
    while start > 0 and tokens[start - 1].text not in ";:•" and dash - start < 7:
        start -= 1
    if start > 0 and tokens[start - 1].text not in ";:•":
        return None
    label = tokens[start:dash]
    if not label or not all(token.is_word or token.text in "/-" for token in label):
        return None
    words_of_label = {token.lower for token in label}
    subject = " ".join(token.text for token in label)
    if not _TALLY_PEOPLE.isdisjoint(words_of_label):
        return Counted("casualties", subject, end)
    if not _TALLY_EQUIPMENT.isdisjoint(words_of_label) or any(_noun_kind(token) for token in label):
        return Counted("equipment", subject, end)
    return None


def _is_demonym(word: str) -> bool:
    """Plural nationality nouns: "Ukrainians", "North Koreans", "Palestinians", "Israelis"."""
    return len(word) > 4 and (word.endswith(("ans", "ians", "ese", "inos")) or word.endswith("is"))


def _cue_at(tokens: list[Token], position: int) -> tuple[str, int] | None:
    word = tokens[position].lower
    if word == "left" and position + 1 < len(tokens) and tokens[position + 1].text in KNOWN_PLACES:
        return "movement", 1  # "10,000 people had left Pokrovsk"
    if word in _PHRASE_STARTS:
        for length in range(min(_LONGEST_CUE, len(tokens) - position), 1, -1):
            words = tuple(token.lower for token in tokens[position : position + length])
            if words in _CUES:
                return _CUES[words], length
    category = _CUES.get((word,))
    return (category, 1) if category else None


def _cue_after(tokens: list[Token], start: int, boundaries: set[int]) -> tuple[str | None, int]:
    """The first word after a figure that says what happened, before the next figure begins.

    A relative clause set off by commas (", which included cruise missiles,") is passed over
    first: the verb after it is the figure's.
    """
    skipped = _relative_clause(tokens, start, boundaries)
    if skipped is not None:
        found = _cue_after(tokens, skipped, boundaries)
        if found[0] is not None:
            return found
    stayed = None
    for position in range(start, min(start + AFTER_WINDOW, len(tokens))):
        if position in boundaries or (
            tokens[position].lower in _CLAUSE_BREAKS and not _as_what(tokens, position)
        ):
            break
        if (
            tokens[position].lower in _SAID
            and not _parenthetical(tokens, position)
            and (_cue_at(tokens, position) or ("", 1))[1] == 1  # but "reported missing"
        ):
            break  # "…, the ministry said, the deadliest day of fighting": another clause
        if (
            tokens[position].lower == "and"
            and position > start
            and tokens[position - 1].text == ","
        ):
            break  # "…, and Ukraine is still holding ground": a clause of its own
        if (
            tokens[position].lower == "and"
            and position + 1 < len(tokens)
            and tokens[position + 1].lower == "that"
        ):
            break  # "12,000 troops were in Kursk and that hundreds had been killed": two things said
        if tokens[position].lower == "according":
            break  # "47 civilians, according to a tally based on …": the source, not the verb
        if (
            tokens[position].text == ","
            and position + 2 < len(tokens)
            and tokens[position + 1].lower in ("a", "an")
            and tokens[position + 2].lower in _TOTAL_NOUNS | {"figure", "estimate", "number"}
        ):
            break  # "more than 1mn, a count that includes the wounded": about the count
        if (
            tokens[position].lower == "and"
            and position + 2 < len(tokens)
            and tokens[position + 1].lower == "the"
            and tokens[position + 3 if position + 3 < len(tokens) else position].lower == "of"
        ):
            break  # "the killing of 1,259 children and the maiming of 941 others"
        if (
            tokens[position].lower in _NOMINAL_CUES
            and position > 0
            and tokens[position - 1].lower == "the"
            and not (position > 1 and tokens[position - 2].lower == "among")
        ):
            continue  # "camps for the displaced"; but "6 of its staff were among the dead"
        found = _cue_at(tokens, position)
        if (
            found
            and found[1] == 1
            and tokens[position].lower in ("evacuation", "evacuations")
            and position + 1 < len(tokens)
            and _noun_kind(tokens[position + 1])
        ):
            continue  # "two of our medics from the evacuation crews were killed"
        if (
            found
            and tokens[position].lower in _NOMINAL_DEPLOYMENT
            and position > 0
            and tokens[position - 1].lower in _BEFORE_A_NOUN
        ):
            continue  # "in several days of fighting", "a military training institute"
        if (
            found
            and (position + found[1]) in boundaries
            and tokens[position + found[1]].lower not in _HEDGE_STARTS
        ):
            break  # "sinking two of them and killing four sailors": the next figure's verb
        if found and found[0] == "stayed" and stayed is None:
            stayed = found[0], position + found[1]
            continue
        if found and stayed is not None and position - stayed[1] > STAYED_WINDOW:
            break  # "remained in the town after the evacuation": the stay is what is said
        if found:
            category, length = found
            end = position + length
            combined = _combined_with_next(tokens, category, end)
            if combined:
                return combined
            if position == start and tokens[position].lower.endswith(("ed", "ing")):
                # "two drones launched from Yemen had been shot down", "13 soldiers serving with
                # the mission were killed": the participle describes, the verb after says
                main = _main_verb_after(tokens, end, boundaries)
                if main is not None:
                    return main
            return category, end
    return stayed or (None, start)


def _main_verb_after(
    tokens: list[Token], start: int, boundaries: set[int]
) -> tuple[str, int] | None:
    for position in range(start, min(start + MAIN_VERB_WINDOW, len(tokens) - 1)):
        token = tokens[position]
        if (
            position in boundaries
            or token.text in ",;:.("
            or token.lower in _CLAUSE_BREAKS
            or token.lower in ("and", "or")
        ):
            return None  # "three rockets crossed … and were intercepted": two things said
        if token.lower in _AUXILIARY_VERBS:
            verb = position + 1
            if verb < len(tokens) and tokens[verb].lower == "been":
                verb += 1
            found = _cue_at(tokens, verb) if verb < len(tokens) else None
            if found and found[0] in _MAIN_VERB_CUES and tokens[verb].lower in _MAIN_VERBS:
                return found[0], verb + found[1]
            return None
    return None


def _as_what(tokens: list[Token], position: int) -> bool:
    """ "registered as refugees", "taken as prisoners": "as" names what the figure became."""
    return (
        tokens[position].lower == "as"
        and position + 1 < len(tokens)
        and (
            tokens[position + 1].lower in CATEGORY_NOUNS
            or _cue_at(tokens, position + 1) is not None  # "listed 2 tanks … as destroyed"
        )
    )


def _parenthetical(tokens: list[Token], verb: int) -> bool:
    """ "300 soldiers, officials said, were killed": the report sits inside the figure's clause."""
    return (
        verb + 2 < len(tokens)
        and tokens[verb + 1].text == ","
        and tokens[verb + 2].lower in _AUXILIARY_VERBS
    )


def _relative_clause(tokens: list[Token], start: int, boundaries: set[int]) -> int | None:
    """One past the closing comma of ", which …," right at `start`, or None."""
    count = len(tokens)
    if not (start + 1 < count and tokens[start].text == ","):
        return None
    opener = tokens[start + 1].lower
    # ", including 138 civilians,", ", among them three children,": a figure of its own
    part = opener == "including" or (
        opener == "among" and start + 2 < count and tokens[start + 2].lower == "them"
    )
    if opener in _PART_OPENERS and start + 2 < count and tokens[start + 2].lower == "of":
        part = True  # ", most of them children,"
    if not (part or opener in _RELATIVE_OPENERS):
        return None
    for position in range(start + 2, min(start + 2 + AFTER_WINDOW * 2, count)):
        if (position in boundaries and not part) or tokens[position].text in ";:.":
            return None
        if tokens[position].text == ",":
            return position + 1
    return None


def _combined_with_next(tokens: list[Token], category: str, end: int) -> tuple[str, int] | None:
    # "killed or wounded", "dead and injured": one figure for both is a count of casualties
    if category not in ("killed", "wounded") or end + 1 >= len(tokens):
        return None
    if tokens[end].lower not in ("or", "and", ","):
        return None
    following = _cue_at(tokens, end + 1)
    if following and {category, following[0]} == {"killed", "wounded"}:
        after = end + 1 + following[1]
        if after < len(tokens) and tokens[after].is_number:
            return None  # "received 22 bodies and treated 40 people": a figure of its own
        return "casualties", after
    return None


def _cue_before(tokens: list[Token], first: int, boundaries: set[int]) -> str | None:
    """The nearest word before a figure that says what happened ("killed at least 100")."""
    for position in range(first - 1, max(first - 1 - BEFORE_WINDOW, -1), -1):
        token = tokens[position]
        if token.text in '"“«' and position == first - 1:
            continue  # killing "more than 100 militia members"
        if token.text == ":" and position == first - 1:
            return _cue_before_colon(tokens, position)
        if token.text in ',;:.()"“”' or position + 1 in boundaries or token.is_number:
            return None
        found = _cue_at(tokens, position)
        if found and found[1] == 1:
            # "taken the lives of 212 people": a phrase that ends at this word is what it says
            for back in range(1, min(_LONGEST_CUE, position + 1)):
                longer = _cue_at(tokens, position - back)
                if longer and longer[1] > back and position - back + longer[1] <= first:
                    found = longer
                    break
        if found and position + found[1] <= first:
            if found[0] in _HARMS and position >= 2 and tokens[position - 1].lower in ("or", "and"):
                other = _CUES.get((tokens[position - 2].lower,))
                if other in _HARMS and other != found[0]:
                    return "casualties"  # "killed or wounded 1,020 soldiers"
            return found[0]
    return None


_HARMS = frozenset({"killed", "wounded"})
_FATES = frozenset({"killed", "wounded", "missing", "casualties"})
# Words that may open the next figure without being its verb's object: "shot down over nine regions"
_HEDGE_STARTS = words("over about around more nearly almost some up at as close roughly under less")
# Cue words that are nouns after these: "days of fighting", "a military training centre"
_NOMINAL_DEPLOYMENT = words("fighting training fight")
_BEFORE_A_NOUN = words("of in the a heavy fierce military intense during after more street")


def _air_defence(tokens: list[Token]) -> bool:
    """ "air defences had destroyed 112 targets": what air defence destroys was intercepted."""
    return any(
        token.lower == "air" and following.lower.startswith("defen")
        for token, following in zip(tokens, tokens[1:], strict=False)
    )


def _intercepted_and(tokens: list[Token], first: int) -> bool:
    """ "intercepted and destroyed 162 unmanned aerial vehicles": the first verb says it."""
    return (
        first >= 3
        and tokens[first - 2].lower in ("and", "or")
        and _CUES.get((tokens[first - 3].lower,)) == "intercepted"
    )


def lead_in_cue(tokens: list[Token]) -> str | None:
    """For a line that ends with a colon and introduces a list ("air defence shot down or
    suppressed 623 enemy air attack means:"): what it says happened to the items."""
    if not tokens or tokens[-1].text != ":":
        return None
    return _cue_before_colon(tokens, len(tokens) - 1) or next(
        # "The military fatalities documented in October are distributed as follows:"
        (
            CATEGORY_NOUNS[token.lower]
            for token in tokens
            if token.lower in CATEGORY_NOUNS and token.lower != "losses"
        ),
        None,
    )


def _cue_before_colon(tokens: list[Token], colon: int) -> str | None:
    """ "the following have been destroyed: 660 aircraft, …": a list takes the verb before it."""
    for position in range(colon - 1, max(colon - 1 - COLON_LOOK_BACK, -1), -1):
        if tokens[position].text in ';:."“”':
            return None
        found = _cue_at(tokens, position)
        if found:
            return found[0]
    return None


def _is_day_of_a_date(tokens: list[Token], position: int) -> bool:
    """ "7" in "since 7 October 2023" or "since October 7": a date, not a figure."""
    if not tokens[position].text.isdigit() or len(tokens[position].text) > 2:
        return False
    before = tokens[position - 1].lower if position else ""
    after = tokens[position + 1].lower if position + 1 < len(tokens) else ""
    return before in MONTHS or after in MONTHS


def _is_capacity(tokens: list[Token], first: int) -> bool:
    return (
        first >= 2
        and tokens[first - 1].lower == "for"
        and tokens[first - 2].lower in _CAPACITY_NOUNS
    )


def _cue_of_the_whole(tokens: list[Token], first: int) -> str | None:
    """A cue for a figure that names a part of a larger count: "captured hundreds of soldiers,
    including a general and 6 colonels"; "Of the dead, it said, 380 were fighters"."""
    for position in range(first - 1, max(first - 8, -1), -1):
        token = tokens[position]
        if token.text in ",;:." or token.is_number:
            break
        if token.lower in _PART_MARKERS:
            for back in range(position - 1, max(position - PART_LOOK_BACK, -1), -1):
                if tokens[back].text in ";.":
                    break
                found = _cue_at(tokens, back)
                if found and found[0] != "deployed":  # "killed in the fighting": not "fight"
                    return found[0]
            break
    if (
        len(tokens) > 3
        and tokens[0].lower in _PARTITIVE_OPENERS
        and tokens[1].lower
        in (
            "the",
            "those",
            "them",
        )
    ):
        named = None
        for position in range(1, min(first, 10)):
            if tokens[position].text == ",":
                break
            if tokens[position].lower in ("victims", "dead"):
                return "killed"  # "Among the victims were 23 women"
            found = _cue_at(tokens, position)
            if found and found[0] in PERSON_CATEGORIES:
                # "Of those martyred, six belonged to the army"; "Of the 26 hostages who died,
                # 18 were soldiers": what befell them wins over what they were
                named = found[0]
                if found[0] in _FATES:
                    return found[0]
        if named is not None:
            return named
    if len(tokens) > 2 and first > 1:
        opening = [token.lower for token in tokens[:3]]
        if opening[0] == "the":
            opening = opening[1:]
        if opening[0] in ("victims", "dead") and opening[1] in _INCLUDED:
            return "killed"  # "Victims included 127 older men and women"
            found = _cue_at(tokens, position)
            if found:
                return found[0]
    return None


def _refers_back(tokens: list[Token], first: int) -> bool:
    """True when the sentence opens on the count before it: "Of those, …", "Among them, …",
    "That figure included …", "It included …"."""
    opening = [token.lower for token in tokens[: min(first, 4)]]
    if len(opening) >= 2 and opening[0] in _PARTITIVE_OPENERS and opening[1] in _BACK_REFERENCES:
        return True
    return any(word in _INCLUDED for word in opening) and (
        opening[0] in ("it", "they")
        or len(opening) >= 2
        and opening[0] in ("that", "the", "this")
        and opening[1] in _TOTAL_NOUNS | {"figure", "figures"}
    )


_BACK_REFERENCES = words("those them these which whom")


def _may_refer_back(tokens: list[Token], quantity: Quantity) -> bool:
    """A bare figure continues an earlier count only when its wording says so."""
    if quantity.is_word_one:
        return False
    if quantity.is_hedged or quantity.is_range:
        return True
    before = tokens[quantity.first - 1].lower if quantity.first > 0 else ""
    after = tokens[quantity.end].lower if quantity.end < len(tokens) else ""
    return before in _FOLLOW_ON_BEFORE or after in ("more", "others", "additional")
