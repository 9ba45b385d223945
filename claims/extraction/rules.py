"""The offline claim extractor: rules over sentences, figures, nouns and reporting verbs.

Each sentence is read on its own (figures, what they count, where, who said it), with a little
memory across sentences: the last named speakers (for "he said"), the speaker of the previous
sentence in the paragraph, and the last figure (for "up from 1,500").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from claims.extraction.attribution import (
    ANCHOR_WORDS,
    COMPILING_VERBS,
    Anchor,
    Speakers,
    acting_subject,
    find_anchors,
    is_person,
    name_forward,
    organisations_named,
    people_named,
    span_text,
    speaker_for,
)
from claims.extraction.base import Extractor
from claims.extraction.categories import EXCHANGE_CONTEXT, Counted, classify, lead_in_cue
from claims.extraction.dates import stated_on
from claims.extraction.places import (
    KNOWN_PAIRS,
    KNOWN_PLACES,
    PLACE_TYPES,
    Place,
    choose_location,
    find_places,
)
from claims.extraction.quantities import NUMBER_WORDS, Quantity, find_quantities
from claims.extraction.schema import ArticleInput, ExtractedClaim
from claims.extraction.sentences import Sentence, split_sentences
from claims.extraction.tokens import CLOSING_QUOTES, OPENING_QUOTES, Token, tokenize
from claims.extraction.vocabulary import ORGANISATION_NOUNS, PERSON_ROLES, REPORTING_VERBS, words

# Text past this length is not read: articles are far shorter, and it bounds the work on junk.
MAX_ARTICLE_CHARS = 200_000
_HINT_WORDS = (
    REPORTING_VERBS
    | PERSON_ROLES
    | frozenset(NUMBER_WORDS)
    | {"according", "citing", "spoke", "speaks", "estimate", "figure", "figures", "data"}
    | COMPILING_VERBS
)
_FIGURE_WORDS = frozenset(NUMBER_WORDS)
# A sentence naming a body with neither figure nor speaker ("… set by the Health Ministry.") is
# read for that body alone: a later "it said" means it.
_BODY_WORDS = frozenset(
    {"ministry", "agency", "office", "mission", "observatory", "commission", "pentagon", "kremlin"}
    | {"force", "forces", "army", "military", "navy", "government", "command", "staff", "service"}
    | {"nis", "hur", "sbu", "idf", "unhcr", "unicef", "unrwa", "ocha", "iom", "wfp", "who"}
)
# Two capitalized words and a verb in lower case open the sentence: a person's name, perhaps
_OPENING_NAME_RE = re.compile(
    r"[A-Z][a-z]+(?:-[A-Za-z]+)? [A-Z][a-z]+(?:-[A-Za-z]+)?,? [a-z]"
    # "Reporters Without Borders, or RSF, works differently": a body known by its acronym
    r"|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,4}, or [A-Z]{2,}[,)]"
    # "Serhiy, a marine who …"
    r"|[A-Z][a-z]+(?:-[A-Za-z]+)?, an? \b"
)
# "Prokudin urged …": a surname alone, when the article named the person in full before
# "In the interview, Zelensky also addressed …": after a short opening phrase, too
_OPENING_SURNAME_RE = re.compile(
    r"(?:(?:In|At|On|During|Later|Earlier) [^,.]{0,40}, )?"
    r"([A-Z][a-z]+(?:-[A-Za-z]+)?) (?:also |later |then |again )?[a-z]+ed\b"
)
# Whole words, as a regex's \b would see them: one set lookup each instead of a long alternation.
_WORD_RE = re.compile(r"\w+")
_QUOTE_RE = re.compile(r"[\"“”«»]")
_DIGIT_RE = re.compile(r"[0-9]")
# The first word of a sentence, to tell a dateline ("KHARKIV (Wire) —") without tokenizing.
_FIRST_WORD_RE = re.compile(r"\s*((?:[^\W0-9_]\.){2,}|[^\W0-9_]+)")
# The article reproduces a document: "The Defence Ministry published the following summary",
# "The following is our translation of the summary published by the Ministry of Defence", "Below
# is our translation of a statement published by …", "Here is the full text of the communiqué …"
_FOLLOWING_RE = re.compile(
    r"\b(?:published|issued|released|posted) the following\b|^The following\b"
    # "The army's statement, issued by its spokesman, is reproduced below in full"
    r"|\breproduced (?:below|in full below)\b|\b[Ww]e reproduce\b[^.]{0,80}\bbelow\b"
    # "The full text of the Central Command statement follows."
    r"|^The (?:full )?text of (?:the|its|their) [^.]{0,60}\bfollows\b"
    # "… published the two statements below on Wednesday morning"
    r"|\b(?:published|issued|released|posted) the (?:\w+ )?(?:statements?|reports?|summar(?:y|ies)"
    r"|updates?|texts?) below\b"
    r"|^(?:Below|Here) (?:is|are) (?:(?:our|an?) (?:\w+ )?translation of |the (?:full )?text of )?"
    r"(?:the|a|an) (?:full |complete )?(?:statement|communiqu[eé]|summary|update|report|message|"
    r"address|speech|text)s?\b"
    # an agency's own update: "This update is produced by the humanitarian coordination office"
    r"|^This (?:flash )?(?:update|report|bulletin|snapshot|document) (?:is|was|has been) "
    r"(?:produced|prepared|issued|published|compiled) by\b"
    # "The text of the following joint statement was released by the Participating States …"
    r"|\bthe following\b[^.]{0,40}\b(?:was|were) (?:released|issued|published|posted) by\b"
)
_REPRODUCED_DOCUMENTS = frozenset({"report", "statement", "update", "summary", "bulletin"})
_SPOKEN_DOCUMENTS = frozenset({"briefing", "transcript", "remarks", "speech", "address"})
_ISSUER_OPENINGS = ("Below", "Here", "This")  # how the sentences _FOLLOWING_RE anchors open
_ISSUED_BY = frozenset({"published", "issued", "released", "posted", "produced", "prepared"})
# A heading is short; its number ("3."), a bracketed note in lower case and a colon are not its name.
_HEADING_CHARS = 120
_HEADING_EXTRAS_RE = re.compile(r"^\s*[0-9]+[.)]\s*|\s*\([^)]*[a-z][^)]*\)|[:.\s]+$")
_HEADING_LINKS = frozenset({"of", "the", "and", "for", "in", "on"})
_NUMBERED_RE = re.compile(r"\s*[0-9]{1,2}[.)]\s+\S")
# Short words of a heading that are words, not acronyms like "US", "UN" or "(SBU)".
_HEADING_WORDS = frozenset({"air", "sea", "war", "aid", "new", "top", "red"})
# "PLETENCHUK:", "MR. PARNELL:", "KENNEDY OKOTH, IOM:", "QUESTION (Reuters):"
_LABEL_RE = re.compile(
    r"([A-Z][A-Z.'’ -]{0,40}?[A-Z.])(?:, [^:\n]{1,80}?)?(?:\s*\([^)]{0,40}\))?:\s"
)
# Labels of a fact-check or a notice, not of a speaker
_QA_RE = re.compile(r"(Q|A)[:.]\s")
# "Tykhyi:", "NATO Secretary General Mark Rutte:", "Question (Reuters):"
_NAME_LABEL_RE = re.compile(r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,4})(?: \([^)]{1,40}\))?:\s")
# "09.48 BST - Russia's air force: 86 drones downed": a live-blog entry names its source
_HEADLINE_LABEL_RE = re.compile(
    r"(?:[0-9][0-9.:]*\s*(?:[A-Z]{2,4}\s*)?[-—–]\s*)?([A-Z][\w'’ -]{2,40}?):\s"
)
_NOT_LABELS = frozenset(
    {"NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "UPDATE", "BREAKING", "WATCH", "CLAIM", "VERDICT"}
    | {"FACT", "FACT CHECK", "RATING", "CONTEXT", "BACKGROUND", "CORRECTION", "ANALYSIS", "READ"}
    | {"SOURCES", "SOURCE", "THE FACTS", "THE CLAIM", "OUR VERDICT", "WHAT WE KNOW", "SEE ALSO"}
    | {"RELEASED", "PUBLISHED", "UPDATED", "POSTED", "DATE", "TIME", "DATELINE", "EMBARGO"}
)
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir"})
_INTERVIEWING_OUTLETS = frozenset({"AFP", "AP", "REUTERS", "BBC", "CNN", "DW", "RFE/RL"})
_ASKERS = frozenset({"q", "question", "questions", "moderator", "interviewer", "reporter", "host"})
# Bodies whose own updates carry their own figures, by a word of their web address or title
_AGENCIES = {
    "unhcr": "UNHCR",
    "ocha": "OCHA",
    "unocha": "OCHA",
    "ohchr": "OHCHR",
    "hrmmu": "UN Human Rights Monitoring Mission in Ukraine",
    "iom": "IOM",
    "unicef": "UNICEF",
    "wfp": "WFP",
    "who": "WHO",
    "icrc": "ICRC",
    "unrwa": "UNRWA",
    "dtm": "DTM",  # IOM's Displacement Tracking Matrix
    "acaps": "ACAPS",
}
# "Editor's note: …" after a reproduced statement is the outlet speaking again.
_NOTE_RE = re.compile(r"(?:Editor['’]s note|Note)\b")
SUBJECT_OPENERS = frozenset({"the", "a", "an"})
# "Two staff members at the hospital told …", not "2,300 residents had registered for …"
_DESCRIBING_SPEAKERS = frozenset({"at", "in", "from", "of", "with", "who", "that", ","})
# A sentence is about a prisoner exchange when it or one of this many before it names one.
EXCHANGE_CONTEXT_SENTENCES = 5
# how many paragraphs a heading such as "Total combat losses of the enemy" reaches
TALLY_LINES = 16
# How many sentences an introduction to a statement reproduced below may run
INTRODUCTION_SENTENCES = 6
# How the items of a list open: "– 36 Kh-101 cruise missiles;", "• 2,150 families"
_LIST_MARKS = ("–", "-", "—", "•", "*", "·")
# A figure refers back ("reach 10,000") only to a figure this many sentences before it.
REFER_BACK_SENTENCES = 2


@dataclass(slots=True)
class _Reading:
    sentence: Sentence
    words: list[str]  # the sentence's words in lower case
    tokens: list[Token] | None  # None until needed: most sentences without figures never are
    quantities: list[Quantity]
    anchors: list[Anchor]
    places: list[Place]
    opens_quote: bool  # the sentence ends inside a quotation that the next sentence continues
    exchange: bool  # the sentence names a prisoner exchange
    places_read: bool = False  # `places` has been filled in


class RulesExtractor(Extractor):
    """Extracts claims with hand-written rules; no network, no model, no database."""

    name = "rules"
    version = "1"

    def extract(self, article: ArticleInput) -> list[ExtractedClaim]:
        """Return the claims stated in the article, in text order."""
        text = article.text[:MAX_ARTICLE_CHARS]
        layout = _layout(text)
        # an agency's own update ("UNHCR Burundi: Emergency Update #3"): its figures are its own
        agency = _issuing_agency(article)
        readings, sections, labels = layout.readings, layout.sections, layout.labels
        issuer, headline_speakers = layout.issuer, layout.headline_speakers
        speakers = Speakers()
        speakers.issuer = issuer  # "the report finds" in a document it reproduces: its issuer
        claims: list[ExtractedClaim] = []
        recent: tuple[int, Counted] | None = None
        carried: Anchor | None = None
        datelines: dict[int, str] = {}
        # a figure with no place in its sentence is about the last place named in its paragraph
        earlier_in_paragraph: list[_Reading] = []
        section: str | None = None
        labelled: str | None = None
        lead_in: str | None = None  # what the line over a list ("… shot down:") says of its items
        # a figure with no place of its own is about the place the headline names
        headline_place = _headline_place(article.title or "") or _lede_place(readings)
        for index, reading in enumerate(readings):
            paragraph = reading.sentence.paragraph
            while sections and sections[0][0] <= paragraph:
                section = sections.pop(0)[1]
            while labels and labels[0][0] <= paragraph:
                labelled = speakers.known_as(labels.pop(0)[1])
                speakers.voice = labelled
            if index == 0 or readings[index - 1].sentence.paragraph != paragraph:
                if not reading.sentence.text.startswith(_LIST_MARKS) and not (
                    reading.sentence.text[:1].isdigit()
                    and index
                    and readings[index - 1].sentence.text.endswith(":")
                ):
                    lead_in = None  # "– 36 Kh-101 cruise missiles;", "33 UAVs over Bryansk,"
                carried = None
                earlier_in_paragraph: list[_Reading] = []
                dateline = _dateline(reading)
                if dateline:
                    datelines[paragraph] = dateline
            if reading.tokens is not None:
                speakers.note_organisations(reading.tokens, as_subject=not reading.anchors)
            pronoun = next((anchor for anchor in reading.anchors if anchor.is_pronoun), None)
            if (
                pronoun is not None
                and pronoun is reading.anchors[0]
                and pronoun.start > 1
                and pronoun.name not in ("i", "we")
            ):
                # "Zelensky used the interview to set out his own estimate": his, Zelensky's
                speakers.note_opening_person(reading.tokens)
            if pronoun is not None and not PERSON_ROLES.isdisjoint(reading.words):
                # "… the ombudsman, Dmytro Lubinets: he said": named before the pronoun
                speakers.note_people(reading.tokens[: pronoun.start])
            for number, anchor in enumerate(reading.anchors):
                named = reading.anchors[number - 1] if number else None
                if anchor.is_pronoun and named is not None and not named.is_pronoun:
                    # "A resident said he counted more than 30 bodies": the one just named
                    anchor.actor, anchor.relayed_by = named.actor, named.relayed_by
                else:
                    speakers.resolve(anchor)
                    if speakers.voice and _ours(reading.tokens, anchor):
                        # "Sych: … our drone operators confirmed 484 killed": the one answering
                        anchor.actor, anchor.relayed_by = speakers.voice, None
            if not PERSON_ROLES.isdisjoint(reading.words):
                speakers.note_people(_tokens(reading))
            if (
                reading.tokens is not None  # holds a figure or a reporting word
                and not reading.anchors
                and not (ORGANISATION_NOUNS | _BODY_WORDS).isdisjoint(reading.words)
            ):
                speakers.note_organisation(reading.tokens)
            if reading.tokens is not None and not reading.anchors:
                speakers.note_opening_person(reading.tokens)
            if not reading.quantities:
                carried = reading.anchors[-1] if reading.anchors else carried
                if reading.tokens is not None:
                    earlier_in_paragraph.append(reading)
                    if reading.sentence.text.endswith(":"):
                        lead_in = lead_in_cue(reading.tokens)  # "The fatalities were as follows:"
                continue
            fallback = (
                _named_subject(reading, speakers)
                or carried
                or _speaker_of_quotation(readings, index, speakers)
                or (Anchor(labelled, 0, 0, 0, False, actor=labelled) if labelled else None)
                or (
                    Anchor(
                        headline_speakers[paragraph],
                        0,
                        0,
                        0,
                        False,
                        actor=headline_speakers[paragraph],
                    )
                    if paragraph in headline_speakers
                    else None
                )
                or (Anchor(section, 0, 0, 0, False, actor=section) if section else None)
                or (Anchor(issuer, 0, 0, 0, False, actor=issuer) if issuer else None)
                or (Anchor(agency, 0, 0, 0, False, actor=agency) if agency else None)
                or _acting_subject(reading, speakers)
            )
            earlier: list[Counted] = []
            boundaries = {quantity.first for quantity in reading.quantities}
            actor_spans = [(anchor.start, anchor.end) for anchor in reading.anchors]
            reading.places = find_places(reading.tokens)
            reading.places_read = True
            date = stated_on(reading.tokens, article.published)
            # "returned", "handed over" mean prisoners when this or a sentence just before is
            # about an exchange
            exchange = any(
                reading.exchange
                for reading in readings[max(index - EXCHANGE_CONTEXT_SENTENCES, 0) : index + 1]
            )
            # "tanks ‒ 11,254 (+3)": a line of a tally of losses headed a few lines before
            losses = any(
                paragraph - TALLY_LINES <= named <= paragraph for named in layout.losses_named
            )
            quantities = reading.quantities
            for number, quantity in enumerate(quantities):
                if number and _repeats(reading.tokens, quantities[number - 1], quantity):
                    continue  # "an exchange of 1,000 for 1,000"
                if any(
                    not anchor.is_post
                    and anchor.start == quantity.end < anchor.end < anchor.verb
                    and reading.tokens[anchor.end].lower in _DESCRIBING_SPEAKERS
                    for anchor in reading.anchors
                ):
                    continue  # "Two staff members at the hospital told the BBC": the speakers
                previous = (
                    recent[1] if recent and index - recent[0] <= REFER_BACK_SENTENCES else None
                )
                counted = classify(
                    reading.tokens,
                    quantity,
                    boundaries - {quantity.first},
                    earlier,
                    previous,
                    quantities[number + 1 :],
                    exchange,
                    losses,
                    lead_in,
                )
                if counted is None:
                    continue
                earlier.append(counted)
                anchor = (
                    speaker_for(reading.anchors, quantity.first, quantity.end, reading.tokens)
                    or fallback
                )
                location = (
                    choose_location(
                        reading.places, quantity.first, quantity.end, actor_spans, reading.tokens
                    )
                    or _place_before(earlier_in_paragraph)
                    or datelines.get(paragraph)
                    or headline_place
                )
                claims.append(_claim(text, reading, quantity, counted, anchor, location, date))
                recent = (index, counted)
            carried = reading.anchors[-1] if reading.anchors else carried
            earlier_in_paragraph.append(reading)
            if reading.sentence.text.endswith(":"):
                lead_in = lead_in_cue(reading.tokens)
        return claims


@dataclass(slots=True)
class _Layout:
    """What the article's shape says before any sentence is read closely."""

    readings: list[_Reading]
    issuer: str | None  # "The ministry published the following summary": its text
    # "3. MINISTRY OF DEFENCE (translation)" over a statement reproduced in full: its issuer, by
    # paragraph; a heading that names no one ("SITUATION OVERVIEW") ends the section
    sections: list[tuple[int, str | None]]
    # "PLETENCHUK: …", "Q: …" in a transcript or an interview: who speaks, until the next label
    labels: list[tuple[int, str | None]]
    # "12:15 GMT - Civil defence: strikes on Idlib kill nine": a live-blog entry's source
    headline_speakers: dict[int, str]
    # the paragraphs that speak of losses ("Total combat losses of the enemy"), for the tally
    # lines under them
    losses_named: list[int]


def _layout(text: str) -> _Layout:
    """The sentences worth reading, and the headings, speaker labels and issuers around them."""
    # Sentences with no figure, speaker or quotation cannot change the result: skip them.
    readings = []
    issuer: str | None = None
    sections: list[tuple[int, str | None]] = []
    labels: list[tuple[int, str | None]] = []
    named_labels: list[tuple[int, str, bool]] = []
    question_marks: list[tuple[int, str]] = []
    headline_speakers: dict[int, str] = {}
    losses_named: list[int] = []
    sentences = split_sentences(text)
    for number, sentence in enumerate(sentences):
        sentence_text = sentence.text
        if "losses" in sentence_text:
            losses_named.append(sentence.paragraph)
        short = _ends_a_short_paragraph(sentences, number)
        if not number or sentences[number - 1].paragraph != sentence.paragraph:
            label = _LABEL_RE.match(sentence_text)
            if label and not _is_a_notice(label.group(1)):
                labels.append((sentence.paragraph, _speaker_label(label.group(1))))
            elif mark := _QA_RE.match(sentence_text):
                question_marks.append((sentence.paragraph, mark.group(1)))
            elif (label := _NAME_LABEL_RE.match(sentence_text)) and not _is_a_notice(
                label.group(1)
            ):
                # "Tykhyi: …" in an interview; the interviewer's labels end in a question
                asks = _paragraph_text(text, sentences, number).rstrip().endswith("?")
                named_labels.append((sentence.paragraph, label.group(1), asks))
            if (
                short
                and (headline := _HEADLINE_LABEL_RE.match(sentence_text))
                and not _is_a_notice(headline.group(1))
                and not _NOTE_RE.match(sentence_text)
            ):
                # "12:15 GMT - Civil defence: strikes on Idlib kill nine"
                headline_speakers[sentence.paragraph] = headline.group(1)
        if sections and _NOTE_RE.match(sentence_text):
            sections.append((sentence.paragraph, None))
        if short:
            first = sentences[_paragraph_start(sentences, number)]
            heading = _heading(text[first.start : sentence.end])
            if heading is not None:
                sections.append((sentence.paragraph, heading or None))
                readings = [r for r in readings if r.sentence.paragraph != sentence.paragraph]
                continue
        if (
            issuer is None
            and (
                "following" in sentence_text
                or " below" in sentence_text
                or " follows" in sentence_text
                or "reproduce" in sentence_text
                or sentence_text.startswith(_ISSUER_OPENINGS)
            )
            and _FOLLOWING_RE.search(sentence_text)
        ):
            # "The statement is reproduced below as issued": the body the introduction is about
            issuer = _issuer(sentence) or _body_introduced(sentences[:number])
        if _DIGIT_RE.search(sentence_text):
            # tokenized in any case: its words come from the tokens, not a second pass
            tokens = tokenize(sentence_text, sentence.start)
            words = [token.lower for token in tokens if token.is_word or token.is_number]
            readings.append(_read(sentence, text, words, tokens))
            continue
        words = _WORD_RE.findall(sentence_text.lower())
        if (
            _QUOTE_RE.search(sentence_text)
            or not _HINT_WORDS.isdisjoint(words)
            or not _BODY_WORDS.isdisjoint(words)
        ):
            readings.append(_read(sentence, text, words))
        elif _OPENING_NAME_RE.match(sentence_text) or _opens_with_a_surname(
            sentence_text, text, sentence.start
        ):
            # "Volodymyr Zelenskyy has given his account": a later "he" means him
            tokens = tokenize(sentence_text, sentence.start)
            has_figure = not _FIGURE_WORDS.isdisjoint(words)
            readings.append(_read(sentence, text, words, tokens, has_figure=has_figure))
    if issuer is None and sentences:
        issuer = _letterhead(sentences[0], sentences)
    if len(labels) < 2 or not any(speaker for _, speaker in labels):
        # too few capitalised labels, or only the interviewer's ("AFP: …?"): names label answers
        labels = (
            _named_labels(named_labels)
            or _questions_and_answers(sentences, question_marks)
            or _interview(sentences)
        )
    return _Layout(readings, issuer, sections, labels, headline_speakers, losses_named)


def _read(
    sentence: Sentence,
    text: str,
    words: list[str],
    tokens: list[Token] | None = None,
    *,
    has_figure: bool | None = None,
) -> _Reading:
    # Tokenizing is most of the work, and more than half the sentences hold no figure and no
    # reporting verb: those are tokenized later only if a role word or a dateline needs it.
    text_of = sentence.text
    if has_figure is None:
        has_figure = tokens is not None or not _FIGURE_WORDS.isdisjoint(words)
    has_anchor = not ANCHOR_WORDS.isdisjoint(words)
    if tokens is None and (has_figure or has_anchor or not _BODY_WORDS.isdisjoint(words)):
        tokens = tokenize(text_of, sentence.start)
    return _Reading(
        sentence=sentence,
        words=words,
        tokens=tokens,
        quantities=find_quantities(tokens, text) if has_figure else [],
        anchors=find_anchors(tokens) if has_anchor else [],
        places=[],  # read only for sentences with figures, in `extract`
        exchange=not EXCHANGE_CONTEXT.isdisjoint(words),
        opens_quote=_QUOTE_RE.search(text_of) is not None and _opens_quote(text_of),
    )


def _ours(tokens: list[Token], anchor: Anchor) -> bool:
    """ "our drone operators confirmed": a body the speaker calls their own."""
    return (
        not anchor.is_description
        and any(
            token.lower in ("our", "my")
            for token in tokens[max(anchor.start - 3, 0) : anchor.start]
        )
        and not any(token.is_capitalized for token in tokens[anchor.start : anchor.end])
    )


def _opens_with_a_surname(sentence_text: str, text: str, start: int) -> bool:
    """ "Prokudin urged residents to leave": a capitalized word and a verb, where the word came
    earlier in the article after a first name ("Oleksandr Prokudin")."""
    opening = _OPENING_SURNAME_RE.match(sentence_text)
    if opening is None:
        return False
    surname = opening.group(1)
    found = text.find(f" {surname}", 0, start)
    while found > 0:
        if text[text.rfind(" ", 0, found) + 1 : found][:1].isupper():
            return True
        found = text.find(f" {surname}", found + 1, start)
    return False


def _opens_quote(text: str) -> bool:
    """True when the sentence ends inside a quotation (more quotes opened than closed)."""
    # each quotation mark is a token of its own, so counting characters counts those tokens
    opening = text.count("“") + text.count("«")
    closing = text.count("”") + text.count("»")
    straight = text.count('"')
    return opening > closing or straight % 2 == 1 and text.lstrip()[:1] in OPENING_QUOTES


def _headline_place(title: str) -> str | None:
    """The place a headline names. In Title Case every word looks like a name ("North Korea
    Has Lost About 2,000 …"): there only a place the gazetteer knows counts, as far as it goes."""
    tokens = tokenize(title)
    places = [place.name for place in find_places(tokens) if not place.venue]
    words = [token for token in tokens if token.is_word and len(token.text) > 3]
    if len(words) < 4 or sum(token.is_capitalized for token in words) < 0.8 * len(words):
        return places[0] if places else None
    for name in places:
        parts = name.split()
        if (parts[0].lower(), parts[1].lower() if len(parts) > 1 else "") in KNOWN_PAIRS:
            known = 2  # "North Korea"
        elif parts[0] in KNOWN_PLACES:
            known = 1
        else:
            continue
        if len(parts) > known and parts[known].lower() in PLACE_TYPES:
            known += 1  # "Kursk Region"
        return " ".join(parts[:known])
    return None


def _lede_place(readings: list[_Reading]) -> str | None:
    """The first place the opening sentence names, after its dateline."""
    if not readings or readings[0].sentence.paragraph != 0 or readings[0].tokens is None:
        return None
    tokens = readings[0].tokens
    start = next((i + 1 for i, token in enumerate(tokens[:8]) if token.text in ("—", "–", "-")), 0)
    speakers = [(anchor.start, anchor.end) for anchor in readings[0].anchors]
    return next(
        (
            place.name
            for place in find_places(tokens)
            if not place.venue
            and place.start >= start
            and not any(first <= place.start < end for first, end in speakers)
        ),
        None,
    )


def _place_before(readings: list[_Reading]) -> str | None:
    """The last place named in `readings` outside their speakers' names. Sentences without
    figures are searched for places only here, when a later figure needs one."""
    for reading in reversed(readings):
        if not reading.places_read:
            reading.places = find_places(reading.tokens)
            reading.places_read = True
        spans = [(anchor.start, anchor.end) for anchor in reading.anchors]
        for place in reversed(reading.places):
            if not place.venue and not any(start <= place.start < stop for start, stop in spans):
                return place.name
    return None


def _paragraph_text(text: str, sentences: list[Sentence], number: int) -> str:
    last = number
    while (
        last + 1 < len(sentences) and sentences[last + 1].paragraph == sentences[number].paragraph
    ):
        last += 1
    return text[sentences[number].start : sentences[last].end]


def _named_labels(found: list[tuple[int, str, bool]]) -> list[tuple[int, str | None]]:
    """Speaker labels written as names ("Tykhyi:"), kept when one of them opens two answers or
    more: once, "Kyiv: …" is more likely a place than a speaker."""
    found = [
        (paragraph, label, asks or label.split()[0].lower() in _ASKERS)
        for paragraph, label, asks in found
    ]
    answers = [label for _, label, asks in found if not asks]
    if not any(answers.count(label) >= 2 for label in answers):
        return []
    return [(paragraph, None if asks else label) for paragraph, label, asks in found]


def _introduced_person(paragraphs: dict[int, list[Sentence]], before: int) -> str | None:
    """The last person the paragraphs before `before` name: the one an interview questions,
    unless the introduction says whom "we spoke to" or "met"."""
    found = None
    for number in sorted(paragraphs):
        if number >= before:
            break
        for sentence in paragraphs[number]:
            tokens = tokenize(sentence.text)
            met = _person_met(tokens)
            if met is not None:
                return met
            # "He is 31 … and goes by the call sign Sych"; not "a method known as …"
            called = _known_as(tokens, 0, _NICKNAMES)
            if called is not None and not (len(tokens) > 1 and tokens[1].text == ","):
                # but "Marta, who goes by the call sign Lynx": the name she is introduced by
                found = called
                continue
            # "Its commander, a 34-year-old former teacher, spoke to us": the role will do
            opening = 1 if tokens and tokens[0].lower in ("its", "his", "her", "their") else 0
            start, end = name_forward(tokens, opening)
            name = " ".join(token.text for token in tokens[start:end])
            if (end - start >= 2 or opening) and end > start and is_person(name):
                found = name  # "Espérance Kahindo coordinates a network of monitors."
            elif (
                end - start == 1
                and start == 0
                and len(tokens) > 3
                and tokens[1].text == ","
                and (tokens[2].lower in ("who", "a", "an") or tokens[2].is_number)
                and tokens[0].text not in KNOWN_PLACES
            ):
                found = tokens[0].text  # "Kateryna, who goes by the call sign Zhuzha, …"
            found = (people_named(tokens) or [found])[-1]  # "we spoke to Colonel Ali Farah"
            for position, token in enumerate(tokens[:-2]):
                if token.lower not in ("spoke", "talked", "speaking", "interviewed"):
                    continue
                # "We spoke to Andriy Yusov, a spokesman for …"; "We spoke by video link with a
                # battalion commander … who goes by the nom de guerre Bo Saw Reh"
                after = position + 1
                if token.lower != "interviewed":
                    after = next(
                        (
                            later + 1
                            for later in range(position + 1, min(position + 6, len(tokens)))
                            if tokens[later].lower in ("to", "with")
                        ),
                        0,
                    )
                if not after:
                    continue
                start, end = name_forward(tokens, after)
                name = " ".join(token.text for token in tokens[start:end])
                if end - start >= 2 and is_person(name):
                    found = name
                else:
                    named = people_named(tokens[after:])
                    found = (
                        (named[0] if named else None)
                        or _known_as(tokens, after)
                        or _role_introduced(tokens, after)
                        or found
                    )
    return found


_RANKS = words("lt col maj capt gen sgt cpl pvt cmdr adm brig")


def _person_met(tokens: list[Token]) -> str | None:
    """ "we spoke to Lt. Col. (res.) Ronen, 46, who …", "We met Dmitry (not his real name)":
    the person the interview is with, by the name the article gives."""
    for position, token in enumerate(tokens[:-1]):
        if token.lower == "met" and position and tokens[position - 1].lower == "we":
            after = position + 1
        elif (
            token.lower in ("spoke", "talked")
            and tokens[position + 1].lower in ("to", "with")
            and position
            and tokens[position - 1].lower == "we"
        ):
            after = position + 2
        else:
            continue
        kept = _name_without_brackets(tokens, after)
        names = [name for name in kept if name.is_word]
        if names and names[-1].is_capitalized and names[-1].text not in KNOWN_PLACES:
            return " ".join(name.text for name in kept).replace(" .", ".")
    return None


def _name_without_brackets(tokens: list[Token], start: int) -> list[Token]:
    """The tokens of a name with a rank, up to the comma, without what brackets add ("(res.)",
    "(not his real name)")."""
    kept: list[Token] = []
    position = start
    while position < len(tokens) and tokens[position].text not in ",;" and position - start < 14:
        token = tokens[position]
        if token.text == "(":
            close = next(
                (
                    later
                    for later in range(position, min(position + 6, len(tokens)))
                    if tokens[later].text == ")"
                ),
                None,
            )
            if close is None:
                break
            position = close + 1
            continue
        if not (token.is_capitalized or token.lower in _RANKS or token.text == "."):
            break
        kept.append(token)
        position += 1
    return kept


_NICKNAMES = (("nom", "de", "guerre"), ("call", "sign"))
_KNOWN_AS = (
    ("nom", "de", "guerre"),
    ("call", "sign"),
    ("known", "as"),
    ("goes", "by"),
    ("calls", "himself"),
)


def _known_as(
    tokens: list[Token], start: int, markers: tuple[tuple[str, ...], ...] | None = None
) -> str | None:
    """ "… who goes by the nom de guerre Bo Saw Reh", "… the call sign Sych": the name the
    person goes by."""
    for position in range(start, len(tokens)):
        for marker in markers or _KNOWN_AS:
            if tuple(token.lower for token in tokens[position : position + len(marker)]) == marker:
                name_start, name_end = name_forward(tokens, position + len(marker))
                if (
                    name_end - name_start >= 2
                    or marker == ("call", "sign")
                    and name_end > name_start
                ):
                    return " ".join(token.text for token in tokens[name_start:name_end])
    return None


def _role_introduced(tokens: list[Token], start: int) -> str | None:
    """ "… with a battalion commander of the KNDF": the role, when no name is given."""
    position = start + 1 if start < len(tokens) and tokens[start].lower in ("a", "an") else start
    for end in range(position, min(position + 4, len(tokens))):
        if not tokens[end].is_word or tokens[end].is_capitalized:
            return None
        if tokens[end].lower in PERSON_ROLES:
            return " ".join(token.text for token in tokens[position : end + 1])
    return None


def _questions_and_answers(
    sentences: list[Sentence], marks: list[tuple[int, str]]
) -> list[tuple[int, str | None]]:
    """ "Q: …" / "A: …" paragraphs: the answers are the person the introduction names."""
    if {mark for _, mark in marks} != {"Q", "A"}:
        return []
    paragraphs = _by_paragraph(sentences)
    interviewee = _introduced_person(paragraphs, marks[0][0])
    if interviewee is None:
        return []
    return [(paragraph, interviewee if mark == "A" else None) for paragraph, mark in marks]


def _interview(sentences: list[Sentence]) -> list[tuple[int, str | None]]:
    """For an interview printed as questions and answers: who speaks in each paragraph (the
    person the introduction names answers; nobody is credited with the questions)."""
    paragraphs = _by_paragraph(sentences)
    asked = [
        number
        for number, members in paragraphs.items()
        if len(members) <= 3 and all(member.text.rstrip("*_ ").endswith("?") for member in members)
    ]
    if len(asked) < 2:
        return []
    interviewee = _introduced_person(paragraphs, asked[0])
    if interviewee is None:
        return []
    return [
        (number, None if number in asked else interviewee)
        for number in sorted(paragraphs)
        if number >= asked[0]
    ]


def _issuing_agency(article: ArticleInput) -> str | None:
    """The humanitarian or UN body that published the article, from its address or title."""
    address = urlsplit(article.url or "")
    words = re.split(r"[^a-z]+", f"{address.hostname or ''} {address.path}".lower())
    title = (article.title or "").split(":")[0].split()
    for word in [*words, *(word.lower() for word in title[:2])]:
        if word in _AGENCIES:
            return _AGENCIES[word]
    return None


def _speaker_label(label: str) -> str | None:
    """ "MR. PARNELL" -> "Parnell", "SENIOR MILITARY OFFICIAL" -> "senior military official";
    None for the questions ("Q", "QUESTION", "MODERATOR")."""
    words = [word for word in label.replace(".", " ").split() if word.lower() not in _HONORIFICS]
    if not words or words[0].lower() in _ASKERS or label in _INTERVIEWING_OUTLETS:
        return None  # "Q:", "AFP:" asking in an interview
    lowered = [word.lower() for word in words]
    if not PERSON_ROLES.isdisjoint(lowered) or lowered[-1] in ("official", "officer"):
        return " ".join(lowered)
    return " ".join(word.capitalize() for word in words)


def _ends_a_short_paragraph(sentences: list[Sentence], number: int) -> bool:
    """True for the last sentence of a paragraph short enough to be a heading ("1." "SBU")."""
    sentence = sentences[number]
    if number + 1 < len(sentences) and sentences[number + 1].paragraph == sentence.paragraph:
        return False
    return sentence.end - sentences[_paragraph_start(sentences, number)].start <= _HEADING_CHARS


def _paragraph_start(sentences: list[Sentence], number: int) -> int:
    """The index of the first sentence in the paragraph of sentence `number`."""
    first = number
    while first and sentences[first - 1].paragraph == sentences[number].paragraph:
        first -= 1
    return first


def _by_paragraph(sentences: list[Sentence]) -> dict[int, list[Sentence]]:
    paragraphs: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    return paragraphs


def _heading(text: str) -> str | None:
    """For a paragraph in capitals ("2. MINISTRY OF DEFENCE (unofficial translation)"): the body
    it names, in ordinary case, or "" when it names none; None when it is no heading."""
    if len(text) > _HEADING_CHARS:
        return None
    name = _HEADING_EXTRAS_RE.sub("", text).strip()
    letters = [character for character in name if character.isalpha()]
    if (
        _DIGIT_RE.search(name)
        or len(letters) < 6
        or sum(character.isupper() for character in letters) < 0.8 * len(letters)
    ):
        return _numbered_heading(text, name)
    lowered = name.lower().split()
    if ORGANISATION_NOUNS.isdisjoint(lowered) and PERSON_ROLES.isdisjoint(lowered):
        return ""
    return " ".join(
        word.lower()
        if index and word.lower() in _HEADING_LINKS
        else word
        if len(word) <= 3 and word.lower() not in _HEADING_WORDS or word.startswith("(")
        else word.capitalize()
        for index, word in enumerate(name.split())
    )


def _is_a_notice(label: str) -> bool:
    """ "VERDICT:", "CLAIM 2:", "Editor's note:": a label of the piece, not a speaker; nor is a
    place heading a list ("Kherson region:")."""
    words = label.split()
    if words and (words[-1].lower() in PLACE_TYPES or label in KNOWN_PLACES):
        return True
    return re.sub(r"[\s.]*[0-9]+$", "", label.rstrip(".")).upper() in _NOT_LABELS


def _numbered_heading(text: str, name: str) -> str | None:
    """For "1. Lebanese Ministry of Public Health, Emergency Operations Centre (Sunday, 18:40)"
    over a statement reproduced: the body it names ("" when it names none); None when the
    paragraph is no numbered heading in title case."""
    if not _NUMBERED_RE.match(text):
        return None
    # "4. General Staff of the Armed Forces of Ukraine, 21 December (extract)": before the date;
    # "2. Air Force of the Armed Forces of Ukraine (09:15)": without the time
    issuer = re.sub(r"\s*\([^)]*[0-9][^)]*\)", "", name).split(",")[0].strip()
    words = issuer.split()
    if _DIGIT_RE.search(issuer) or len(issuer) < 3:
        return None
    if not words or not all(
        word[0].isupper() or word.lower() in _HEADING_LINKS or not word[0].isalpha()
        for word in words
    ):
        return None
    lowered = {word.lower() for word in words}
    # "7. UN Special Coordinator and UNIFIL": an acronym names a body too
    names_a_body = not (
        ORGANISATION_NOUNS.isdisjoint(lowered) and PERSON_ROLES.isdisjoint(lowered)
    ) or any(word.isupper() and len(word) > 2 for word in words)
    return issuer if names_a_body else ""


def _capitalized_name_end(tokens: list[Token], start: int) -> int:
    """One past a name of capitalized words joined by "the", "of", "for" or "and": "Save the
    Children", "Doctors of the World"."""
    end = start
    while end < len(tokens) and (
        tokens[end].is_capitalized
        and tokens[end].is_word
        or end > start
        and tokens[end].lower in ("the", "of", "for", "and")
        and end + 1 < len(tokens)
        and tokens[end + 1].is_capitalized
    ):
        end += 1
    return end


def _owner_of_the_document(tokens: list[Token]) -> str | None:
    """ "The following is the text of the ministry's daily report": the ministry; "The full
    text of the Central Command statement follows": Central Command."""
    for position in range(2, len(tokens) - 1):
        if (
            tokens[position].lower == "of"
            and tokens[position - 1].lower == "text"
            and tokens[position + 1].lower == "the"
        ):
            end = _capitalized_name_end(tokens, position + 2)
            if (
                end > position + 2
                and end < len(tokens)
                and tokens[end].lower in (_REPRODUCED_DOCUMENTS)
            ):
                return span_text(tokens, position + 2, end)
    for position in range(1, len(tokens) - 1):
        if tokens[position].lower in ("'s", "’s") and any(
            token.lower in _REPRODUCED_DOCUMENTS for token in tokens[position + 1 : position + 4]
        ):
            start = position
            while start > 0 and tokens[start - 1].is_word and tokens[start - 1].lower != "the":
                start -= 1
            if start < position:
                return span_text(tokens, start, position)
    return None


def _letterhead(first: Sentence, sentences: list[Sentence]) -> str | None:
    """ "Ministry of National Defense, Republic of China (Taiwan)" alone on the first line: the
    body whose own document this is."""
    if len(sentences) > 1 and sentences[1].paragraph == first.paragraph:
        return None
    words = first.text.replace(",", " ").split()
    if not 2 <= len(words) <= 10 or _DIGIT_RE.search(first.text):
        return None
    if not all(word[:1].isupper() or word in _HEADING_LINKS or word[:1] == "(" for word in words):
        return None
    if ORGANISATION_NOUNS.isdisjoint(word.lower() for word in words):
        return None
    return first.text.split(",")[0].strip()


def _body_introduced(sentences: list[Sentence]) -> str | None:
    """The first body the sentences name in full ("The Syrian Observatory for Human Rights, a
    UK-based monitoring group, published its monthly toll")."""
    for sentence in sentences[:INTRODUCTION_SENTENCES]:
        tokens = tokenize(sentence.text)
        named = organisations_named(tokens)
        if named:
            return named[0]
        # "Russia's defence ministry said on Wednesday that …": the body that speaks first
        anchor = next((anchor for anchor in find_anchors(tokens) if not anchor.is_pronoun), None)
        if anchor is not None and not is_person(anchor.name):
            return anchor.name
    return None


def _issues(tokens: list[Token], end: int) -> bool:
    """ "Médecins Sans Frontières (MSF) issued the following": the name is the issuer's."""
    if end + 2 < len(tokens) and tokens[end].text == "(" and tokens[end + 2].text == ")":
        end += 3
    if end < len(tokens) and tokens[end].lower in ("has", "have"):
        end += 1
    return end < len(tokens) and tokens[end].lower in _ISSUED_BY


def _issuer(sentence: Sentence) -> str | None:
    """The body that issued a document the article goes on to reproduce."""
    tokens = tokenize(sentence.text, sentence.start)
    start = 0
    for position in range(len(tokens) - 1):
        if tokens[position].lower in _ISSUED_BY:
            # "… the daily summary published by the Ministry of Defence", "… published on
            # Wednesday by the commander-in-chief"
            by = next(
                (
                    after
                    for after in range(position + 1, min(position + 5, len(tokens)))
                    if tokens[after].lower == "by"
                ),
                None,
            )
            if by is not None:
                start = by + 1
                break
    else:
        # "The following is a transcript of today's noon briefing by Stéphane Dujarric"
        start = next(
            (
                position + 1
                for position in range(2, len(tokens) - 1)
                if tokens[position].lower == "by"
                and tokens[position - 1].lower in _SPOKEN_DOCUMENTS
            ),
            0,
        )
        owner = _owner_of_the_document(tokens)
        if not start and owner:
            return owner
    named_by = start  # "… was issued by Save the Children on Wednesday"
    if named_by and start < len(tokens) and tokens[start].lower in ("its", "their", "his", "her"):
        start += 1  # "issued by its official spokesman, Brigadier General Nabil Abdallah"
    start, end = name_forward(tokens, start)
    if named_by and start == named_by:
        end = max(end, _capitalized_name_end(tokens, start))
    names = {token.lower for token in tokens[start:end]}
    capitalized = sum(token.is_capitalized for token in tokens[start:end])
    if end > start and (
        not names.isdisjoint(ORGANISATION_NOUNS | PERSON_ROLES)
        or (start or _issues(tokens, end))
        and capitalized >= 2
    ):
        # "… by the Commander-in-Chief of the Armed Forces, Oleksandr Syrskyi, on …": the person
        person = end + 1
        while person < len(tokens) and person - end <= 4 and tokens[person].is_capitalized:
            person += 1
        if (
            end < len(tokens)
            and tokens[end].text == ","
            and person - end > 2
            and (
                person == len(tokens) or tokens[person].text in ",." or tokens[person].lower == "on"
            )
        ):
            return span_text(tokens, end + 1, person)
        return span_text(tokens, start, end)
    return None


def _named_subject(reading: _Reading, speakers: Speakers) -> Anchor | None:
    """ "Regional governor Oleh Syniehubov later raised the number of injured to 17": with no
    reporting verb, a titled person who opens the sentence is the one giving the figure."""
    if reading.anchors:
        return None
    tokens = reading.tokens
    head = 1 if tokens and tokens[0].lower in SUBJECT_OPENERS else 0
    if not (
        len(tokens) > head + 3
        and (tokens[head].lower in PERSON_ROLES or tokens[head + 1].lower in PERSON_ROLES)
    ):
        return None
    named = people_named(tokens[: head + 6])
    if not named:
        return None
    anchor = Anchor(named[0], head, head + 1, head, False)
    speakers.resolve(anchor)
    return anchor


def _acting_subject(reading: _Reading, speakers: Speakers) -> Anchor | None:
    """ "The IDF mobilised some 300,000 reservists": with no one else to credit, the body
    that did what it would announce itself."""
    if reading.anchors:
        return None
    anchor = acting_subject(reading.tokens)
    if anchor is not None:
        speakers.resolve(anchor)
    return anchor


def _tokens(reading: _Reading) -> list[Token]:
    if reading.tokens is None:
        reading.tokens = tokenize(reading.sentence.text, reading.sentence.start)
    return reading.tokens


def _repeats(tokens: list[Token], first: Quantity, second: Quantity) -> bool:
    """ "1,000 for 1,000", "150 for 150": the second figure restates the first."""
    return (
        second.first == first.end + 1
        and tokens[first.end].lower == "for"
        and (first.low, first.high) == (second.low, second.high)
    )


def _speaker_of_quotation(
    readings: list[_Reading], index: int, speakers: Speakers
) -> Anchor | None:
    """For a sentence inside a quotation that a later sentence attributes ("…," he said)."""
    reading = readings[index]
    if not (reading.opens_quote or (index and readings[index - 1].opens_quote)):
        return None
    paragraph = reading.sentence.paragraph
    for later in readings[index + 1 : index + 4]:
        if later.sentence.paragraph != paragraph:
            return None
        if later.anchors and any(token.text in CLOSING_QUOTES for token in later.tokens):
            anchor = later.anchors[0]
            if anchor.actor is None:
                speakers.resolve(anchor)
            return anchor
    return None


def _dateline(reading: _Reading) -> str | None:
    """ "KHARKIV (Wire) —" or "GAZA —" at the head of a paragraph names where it was filed."""
    first = _FIRST_WORD_RE.match(reading.sentence.text)
    if first is None or not (first.group(1).isupper() and len(first.group(1)) > 2):
        return None
    words = []
    for token in _tokens(reading)[:4]:
        if token.is_word and token.text.isupper() and len(token.text) > 2:
            words.append(token.text.title())
        elif words and token.text in ("—", "–", "(", ","):
            return " ".join(words)
        else:
            return None
    return None


def _claim(
    text: str,
    reading: _Reading,
    quantity: Quantity,
    counted: Counted,
    anchor: Anchor | None,
    location: str | None,
    date,
) -> ExtractedClaim:
    tokens = reading.tokens
    span_start = tokens[quantity.first].start
    span_end = tokens[max(counted.reach, quantity.end) - 1].end
    wording_end = tokens[quantity.end - 1].end
    confidence = 0.5 + (0.25 if counted.subject else 0) + (0.15 if anchor else 0)
    return ExtractedClaim(
        category=counted.category,
        value_low=quantity.low,
        value_high=quantity.high,
        qualifier=quantity.qualifier,
        wording=text[span_start:wording_end],
        subject=counted.subject,
        location=location,
        actor=anchor.actor if anchor else None,
        relayed_by=anchor.relayed_by if anchor else None,
        stated_on=date,
        sentence=reading.sentence.text,
        quote=text[span_start:span_end],
        span_start=span_start,
        span_end=span_end,
        confidence=min(confidence, 0.95),
    )
