"""The `llm` extractor: asks any OpenAI-compatible chat endpoint (Ollama, vLLM, llama.cpp, a hosted
API) for the claims of an article as JSON, and keeps only what checks out against the text.

A model's answer is never trusted as is: each claim must use the category vocabulary, carry whole
non-negative numbers with the low bound not above the high one, and quote words that really occur
in the article (the span is found by searching the text, never taken from the model). Anything
else is dropped with a log line saying why. A malformed answer yields no claims rather than an
error; an endpoint that cannot be reached raises `ExtractorUnavailable`, which the pipeline retries.

Settings: LLM_BASE_URL (e.g. http://localhost:11434/v1), LLM_MODEL, LLM_API_KEY, LLM_TIMEOUT.
The endpoint is chosen by the operator, so a plain HTTP client is used (not the fetcher that
guards against private addresses: a local model server is the common case).
"""

from __future__ import annotations

import datetime
import json
import logging
import re
import urllib.error
import urllib.request
from typing import Any

from claims.extraction.base import Extractor
from claims.extraction.schema import ArticleInput, ExtractedClaim

logger = logging.getLogger(__name__)

CATEGORIES = (
    "deployed",
    "killed",
    "wounded",
    "casualties",
    "captured",
    "missing",
    "displaced",
    "equipment",
    "launched",
    "intercepted",
    "other",
)
QUALIFIERS = ("approximately", "at least", "more than", "up to", "nearly", "less than", "range")
# Beyond any count a conflict report states; a bigger number is a misread (a year run into a figure).
MAX_VALUE = 10**10

SYSTEM_PROMPT = f"""You read news articles about armed conflicts and list every figure they report.
Answer with one JSON object and nothing else: {{"claims": [CLAIM, ...]}}, claims in text order.
CLAIM is an object with these keys:
- "quote": the exact words of the article that state the figure, copied character for character.
- "sentence": the whole sentence the quote is in, copied exactly.
- "category": one of {", ".join(CATEGORIES)}.
  deployed = people present, sent or stationed; casualties = killed and wounded together or
  unspecified losses; captured = prisoners, detained, exchanged; displaced = refugees, evacuated;
  equipment = equipment lost or destroyed; launched = missiles, drones or attacks fired;
  intercepted = shot down; other = any other figure about the conflict.
- "value_low", "value_high": whole numbers as stated. A point figure ("about 10,000") sets both to
  the same number; a lower bound ("at least 100", "more than 3,000") sets only value_low; an upper
  bound ("up to 15,000", "nearly 8,000") sets only value_high; a range sets both. Use null otherwise.
- "qualifier": one of {", ".join(QUALIFIERS)}, or null for an exact figure.
- "wording": the figure as written, e.g. "nearly 11,000".
- "subject": what is counted, e.g. "North Korean troops", "civilians", "Shahed drones".
- "location": the place the figure is about, as named in the article, or null.
- "actor": who asserted the figure, as named (a person or a body), or null when the article states
  it on its own authority.
- "relayed_by": who passed the figure on, when the article says so (a lawmaker citing an agency), or null.
- "stated_on": the date it was stated, YYYY-MM-DD, or null.
- "confidence": a number from 0 to 1.
Leave out vague amounts ("thousands"), years, dates, ages, money, percentages and model numbers."""


class ExtractorUnavailable(Exception):
    """The model endpoint could not be reached or is overloaded: worth trying again later."""


class LLMExtractor(Extractor):
    """Claims read by a language model behind an OpenAI-compatible chat completions endpoint."""

    name = "llm"
    version = "1"

    def __init__(
        self,
        *,
        base_url: str | None = None,
        model: str | None = None,
        api_key: str | None = None,
        timeout: float | None = None,
    ):
        from django.conf import settings

        self.base_url = (base_url or getattr(settings, "LLM_BASE_URL", "")).rstrip("/")
        self.model = model or getattr(settings, "LLM_MODEL", "")
        self.api_key = api_key if api_key is not None else getattr(settings, "LLM_API_KEY", "")
        self.timeout = timeout or getattr(settings, "LLM_TIMEOUT", 120)
        if not self.base_url or not self.model:
            raise ValueError("The llm extractor needs LLM_BASE_URL and LLM_MODEL to be set")
        # Which model read a claim is part of its provenance.
        self.version = f"1:{self.model}"[:40]

    def extract(self, article: ArticleInput) -> list[ExtractedClaim]:
        """Ask the model, then validate its claims against the article text."""
        if not article.text.strip():
            return []
        content = self._ask(article)
        items = parse_answer(content)
        return validate_claims(items, article.text)

    def _ask(self, article: ArticleInput) -> str:
        about = [f"Title: {article.title}"]
        if article.published:
            about.append(f"Published: {article.published.isoformat()}")
        if article.outlet:
            about.append(f"Outlet: {article.outlet}")
        body = {
            "model": self.model,
            "temperature": 0,
            "response_format": {"type": "json_object"},
            "messages": [
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": "\n".join(about) + "\n\n" + article.text},
            ],
        }
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(
            f"{self.base_url}/chat/completions",
            data=json.dumps(body).encode("utf-8"),
            headers=headers,
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as error:
            detail = error.read(500).decode("utf-8", "replace").strip()
            if error.code == 429 or error.code >= 500:
                raise ExtractorUnavailable(
                    f"the language model endpoint answered {error.code}"
                ) from error
            raise RuntimeError(
                f"the language model endpoint refused the request ({error.code}): {detail}"
            ) from error
        except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
            reason = getattr(error, "reason", error)
            raise ExtractorUnavailable(
                f"the language model endpoint at {self.base_url} did not answer: {reason}"
            ) from error
        try:
            return json.loads(raw)["choices"][0]["message"]["content"] or ""
        except (ValueError, KeyError, IndexError, TypeError):
            logger.warning("LLM answer is not a chat completion: %.200r", raw)
            return ""


def parse_answer(content: str) -> list[Any]:
    """The list of claim objects in a model's answer; empty (and logged) when it is not JSON."""
    text = (content or "").strip()
    fenced = re.match(r"^```(?:json)?\s*(.*?)\s*```$", text, re.DOTALL)
    if fenced:
        text = fenced.group(1)
    try:
        data = json.loads(text)
    except ValueError:
        logger.warning("LLM answer is not valid JSON: %.200r", text)
        return []
    if isinstance(data, dict):
        data = data.get("claims")
    if not isinstance(data, list):
        logger.warning("LLM answer has no list of claims: %.200r", text)
        return []
    return data


def validate_claims(items: list[Any], text: str) -> list[ExtractedClaim]:
    """The items that pass every check, as ExtractedClaims with spans found in `text`."""
    claims: list[ExtractedClaim] = []
    cursor = 0
    for number, item in enumerate(items, 1):
        try:
            claim = _validate(item, text, cursor)
        except _Invalid as reason:
            logger.info("Dropped LLM claim %d: %s (%.120r)", number, reason, item)
            continue
        cursor = claim.span_start
        claims.append(claim)
    return claims


class _Invalid(ValueError):
    pass


def _validate(item: Any, text: str, cursor: int) -> ExtractedClaim:
    if not isinstance(item, dict):
        raise _Invalid("not an object")
    category = _text(item.get("category")).casefold()
    if category not in CATEGORIES:
        raise _Invalid(f"category {category!r} is not in the vocabulary")
    low, high = _count(item.get("value_low")), _count(item.get("value_high"))
    if low is None and high is None:
        raise _Invalid("no figure")
    if low is not None and high is not None and low > high:
        raise _Invalid(f"low bound {low} is above high bound {high}")
    quote = _text(item.get("quote"))
    if not quote:
        raise _Invalid("no quote")
    span = find_span(text, quote, cursor)
    if span is None:
        raise _Invalid("the quote does not occur in the article")
    start, end = span
    qualifier = _text(item.get("qualifier")).casefold() or None
    if qualifier is not None and qualifier not in QUALIFIERS:
        qualifier = None
    confidence = item.get("confidence")
    if not isinstance(confidence, int | float) or isinstance(confidence, bool):
        confidence = 0.6
    return ExtractedClaim(
        category=category,
        value_low=low,
        value_high=high,
        qualifier=qualifier,
        wording=_text(item.get("wording"))[:200] or text[start:end][:200],
        subject=_text(item.get("subject"))[:200],
        location=_text(item.get("location")) or None,
        actor=_text(item.get("actor")) or None,
        relayed_by=_text(item.get("relayed_by")) or None,
        stated_on=_date(item.get("stated_on")),
        sentence=_sentence(text, start, end, _text(item.get("sentence"))),
        quote=text[start:end],
        span_start=start,
        span_end=end,
        confidence=min(max(float(confidence), 0.0), 1.0),
    )


def find_span(text: str, quote: str, cursor: int = 0) -> tuple[int, int] | None:
    """Where `quote` occurs in `text`: exactly, else ignoring case, spacing and curly quotes.
    The first occurrence at or after `cursor` wins (claims come in text order), else the first."""
    for start_at in (cursor, 0):
        found = text.find(quote, start_at)
        if found >= 0:
            return found, found + len(quote)
    words = [re.escape(word) for word in quote.split()]
    pattern = r"\s+".join(words)
    pattern = pattern.replace("'", "['’]").replace('"', '["“”]').replace("’", "['’]")
    compiled = re.compile(pattern, re.IGNORECASE)
    for start_at in (cursor, 0):
        match = compiled.search(text, start_at)
        if match:
            return match.start(), match.end()
    return None


def _sentence(text: str, start: int, end: int, proposed: str) -> str:
    """The model's sentence when it really contains the quote, else the one around the span."""
    if proposed:
        found = text.find(proposed)
        while found >= 0:
            if found <= start and end <= found + len(proposed):
                return proposed
            found = text.find(proposed, found + 1)
    left = max(text.rfind(mark, 0, start) for mark in (". ", "! ", "? ", "\n"))
    rights = [
        position for mark in (". ", "! ", "? ", "\n") if (position := text.find(mark, end)) >= 0
    ]
    right = min(rights) + 1 if rights else len(text)
    return text[left + 1 if left >= 0 else 0 : right].strip()


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _count(value: Any) -> int | None:
    """A whole number of at least 0; None for null; `_Invalid` for anything else."""
    if value is None:
        return None
    if isinstance(value, str):
        cleaned = value.replace(",", "").replace(" ", "").strip()
        if not cleaned:
            return None
        try:
            value = float(cleaned)
        except ValueError:
            raise _Invalid(f"{value!r} is not a number") from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Invalid(f"{value!r} is not a number")
    if value != value or value in (float("inf"), float("-inf")):
        raise _Invalid("not a finite number")
    if value < 0 or value > MAX_VALUE:
        raise _Invalid(f"{value} is out of range")
    if not float(value).is_integer():
        raise _Invalid(f"{value} is not a whole number")
    return int(value)


def _date(value: Any) -> datetime.date | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
