"""How names are compared: one key for exact matches, a looser one for transliteration variants."""

import re

from claims.models import normalize_name

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_TRAILING_POSSESSIVE = re.compile(r"(?:'s|s')$")
_NOT_NAME = re.compile(r"[^\w\s']+")


def name_key(text: str) -> str:
    """The exact-match key: case, accents, dots, hyphens, quotes, a leading "the" and a trailing
    possessive do not matter ("The Pentagon's" and "pentagon" are one key)."""
    key = normalize_name(text or "").replace("-", " ").replace("/", " ")
    key = _NOT_NAME.sub(" ", key)
    key = " ".join(key.split())
    key = _LEADING_ARTICLE.sub("", key)
    key = _TRAILING_POSSESSIVE.sub("", key)
    return " ".join(key.replace("'", "").split())


# Endings that English copy writes several ways for one Slavic or Arabic name:
# Zelenskyy / Zelenskiy / Zelensky, Syrskyi / Syrsky, Shoigu / Shoygu, Younis / Yunis.
_ENDINGS = re.compile(r"(?:yy|iy|yi|ij|ii|yj)$")
_DOUBLED = re.compile(r"(.)\1+")


def fold_key(key: str) -> str:
    """A looser key that maps transliteration variants of a name together. Used only as a second
    try after `name_key`, and only when it points at a single entity."""
    words = []
    for word in key.split():
        word = _ENDINGS.sub("y", word)
        word = word.replace("kh", "h").replace("ou", "u").replace("ph", "f").replace("j", "y")
        word = word.replace("y", "i")
        word = _DOUBLED.sub(r"\1", word)
        words.append(word)
    return " ".join(words)


def split_possessive(text: str) -> tuple[str, str] | None:
    """ "South Korea's spy agency" -> ("South Korea", "spy agency"); None without a possessive."""
    match = re.match(r"^(.+?)(?:'s|’s|(?<=s)'|(?<=s)’)\s+(.+)$", text.strip())
    if not match:
        return None
    return match.group(1), match.group(2)
