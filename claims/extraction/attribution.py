"""Who asserted a figure: reporting verbs, "according to", quoted speech and pronouns.

Finds the speakers of a sentence ("X said", "said X", "X told reporters", "according to X",
"X's estimate"), resolves "he"/"the agency" to the speaker last named, and reads relays ("X said,
citing Y": Y asserted it, X relayed it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claims.extraction.places import KNOWN_PAIRS, KNOWN_PLACES
from claims.extraction.quantities import NUMBER_WORDS
from claims.extraction.tokens import CLOSING_QUOTES, Token, joined
from claims.extraction.vocabulary import (
    AUXILIARIES,
    COUNT_NOUNS,
    DETERMINERS,
    MONTHS,
    ORGANISATION_NOUNS,
    PERSON_ROLES,
    PRONOUNS,
    REPORTING_PHRASES,
    REPORTING_VERBS,
    SPEAKER_MODIFIERS,
    SPEAKER_NOUNS,
    WEEKDAYS,
    words,
)

MAX_NAME_TOKENS = 12
_ESTIMATE_NOUNS = words(
    "estimate estimates figure figures count tally assessment data claim account target goal"
)
# Capitalized words that open a sentence without being part of a name.
_SENTENCE_ADVERBS = words("""
    Meanwhile Separately However Earlier Later Also But And Yet Still Now Then Last On In At By
    After Before While When If As Since Asked Speaking According Previously Overnight Today
    Yesterday Elsewhere Instead Moreover Furthermore Nonetheless Nevertheless Already Each Both
    All Some Many Most Several Neither Either Others Their Its His Her Our My
    """)
_NOT_NAMES = (
    {month.title() for month in MONTHS}
    | {day.title() for day in WEEKDAYS}
    | _SENTENCE_ADVERBS
    | {"What", "Where", "When", "Why", "How", "Which"}  # "What I can tell you is …"
    | {"Nobody", "Everybody", "Everyone", "Someone", "Somebody", "Anyone"}
)
_CONNECTORS = frozenset(
    {"of", "for", "and", "in", "'s", "’s", "(", ")", "-", "on", "du", "de", "la"}
)
_CLAUSE_MARKS = frozenset({",", "—", "–", "-"}) | CLOSING_QUOTES
# Reporting verbs that are more often nouns: a speaker only when the name opens the clause.
_NOUN_OR_VERB = frozenset({"report"})
_CONJUNCTIONS = frozenset({"that", "and", "but"})
# Words that open an aside between a speaker and its verb: "The army, for its part, said".
_ASIDE_OPENERS = words(
    "for in on at however meanwhile too like as by with from after also though whose known through "
    "late early later earlier"
)
# What a speaker issues, not a speaker: "according to a statement from X", "in a video posted".
_DOCUMENT_NOUNS = words("""
    statement statements report reports video videos message post update bulletin briefing list
    assessment analysis tally data figures count survey study estimates estimate figure claim
    toll probe inquiry investigation review audit breakdown
    """)
_DOCUMENT_LINKS = frozenset({"from", "by", "of"})
_KEPT = frozenset({"kept", "run", "held", "drawn", "seen", "made"})
# Bodies named by a word of their own: "The Pentagon moved more slowly".
_BODIES = words("pentagon kremlin nis hur sbu idf unhcr unicef unrwa ocha")
_PROGRESSIVE_AUXILIARIES = words("is are was were")
_ANALYSTS = words(
    "analysts analyst researchers researcher experts expert scientists specialists investigators"
)
_STAFF = words(
    "investigators researchers monitors teams team staff crews workers medics volunteers"
)
_QUANTIFIERS = words("each every all both some many most several other another no any such")
_WIRE_AGENCIES = frozenset({"AP", "AFP", "UPI", "DPA", "ANSA", "EFE", "PTI", "IANS", "APA"})
_SEEN = words("seen obtained reviewed viewed")
_NAME_PARTICLES = frozenset({"al", "el", "-", "bin", "ibn", "abu", "de", "van", "von", "da"})
_PASSIVE_AUXILIARIES = words("was were been being is are")
_BY_ENDS = words("on in at near from last this over during since as of that who which and")
# What a body issues and a sentence can open with: "Government figures shared with partners show".
_ISSUED_THINGS = _DOCUMENT_NOUNS | words(
    "images photos footage statistics numbers records database survey study document documents "
    "decree decrees "
    "memo letter"
)
_DOCUMENTS_AND_ISSUED = _DOCUMENT_NOUNS | _ISSUED_THINGS
# Reporting verbs whose object follows them: never read a speaker after these.
_OBJECT_VERBS = words("accused accuses verified verifies shows showed told tells put puts")
# Nouns that make a reporting verb before them a noun too: "think tank".
_COMPOUND_SECONDS = words("tank tanks")
# Prepositions before a place: "authorities in occupied Sevastopol said" names the authorities.
_PLACE_PREPOSITIONS = words("in at near from outside inside across")
# Time phrases between a speaker and its verb: "a NATO official … last week put".
# "his office said" is the person speaking; "its defence ministry" is better read as itself
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "our": "we", "my": "i"}
_COMPASS = words(
    "northern southern eastern western central north south east west northeastern northwestern "
    "southeastern southwestern"
)
_PLACE_NOUNS = words("town city village district region province county state camp republic oblast")
_TIME_WORDS = words("last this next earlier later week month year weekend night morning evening")


def _is_participle(token: Token) -> bool:
    """ "speaking on condition of anonymity", "cited by SUNA": an aside, not a name."""
    word = token.lower
    return (
        token.is_word
        and not token.is_capitalized
        and len(word) > 4
        and (word.endswith("ing") or word.endswith("ed"))
    )


# "…, adding that", "…, saying its fighters had": the speaker of the clause before goes on
_CONTINUING_VERBS = words(
    "adding saying noting claiming insisting stressing estimating accusing recording counting"
)
# The only words at which `find_anchors` can find a speaker: every other token is skipped at once.
# "in what the air force called the largest attack": the speaker of the figures before
_NAMING_VERBS = words("called termed described")
# "counts compiled by X", "the tally kept by X": X is their source
COMPILING_VERBS = words("compiled maintained")
ANCHOR_WORDS = (
    REPORTING_VERBS
    | _NAMING_VERBS
    | _CONTINUING_VERBS
    | _ESTIMATE_NOUNS
    | {first for first, _ in REPORTING_PHRASES}
    | {"according", "citing", "comes", "come", "came"}
    | COMPILING_VERBS
)


@dataclass(slots=True)
class Anchor:
    """A speaker in a sentence: the words naming it and where its reporting verb sits."""

    name: str
    start: int  # first token of the name
    end: int  # one past the name
    verb: int  # token index of the reporting verb (or of "according")
    is_post: bool  # ", the ministry said." reports what came before it
    is_pronoun: bool = False
    is_description: bool = False  # "the agency": names a speaker named earlier
    owned: str | None = None  # "its mission said": the mission, when "it" names no one
    relay_of: str | None = None  # "X said, citing Y": Y is the source, X relays it
    relative: bool = False  # "the raids, which Israel said targeted …": speaks inside its clause
    document: bool = False  # "A survey led by X estimated": a later "it" is the survey, so X
    actor: str | None = None  # the resolved speaker
    relayed_by: str | None = None


# Words between a speaker and a verb: "it now lists", "which also lists"
_AFTER_A_SUBJECT = words("which that who also now still only already")


def find_anchors(tokens: list[Token]) -> list[Anchor]:
    """The speakers of one sentence, in order of their verbs."""
    anchors: list[Anchor] = []
    count = len(tokens)
    for position, token in enumerate(tokens):
        word = token.lower
        if word not in ANCHOR_WORDS:
            continue
        following = tokens[position + 1].lower if position + 1 < count else ""
        if following in _COMPOUND_SECONDS:
            continue  # "a Washington think tank": a noun
        if word in ("states", "state") and following != "that":
            continue  # "in Borno and Yobe states": a noun; "the report states that …" a verb
        if (
            word == "lists"
            and position
            and tokens[position - 1].is_word
            and not tokens[position - 1].is_capitalized
            and tokens[position - 1].lower not in SPEAKER_NOUNS | ORGANISATION_NOUNS
            and tokens[position - 1].lower not in PRONOUNS | _AFTER_A_SUBJECT
        ):
            continue  # "publishes periodic lists of the dead": a noun
        if word == "list" and (
            following in ("of", "the", "a")
            or not position
            or not (
                tokens[position - 1].is_capitalized
                or tokens[position - 1].lower in SPEAKER_NOUNS | ORGANISATION_NOUNS
            )
        ):
            continue  # "a list of the dead": a noun; "The National Police list 2,219 children"
        if word == "posts" and position and tokens[position - 1].lower in _POSTED_ON:
            continue  # "obituaries, social media posts and cemetery records": a noun
        anchor = None
        previous = tokens[position - 1].lower if position else ""
        if word == "saying" and previous == "as":
            # "state media quoted a regional official as saying": the official, relayed
            anchor = _quoted_as_saying(tokens, position)
            if anchor is not None:
                anchors.append(anchor)
                continue
        if word == "adding" and following == "to":
            continue  # "adding to a force of 40,000": making it larger, not saying more
        if word in _CONTINUING_VERBS and previous == "," and not anchors:
            # "… after President Zelensky asked partners for more air defence, saying …"
            anchor = _subject_going_on(tokens, position)
            if anchor is not None:
                anchors.append(anchor)
                continue
        if word in _CONTINUING_VERBS or (
            previous in ("and", "but") and word in REPORTING_VERBS and not token.is_capitalized
        ):
            # "…, adding that", "gave a figure of 60 and said", "does not publish its own
            # losses, but said": the same speaker goes on
            if previous in (",", "and", "but") and word in _CONTINUING_VERBS | REPORTING_VERBS:
                anchor = _continued(tokens, anchors, position)
            if anchor is not None or word in _CONTINUING_VERBS:
                if anchor is not None:
                    anchors.append(anchor)
                continue
        if word == "told" and following == "by" and previous in _PASSIVE_AUXILIARIES:
            # "Team members were told by local officials that": the one who told
            name_start, name_end = _by_phrase(tokens, position + 2, count)
            if name_end > name_start:
                anchors.append(
                    _anchor(tokens, name_start, name_end, position, False)
                    or Anchor(
                        _words(tokens, name_start, name_end), name_start, name_end, position, False
                    )
                )
            continue
        if word in _RELEASING_VERBS and previous in ("not", "never"):
            continue  # "the department has not published a list": nothing said
        if word in _NAMING_VERBS and position >= 2:
            # "… 127 missiles, in what the air force called the largest attack": its figures
            named = _name_between_commas(tokens, position - 1) if previous == "," else None
            if named is not None and any(
                token.lower == "what" for token in tokens[max(named[0] - 10, 0) : named[0]]
            ):
                # "in what the country's energy minister, German Galushchenko, called …"
                anchor = _anchor(tokens, named[0], named[1], position, True)
                if anchor is not None:
                    anchors.append(anchor)
                continue
            start = _name_backward(tokens, position)
            if (
                0 < start < position
                and tokens[start - 1].lower in ("what", "the")
                and (
                    tokens[start - 1].lower == "what"
                    or start > 1
                    and tokens[start - 2].lower == "what"
                )
            ):
                anchor = _anchor(tokens, start, position, position, True)
                if anchor is not None:
                    anchors.append(anchor)
                continue
            if not (
                word == "described"
                and not anchors
                and any(token.lower == "as" for token in tokens[position + 2 : position + 8])
            ):
                continue
            # "The Emirati foreign ministry described the handover as the 14th exchange …"
        if (
            word in COMPILING_VERBS
            and following == "by"
            and any(
                token.lower in _COUNT_NOUNS for token in tokens[max(position - 8, 0) : position]
            )
        ):
            # "The only counts based on names are compiled by the outlet Mediazona": its source
            name_start, name_end = _name_forward(tokens, position + 2)
            if name_end > name_start:
                anchor = _anchor(tokens, name_start, name_end, position, False)
                if anchor is not None:
                    anchors.append(anchor)
            continue
        if (
            word in ("comes", "come", "came")
            and following == "from"
            and any(
                token.lower in _COUNT_NOUNS for token in tokens[max(position - 3, 0) : position]
            )
        ):
            # "A more rigorous count comes from the outlet Mediazona and …": its source
            name_start, name_end = _name_forward(tokens, position + 2)
            if (
                name_start + 2 < name_end
                and tokens[name_start + 1].lower in ("'s", "’s")
                and not tokens[name_start].is_capitalized
            ):
                name_start += 2  # "the territory's Health Ministry"
            if name_end > name_start and not (
                name_end < count and tokens[name_end].lower in ("'s", "’s")
            ):  # but "comes from the army's side": no one named
                anchor = _anchor(tokens, name_start, name_end, position, False)
                if anchor is not None:
                    anchors.append(anchor)
            continue
        if word == "according" and following == "to":
            start = _past_document(tokens, position + 2)
            if (
                start + 2 < count
                and tokens[start].lower in ("a", "an", "the")
                and tokens[start + 1].lower in _FRESHNESS
                and tokens[start + 2].is_capitalized
            ):
                start += 1  # "according to an initial IDF probe"
            if (
                start + 1 < count
                and tokens[start].lower in _FRESHNESS
                and tokens[start + 1].is_capitalized
            ):
                start += 1  # "according to earlier NIS assessments"
            elif (
                start + 2 < count
                and tokens[start].lower == "the"
                and tokens[start + 1].lower in _SOURCE_COUNTS
                and tokens[start + 2].is_word
            ):
                start += 2  # "according to the two groups"
            elif (
                start + 1 < count
                and (tokens[start].lower in _SOURCE_COUNTS or tokens[start].is_number)
                and tokens[start + 1].is_word
            ):
                start += 1  # "according to two security sources"
            name_start, name_end = _name_forward(tokens, start)
            if name_end > name_start:
                is_post = position > 0 and tokens[position - 1].text in _CLAUSE_MARKS
                anchor = _anchor(tokens, name_start, name_end, position, is_post)
        elif word == "citing" and anchors:
            name_start, name_end = _name_forward(tokens, position + 1)
            if name_end > name_start and not any(
                _is_participle(token) for token in tokens[name_start:name_end]
            ):  # "citing intelligence gathered on the battlefield": no one to credit
                anchors[-1].relay_of = _words(tokens, name_start, name_end)
        else:
            if word in _ESTIMATE_NOUNS:
                anchor = _possessive_estimate(tokens, position) or _count_of(tokens, position)
            # a capitalized verb inside a sentence is part of a name: "the United States sent"
            if (
                anchor is None
                and (
                    word in REPORTING_VERBS
                    or word == "described"  # only "X described Y as …" comes this far
                    or word in ("published", "released", "issued")
                    and any(
                        token.lower in _COUNT_NOUNS for token in tokens[position + 1 : position + 5]
                    )  # "the ministry has published an updated toll: …"
                    or (word, following) in REPORTING_PHRASES
                    or (word == "put" and _puts_at(tokens, position))
                )
                and not (token.is_capitalized and position > 0 and tokens[position - 1].is_word)
            ):
                anchor = _verb_anchor(tokens, position)
        if anchor is not None:
            back = anchor.start - 1
            if back > 0 and tokens[back].lower in DETERMINERS:
                back -= 1
            anchor.relative = back >= 0 and tokens[back].lower in ("which", "whom")
            # "A household survey led by X, …, estimated": what X issued is the subject
            anchor.document = anchor.document or any(
                token.lower in _ISSUED_THINGS for token in tokens[: min(anchor.start, 4)]
            )
            anchors.append(anchor)
    if len(anchors) > 1 and any(tokens[anchor.verb].lower in _SEEING for anchor in anchors):
        # "the ministry said, its forces tracked 14 vessels": who saw them is not who speaks
        speaking = [anchor for anchor in anchors if tokens[anchor.verb].lower not in _SEEING]
        anchors = speaking or anchors
    return anchors


_SEEING = words("tracked detected spotted")
_QUOTING_VERBS = words("quoted cited")
# Lower-case words after a name that do not make it a speaker: "the Kursk region said" is no one
_NOT_SPEAKER_HEADS = words(
    "region regions province oblast district city town village border front area strip "
    "war attack attacks offensive operation strike strikes fighting people"
)
_SOURCE_COUNTS = words("one two three four several multiple various")
_FRESHNESS = words(
    "earlier latest new recent previous preliminary updated official final initial internal"
)
# Past tenses that do not end in "-ed": "X told partners …, saying"
_IRREGULAR_PASTS = words("said told gave made took sent wrote spoke met put held went")


def _quoted_as_saying(tokens: list[Token], saying: int) -> Anchor | None:
    """ "State media quoted a regional security official as saying …": the official, relayed by
    state media; "An official was quoted as saying …": the official."""
    for quoted in range(saying - 2, max(saying - 14, -1), -1):
        if tokens[quoted].lower in _QUOTING_VERBS:
            break
        if tokens[quoted].text in ",;:":
            return None
    else:
        return None
    if quoted == saying - 2:
        # passive: "… was quoted as saying"
        subject_end = quoted
        while subject_end > 0 and tokens[subject_end - 1].lower in _PASSIVE_AUXILIARIES:
            subject_end -= 1
        start = _name_backward(tokens, subject_end)
        return _anchor(tokens, start, subject_end, saying, False) if start < subject_end else None
    source = _anchor(tokens, quoted + 1, saying - 1, saying, False)
    if source is None:
        return None
    start = _name_backward(tokens, quoted)
    if start < quoted and _names_a_speaker(tokens, start, quoted):
        relay = _anchor(tokens, start, quoted, saying, False)
        if relay is not None and not relay.is_pronoun:
            relay.relay_of = source.name
            return relay
    return source


def _another_subject_between(tokens: list[Token], start: int, end: int) -> bool:
    return any(
        token.lower in PRONOUNS or token.lower in ("who", "which") for token in tokens[start:end]
    )


def _subject_going_on(tokens: list[Token], saying: int) -> Anchor | None:
    """For "… after President Volodymyr Zelensky asked partners for more air defence systems,
    saying …": the name just before the clause's verb."""
    for verb in range(saying - 2, 0, -1):
        token, before = tokens[verb], tokens[verb - 1]
        if token.text in ";:" or token.text in CLOSING_QUOTES:
            return None
        past = (
            token.is_word
            and not token.is_capitalized
            and (token.lower.endswith("ed") or token.lower in _IRREGULAR_PASTS)
        )
        if (
            past
            and before.lower in ("it", "they", "he", "she")
            and not _another_subject_between(tokens, verb + 1, saying)
        ):
            # "In February it activated a conscription law, saying …": whoever "it" is
            return Anchor(before.lower, verb - 1, verb, saying, False, is_pronoun=True)
        if past and before.is_capitalized:
            start = _name_backward(tokens, verb)
            if start < verb and is_person(_words(tokens, start, verb)):
                return _anchor(tokens, start, verb, saying, False)
            return None
        if past and before.text == ",":
            # "The Center for …, a Washington research group, went further, estimating …"
            subject = _verb_anchor(tokens, verb)
            if subject is not None and not subject.is_pronoun and subject.start < verb:
                subject.verb = saying
                return subject
            return None
    return None


def _puts_at(tokens: list[Token], put: int) -> bool:
    """ "put Russian casualties at almost 950,000": an estimate, whatever is counted."""
    for token in tokens[put + 1 : put + 6]:
        if token.lower == "at":
            return True
        if not token.is_word:
            return False
    return False


def _count_of(tokens: list[Token], position: int) -> Anchor | None:
    """ "By the count of the Prosecutor General's Office, Russia has launched at least 60": the
    body whose count it is."""
    if not (
        position >= 2
        and tokens[position - 2].lower == "by"
        and tokens[position - 1].lower in ("the", "its", "their")
        and position + 1 < len(tokens)
        and tokens[position + 1].lower == "of"
    ):
        return None
    start, end = _name_forward(tokens, position + 2)
    return _anchor(tokens, start, end, position, False) if end > start else None


def _continued(tokens: list[Token], anchors: list[Anchor], verb: int) -> Anchor | None:
    """The speaker of a reporting verb with no subject of its own: the sentence's last speaker,
    or the name that opens the sentence ("The ombudsman's office, …, gave … and said")."""
    if anchors:
        return replace(anchors[-1], verb=verb, is_post=False)
    start, end = _name_forward(tokens, 0)
    if end > start and end < verb:
        return _anchor(tokens, start, end, verb, False)
    return None


def _past_document(tokens: list[Token], start: int) -> int:
    """For "a statement from the regional administration": where the issuer's name starts."""
    position = start
    count = len(tokens)
    while position < count and position - start < 5:
        word = tokens[position].lower
        if word in _DOCUMENT_NOUNS:
            following = position + 1
            if following < count and (
                _is_participle(tokens[following]) or tokens[following].lower in _KEPT
            ):
                following += 1  # "data compiled by", "figures published by", "a count kept by"
            if following < count and tokens[following].lower in _DOCUMENT_LINKS:
                return following + 1
            return start
        if not tokens[position].is_word or tokens[position].is_capitalized:
            return start
        position += 1
    return start


def _anchor(tokens, start, end, verb, is_post) -> Anchor | None:
    if end - start > 1 and tokens[start].lower == "same":
        start += 1  # "the same study estimated": the study named before
    if end - start > 1 and tokens[start].lower in _FEW:
        start += 1  # "Two nurses at the hospital told": the nurses
    based = (
        end - start >= 4
        and tokens[start + 1].text == "-"
        and tokens[start + 2].lower == "based"
        and joined(tokens[start], tokens[start + 1])
        and (end - start > 4 or not tokens[start + 3].is_capitalized)
    )
    if based:
        start += 3  # "the Paris-based group": where it sits says nothing about who it is
    elif end - start >= 5 and tokens[start + 2].text == "-" and tokens[start + 3].lower == "based":
        start += 4  # "the New York-based organisation"
    name_tokens = tokens[start:end]
    owner = tokens[start - 1].lower if start > 0 else ""
    possessive = name_tokens[0].lower if len(name_tokens) > 1 else owner
    if possessive not in ("its", "their", "his", "her"):
        # "Its last update": a describing word or two between the possessive and the noun
        back = start - 1
        while (
            back > 0 and start - back < 3 and tokens[back].is_word and tokens[back].text.islower()
        ):
            back -= 1
        possessive = tokens[back].lower if back >= 0 else ""
    last = name_tokens[-1].lower
    if possessive in ("its", "their", "his", "her") and (
        last in _DOCUMENTS_AND_ISSUED
        or any(
            # "Its running tally of Russian losses now lists …"
            token.lower in _DOCUMENT_NOUNS and following.lower == "of"
            for token, following in zip(name_tokens, name_tokens[1:], strict=False)
        )
    ):
        # "Its last update put the toll at …", "His first update had put …": who issues it
        pronoun = {"its": "it", "their": "they", "his": "he", "her": "she"}[possessive]
        return Anchor(pronoun, start, end, verb, is_post, is_pronoun=True)
    owned_document = (
        # "the agency's latest situation report says": the agency's
        last in _DOCUMENT_NOUNS
        and all(token.is_word and not token.is_capitalized for token in name_tokens)
        and any(token.lower in ("'s", "’s") for token in tokens[max(start - 3, 0) : start])
    )
    if (all(token.lower in _DOCUMENT_NOUNS for token in name_tokens) or owned_document) and (
        start == 0 or tokens[start - 1].lower not in ("the", "this", "same")
    ):
        owner = start - 1
        while (
            owner > 0
            and start - owner <= 2
            and tokens[owner].is_word
            and not tokens[owner].is_capitalized
        ):
            owner -= 1  # "latest", "daily"
        if owner > 0 and tokens[owner].lower in ("'s", "’s"):
            # "Taiwan's defence ministry's latest report says": the ministry
            owner_start = _name_backward(tokens, owner)
            if owner_start < owner:
                return _anchor(tokens, owner_start, owner, verb, is_post)
        return None  # "a statement posted on Telegram"; but "the statement said" names its issuer
    owned_by = (
        next(
            (
                position
                for position in range(start + 1, end - 1)
                if tokens[position].lower in ("'s", "’s")
            ),
            None,
        )
        if last in _DOCUMENT_NOUNS
        else None
    )
    if owned_by is not None:
        # "according to the office's regional breakdown": the office's
        return _anchor(tokens, start, owned_by, verb, is_post)
    if len(name_tokens) == 1 and name_tokens[0].lower in PRONOUNS:
        return Anchor(name_tokens[0].lower, start, end, verb, is_post, is_pronoun=True)
    if len(name_tokens) == 1 and name_tokens[0].text == "One":
        # "One, a trader who lost a brother, said": one of those just named
        return Anchor("they", start, end, verb, is_post, is_pronoun=True)
    if len(name_tokens) == 1 and name_tokens[0].lower in _OBJECT_PRONOUNS:
        # "According to him, …"
        pronoun = _OBJECT_PRONOUNS[name_tokens[0].lower]
        return Anchor(pronoun, start, end, verb, is_post, is_pronoun=True)
    if (
        len(name_tokens) == 3
        and name_tokens[1].lower == "of"
        and name_tokens[2].lower in ("them", "those")
    ):
        return Anchor("they", start, end, verb, is_post, is_pronoun=True)  # "Some of them said"
    if name_tokens[0].lower in _POSSESSIVE_PRONOUNS and len(name_tokens) > 1:
        owner, start, name_tokens = name_tokens[0].lower, start + 1, name_tokens[1:]  # "His group"
    its = owner == "its" or any(token.lower == "its" for token in tokens[max(start - 3, 0) : start])
    if (
        its
        and name_tokens[-1].lower in _STAFF
        and not any(token.is_capitalized for token in name_tokens)
    ):
        # "its investigators had identified 23": the body they work for
        return Anchor(
            "it", start, end, verb, is_post, is_pronoun=True, owned=_words(tokens, start, end)
        )
    if owner in _POSSESSIVE_PRONOUNS and not any(token.is_capitalized for token in name_tokens):
        # "his office had documented": the owner is the one speaking
        pronoun = _POSSESSIVE_PRONOUNS[owner]
        return Anchor(
            pronoun, start, end, verb, is_post, is_pronoun=True, owned=_words(tokens, start, end)
        )
    lowered = [token.lower for token in name_tokens]
    if lowered in (["side"], ["sides"]) and tokens[start - 1].lower not in ("two", "both"):
        return None  # "neither side has published": no one; but "the Azerbaijani side said"
    has_name = any(token.is_capitalized for token in name_tokens)
    if (
        not has_name
        and not any(word in SPEAKER_NOUNS for word in lowered)
        and lowered[0] not in _PERSON_HEADS  # "a woman who helped organise the vigil"
    ):
        return None
    described = (
        end - start == 1
        and not has_name
        and start > 0
        and (
            tokens[start - 1].lower in ("the", "this")
            or (based or tokens[start - 1].lower == "based" and tokens[start - 2].text == "-")
            and start > 3
            and any(
                token.lower in ("the", "this") for token in tokens[max(start - 6, 0) : start - 3]
            )
            or tokens[start - 1].lower == "same"
            and start > 1
            and tokens[start - 2].lower == "the"
        )
    )
    return Anchor(_words(tokens, start, end), start, end, verb, is_post, is_description=described)


def _past_a_time_phrase(tokens: list[Token], verb: int) -> int:
    """For "UALosses … had by the end of February listed": where the phrase of time between the
    auxiliary and the verb begins; else `verb`."""
    for position in range(verb - 1, max(verb - 7, 0), -1):
        token = tokens[position]
        if not (token.is_word or token.is_number):
            return verb
        if (
            token.lower in ("by", "in", "until", "since")
            and position < verb - 1
            and tokens[position - 1].lower in ("had", "has", "have")
        ):
            return position
    return verb


def _verb_anchor(tokens: list[Token], verb: int) -> Anchor | None:
    if verb and tokens[verb - 1].lower in _REPORTED_THINGS and tokens[verb].lower.endswith("ed"):
        return None  # "the eight deaths reported this morning": what was reported, not who
    inverted = _speaker_after_inverted_verb(tokens, verb)
    if inverted is not None:
        return inverted
    if (
        verb + 2 < len(tokens)
        and tokens[verb + 1].lower == "by"
        and tokens[verb].lower.endswith(("ed", "put", "given"))
        and verb > 0
        and tokens[verb - 1].lower in _PASSIVE_AUXILIARIES
    ):
        # "the grouping was put by western analysts at 10,000": the agent after "by"
        agent_start, agent_end = _by_phrase(tokens, verb + 2, len(tokens))
        if agent_end > agent_start and not (
            tokens[agent_start].lower in MONTHS
            or tokens[agent_start].lower in WEEKDAYS
            or tokens[agent_start].lower in _TIME_WORDS
        ):  # "admitted by Tuesday morning": a time, no agent
            agent = _anchor(tokens, agent_start, agent_end, verb, False)
            if agent is not None:
                return agent
    if verb > 1 and tokens[verb - 1].lower in ("not", "never"):
        # "The ministry does not say how many …": still the ministry speaking of its count;
        # but "… people we have not found," inside a quotation says nothing of its own
        anchor = _verb_anchor(tokens, verb - 1) if tokens[verb - 2].lower in _DO_AND_HAVE else None
        return anchor if anchor is not None and not anchor.is_pronoun else None
    subject_end = phrase_start = _past_a_time_phrase(tokens, verb)
    # skip "has", "later", "also" between the speaker and the verb; "are" before "reporting"
    progressive = tokens[verb].lower.endswith("ing")
    while (
        subject_end > 0
        and phrase_start - subject_end < 3
        and (
            _is_auxiliary(tokens[subject_end - 1])
            or progressive
            and tokens[subject_end - 1].lower in _PROGRESSIVE_AUXILIARIES
        )
    ):
        subject_end -= 1
    if (
        subject_end >= 3
        and tokens[subject_end - 1].lower in _TIME_WORDS
        and tokens[subject_end - 2].lower in _TIME_WORDS
    ):
        subject_end -= 2  # "last week", "this month"
    elif (
        subject_end >= 3
        and tokens[subject_end - 1].lower in MONTHS
        and tokens[subject_end - 2].lower in ("last", "this", "in")
    ):
        subject_end -= 2  # "US officials quoted by the New York Times last August put …"
    elif (
        subject_end >= 3
        and tokens[subject_end - 1].lower in WEEKDAYS
        and tokens[subject_end - 2].lower == "on"
    ):
        subject_end -= 2  # "Iran's judiciary on Sunday raised the death toll"
    for position in range(max(subject_end - 8, 1), subject_end - 1):
        word = tokens[position].lower
        if word in ("with", "familiar", "briefed") and [
            word,
            tokens[position + 1].lower,
        ] in (["with", "knowledge"], ["familiar", "with"], ["briefed", "on"]):
            subject_end = position  # "a military source with knowledge of the operation told"
            break
    if subject_end >= 4 and tokens[subject_end - 1].lower in ("anonymity", "anonymously"):
        # "U.S. officials speaking on condition of anonymity estimated": the officials
        for position in range(subject_end - 2, max(subject_end - 9, 0), -1):
            if tokens[position].lower in ("speaking", "talking", "who"):
                subject_end = position
                break
    known = _known_as(tokens, subject_end - 1) if subject_end > 0 else None
    if known:
        return _anchor(tokens, known[0], known[1], verb, False)
    issued = _issuer_of_subject(tokens, subject_end)
    if issued:
        # named as the issuer: a speaker whatever the words ("commercial providers")
        anchor = _anchor(tokens, issued[0], issued[1], verb, False) or Anchor(
            _words(tokens, issued[0], issued[1]), issued[0], issued[1], verb, False
        )
        anchor.document = True
        return anchor
    if (
        subject_end > 0
        and tokens[subject_end - 1].text == ","
        and _apposition_before(tokens, subject_end - 1)
    ):
        closing = subject_end - 1
        subject_end = _apposition_before(tokens, closing)
        named = _body_in_apposition(tokens, subject_end, closing)
        if named is not None:
            return _anchor(tokens, named[0], named[1], verb, False)
        body = _body_described_after(tokens, subject_end)
        if body is not None:  # named as a body by its apposition, whatever its own words
            return Anchor(_words(tokens, body[0], body[1]), body[0], body[1], verb, False)
        outer = _apposition_before(tokens, subject_end)
        if (
            outer
            and tokens[subject_end - 1].text != ","
            and _name_backward(tokens, outer) < outer
            and tokens[_clause_start(tokens, outer)].lower not in _OPENING_PREPOSITIONS
        ):
            # "Minni Minawi, the governor of the region, whose forces fought there, said": a
            # second apposition before the first; but not "In Rakhine state, the Arakan Army,"
            closing, subject_end = subject_end, outer
            named = _body_in_apposition(tokens, subject_end, closing)
            if named is not None:
                return _anchor(tokens, named[0], named[1], verb, False)
    elif subject_end > 0 and tokens[subject_end - 1].text == ",":
        # "Ukraine's human rights commissioner, Dmytro Lubinets, said": the person's name
        named = _name_between_commas(tokens, subject_end - 1)
        if named:
            return _anchor(tokens, named[0], named[1], verb, False)
    if (
        subject_end >= 2
        and tokens[subject_end - 1].lower in ("which", "who")
        and tokens[subject_end - 2].text == ","
    ):
        # "… the National Intelligence Service, which estimates that …": the name before it
        start = _name_backward(tokens, subject_end - 2)
        if start < subject_end - 2:
            return _anchor(tokens, start, subject_end - 2, verb, False)
    role = _role_of_a_place(tokens, subject_end - 5, verb)
    if role is not None:
        return role
    start = _name_backward(tokens, subject_end)
    described = (
        _described_opener(tokens, subject_end)
        if any(token.lower in ("who", "that") for token in tokens[1:start])
        else None
    )
    if (
        described is not None
        and described[0] == 0  # "A woman who helped run the shelter" is read whole, below
        and described[1] < start
        and tokens[described[1]].lower in ("who", "that")
        and not any(token.text == "," for token in tokens[described[1] : start])
    ):
        # "Western officials who track the programme estimate": the officials
        start, subject_end = described
    by = start - 2 if start >= 2 and tokens[start - 1].lower in DETERMINERS else start - 1
    if (
        by >= 2
        and start < subject_end
        and tokens[by].lower == "by"
        and tokens[by - 1].lower in _QUOTING_VERBS
    ):
        # "US officials quoted by the New York Times put …": the officials, relayed by the paper
        source_start = _name_backward(tokens, by - 1)
        source = (
            _anchor(tokens, source_start, by - 1, verb, False) if source_start < by - 1 else None
        )
        if source is not None and not source.is_pronoun:
            relay = _anchor(tokens, start, subject_end, verb, False)
            if relay is not None:
                relay.relay_of = source.name
                return relay
            return source
    if start == subject_end:
        # "the Health Ministry in the Hamas-run territory said": a place in lower case
        for place in range(subject_end - 2, max(subject_end - 8, 0), -1):
            if not (tokens[place].is_word or _hyphenated_part(tokens, place)):
                break
            if tokens[place].lower in _PLACE_PREPOSITIONS:
                head = _name_backward(tokens, place)
                if head < place and any(
                    token.lower in SPEAKER_NOUNS for token in tokens[head:place]
                ):
                    start, subject_end = head, place
                break
    if start < subject_end:
        start, subject_end = _past_a_place(tokens, start, subject_end)
    elif (
        subject_end >= 4
        and tokens[subject_end - 1].lower in _PLACE_NOUNS
        and tokens[subject_end - 2].is_capitalized
    ):
        # "Thai officials in Mae Hong Son province say": the officials, not the province
        place = subject_end - 2
        while place > 0 and tokens[place - 1].is_capitalized:
            place -= 1
        speaker = _past_a_place(tokens, place, subject_end)
        if speaker[0] < place:
            start, subject_end = speaker
    if start == subject_end or not _names_a_speaker(tokens, start, subject_end):
        opening = _opening_body(tokens, subject_end)
        if opening is not None:
            start = opening
        elif (described := _described_opener(tokens, subject_end)) is not None:
            start, subject_end = described
    if (
        start < subject_end
        and tokens[verb].lower in _NOUN_OR_VERB
        and not _opens_a_clause(tokens, start)
    ):
        return None  # "its annual Military Balance report": a noun, not "partners report that"
    if start < subject_end:
        # "…, the headquarters said at the time": past the article to the comma
        mark = start - 2 if start > 1 and tokens[start - 1].lower in DETERMINERS else start - 1
        before = tokens[mark].text if mark >= 0 else ""
        is_post = before in _CLAUSE_MARKS and _clause_ends_soon(tokens, verb)
        return _anchor(tokens, start, subject_end, verb, is_post)
    # "…," said the governor; but "…, accused Ukraine of" names its object, not its speaker
    if (
        subject_end > 0
        and tokens[subject_end - 1].text in _CLAUSE_MARKS
        and tokens[verb].lower not in _OBJECT_VERBS
    ):
        role = _role_of_a_place(tokens, verb + 1, verb)
        if role is not None:
            return role
        if verb + 1 < len(tokens) and tokens[verb + 1].lower in _PLACE_PREPOSITIONS | {"on"}:
            return None  # "…, said in May 2023": a time or place, no speaker
        if [token.lower for token in tokens[verb + 1 : verb + 4]] in (
            ["one", "of", "them"],
            ["one", "of", "those"],
        ):
            # "…," said one of them, a mother of five: one of those just named
            return Anchor("they", verb + 1, verb + 4, verb, True, is_pronoun=True)
        name_start, name_end = _name_forward(tokens, verb + 1)
        if (
            name_end == name_start
            and verb + 2 < len(tokens)
            and tokens[verb + 1].lower in DETERMINERS
            and tokens[verb + 2].lower in _PERSON_HEADS
        ):
            name_start, name_end = verb + 2, verb + 3  # "…," said the man, who asked …
        if name_end > name_start:
            person = _person_in_apposition(tokens, name_end)
            if person is not None:
                return _anchor(tokens, person[0], person[1], verb, True)
            return _anchor(tokens, name_start, name_end, verb, True)
    return None


def _speaker_after_inverted_verb(tokens: list[Token], verb: int) -> Anchor | None:
    """ "…, in north-west Ukraine, said the regional governor, Ivan Rudnytskyi.": the one
    named after the verb, whatever a place or an aside before it looks like."""
    if not (
        0 < verb < len(tokens) - 2
        and tokens[verb - 1].text in _CLAUSE_MARKS
        and tokens[verb + 1].lower in ("the", "a", "an")
        and tokens[verb].lower not in _OBJECT_VERBS
    ):
        return None
    name_start, name_end = _name_forward(tokens, verb + 1)
    if name_end <= name_start or not any(
        token.lower in SPEAKER_NOUNS or token.lower in PERSON_ROLES
        for token in tokens[name_start:name_end]
    ):
        return None
    person = _person_in_apposition(tokens, name_end)
    end = person[1] if person is not None else name_end
    if (
        end < len(tokens)
        and tokens[end].text not in ".,;—–"
        and tokens[end].lower
        not in (
            "on",
            "in",
        )
    ):
        return None  # "…, said the army had killed five": what the army did, not who speaks
    if person is not None:
        return _anchor(tokens, person[0], person[1], verb, True)
    return _anchor(tokens, name_start, name_end, verb, True)


def _person_in_apposition(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """For "…," said a military spokesman for the region, Lt Col Candra Kurniawan: the span of
    the person's name after the role."""
    comma = end
    while comma < len(tokens) and comma - end < 3 and tokens[comma].is_word:
        comma += 1  # "region"
    if comma >= len(tokens) or tokens[comma].text != ",":
        return None
    stop = comma + 1
    while (
        stop < len(tokens)
        and stop - comma <= 6
        and (
            tokens[stop].is_capitalized
            or tokens[stop].text == "."
            and tokens[stop - 1].is_capitalized
        )
    ):
        stop += 1
    while stop > comma + 1 and tokens[stop - 1].text == ".":
        stop -= 1
    if stop - comma < 3 or (stop < len(tokens) and tokens[stop].text not in ",.;"):
        return None
    return (comma + 1, stop) if is_person(_words(tokens, comma + 1, stop)) else None


def _role_of_a_place(tokens: list[Token], start: int, verb: int) -> Anchor | None:
    """ "…," the head of the region said; said the governor of the province: the role, to be
    read as the person last named with it (or last named at all)."""
    if start < 0 or start + 5 > len(tokens):
        return None
    the, role, of, the_place, place = tokens[start : start + 5]
    if not (
        the.lower in ("the", "a")
        and role.lower in PERSON_ROLES
        and of.lower == "of"
        and the_place.lower == "the"
        and place.lower in _PLACE_NOUNS
        and (start + 5 == len(tokens) or not tokens[start + 5].is_word or start + 5 == verb)
    ):
        return None
    # before its verb after a quotation ("…," the head of the region said), or after its verb
    is_post = verb < start or start > 0 and tokens[start - 1].text in _CLAUSE_MARKS
    return Anchor(role.lower, start + 1, start + 2, verb, is_post, is_description=True)


def _issuer_of_subject(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """For "Government figures shared with partners indicate" or "Satellite images published by
    commercial providers showed": the span of who issued the document the sentence opens with."""
    for position in range(end - 2, max(end - 16, -1), -1):
        token = tokens[position]
        if token.text in _CLAUSE_MARKS:
            return None
        if (
            token.lower in _ISSUED_THINGS
            and tokens[position + 1].lower == "by"
            and position < 3  # "A study by the London School of … published in November found"
        ):
            start, stop = _by_phrase(tokens, position + 2, end)
            return (start, stop) if stop > start else None
        if token.lower not in _ISSUED_THINGS or not (
            _is_participle(tokens[position + 1]) or tokens[position + 1].lower in _SEEN
        ):
            continue
        if tokens[position + 1].lower in _SEEN:
            # "An internal security document seen by Reuters put …": the document speaks
            start = position
            while (
                start > 0
                and tokens[start - 1].is_word
                and tokens[start - 1].lower not in DETERMINERS
            ):
                start -= 1
            return start, position + 1
        if position + 2 < end and tokens[position + 2].lower == "by":
            start, stop = _by_phrase(tokens, position + 3, end)
            return (start, stop) if stop > start else None
        start = _name_backward(tokens, position)
        # "A post shared widely on X says": no issuer named, the document speaks
        return (start, position) if start < position else (position, position + 1)
    return None


def _by_phrase(tokens: list[Token], start: int, end: int) -> tuple[int, int]:
    """The agent after "by", up to a time, place or clause ("by commercial providers on Monday")."""
    if start < end and tokens[start].lower in DETERMINERS:
        start += 1
    stop = start
    while (
        stop < end
        and stop - start < MAX_NAME_TOKENS
        and (tokens[stop].is_word or tokens[stop].lower in ("'s", "’s", "&"))
        and (tokens[stop].lower not in _BY_ENDS or _inside_a_name(tokens, stop))
        and not _is_participle(tokens[stop])
    ):
        stop += 1
    return start, stop


def _inside_a_name(tokens: list[Token], position: int) -> bool:
    """ "of" or "and" in "the London School of Hygiene and Tropical Medicine"."""
    return (
        tokens[position].lower in ("of", "and", "for")
        and 0 < position < len(tokens) - 1
        and tokens[position - 1].is_capitalized
        and tokens[position + 1].is_capitalized
    )


def _past_timestamp(tokens: list[Token]) -> int:
    """Where a live blog's entry starts after its time ("09.48 BST -", "12:10 —"), else 0."""
    if not tokens or not tokens[0].is_number:
        return 0
    for position, token in enumerate(tokens[:5]):
        if token.text in ("—", "–", "-") and position:
            return position + 1
    return 0


_OPENING_PREPOSITIONS = frozenset(
    {"in", "at", "on", "during", "later", "earlier", "across", "near", "from", "after", "before"}
)


def _past_opening_phrase(tokens: list[Token], start: int) -> int:
    """Where the sentence goes on after a short opening phrase ("In the interview, "), else
    `start`."""
    if start >= len(tokens) or tokens[start].lower not in _OPENING_PREPOSITIONS:
        return start
    for position in range(start + 1, min(start + 7, len(tokens) - 1)):
        if tokens[position].text == ",":
            return position + 1
        if not tokens[position].is_word:
            break
    return start


def _names_a_speaker(tokens: list[Token], start: int, end: int) -> bool:
    return any(
        token.is_capitalized or token.lower in SPEAKER_NOUNS or token.lower in PRONOUNS
        for token in tokens[start:end]
    )


def _opening_body(tokens: list[Token], end: int) -> int | None:
    """ "The coordination headquarters for the treatment of prisoners of war said": a body named
    in lower case that opens the sentence and runs up to its verb."""
    first = 0
    for position, token in enumerate(tokens[:5]):
        if token.text in ("—", "–"):
            first = position + 1  # a live blog's "12:10 —"
            break
    if (
        first + 2 < end
        and tokens[first].is_capitalized
        and tokens[first + 1].lower in ("'s", "’s")
        and not any(token.is_capitalized for token in tokens[first + 2 : end])
    ):
        first += 1  # "Ukraine's coordination headquarters for … said": as "the …"
    if not (
        first + 2 <= end <= first + MAX_NAME_TOKENS
        and (tokens[first].lower in DETERMINERS or tokens[first].lower in ("'s", "’s"))
    ):
        return None
    body = tokens[first + 1 : end]
    if not all(token.is_word for token in body):
        return None
    if len(body) >= 3 and body[-1].lower == "to":
        return None  # "The government prefers to say …": a verb before the verb, no body's name
    if body[0].lower in SPEAKER_NOUNS or body[0].lower in _PERSON_HEADS:
        # "A spokesman for one of the main Fano factions said", "A woman who helped organise
        # the gathering said"
        return first + 1
    if body[0].lower not in SPEAKER_MODIFIERS | ORGANISATION_NOUNS:
        return None
    return first + 1 if any(token.lower in ORGANISATION_NOUNS for token in body[:3]) else None


def _clause_start(tokens: list[Token], end: int) -> int:
    """Where the stretch of words that ends at `end` begins: after a comma, or the sentence."""
    start = end
    while start > 0 and tokens[start - 1].text not in ",;:—–":
        start -= 1
    return start


_FEW = words("one two three four five several")
_DESCRIPTION_ENDS = frozenset(
    {"that", "who", "which", "whose", ",", "(", "at", "in", "from", "near"}
)
_LONGEST_SUBJECT = 30


def _described_opener(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """ "A rescue worker who helped collect the remains in the village said", "A Katsina-based
    civil society group that tracks attacks said": the speaker the sentence opens with, named by
    a description, up to where the words about it begin."""
    if not (2 <= end <= _LONGEST_SUBJECT):
        return None
    # "A rescue worker who …"; "Two staff members at a hospital …"; "Western officials who …"
    first = 1 if tokens[0].lower in ("a", "an", "the") or tokens[0].lower in _FEW else 0
    if not first and not (
        tokens[0].lower in SPEAKER_NOUNS
        or tokens[0].lower in SPEAKER_MODIFIERS
        and tokens[1].lower in SPEAKER_NOUNS
    ):
        return None
    if (
        first + 3 < end
        and tokens[first + 1].text == "-"
        and tokens[first + 2].lower == "based"
        and joined(tokens[first], tokens[first + 1])
    ):
        first += 3  # "A Katsina-based group": where it sits says nothing about who it is
    if any(token.text in ';:"“”' or token.lower in REPORTING_VERBS for token in tokens[first:end]):
        return None
    stop = first
    while stop < end and stop - first < 6 and tokens[stop].lower not in _DESCRIPTION_ENDS:
        if not tokens[stop].is_word:
            return None
        stop += 1
    if stop in (end, first):
        return None  # the plain subject is read by the rules above
    heads = {tokens[stop - 1].lower} | {
        tokens[position - 1].lower
        for position in range(first + 1, stop)
        if tokens[position].lower in ("of", "for")
    }  # "a resident of Solenzo", "a member of the popular committee"
    if heads.isdisjoint(SPEAKER_NOUNS) and heads.isdisjoint(_PERSON_HEADS):
        return None  # "Three service members remain under care": no speaker named
    return first, stop


def _past_a_place(tokens: list[Token], start: int, end: int) -> tuple[int, int]:
    """For "authorities in occupied Sevastopol said" or "an official who briefed reporters in
    Washington said": the speaker before the place, not the place."""
    back = start - 1
    if back > 0 and tokens[back].lower in _COMPASS | {"nearby", "neighbouring", "neighboring"}:
        back -= 1  # "in the southern Sikasso region", "in nearby Hadera"
    if back > 0 and tokens[back].lower in DETERMINERS:
        back -= 1  # "at the hospital"
    if back > 0 and _is_participle(tokens[back]):
        back -= 1  # "in occupied Sevastopol"
    if (
        back >= 3
        and tokens[back].lower == "of"
        and tokens[back - 1].lower in _PLACE_NOUNS
        and tokens[back - 2].lower in DETERMINERS
    ):
        back -= 3  # "in the town of Bahir Dar"
    if back <= 0 or tokens[back].lower not in _PLACE_PREPOSITIONS:
        return start, end
    if tokens[back].lower == "from" and tokens[back - 1].lower in _DOCUMENT_NOUNS:
        return start, end  # "a report from the Center for …": the issuer, no place
    if tokens[back - 1].lower in _ANALYSTS and any(
        token.is_capitalized and token.lower in _ORGANISATION_NAME_WORDS
        for token in tokens[start:end]
    ):
        return start, end  # "Analysts at the International Institute for Strategic Studies"
    # a relative clause: the name before "who"
    for position in range(back - 1, max(back - 8, 0), -1):
        word = tokens[position].lower
        if word in ("who", "which", "that"):
            head_end = position - 1 if tokens[position - 1].text == "," else position
            head = _name_backward(tokens, head_end)
            if head < head_end:
                return head, head_end
            break
        if not tokens[position].is_word or tokens[position].text in _CLAUSE_MARKS:
            break
    head = _name_backward(tokens, back)
    if (
        head == back
        and back >= 4
        and tokens[back - 2].lower in DETERMINERS
        and tokens[back - 3].lower in _PLACE_PREPOSITIONS
        and tokens[back - 1].is_word
    ):
        # "a nurse at the clinic in …": the clinic is one more place before the speaker
        back -= 3
        head = _name_backward(tokens, back)
    if head < back and any(token.lower in SPEAKER_NOUNS for token in tokens[head:back]):
        # "a nurse at the hospital in …": the speaker may sit before one more place
        outer = _past_a_place(tokens, head, back)
        return outer if outer[0] < head else (head, back)
    return start, end


def _known_as(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """For "the UN force in southern Lebanon, known as UNIFIL, said": the span of "UNIFIL"."""
    if tokens[comma].text != ",":
        return None
    back = comma - 1
    while back >= 0 and comma - back <= 4 and tokens[back].is_capitalized:
        back -= 1
    if (
        back >= 2
        and back < comma - 1
        and tokens[back].lower == "as"
        and tokens[back - 1].lower == "known"
    ):
        return back + 1, comma
    return None


def _opens_a_clause(tokens: list[Token], start: int) -> bool:
    before = tokens[start - 1] if start else None
    return (
        before is None
        or before.text in ",;:—–"
        or before.lower in _CONJUNCTIONS
        or before.text == "-"
        and before.end < tokens[start].start  # a bullet: "- Health …"
    )


_DO_AND_HAVE = words("does do did has have had")
_POSTED_ON = words("media social telegram facebook")
_RELEASING_VERBS = words("published released issued updated")
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_OWNERS = {"our": "we", "my": "i"}  # "its tally" is read where "it" is resolved


def _possessive_estimate(tokens: list[Token], position: int) -> Anchor | None:
    # "Seoul's own casualty estimate": walk back over up to three describing words to the "'s"
    back = position - 1
    while (
        back > 0
        and position - back <= 3
        and tokens[back].is_word
        and tokens[back].lower not in ("'s", "’s")
        and tokens[back].lower not in _OWNERS
    ):
        back -= 1
    if (
        back > 0
        and tokens[back].text in ("'", "’")
        and tokens[back - 1].lower.endswith("s")
        and joined(tokens[back - 1], tokens[back])
    ):
        # "By the Israel Defense Forces' count": the plural's possessive
        start = _name_backward(tokens, back)
        return _anchor(tokens, start, back, position, False) if start < back else None
    if back >= 0 and tokens[back].lower in _OWNERS and back < position:
        # "our assessment, which we shared last month, was that …": whoever "we" are
        pronoun = _OWNERS[tokens[back].lower]
        return Anchor(pronoun, back, back + 1, position, False, is_pronoun=True)
    if back <= 0 or tokens[back].lower not in ("'s", "’s"):
        return None
    start = _name_backward(tokens, back)
    if start >= back:
        return None
    anchor = _anchor(tokens, start, back, position, False)
    return anchor


def _is_auxiliary(token: Token) -> bool:
    word = token.lower
    return word in AUXILIARIES or (
        word.endswith("ly") and len(word) > 4 and token.is_word and not token.is_capitalized
    )


def _apposition_before(tokens: list[Token], comma: int) -> int:
    """For "Kyrylo Budanov, the head of …, said": the index of the comma after the name, or 0."""
    listed = False  # passed a comma inside the apposition: ", rescue groups and residents,"
    for back in range(comma - 1, max(comma - 30, 0), -1):
        if tokens[back].text == ",":
            opener = tokens[back + 1].lower if back + 1 < comma else ""
            if listed and not (
                opener in DETERMINERS
                and tokens[back - 1].is_capitalized
                or opener in ("which", "who")  # ", which track obituaries, posts and records,"
            ):
                continue
            if (
                not listed
                and opener not in DETERMINERS
                and opener not in ("which", "who")
                and any(token.lower in ("and", "or") for token in tokens[back + 1 : comma])
                and back > 2
                and tokens[back - 1].is_word
                and not tokens[back - 1].is_capitalized
            ):
                listed = True  # "… from local media, rescue groups and residents,": a list
                continue
            # ", the head of …,", ", which publishes a daily tally,", ", Israel's emergency
            # service,"; and asides: ", for its part,", ", in its own morning update,"
            if (
                opener in DETERMINERS
                or opener in SPEAKER_NOUNS
                or opener in PERSON_ROLES
                or opener in ("which", "who", "whose", "where")
                or opener == "one"
                and tokens[back + 2].lower == "of"  # ", one of the few hospitals still open,"
                or opener in _ASIDE_OPENERS
                or _is_participle(tokens[back + 1])
                or tokens[comma - 1].lower in SPEAKER_NOUNS
                or any(token.lower in ("'s", "’s") for token in tokens[back + 1 : comma])
                # ", foreign affairs adviser in the interim government,"
                or any(token.lower in PERSON_ROLES for token in tokens[back + 1 : back + 5])
            ):
                return (
                    back
                    if back > 0 and (tokens[back - 1].is_word or tokens[back - 1].text == ")")
                    else 0
                )
            return 0
    return 0


def _body_described_after(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """For "The local emergency response room, a volunteer network that runs kitchens, said":
    a body named in lower case whose apposition says it is a body."""
    if _name_backward(tokens, comma) < comma:
        return None  # a name the other rules read
    opening = tokens[comma + 1 : comma + 6]
    if (
        not opening
        or opening[0].lower not in ("a", "an", "the")
        or not any(token.lower in ORGANISATION_NOUNS for token in opening)
    ):
        return None
    start = _clause_start(tokens, comma)
    if start < comma and tokens[start].lower in ("the", "a", "an"):
        start += 1
    if not (0 < comma - start <= 6) or not all(token.is_word for token in tokens[start:comma]):
        return None
    return start, comma


def _body_in_apposition(tokens: list[Token], opening: int, closing: int) -> tuple[int, int] | None:
    """For "A Syrian war monitor, the Britain-based Syrian Observatory for Human Rights, put …":
    the body's own name, when what comes before it only describes it."""
    head = tokens[opening - 1]
    if head.is_capitalized or head.lower not in SPEAKER_NOUNS:
        return None  # "Kyrylo Budanov, the head of …": the person named first
    start, end = _name_forward(tokens, opening + 1)
    if end != closing:
        return None
    named = any(
        token.is_capitalized and token.lower in _ORGANISATION_NAME_WORDS
        for token in tokens[start:end]
    ) or (
        # "A second group, People's Goal, estimates": a group's name in capitals
        head.lower in _KINDS["group"]
        and all(
            token.is_capitalized or token.lower in ("'s", "’s", "of", "for")
            for token in tokens[start:end]
        )
    )
    return (start, end) if named else None


def _name_between_commas(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """For "the commissioner, Dmytro Lubinets, said": the span of the name between the commas,
    when a role or body is named before it."""
    back = comma - 1
    end = comma
    if (
        back >= 3
        and tokens[back].text == ")"
        and tokens[back - 1].text.isupper()
        and tokens[back - 2].text == "("
    ):
        back -= 3  # "Inter-Services Public Relations (ISPR),": the name before its acronym
        end = back + 1
    # "Lt. Gen. Ahmed Sharif Chaudhry": titles with their full stops belong to the name
    while (
        back >= 0
        and end - back <= 8
        and (
            tokens[back].is_capitalized
            or tokens[back].text == "."
            and back < end - 1
            or tokens[back].lower in _NAME_PARTICLES  # "Khaled al-Shaief"
            and back < end - 1
            or _hyphenated_part(tokens, back)  # "Shin Won-sik"
            or tokens[back].lower in ("'s", "’s")  # "People's Goal"
            and back < end - 1
            and tokens[back - 1].is_capitalized
        )
    ):
        back -= 1
    if not (0 < back < end - 1 and tokens[back].text == ","):
        return None
    acronym = tokens[back + 1].text
    if end - back == 2 and len(acronym) > 2 and acronym.isupper() and acronym.isalpha():
        return back + 1, comma  # "the UN agency for Palestinian refugees, UNRWA, says"
    before = tokens[back - 1].lower
    if before in PERSON_ROLES or before in SPEAKER_NOUNS:
        return back + 1, comma
    if back >= 3 and tokens[back - 2].lower in ("'s", "’s") and tokens[back - 1].is_word:
        return back + 1, comma  # "the Kremlin's negotiator, Vladimir Medinsky,"
    named = _words(tokens, back + 1, end)
    if named not in KNOWN_PLACES and any(
        token.lower in ("'s", "’s") for token in tokens[max(back - 5, 0) : back]
    ):
        return back + 1, comma  # "Ukraine's national railway, Ukrzaliznytsia, said"
    if named not in KNOWN_PLACES and any(
        token.lower in ORGANISATION_NOUNS for token in tokens[max(back - 10, 0) : back]
    ):
        return back + 1, comma  # "the EU's naval mission in the Red Sea, Aspides, said"
    # "the Russian-installed governor of the occupied part of the region, Vladimir Saldo,"
    if end - back > 2:
        for role in range(back - 1, max(back - 12, -1), -1):
            if tokens[role].text in ",;:":
                break
            if tokens[role].lower in PERSON_ROLES or tokens[role].lower in ORGANISATION_NOUNS:
                return back + 1, comma
    return None


def _hyphenated_part(tokens: list[Token], position: int) -> bool:
    """ "-" or "sik" in "Won-sik": a part of a name written with a hyphen."""
    token = tokens[position]
    if position < 1:
        return False
    if token.text == "-":
        return (
            position + 1 < len(tokens)
            and joined(tokens[position - 1], token)
            and joined(token, tokens[position + 1])
        )
    return (
        token.is_word
        and position >= 2
        and tokens[position - 1].text == "-"
        and joined(tokens[position - 1], token)
        and joined(tokens[position - 2], tokens[position - 1])
        and tokens[position - 2].is_capitalized
    )


def _name_backward(tokens: list[Token], end: int) -> int:
    """The first token of the speaker's name that ends just before `end`."""
    position = end
    while position > 0 and end - position < MAX_NAME_TOKENS:
        token = tokens[position - 1]
        word = token.lower
        if (
            token.is_capitalized
            and token.text not in _NOT_NAMES
            or word in SPEAKER_NOUNS
            or word in SPEAKER_MODIFIERS
            or word in _CONNECTORS
            and position - 1 > 0
            and (position < end or word == ")")
            and (word != "-" or joined(tokens[position - 2], token))  # not "10.15 GMT - The"
        ):
            position -= 1
        elif token.is_word and _continues_a_name(tokens, position - 1):
            position -= 1  # "the UN agency for Palestinian refugees"
        elif (
            token.is_word
            and position < end
            and (position == end - 1 or tokens[position].lower in ORGANISATION_NOUNS)
            and token.lower not in DETERMINERS
            and tokens[position].lower in SPEAKER_NOUNS
            and position >= 2
            and tokens[position - 2].is_capitalized
            and tokens[position - 2].text not in _NOT_NAMES
        ):
            position -= 1  # "the UN refugee agency", "Israel's military intelligence"
        elif (
            position == end
            and token.is_word
            and position >= 2
            and tokens[position - 2].is_capitalized
            and tokens[position - 2].text not in _NOT_NAMES
            and position >= 3
            and tokens[position - 3].lower in ("the", "a", "an")
            and token.lower not in _NOT_SPEAKER_HEADS
        ):
            position -= 1  # "the Masalit sultanate said": a named body's own word for itself
        elif (
            token.is_word
            and position >= 3
            and tokens[position - 2].text == "-"
            and tokens[position - 3].is_word
            and joined(tokens[position - 3], tokens[position - 2])
            and joined(tokens[position - 2], token)
            # "the seasonal call-up Russia has announced": a lower-case compound before a name
            # is no part of it
            and not (
                position < end
                and tokens[position].is_capitalized
                and not tokens[position - 3].is_capitalized
            )
        ):
            position -= 2  # "Seong-kweun", "open-source project"; not "GMT - The"
        elif (
            token.is_word
            and position < end
            and tokens[position].text == "-"
            and token.end == tokens[position].start
        ):
            position -= 1  # the hyphen was taken as a connector: "open" of "open-source"
        elif (
            token.text in ("'", "’")
            and position >= 2
            and tokens[position - 2].is_capitalized
            and tokens[position - 2].lower.endswith("s")
            and tokens[position - 2].end == token.start
        ):
            position -= 1  # "the Palestinian Prisoners' Society"
        elif (
            token.text == "."
            and position < end
            and position >= 2
            and len(tokens[position - 2].text) == 1
            and tokens[position - 2].is_capitalized
            and joined(tokens[position - 2], token)
            and position >= 3
            and tokens[position - 3].is_capitalized
            and len(tokens[position - 3].text) > 1
        ):
            position -= 1  # "Sergei K. Shoigu": an initial
        elif word in DETERMINERS:
            position -= 1
            break
        elif word in PRONOUNS and position == end:
            return position - 1
        else:
            break
    # a name does not open with "of", "and" or a possessive
    while position < end and (
        tokens[position].lower in _CONNECTORS or tokens[position].text == ")"
    ):
        position += 1
    if position < end and tokens[position].lower in DETERMINERS:
        position += 1
    return position


def _continues_a_name(tokens: list[Token], index: int) -> bool:
    """True when the lower-case word at `index` ends a name like "agency for Palestinian refugees"."""
    back = index - 1
    while back >= 0 and index - back <= 3 and tokens[back].is_capitalized:
        back -= 1
    return (
        back >= 1
        and tokens[back].lower in ("for", "of")
        and (tokens[back - 1].lower in SPEAKER_NOUNS or tokens[back - 1].is_capitalized)
    )


def _name_forward(tokens: list[Token], start: int) -> tuple[int, int]:
    """The speaker's name that starts at `start` ("the UN agency for Palestinian refugees")."""
    position = start
    count = len(tokens)
    if position < count and tokens[position].lower in DETERMINERS:
        position += 1
    name_start = position
    while position < count and position - start < MAX_NAME_TOKENS:
        token = tokens[position]
        word = token.lower
        if (
            token.is_capitalized
            and token.text not in _NOT_NAMES
            or word in SPEAKER_NOUNS
            or word in SPEAKER_MODIFIERS
            or (
                word in _CONNECTORS
                and position + 1 < count
                and (
                    tokens[position + 1].is_capitalized
                    or tokens[position + 1].lower in SPEAKER_NOUNS
                    or tokens[position + 1].lower in SPEAKER_MODIFIERS
                    or tokens[position + 1].lower in DETERMINERS
                    or word in ("'s", "’s", ")")
                )
            )
            or (
                word in DETERMINERS
                and position > name_start
                and tokens[position - 1].lower in ("of", "for")
            )
            or word in ("'s", "’s", ")")
            or (
                token.text == "."
                and position > name_start
                and tokens[position - 1].is_capitalized
                and len(tokens[position - 1].text) <= 4
                and position + 1 < count
                and tokens[position + 1].is_capitalized
            )
        ):
            position += 1  # a title's full stop: "Lt. Col. Maksym Zhorin"
        elif (
            token.is_word
            and not token.is_capitalized
            and position > name_start
            and tokens[position - 1].lower in SPEAKER_MODIFIERS
        ):
            position += 1  # "the energy ministry", "human rights monitors"
        elif (
            token.is_word
            and not token.is_capitalized
            and position > name_start
            and position + 1 < count
            and tokens[position + 1].lower in ORGANISATION_NOUNS
            and tokens[position - 1].is_capitalized
        ):
            position += 1  # "the U.N. verification mission"
        elif (
            token.is_word
            and position + 2 < count
            and (
                tokens[position + 1].lower in ("'s", "’s")
                or (tokens[position + 1].text == "-" and tokens[position + 1].start == token.end)
            )
        ):
            position += 2  # "the ship's operators", "the open-source project Oryx"
            if (
                tokens[position - 1].text == "-"
                and position < count
                and tokens[position].is_word
                and tokens[position].start == tokens[position - 1].end
            ):
                position += 1  # "the Islamabad-based Centre", "the non-governmental organisation"
        elif (
            token.text == "-"
            and position > name_start
            and position + 1 < count
            and tokens[position + 1].is_word
            and tokens[position - 1].end == token.start == tokens[position + 1].start - 1
        ):
            position += 2  # "Islamabad" "-" "based": the compound goes on
        else:
            break
    while position > name_start and tokens[position - 1].lower in _CONNECTORS - {")"}:
        position -= 1
    return name_start, position


def name_forward(tokens: list[Token], start: int) -> tuple[int, int]:
    """The span of the speaker's name that starts at `start` (public for the extractor)."""
    return _name_forward(tokens, start)


# Verbs of a body's own doing that it is the one to announce: "The IDF mobilised 300,000
# reservists", "Ukraine has captured two soldiers", "The navy lost two jets". Not harm done to
# others ("Russia launched 728 drones"): those figures come from the side that counted them.
_OWN_DOINGS = words(
    "mobilised mobilized recruited deployed sent dispatched rescued captured evacuated detained "
    "arrested released freed exchanged swapped repatriated received trained ordered committed "
    "pledged registered lost seized intercepted downed plans hopes aims intends wants"
)
_BETWEEN_SUBJECT_AND_VERB = words("has have had also already so far now since repeatedly")


def acting_subject(tokens: list[Token]) -> Anchor | None:
    """For a sentence with no reporting verb that opens with a body or a person doing something
    it would announce itself ("The IDF mobilised some 300,000 reservists"): that subject."""
    start = next(
        # "KYIV (AFP) - Russia and Ukraine exchanged …": past a dateline
        (
            position + 1
            for position, token in enumerate(tokens[:12])
            if token.text in "—–-" and position and tokens[position - 1].text == ")"
        ),
        _past_timestamp(tokens),
    )
    if start < len(tokens) and tokens[start].lower == "the":
        start += 1
    name_start, name_end = _name_forward(tokens, start)
    if name_end <= name_start or name_start != start:
        return None
    if any(token.text in "()" for token in tokens[name_start:name_end]):
        return None
    verb = name_end
    while (
        verb < len(tokens)
        and verb - name_end < 3
        and tokens[verb].lower in _BETWEEN_SUBJECT_AND_VERB
    ):
        verb += 1
    if verb >= len(tokens) or tokens[verb].lower not in _OWN_DOINGS:
        return None
    words_ = [token.lower for token in tokens[name_start:name_end]]
    named = [
        token
        for token in tokens[name_start:name_end]
        if token.is_capitalized
        # a common word capitalized because it opens the sentence names no one: "Troops"
        and not (token.start == tokens[0].start and token.lower in COUNT_NOUNS | SPEAKER_NOUNS)
    ]
    if not named and not any(
        word in ORGANISATION_NOUNS or word in _GENERIC_BODIES for word in words_
    ):
        return None  # "Air defences shot down …", "Troops captured …": no one who announces it
    if words_[-1] in _NOT_SPEAKER_HEADS:
        return None
    return _anchor(tokens, name_start, name_end, verb, False)


def span_text(tokens: list[Token], start: int, end: int) -> str:
    """The words of tokens[start:end] as written ("Commander-in-Chief", "Korea's")."""
    return _words(tokens, start, end)


def _clause_ends_soon(tokens: list[Token], verb: int) -> bool:
    for position in range(verb + 1, min(verb + 9, len(tokens))):
        token = tokens[position]
        if token.is_number or token.lower == "that":
            return False
        if token.text in ",.;!?" or token.text in CLOSING_QUOTES:
            return True
    return verb + 9 >= len(tokens)


def _words(tokens: list[Token], start: int, end: int) -> str:
    text = " ".join(token.text for token in tokens[start:end])
    for spaced, tight in (
        (" 's", "'s"),
        (" ’s", "’s"),
        ("( ", "("),
        (" )", ")"),
        (" - ", "-"),
        (" . ", ". "),  # "Lt. Gen. Ahmed Sharif Chaudhry"
        (" ' ", "' "),  # "the Palestinian Prisoners' Society"
        (" ’ ", "’ "),
    ):
        text = text.replace(spaced, tight)
    return text


# Capitalized words that make a name an organisation's: "Human Rights Watch", "Médecins Sans
# Frontières", "Armed Conflict Location and Event Data Project".
_ORGANISATION_NAME_WORDS = words("""
    watch network project programme program center centre institute association alliance movement
    front council command forces force army navy group organization organisation union nations
    cross crescent foundation fund service services committee initiative corps agency mission
    office monitor observatory ministry government authority authorities division brigade
    battalion regiment staff cluster headquarters guard police assembly parliament court tribunal
    commission university school society times post news press journal television radio
    médecins medecins frontières frontieres borders sans company bank coalition department bureau
    administration defense defence military intelligence council emergency emergencies lab
    laboratory
    """)
# Lower-case words inside a name that only organisations have: "Doctors Without Borders".
_PLACE_TAIL_RE = re.compile(r" (?:in|at|near|from) ")
_ORGANISATION_LINKS = words("of for and without sans de du des la le pour to")


def _demonyms() -> frozenset[str]:
    found = set()
    for place in KNOWN_PLACES:
        place = place.lower()
        stem = place[:-1] if place[-1] in "ae" else place
        found.update({place + "n", place + "an", stem + "ian", stem + "an", place + "i"})
        found.update({place + "ese", stem + "ese", place + "ish"})
    return frozenset(found)


_DEMONYMS = _demonyms()


_NAME_OF_A_BODY = ORGANISATION_NOUNS | _ORGANISATION_NAME_WORDS


_ACRONYM_IN_BRACKETS_RE = re.compile(r"\([A-Z][A-Z0-9-]+\)")


def is_person(name: str) -> bool:
    """True for "Volodymyr Zelensky" or "a senior defense official"; false for "the ministry",
    "Human Rights Watch" or "Doctors Without Borders"."""
    # "a police officer in Kenscoff": the place says nothing about who it is
    words_ = _PLACE_TAIL_RE.split(name)[0].replace("'s", " ").replace("’s", " ").split()
    lowered = {word.lower() for word in words_}
    if words_ and words_[-1].lower() in _DEMONYMS:
        return False  # "North Korean", "the Ukrainian": a nationality, not a name
    if words_ and words_[-1].lower() in _PERSON_HEADS and words_[-1].islower():
        return True  # "a police officer", "a senior military official"
    if len(words_) > 2 and words_[0] in _PERSON_HEADS and words_[1] == "of":
        return True  # "a resident of the village"
    if (
        len(words_) >= 3
        and any(word in PERSON_ROLES for word in words_[:-2])  # a role in lower case
        and all(word[:1].isupper() and not word.isupper() for word in words_[-2:])
        and not any(word.lower() in _NAME_OF_A_BODY or word in KNOWN_PLACES for word in words_[-2:])
    ):
        return True  # "head of the Kherson regional military administration Oleksandr Prokudin"
    if (
        lowered & PERSON_ROLES
        and len(words_) >= 3
        and words_[-1][:1].isupper()
        and not words_[-1].isupper()
        and words_[-1].lower() not in _NAME_OF_A_BODY
        and words_[-1] not in KNOWN_PLACES
        and words_[-2][:1].isupper()
    ):
        return True  # "Defense Minister Sergei K. Shoigu": a title, then a name
    if lowered & ORGANISATION_NOUNS or lowered & _ORGANISATION_NAME_WORDS:
        return False
    if lowered & PERSON_ROLES:
        return True
    if _ACRONYM_IN_BRACKETS_RE.search(name):
        return False  # "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": people have no acronym
    names = [word for word in words_ if word[:1].isupper() and not word.isupper()]
    if any(
        word.lower() in _ORGANISATION_LINKS and index and index < len(words_) - 1
        for index, word in enumerate(words_)
    ):
        return False
    return len(names) >= 2 and not any(word in KNOWN_PLACES for word in names)


def _is_plural(name: str) -> bool:
    last = name.split()[-1]
    return last.islower() and last.endswith("s") and not last.endswith("ss")


# Descriptions that name a body by what it is: "the army" is the last military named.
_KINDS = {
    "military": words("army military forces force idf troops defense defence command staff navy"),
    "ministry": words("ministry department"),
    "group": words(
        "group movement organisation organization charity network association alliance front "
        "rebels militia coalition monitor observatory project watchdog"
    ),
    "agency": words("agency office programme mission service bureau fund"),
}
_GOVERNMENT_WORDS = words(
    "ministry government army military forces force authorities office council navy police "
    "guard service staff command assembly parliament"
)
_AGENCY_WORDS = words(
    "agency intelligence service programme fund bureau unhcr unicef unrwa iom wfp"
)
_MILITARY_HEADS = words("army military idf navy")
_MILITARY_FORCES = ("defense forces", "defence forces", "armed forces")
# Bodies every country has: "the authorities said" names no earlier speaker unless one fits.
_MEDIA_WORDS = words("post times news journal press television radio tv telegraph guardian")
_GENERIC_BODIES = words(
    "authorities government police administration officials junta opposition municipality judiciary "
    "hospital"
)
MEMORY = 12  # how many speakers back a description may reach
_NOT_A_MILITARY = words(
    "liberation independence revolutionary rebels monitor observatory project tracker watchdog"
)
_PERSON_HEADS = PERSON_ROLES | words(
    "officer officers official officials source sources nurse doctor medic resident administrator "
    "diplomat witness survivor worker researcher journalist farmer woman man mother father "
    "teacher trader member shopkeeper driver villager student volunteer fisherman soldier "
    "nurse paramedic engineer physician"
)


class Speakers:
    """Who has spoken or been named so far in an article, to resolve "he said" and "the agency
    estimated": the most recent entity that fits the description wins."""

    def __init__(self) -> None:
        self.last_person: str | None = None
        self.last_organisation: str | None = None
        self.last_group: str | None = None  # "officials", "lawmakers": the referent of "they"
        self.last_any: str | None = None
        self.named: list[str] = []  # organisations, most recent last
        self.surnames: dict[str, str] = {}  # "zelenskiy": "President Volodymyr Zelenskiy"
        self.voice: str | None = None  # who answers in a transcript or interview: "I", "we"
        self.people: list[str] = []  # people named, with their titles, most recent last
        self.issuer: str | None = None  # who issued a document the article reproduces

    def resolve(self, anchor: Anchor) -> None:
        """Set `anchor.actor` (and `relayed_by`) and remember the speaker for later sentences."""
        if anchor.is_pronoun and self.voice and anchor.name in ("i", "we"):
            actor = self.voice
        elif anchor.is_pronoun:
            if anchor.name in ("he", "she", "i"):
                actor = self.last_person or self.last_any
            elif anchor.name == "it":
                actor = self.last_organisation or self.last_any
            else:
                actor = self.last_group or self.last_any
            actor = actor or anchor.owned
        elif anchor.is_description:
            actor = self._described(anchor.name)
            if actor == anchor.name:
                self._remember(actor)  # "the ministry said" with no ministry named before
            elif not is_person(actor):
                self.last_organisation = actor
        else:
            actor = anchor.name
            self._remember(actor)
        if anchor.document and actor:
            self.last_organisation = actor  # "It put the toll at …": the document speaks on
        if anchor.relay_of:
            anchor.actor, anchor.relayed_by = anchor.relay_of, actor
            self._remember(anchor.relay_of)
        else:
            anchor.actor = actor

    def known_as(self, label: str | None) -> str | None:
        """The person a transcript's "PLETENCHUK:" means, by the full name given earlier."""
        if label is None or " " in label:
            return label
        found = self.surnames.get(label.lower())
        if found:
            self.last_person = self.last_any = found
        return found or label

    def note_people(self, tokens: list[Token]) -> None:
        """Remember people named in a sentence without a reporting verb, for a later "he said"."""
        for name in people_named(tokens):
            self.last_person = name
            self.last_any = name
            self._note_surname(name)

    def note_opening_person(self, tokens: list[Token]) -> None:
        """Remember a person whose name opens a sentence without a reporting verb ("Volodymyr
        Zelenskyy has given his first account"), for a later "he says"."""
        start = end = _past_timestamp(tokens)  # "12:40 BST - Volodymyr Zelenskyy has …"
        start = end = _past_opening_phrase(tokens, start)  # "In the interview, Zelensky …"
        if start >= len(tokens) or not tokens[start].is_capitalized:
            return
        if (
            start + 1 < len(tokens)
            and tokens[start].lower in self.surnames
            and not tokens[start + 1].is_capitalized
        ):
            # "Zelenskyy has been speaking about the attack": the Zelenskyy named before
            self.last_person = self.last_any = self.surnames[tokens[start].lower]
            return
        if (
            start + 3 < len(tokens)
            and tokens[start].is_capitalized
            and tokens[start].text not in _NOT_NAMES | KNOWN_PLACES
            and tokens[start + 1].text == ","
            and (
                tokens[start + 2].is_number
                or tokens[start + 2].lower in ("a", "an")
                and any(token.lower in _PERSON_HEADS for token in tokens[start + 3 : start + 9])
            )
        ):
            # "Svitlana, 58, who sells vegetables", "Sesegma, a 51-year-old mother from …"
            self.last_person = self.last_any = tokens[start].text
            return
        while (
            end < len(tokens)
            and end - start < 4
            and tokens[end].is_capitalized
            and tokens[end].text not in _NOT_NAMES  # "On Friday"
        ):
            end += 1
        name = _words(tokens, start, end)
        if (
            end - start >= 2
            and end < len(tokens)
            and not tokens[end].is_capitalized
            and tokens[start].lower not in DETERMINERS | _QUANTIFIERS  # "The Ukrainian commander"
            and tokens[start].lower not in NUMBER_WORDS  # "Nine Afghan fighters were killed"
            and is_person(name)
        ):
            self.last_person = self.last_any = name
            self._note_surname(name)

    def note_organisation(self, tokens: list[Token]) -> None:
        """Remember a body that opens a sentence ("Ukraine's General Staff gave a figure"), for a
        later "it said"."""
        start, end = _name_forward(tokens, _past_timestamp(tokens))
        head = end
        if (
            head - start > 3
            and tokens[head - 2].lower == "in"
            and tokens[head - 1].text in KNOWN_PLACES
        ):
            head -= 2  # "The UN human rights monitoring mission in Ukraine has published …"
        if (
            end > start
            and (tokens[start].is_capitalized or tokens[start].lower in SPEAKER_MODIFIERS)
            and (tokens[head - 1].lower in ORGANISATION_NOUNS or tokens[head - 1].lower in _BODIES)
            and end < len(tokens)
            # "The NIS did not give …", "Ukraine's military intelligence agency, known as HUR,"
            and (tokens[end].is_word and not tokens[end].is_capitalized or tokens[end].text == ",")
        ):
            name = _words(tokens, start, end)
            # "The Committee to Protect Journalists published": the whole name, not "Committee"
            name = next(
                (
                    full.removeprefix("The ")
                    for full in organisations_named(tokens)
                    if full.removeprefix("The ").startswith(name + " ")
                ),
                name,
            )
            self._remember(name)

    def note_organisations(self, tokens: list[Token], *, as_subject: bool) -> None:
        """Remember organisations named anywhere ("figures from the Armed Conflict Location and
        Event Data Project (Acled)"), for a later "the group"; and for a later "it" too when the
        sentence has no speaker of its own (`as_subject`)."""
        for name in organisations_named(tokens):
            self._add(name)
            if as_subject:
                self.last_organisation = name
                self.last_any = name

    def _described(self, description: str) -> str:
        head = description.split()[-1].lower()
        if self.issuer and head in _DOCUMENT_NOUNS:
            return self.issuer  # "the report finds", inside the report's issuer's statement
        if head in PERSON_ROLES or head in ("official",):
            # "the governor": the last person named with that title, else the last person
            titled = next(
                (name for name in reversed(self.people) if head in name.lower().split()), None
            )
            return titled or self.last_person or description
        if head in _PERSON_HEADS and head not in ORGANISATION_NOUNS and not _is_plural(description):
            # "the administrator said": the last person named as one, else the description
            titled = next(
                (name for name in reversed(self.people) if head in name.lower().split()), None
            )
            if (
                titled is None
                and head in ("officer", "official", "man", "woman")
                and self.last_person
            ):
                return self.last_person  # "General Henry Delgado … The officer said"
            return titled or description
        if head in ORGANISATION_NOUNS or head in SPEAKER_NOUNS:
            found = self._fitting(head)
            if found:
                return found
            if (
                any(head in kind for kind in _KINDS.values())
                or head in _GENERIC_BODIES
                or _is_plural(description)  # "the committees said": no earlier body
            ):
                # "the army" when no army was named: the army it is; "the authorities" too
                return description
            return self.last_organisation or self.last_any or description
        return description

    def _fitting(self, head: str) -> str | None:
        """The most recent body that "the <head>" can mean: one whose name holds the word, or
        for "the army" a military, for "the group" or "the agency" a body that is no state's."""
        for name in reversed(self.named[-MEMORY:]):
            lowered = {word.lower().strip("'’") for word in name.replace("'s", " ").split()}
            if head in lowered:
                return name
            if name.split()[-1].lower() in _PERSON_HEADS:
                continue  # "a senior military officer" is a person, not "the army"
            if lowered & PERSON_ROLES and name.split()[-1][:1].isupper():
                continue  # "Defence Minister Israel Katz" is a person, not "the observatory"
            if head in ("military", "group") and lowered & _NOT_A_MILITARY:
                continue  # "the military" is no rebel army, "the group" no monitor
            if head in _MILITARY_HEADS:
                if lowered & _MILITARY_HEADS or any(
                    forces in name.lower() for forces in _MILITARY_FORCES
                ):
                    return name
            elif head in _KINDS["ministry"]:
                if lowered & _KINDS["ministry"]:
                    return name
            elif head in _KINDS["agency"] and (
                lowered & _AGENCY_WORDS or (name.isupper() and 2 <= len(name) <= 6)
            ):
                return name  # "the agency": the spy agency, the UN agency named last
            elif head in _KINDS["group"] or head in _KINDS["agency"]:
                # "the Israeli army" is a state's; "the Arakan Army" a group's
                state = lowered & _GOVERNMENT_WORDS or any(
                    word in _MILITARY_HEADS for word in name.split()
                )
                official = head in _KINDS["group"] and lowered & (
                    _KINDS["agency"] | {"un", "nations"}
                )
                media = lowered & _MEDIA_WORDS  # "The Post" is no agency and no group
                country = (
                    name.replace("'s", "").strip() in KNOWN_PLACES
                    or len(name.split()) == 2
                    and name.split()[0] in KNOWN_PLACES
                    and not lowered & _ORGANISATION_NAME_WORDS
                )  # "Ukraine", "Gaza Strip"
                # "the agency" is no one-word name ("Yu", "Hamas") but an acronym ("NIS")
                one_word = head in _KINDS["agency"] and " " not in name and not name.isupper()
                if not (state or official or country or one_word or media or _is_plural(name)):
                    return name
        return None

    def _add(self, name: str) -> None:
        if name in self.named:
            self.named.remove(name)
        self.named.append(name)

    def _note_surname(self, name: str) -> None:
        self.people.append(name)
        parts = name.split()
        last = parts[-1]
        if last[:1].isupper():
            self.surnames[last.lower()] = name
        if len(parts) >= 2 and "-" in last and parts[-2][:1].isupper():
            # "Lee Seong-kweun", "Hsieh Jih-sheng": the family name comes first
            self.surnames[parts[-2].lower()] = name

    def _remember(self, actor: str) -> None:
        self.last_any = actor
        if " " not in actor and actor.lower() in self.surnames:
            self.last_person = actor  # "Zelenskiy said", after "Volodymyr Zelenskiy"
        elif is_person(actor):
            self.last_person = actor
            self._note_surname(actor)
        elif _is_plural(actor):
            self.last_group = actor
        else:
            self.last_organisation = actor
            self._add(actor)


def organisations_named(tokens: list[Token]) -> list[str]:
    """Capitalized names that end in an organisation's word or carry an acronym in brackets:
    "the Assistance Association for Political Prisoners", "Médecins Sans Frontières (MSF)"."""
    found = []
    position = 0
    count = len(tokens)
    while position < count:
        token = tokens[position]
        if not token.is_capitalized or token.text in _NOT_NAMES:
            position += 1
            continue
        end = position
        while end < count and (
            tokens[end].is_capitalized
            or (
                tokens[end].lower in _ORGANISATION_LINKS
                and end + 1 < count
                and (tokens[end + 1].is_capitalized or tokens[end + 1].lower == "the")
            )
            or (
                tokens[end].lower == "the"
                and end > position
                and tokens[end - 1].lower in _ORGANISATION_LINKS
            )
        ):
            end += 1
        last = tokens[end - 1].lower
        acronym = (
            end + 2 < count
            and tokens[end].text == "("
            and tokens[end + 1].text.isupper()
            and tokens[end + 2].text == ")"
        )
        if acronym and tokens[end + 1].text in _WIRE_AGENCIES:
            acronym = False  # "DEIR AL-BALAH, Gaza Strip (AP)": a dateline, not a body
        acronym = acronym or (
            # "Reporters Without Borders, or RSF, works differently"
            end + 3 < count
            and tokens[end].text == ","
            and tokens[end + 1].lower == "or"
            and tokens[end + 2].text.isupper()
            and len(tokens[end + 2].text) > 1
            and tokens[end + 3].text in ",)"
        )
        of_a_country = (
            end - position >= 4
            and tokens[end - 2].lower == "of"
            and tokens[end - 1].text in KNOWN_PLACES
            and any(token.lower in _ORGANISATION_NAME_WORDS for token in tokens[position : end - 2])
        )  # "the General Staff of the Armed Forces of Ukraine"
        place = end - position == 2 and (tokens[position].lower, last) in KNOWN_PAIRS
        # "the Committee to Protect Journalists": a body's word, then what it is for
        head = position + 1 if tokens[position].lower == "the" else position
        led = (
            end - head >= 3
            and tokens[head].lower in _ORGANISATION_NAME_WORDS
            and tokens[head + 1].lower in ("to", "for", "of")
        )
        if (
            end - position >= 2
            and not place  # "the West Bank"
            and (last in _ORGANISATION_NAME_WORDS or acronym or of_a_country or led)
        ):
            found.append(_words(tokens, position, end))
        position = max(end, position + 1)
    return found


def people_named(tokens: list[Token]) -> list[str]:
    """Names with a title or role: "Defence Minister Rustem Umerov", "spokesman Dmitry Peskov"."""
    found = []
    position = 0
    count = len(tokens)
    while position < count:
        token = tokens[position]
        if token.lower in PERSON_ROLES and token.lower not in ("general", "head", "chief"):
            end = position + 1
            if end < count and tokens[end].text == ",":
                end += 1  # "the human rights ombudsman, Dmytro Lubinets"
            while end < count and tokens[end].is_capitalized and tokens[end].lower in PERSON_ROLES:
                end += 1  # "Brigadier General Oleksandr Tarnavskyi": a title of two words
            name_start = end
            while (
                end < count
                and end - position <= 8
                and (
                    tokens[end].is_capitalized
                    and tokens[end].lower not in PERSON_ROLES
                    and tokens[end].text not in _NOT_NAMES
                    # "Rear Adm. Daniel Hagari": a title's full stop inside the name
                    or tokens[end].text == "."
                    and end > name_start
                    and len(tokens[end - 1].text) <= 4
                    and end + 1 < count
                    and tokens[end + 1].is_capitalized
                )
            ):
                end += 1
            while end > name_start and tokens[end - 1].text == ".":
                end -= 1
            if end - name_start >= 2:
                found.append(_words(tokens, name_start, end))
                position = end
                continue
        if token.text == "," and position > 0:
            # "The head of the town's displacement committee, Gebremichael Haile, keeps …"
            closing = position + 1
            while closing < count and closing - position <= 4 and tokens[closing].is_capitalized:
                closing += 1
            if closing - position > 2 and closing < count and tokens[closing].text == ",":
                named = _name_between_commas(tokens, closing)
                if named and is_person(_words(tokens, *named)):
                    found.append(_words(tokens, *named))
                    position = closing
                    continue
        position += 1
    return found


_CLAUSE_OPENERS = words("where whereas while")


_REPORTED_THINGS = words(
    "deaths casualties injuries killings attacks strikes cases incidents violations losses"
)
_COUNT_NOUNS = words(
    "toll tally count counts figures figure data casualties statistics video footage list notices"
)
_RECORDING_VERBS = words("recorded documented registered counted logged verified")
_COUNTING_VERBS = words("counts count counted hosts hosted recorded registered")


def speaker_for(
    anchors: list[Anchor], first: int, end: int, tokens: list[Token] | None = None
) -> Anchor | None:
    """The anchor that asserts a figure at tokens [first, end) of the sentence.

    A speaker introducing the clause ("X said that …") before the figure wins, then a speaker
    reporting after it (", X said"), then any speaker in the sentence. But a figure in a clause
    of its own with its own source after it ("… the Houthis say …, where 30,000 have been
    killed, according to the health ministry") is that source's.
    """
    if any(anchor.relative for anchor in anchors) and not all(
        anchor.relative for anchor in anchors
    ):
        anchors = [anchor for anchor in anchors if not anchor.relative]
    # "X estimated 64,260 deaths": the verb may open the figure's own span
    before = [anchor for anchor in anchors if anchor.verb < end and not anchor.is_post]
    after = [anchor for anchor in anchors if anchor.verb >= end and anchor.is_post]
    if before and after and tokens is not None:
        for position in range(before[-1].verb + 1, first):
            if tokens[position].text == ";" or (
                tokens[position].lower in _CLAUSE_OPENERS and tokens[position - 1].text == ","
            ):
                return after[0]
    if (
        before
        and after
        and tokens is not None
        and tokens[after[0].verb].lower == "according"
        and tokens[before[-1].verb].lower in _COUNTING_VERBS
    ):
        return after[0]  # "the country now counts some 6 million displaced, according to IOM"
    if (
        len(before) >= 2
        and tokens is not None
        and tokens[before[-1].verb].lower in _RECORDING_VERBS
        and (
            tokens[before[-2].verb].lower in ("says", "said", "say")
            or any(token.lower == "that" for token in tokens[before[-2].verb : before[-1].start])
        )
        # "X has said 1,062 were killed, while the group HRANA counted 1,190": a speaker of its own
        and not any(
            token.lower in ("while", "whereas", "but") or token.text == ";"
            for token in tokens[before[-2].verb : before[-1].start]
        )
    ):
        # "Its spokesman told us that peacekeepers had recorded more than 2,000": the spokesman
        return before[-2]
    if before:
        return before[-1]
    if after:
        return after[0]
    after = [anchor for anchor in anchors if anchor.verb >= end]
    if after:
        return after[0]
    return anchors[-1] if anchors else None
