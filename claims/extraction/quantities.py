"""Finding the figures in a sentence: digits, number words, ranges and hedges.

"about 3,000", "eleven thousand", "15-hundred", "1.2 million", "11 to 12,000", "between 8,000 and
10,000", "at least 100", "3,000-plus". Figures that are not counts are dropped here: years, dates,
times, ages, money, percentages, measures, model numbers (Kh-101, F-16) and vague amounts
("thousands", "several hundred").
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.extraction.tokens import Token, joined
from claims.extraction.vocabulary import (
    CIVILIAN_PEOPLE,
    COUNT_NOUNS,
    CURRENCY_SYMBOLS,
    MILITARY_PEOPLE,
    MONTHS,
    SCALE_WORDS,
    UNIT_WORDS,
)

# Hostile input can hold thousands of numbers in one "sentence"; real ones hold a handful.
MAX_QUANTITIES_PER_SENTENCE = 40
MAX_NUMBERS_READ_PER_SENTENCE = 120

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
NUMBER_WORDS = {*_UNITS, *_TENS, *SCALE_WORDS, "dozen"}
_ARTICLES = frozenset({"a", "an"})
_STARTERS = frozenset({*_UNITS, *_TENS}) | _ARTICLES  # words a figure can start with
_AFTER_ARTICLE = frozenset({*SCALE_WORDS, "dozen"})
_SPACE_SEPARATORS = frozenset({" ", "\u00a0", "\u202f", "\u2009"})

# Hedge words before a figure, and the bound they make: a point, a lower or an upper bound.
POINT, AT_LEAST, AT_MOST = "point", "min", "max"
_HEDGES_BEFORE: dict[tuple[str, ...], str] = {
    ("about",): POINT,
    ("approximately",): POINT,
    ("approx", "."): POINT,
    ("approx",): POINT,
    ("around",): POINT,
    ("some",): POINT,
    ("roughly",): POINT,
    ("an", "estimated"): POINT,
    ("estimated",): POINT,
    ("circa",): POINT,
    ("nearly",): AT_MOST,
    ("almost",): AT_MOST,
    ("close", "to"): AT_MOST,
    ("up", "to"): AT_MOST,
    ("as", "many", "as"): AT_MOST,
    ("as", "much", "as"): AT_MOST,
    ("at", "most"): AT_MOST,
    ("no", "more", "than"): AT_MOST,
    ("fewer", "than"): AT_MOST,
    ("less", "than"): AT_MOST,
    ("just", "under"): AT_MOST,
    ("under",): AT_MOST,
    ("a", "maximum", "of"): AT_MOST,
    ("at", "least"): AT_LEAST,
    ("more", "than"): AT_LEAST,
    ("over",): AT_LEAST,
    ("well", "over"): AT_LEAST,
    ("above",): AT_LEAST,
    ("well", "above"): AT_LEAST,
    ("just", "above"): AT_LEAST,
    ("just", "over"): AT_LEAST,
    ("exceeded",): AT_LEAST,
    ("exceeds",): AT_LEAST,
    ("exceeding",): AT_LEAST,
    ("surpassed",): AT_LEAST,
    ("surpassing",): AT_LEAST,
    ("passed",): AT_LEAST,
    ("topped",): AT_LEAST,
    ("upwards", "of"): AT_LEAST,
    ("in", "excess", "of"): AT_LEAST,
    ("no", "fewer", "than"): AT_LEAST,
    ("no", "less", "than"): AT_LEAST,
    ("a", "minimum", "of"): AT_LEAST,
}
_LONGEST_HEDGE = max(len(words) for words in _HEDGES_BEFORE)
_HEDGE_ENDS = frozenset(words[-1] for words in _HEDGES_BEFORE)
_PARTICLE_VERBS = frozenset(
    {"hand", "hands", "handed", "handing", "turn", "turned", "turning", "took", "taken", "take"}
)
_RANGE_WORDS = frozenset({"to", "-", "–", "—", "or", "and"})
_RANGE_VERBS = frozenset({"range", "ranges", "ranged", "ranging", "vary", "varies", "varied"})


@dataclass(slots=True)
class Quantity:
    """A figure in a sentence, as token indices, with its bounds and hedge."""

    first: int  # first token of the figure, hedge included
    number_start: int  # first token of the number itself
    end: int  # one past the last token (post-hedges such as "or more" included)
    low: float | None
    high: float | None
    qualifier: str | None
    is_range: bool
    # "spoke of 10,000", "one" and "a dozen" need different care when nothing names what is counted
    is_hedged: bool
    is_word_one: bool


def find_quantities(tokens: list[Token], text: str) -> list[Quantity]:
    """The count-like figures of a sentence, in order; `text` is the whole article."""
    found: list[Quantity] = []
    index = 0
    count = len(tokens)
    attempts = 0
    while index < count and len(found) < MAX_QUANTITIES_PER_SENTENCE:
        token = tokens[index]
        if not (token.is_number or token.lower in _STARTERS):
            index += 1
            continue
        attempts += 1
        if attempts > MAX_NUMBERS_READ_PER_SENTENCE:
            break
        if token.lower in _ARTICLES and (
            index + 1 == count or tokens[index + 1].lower not in _AFTER_ARTICLE
        ):
            index += 1  # "a" that is not "a thousand", "a dozen": no figure, read nothing
            continue
        quantity = _read_quantity(tokens, index, text)
        if quantity is None:
            index += 1
            continue
        if _is_a_count(tokens, quantity):
            found.append(quantity)
        index = quantity.end
    return found


def _read_quantity(tokens: list[Token], index: int, text: str) -> Quantity | None:
    number = read_number(tokens, index, text)
    if number is None:
        return None
    value, after, plain = number
    if index > 0 and tokens[index - 1].lower == "half" and tokens[index].lower in _ARTICLES:
        value, index = value / 2, index - 1  # "half a million"
    low = high = value
    is_range = False
    qualifier = None
    end = after
    if after + 1 < len(tokens) and tokens[after].lower in _RANGE_WORDS:
        second = read_number(tokens, after + 1, text)
        if (
            second is not None
            and _joins_a_range(tokens, index, after)
            # "the toll since October 2023 to 62,192": a year, then the figure
            and not (is_year(tokens[index]) and not is_year(tokens[after + 1]))
            # "since June 11 to 6,057": a date, then the figure; but "March 8 to 9" is two days
            and not (index > 0 and _is_month(tokens[index - 1]) and second[0] > 31)
            # "raised by 180,000 to 1.5mn": a rise and where it ends, not a range; but "growing
            # by 8,000 to 9,000 a month" is one
            and not (
                index > 0
                and tokens[index - 1].lower == "by"
                and tokens[after].lower == "to"
                and second[0] > 2 * value
            )
        ):
            upper = second[0]
            lower = _scaled_to(value, upper) if plain else value
            if lower < upper:
                low, high, is_range, end = lower, upper, True, second[1]
                if tokens[after].lower == "and":
                    qualifier = "between"
    first, hedge = _hedge_before(tokens, index)
    if hedge == ("over",) and index > 1 and tokens[index - 2].lower in _PARTICLE_VERBS:
        first, hedge = index, None  # "handed over 5 civilians": a verb's particle, not a hedge
    if hedge and not is_range:
        kind = _HEDGES_BEFORE[hedge]
        qualifier = " ".join(hedge).replace(" .", ".")
        if kind == AT_LEAST:
            high = None
        elif kind == AT_MOST:
            low = None
    elif is_range and index > 0 and tokens[index - 1].lower == "between":
        first = index - 1
    end, post = _hedge_after(tokens, end)
    if post and not is_range:
        qualifier = post
        if post != "or so":
            high = None
    return Quantity(
        first=first,
        number_start=index,
        end=end,
        low=low,
        high=high,
        qualifier=qualifier,
        is_range=is_range,
        is_hedged=qualifier is not None,
        is_word_one=tokens[index].lower == "one" and after == index + 1,
    )


_YOUNG = frozenset({"children", "babies", "infants", "kids", "boys", "girls", "are", "were"})
_VERBS_AMONG_COUNT_NOUNS = frozenset({"killed", "wounded", "injured"})
_AREA_UNITS = frozenset({"kilometres", "kilometers", "km", "miles", "kilometre", "kilometer"})


_COMPARATIVES = frozenset(
    {"as", "more", "higher", "larger", "bigger", "greater", "less", "fewer", "the", "that", "than"}
)


def _counts_events(tokens: list[Token], quantity: Quantity, following: Token | None) -> bool:
    """ "attacked 62 times", "violated the truce more than 1,000 times": how often something
    was done; not "three times as many" or "four times higher"."""
    if tokens[quantity.end].lower != "times":
        return False
    if following is not None and following.lower in _COMPARATIVES:
        return False
    return any(
        token.is_word and not token.is_capitalized and token.lower.endswith("ed")
        for token in tokens[max(quantity.first - 5, 0) : quantity.first]
    )


def _is_an_area(unit: Token, following: Token | None) -> bool:
    """ "4,000 square kilometres", "590 sq km": territory taken or held, a figure of the war."""
    return (
        unit.lower in ("square", "sq")
        and following is not None
        and following.lower.rstrip(".") in _AREA_UNITS
    )


def is_year(token: Token) -> bool:
    """ "2023": a year written alone, four plain digits."""
    return len(token.text) == 4 and token.text.isdigit() and 1900 <= int(token.text) <= 2100


_SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}


def read_number(tokens: list[Token], index: int, text: str) -> tuple[float, int, bool] | None:
    """Read the number starting at `index`: (value, index after it, written as a bare small integer).

    Handles "10,000", "10 000", "1.2 million", "eleven thousand", "ten-thousand", "15-hundred",
    "a thousand", "three hundred and forty". Returns None when no number starts there.
    """
    total = 0.0
    current = 0.0
    last = None  # what the previous token was: a "unit", "tens", "digit", "hundred", "scale", "a"
    position = index
    count = len(tokens)
    plain = False
    while position < count:
        token = tokens[position]
        word = token.lower
        if token.is_number:
            if last is not None:
                break
            value = _digits_value(token.text)
            if value is None:
                return None
            position = _absorb_space_groups(tokens, position, text)
            if position != index:
                value = _digits_value("".join(t.text for t in tokens[index : position + 1]))
            current = value
            plain = "," not in token.text and "." not in token.text and position == index
            last = "digit"
        elif word in _UNITS:
            if last not in (None, "hundred", "scale") and not (
                last == "tens" and _UNITS[word] < 10
            ):
                break
            current += _UNITS[word]
            last = "unit"
        elif word in _TENS:
            if last not in (None, "hundred", "scale"):
                break
            current += _TENS[word]
            last = "tens"
        elif word == "hundred":
            if last not in ("unit", "tens", "digit", "a"):
                break
            current = (current or 1) * 100
            last = "hundred"
        elif (
            word in _SHORT_SCALES
            and last == "digit"
            and tokens[position - 1].end == token.start
            and (
                word in ("mn", "bn")
                or position + 1 < count
                and tokens[position + 1].lower in COUNT_NOUNS
            )
        ):
            # "1.2m people", "40k troops", "more than 1mn": a scale glued to the figure; "m"
            # and "k" only before what it counts ("a 100m strip" is a length)
            total += current * _SHORT_SCALES[word]
            current = 0.0
            last = "scale"
        elif word in SCALE_WORDS:
            if last not in ("unit", "tens", "digit", "a", "hundred"):
                break
            total += (current or 1) * SCALE_WORDS[word]
            current = 0.0
            last = "scale"
        elif word == "dozen":
            if last not in ("unit", "digit", "a"):
                break
            total += (current or 1) * 12
            current = 0.0
            last = "scale"
        elif word in ("a", "an") and last is None:
            following = tokens[position + 1].lower if position + 1 < count else ""
            if following not in SCALE_WORDS and following != "dozen":
                return None
            last = "a"
        elif (
            word == "and"
            and last in ("hundred", "scale")
            and _next_is_number_word(tokens, position)
        ) or (
            token.text == "-" and last is not None and _hyphen_joins_number_words(tokens, position)
        ):
            pass
        else:
            break
        position += 1
    if last in (None, "a"):
        return None
    if tokens[position - 1].lower == "and":
        position -= 1
    plain = plain and last == "digit"
    return total + current, position, plain


def _digits_value(text: str) -> float | None:
    if "," in text:
        head, *groups = text.split(",")
        # "1,2" is not a thousands separator; such odd forms are not read as counts at all
        if any(len(group) != 3 or not group.isdigit() for group in groups) or "." in head:
            return None
        return float(head + "".join(groups))
    if text.count(".") > 1:
        head, *groups = text.split(".")
        if any(len(group) != 3 for group in groups):
            return None
        return float(head + "".join(groups))
    return float(text)


def _absorb_space_groups(tokens: list[Token], position: int, text: str) -> int:
    """Extend "10 000" (thin or plain space as thousands separator) to its last digit group."""
    first = tokens[position]
    if len(first.text) > 3 or not first.text.isdigit():
        return position
    while (
        position + 1 < len(tokens)
        and tokens[position + 1].is_number
        and len(tokens[position + 1].text) == 3
        and tokens[position + 1].text.isdigit()
        and text[tokens[position].end : tokens[position + 1].start] in _SPACE_SEPARATORS
    ):
        position += 1
    return position


def _next_is_number_word(tokens: list[Token], position: int) -> bool:
    following = tokens[position + 1].lower if position + 1 < len(tokens) else ""
    return following in _UNITS or following in _TENS


def _hyphen_joins_number_words(tokens: list[Token], position: int) -> bool:
    if position + 1 >= len(tokens):
        return False
    before, hyphen, after = tokens[position - 1], tokens[position], tokens[position + 1]
    return (
        joined(before, hyphen)
        and joined(hyphen, after)
        and (after.lower in _UNITS or after.lower in _TENS or after.lower in SCALE_WORDS)
    )


def _scaled_to(lower: float, upper: float) -> float:
    """Read "11 to 12,000" as 11,000 to 12,000: the bare low end borrows the high end's scale."""
    for scale in (1_000_000_000, 1_000_000, 1_000):
        if upper >= scale and upper % scale == 0 and lower * scale <= upper < lower * scale * 10:
            return lower * scale
    return lower


def _joins_a_range(tokens: list[Token], start: int, separator: int) -> bool:
    word = tokens[separator].lower
    before = tokens[start - 1].lower if start > 0 else ""
    if word == "and":
        return before == "between"
    # "from 1,500 to 3,000" is a change over time: two figures; but "estimates range from
    # 11,000 to 12,000" is one
    before2 = tokens[start - 2].lower if start > 1 else ""
    return not (word == "to" and before == "from" and before2 not in _RANGE_VERBS)


def _hedge_before(tokens: list[Token], index: int) -> tuple[int, tuple[str, ...] | None]:
    if index == 0 or tokens[index - 1].lower not in _HEDGE_ENDS:
        return index, None
    for length in range(min(_LONGEST_HEDGE, index), 0, -1):
        words = tuple(token.lower for token in tokens[index - length : index])
        if words in _HEDGES_BEFORE:
            return index - length, words
    return index, None


def _hedge_after(tokens: list[Token], end: int) -> tuple[int, str | None]:
    if end + 1 < len(tokens) and tokens[end].lower == "or":
        following = tokens[end + 1].lower
        if following in ("more", "so"):
            return end + 2, f"or {following}"
    if end < len(tokens) and tokens[end].text == "+" and joined(tokens[end - 1], tokens[end]):
        return end + 1, "+"
    if (
        end + 1 < len(tokens)
        and tokens[end].text == "-"
        and tokens[end + 1].lower == "plus"
        and joined(tokens[end - 1], tokens[end])
    ):
        return end + 2, "plus"
    return end, None


_CLOCK_WORDS = frozenset(
    {"p.m.", "a.m.", "pm", "am", "gmt", "bst", "utc", "cet", "eet", "edt", "est"}
)


def _is_a_count(tokens: list[Token], quantity: Quantity) -> bool:
    start, end = quantity.number_start, quantity.end
    first_token = tokens[start]
    last_token = tokens[end - 1]
    before = tokens[start - 1] if start > 0 else None
    before2 = tokens[start - 2] if start > 1 else None
    after = tokens[end] if end < len(tokens) else None
    after2 = tokens[end + 1] if end + 1 < len(tokens) else None

    if before is not None and joined(before, first_token):
        if before.text in CURRENCY_SYMBOLS or before.is_word or before.text in ":/#.":
            return False  # $425, G7, 10:42, 24/2, #3
        if before.text in "-–" and before2 is not None and joined(before2, before):
            return False  # Kh-101, F-16, 2023-24
    if before is not None and before.text in CURRENCY_SYMBOLS:
        return False
    if before is not None and before.text == "[" and after is not None and after.text == "]":
        return False  # a footnote: "…that day.[5]"
    if after is not None and joined(last_token, after):
        if after.is_word or after.text in ":/%":
            return False  # 1st, 155mm, 10:42, 29%
        if after.text in "-–" and after2 is not None and joined(after, after2) and after2.is_word:
            return False  # 14-storey, 69-year-old, 40-person
    if (
        after is not None
        and after.lower in UNIT_WORDS
        and not _is_an_area(after, after2)
        and not _counts_events(tokens, quantity, after2)
        # "31 M1A1 tanks" is no measure; "in three years." is
        and not (
            after2 is not None and joined(after, after2) and (after2.is_word or after2.is_number)
        )
        and not is_attack_count(tokens, quantity.first, end)
    ):
        return False
    if after is not None and after.lower == "per" and after2 is not None and after2.lower == "cent":
        return False
    if after is not None and after.lower in _CLOCK_WORDS:
        return False  # "by 9 p.m.", "at 6 a.m.", "12 GMT"
    if after is not None and _is_month(after):
        return False  # 24 February; but "250,000 may have been killed"
    if before is not None and (_is_month(before) or before.lower in ("aged", "age", "no")):
        return False  # October 7, aged 26, No. 3
    if [token.lower for token in tokens[max(quantity.first - 3, 0) : quantity.first]] in (
        ["none", "of", "the"],
        ["neither", "of", "the"],
    ) or [token.lower for token in tokens[max(quantity.first - 2, 0) : quantity.first]] == [
        "none",
        "of",
    ]:
        return False  # "None of the 21 crew was hurt": no one counted
    if (
        before is not None
        and before2 is not None
        and (
            before.lower in ("under", "over")
            and before2.lower in _YOUNG
            or before.lower == "of"
            and before2.lower == "age"
        )
    ):
        return False  # "children under five", "under the age of five": ages
    if (
        before is not None
        and before.text == "."
        and before2 is not None
        and before2.lower in MONTHS
    ):
        return False  # Oct. 7
    if _looks_like_a_year(tokens, quantity):
        return False
    if (
        before is not None
        and before.lower == "the"
        and end == start + 1
        and first_token.lower in ("two", "three")
        and not quantity.is_hedged
        and not _described_by_its_fate(tokens, end)
    ):
        return False  # "the two sides", "the two men": ones already counted, not a new figure
    if quantity.is_word_one and _one_of_those_who_fell(tokens, end):
        return True  # "one of its soldiers had been killed", "one of our medics died"
    # "one of them", "one another", "one in three"; "12 members of one family"
    return not (
        quantity.is_word_one
        and (
            after is not None
            and after.lower in ("of", "another", "in", "who", "which", "that")
            or before is not None
            and before.lower in ("of", "from", "the")  # "four women from one family", "the one"
            # "One is the running toll kept by …": one of several things, named
            or after is not None
            and after.lower in ("is", "was")
            and after2 is not None
            and after2.lower in ("the", "a", "an")
            # "counted the dead one by one"
            or after is not None
            and after.lower == "by"
            and after2 is not None
            and after2.lower == "one"
            or before is not None
            and before.lower == "by"
            and before2 is not None
            and before2.lower == "one"
        )
    )


_OWNERS = frozenset({"its", "their", "our", "his", "her", "the"})
_FELL = frozenset({"killed", "died", "dead", "wounded", "injured", "captured", "missing"})


def _one_of_those_who_fell(tokens: list[Token], end: int) -> bool:
    """ "one of its soldiers had been killed": one person of a group, and what befell them."""
    if end + 2 >= len(tokens) or tokens[end].lower != "of" or tokens[end + 1].lower not in _OWNERS:
        return False
    noun = tokens[end + 2].lower
    if noun not in MILITARY_PEOPLE and noun not in CIVILIAN_PEOPLE:
        return False
    for token in tokens[end + 3 : end + 7]:
        if token.lower in _FELL:
            return True
        if not token.is_word:
            return False
    return False


# What happened to "the two North Korean soldiers captured by Ukraine": a count of its own
_FATES = frozenset({"captured", "killed", "detained", "abducted", "kidnapped", "wounded", "died"})


def _described_by_its_fate(tokens: list[Token], end: int) -> bool:
    """ "the two North Korean soldiers captured by Ukraine": a participle after the noun, not a
    verb ("the two men were detained") about ones already counted."""
    for token in tokens[end : end + 5]:
        if token.lower in _FATES:
            return True
        if not token.is_word or token.lower in ("were", "was", "are", "is", "had", "have", "has"):
            return False
    return False


# Verbs of attack whose repetitions are counted: "shelled the town 52 times"
ATTACK_VERBS = frozenset(
    {"attacked", "shelled", "struck", "bombed", "hit", "targeted", "raided", "stormed", "assaulted"}
)
ATTACK_COUNT_LOOK_BACK = 8


def _is_month(token: Token) -> bool:
    """ "May 9" is a date; "250,000 may have died" is not (nor "Mar", "Jan" in lower case)."""
    return token.lower in MONTHS and token.is_capitalized


def is_attack_count(tokens: list[Token], first: int, end: int) -> bool:
    """ "attacked the region 52 times": a count of attacks, not a measure of how often."""
    return (
        end < len(tokens)
        and tokens[end].lower == "times"
        and any(
            token.lower in ATTACK_VERBS
            for token in tokens[max(first - ATTACK_COUNT_LOOK_BACK, 0) : first]
        )
    )


def _looks_like_a_year(tokens: list[Token], quantity: Quantity) -> bool:
    token = tokens[quantity.number_start]
    if not (len(token.text) == 4 and token.text.isdigit() and 1800 <= int(token.text) <= 2100):
        return False
    if quantity.end != quantity.number_start + 1 and not quantity.is_range:
        return False  # "2000 troops"? no: a scale word followed, as in "2000 thousand"
    following = tokens[quantity.end].lower if quantity.end < len(tokens) else ""
    # "between 2014 and 2022 killed 14,000": a verb after a year, not what it counts
    return following not in COUNT_NOUNS or following in _VERBS_AMONG_COUNT_NOUNS
