"""Writes to claims with side effects: keyword-only, typed functions named `<thing>_<verb>`.

Each section belongs to one part of the app; keep them apart so each can change on its own.
"""

import functools
import logging
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from sources.models import Article, ArticleVersion
from sources.services import article_fail, article_finish

from .extraction import ArticleInput, get_extractor
from .extraction.llm import ExtractorUnavailable
from .linking import Linker
from .models import Category, Claim, Topic
from .pagecache import bump_data_version

logger = logging.getLogger(__name__)

# ---------------------------------------------------------------------------------------------------
# Review: what a person does to a proposed claim. Nothing here deletes: a wrong figure is rejected, an
# outdated one superseded, and every change lands in the claim's history with who made it and why.
# ---------------------------------------------------------------------------------------------------

# What a reviewer may correct: everything about the assertion, never how it got here or its review
# status (those change through the actions below, so the history says which action it was).
CORRECTABLE_FIELDS = (
    "topic",
    "category",
    "subject",
    "place",
    "place_name",
    "actor",
    "actor_name",
    "relayed_by",
    "value_low",
    "value_high",
    "qualifier",
    "wording",
    "statement",
    "quote",
    "sentence",
    "span_start",
    "span_end",
    "stated_on",
    "as_of",
)


def _record(claim: Claim, *, user, reason: str) -> None:
    """Tell the history who is changing the claim and why (the middleware covers only requests)."""
    claim._history_user = user
    claim._change_reason = reason or None


def _mark_reviewed(claim: Claim, *, user, status: str) -> None:
    claim.status = status
    claim.reviewed_by = user
    claim.reviewed_at = timezone.now()


def claim_confirm(*, claim: Claim, user) -> Claim:
    """Confirm a claim as it stands: a person vouches that the article says this."""
    _mark_reviewed(claim, user=user, status=Claim.Status.CONFIRMED)
    _record(claim, user=user, reason="Confirmed")
    claim.save()
    return claim


def claim_reject(*, claim: Claim, user, reason: str = "") -> Claim:
    """Reject a claim the article does not make. It stays, marked, out of the default views."""
    _mark_reviewed(claim, user=user, status=Claim.Status.REJECTED)
    _record(claim, user=user, reason=f"Rejected: {reason}" if reason else "Rejected")
    claim.save()
    return claim


def claim_correct(*, claim: Claim, user, changes: dict[str, Any], reason: str) -> Claim:
    """Correct what the extractor got wrong, giving a reason; a corrected proposal is confirmed.

    `changes` maps field names from CORRECTABLE_FIELDS to their new values (related objects for
    topic, actor, relayed_by and place). Raises ValidationError, with a message per field, when the
    reason is missing, nothing changes, or the result would not be a valid claim; the claim in the
    database is then untouched.
    """
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Say why you are correcting this claim."})
    unknown = sorted(set(changes) - set(CORRECTABLE_FIELDS))
    if unknown:
        raise ValidationError(f"These fields cannot be corrected: {', '.join(unknown)}.")
    changed = {name: value for name, value in changes.items() if getattr(claim, name) != value}
    if not changed:
        raise ValidationError("Nothing was changed: confirm the claim if it is right as it is.")

    original = {name: getattr(claim, name) for name in changed}
    for name, value in changed.items():
        setattr(claim, name, value)
    try:
        _validate_figure(claim)
        claim.full_clean()
    except ValidationError:
        # Leave the caller's object as it was, so a failed correction loses nothing and shows
        # nothing that was never saved.
        for name, value in original.items():
            setattr(claim, name, value)
        raise
    claim.is_edited = True
    if claim.status == Claim.Status.PROPOSED:
        _mark_reviewed(claim, user=user, status=Claim.Status.CONFIRMED)
    _record(claim, user=user, reason=reason)
    claim.save()
    return claim


def _validate_figure(claim: Claim) -> None:
    """The figure rules, in words a reviewer understands (the database enforces them too)."""
    errors = {}
    low, high = claim.value_low, claim.value_high
    if low is not None and low < 0:
        errors["value_low"] = "A figure cannot be negative."
    if low is not None and high is not None and low > high:
        errors["value_high"] = (
            f"The high value ({high:,}) is below the low value ({low:,}): "
            "the low value must not be above the high value."
        )
    if low is None and high is None and not (claim.statement or "").strip():
        errors["statement"] = "A claim needs a figure (low or high value) or a statement."
    if (claim.span_start is None) != (claim.span_end is None):
        errors["span_end"] = "Give both ends of the span, or neither."
    elif claim.span_start is not None and not 0 <= claim.span_start <= claim.span_end:
        errors["span_end"] = "The span must start at 0 or later and not end before it starts."
    if errors:
        raise ValidationError(errors)


def claim_move(*, claim: Claim, user, topic: Topic, reason: str = "") -> Claim:
    """Attach a claim to another topic, taking on the topic's category, subject and place.

    A topic is one question (what is counted, where), so a claim filed under it answers that
    question; the history keeps what the extractor read.
    """
    if claim.topic_id == topic.pk:
        raise ValidationError({"topic": f"The claim is already in “{topic.title}”."})
    previous = claim.topic.title if claim.topic_id else "no topic"
    original = {name: getattr(claim, name) for name in ("topic", "category", "subject", "place")}
    claim.topic = topic
    claim.category = topic.category
    claim.subject = topic.subject
    if topic.place_id:
        claim.place = topic.place
    try:
        claim.full_clean()
    except ValidationError:
        for name, value in original.items():
            setattr(claim, name, value)
        raise
    claim.is_edited = True
    note = f"Moved from {previous} to {topic.title}"
    _record(claim, user=user, reason=f"{note}: {reason}" if reason else note)
    claim.save()
    return claim


def claims_bulk_confirm(*, claim_ids: Iterable[int], user) -> int:
    """Confirm the proposed claims among `claim_ids`; returns how many were confirmed.

    Claims already confirmed, rejected or superseded are left alone, so a stale page cannot undo
    another reviewer's decision. One UPDATE and one history INSERT whatever the number of claims.
    """
    ids = {int(pk) for pk in claim_ids}
    with transaction.atomic():
        claims = list(
            Claim.objects.select_for_update().filter(pk__in=ids, status=Claim.Status.PROPOSED)
        )
        now = timezone.now()
        for claim in claims:
            claim.status = Claim.Status.CONFIRMED
            claim.reviewed_by = user
            claim.reviewed_at = now
        bulk_update_with_history(
            claims,
            Claim,
            ["status", "reviewed_by", "reviewed_at"],
            default_user=user,
            default_change_reason="Confirmed (bulk)",
            default_date=now,
        )
        bump_data_version()  # a bulk update sends no save signals for the page cache to hear
    return len(claims)


def claims_superseded_by(claim: Claim):
    """The older figures this claim corrects: same actor, same topic, reported earlier, still shown."""
    if not (claim.topic_id and claim.actor_id and claim.reported_on):
        return Claim.objects.none()
    return (
        Claim.objects.visible()
        .filter(topic_id=claim.topic_id, actor_id=claim.actor_id, reported_on__lt=claim.reported_on)
        .exclude(pk=claim.pk)
        .order_by("-reported_on", "-pk")
    )


def claim_supersede_older(*, claim: Claim, user, reason: str = "") -> int:
    """Mark the older figures a confirmed claim corrects as superseded; returns how many.

    Only a confirmed claim supersedes: an unreviewed proposal must not hide a figure a person checked.
    """
    if claim.status != Claim.Status.CONFIRMED:
        raise ValidationError("Confirm this claim before marking older figures superseded.")
    note = f"Superseded by claim #{claim.pk}" + (f": {reason}" if reason else "")
    older = list(claims_superseded_by(claim))
    for old in older:
        _mark_reviewed(old, user=user, status=Claim.Status.SUPERSEDED)
        _record(old, user=user, reason=note)
        old.save()
    return len(older)


# ---------------------------------------------------------------------------------------------------
# Extraction: an article version in, proposed claims out (the last step of the ingestion pipeline).
# Running it again replaces only the machine proposals nobody touched; whatever a person confirmed,
# rejected, edited or entered stays exactly as it is.
# ---------------------------------------------------------------------------------------------------

# Category.values builds a new list on every access; extraction asks once per claim.
_CATEGORIES = frozenset(Category.values)
# How extractors word a hedge, mapped onto the claim's qualifiers.
_QUALIFIERS = {
    **{value: value for value in Claim.Qualifier.values},
    "about": Claim.Qualifier.APPROXIMATELY,
    "around": Claim.Qualifier.APPROXIMATELY,
    "roughly": Claim.Qualifier.APPROXIMATELY,
    "some": Claim.Qualifier.APPROXIMATELY,
    "estimated": Claim.Qualifier.APPROXIMATELY,
    "approx": Claim.Qualifier.APPROXIMATELY,
    "over": Claim.Qualifier.MORE_THAN,
    "exceeding": Claim.Qualifier.MORE_THAN,
    "above": Claim.Qualifier.MORE_THAN,
    "almost": Claim.Qualifier.NEARLY,
    "close to": Claim.Qualifier.NEARLY,
    "fewer than": Claim.Qualifier.LESS_THAN,
    "under": Claim.Qualifier.LESS_THAN,
    "as many as": Claim.Qualifier.UP_TO,
    "between": Claim.Qualifier.RANGE,
    "exact": Claim.Qualifier.EXACT,
    "exactly": Claim.Qualifier.EXACT,
}


def article_claims_extract(
    *, article_id: int, version_id: int, may_retry: bool = False
) -> int | None:
    """Propose the claims of one article version, linked to actors, places and topics.

    Runs the configured extractor, replaces the article's untouched machine proposals with the new
    ones, and marks the article done with the number of claims found (returned). An extractor
    error fails the article with a readable message (None is returned), except a transient one
    (`ExtractorUnavailable`) while `may_retry`, which is raised for the task to retry.
    Raises DoesNotExist when the article or the version is gone.
    """
    # The latest version is the one to extract; one query reads it with its article and outlet.
    version = (
        ArticleVersion.objects.select_related("article__outlet")
        .filter(article_id=article_id)
        .order_by("-fetched_at", "-pk")
        .first()
    )
    article = version.article if version else Article.objects.get(pk=article_id)
    if version is None or version.pk != version_id:
        if not ArticleVersion.objects.filter(pk=version_id, article_id=article_id).exists():
            raise ArticleVersion.DoesNotExist(f"article {article_id} has no version {version_id}")
        # A newer fetch is already being extracted; proposals from the old text would replace its.
        logger.info(
            "Skipping extraction of article %s: version %s is outdated", article_id, version_id
        )
        return None

    extractor_name = "?"
    try:
        extractor = get_extractor()
        extractor_name = extractor.name
        found = extractor.extract(
            ArticleInput(
                url=article.url,
                title=version.title or article.title,
                text=version.text,
                published=article.published_on,
                outlet=article.outlet.name if article.outlet_id else "",
            )
        )
    except ExtractorUnavailable as error:
        if may_retry:
            raise
        article_fail(article_id=article_id, error=f"Claim extraction could not run: {error}")
        return None
    except Exception as error:
        logger.exception("Extractor %s failed on article %s", extractor_name, article_id)
        article_fail(
            article_id=article_id,
            error=f"Claim extraction ({extractor_name}) failed: {type(error).__name__}: {error}",
        )
        return None

    return _claims_replace(article=article, version=version, found=found, extractor=extractor)


def _claims_replace(*, article: Article, version: ArticleVersion, found, extractor) -> int:
    """Swap the article's untouched proposals for `found` and mark the article done, in one
    transaction; returns how many claims were found."""
    unique = {}
    for extracted in found:
        unique.setdefault((extracted.span_start, extracted.span_end, extracted.category), extracted)

    with transaction.atomic():
        # Done with the claims it proposes, or not at all: one commit for both. Marking the article
        # done comes first, since its UPDATE also locks the article's row until the commit: one
        # extraction per article at a time, as two runs racing would each delete the other's fresh
        # proposals and then collide on the span constraint.
        article_finish(article_id=article.pk, claims_found=len(unique))
        article_claims = Claim.objects.filter(article=article)
        # The article's claims in one query, each marked as a proposal to replace or one to keep.
        existing = article_claims.annotate(
            replaceable=Exists(article_claims.machine_proposals().filter(pk=OuterRef("pk")))
        ).values_list(
            "pk",
            "replaceable",
            "article_version_id",
            "span_start",
            "span_end",
            "category",
            "value_low",
            "value_high",
            "quote",
        )
        stale, kept = [], []
        for pk, replaceable, *row in existing:
            if replaceable:
                stale.append(pk)
            else:
                kept.append(row)
        kept_spans = {(spans[1], spans[2], spans[3]) for spans in kept if spans[0] == version.pk}
        kept_figures = {(row[3], row[4], row[5], " ".join(row[6].split())) for row in kept}
        if stale:  # most runs are an article's first: nothing to delete, no query for it
            article_claims.machine_proposals().filter(pk__in=stale).delete()

        linker = Linker(categories={extracted.category for extracted in unique.values()})
        claims = []
        for extracted in unique.values():
            claim = _claim_from(extracted, article=article, version=version, linker=linker)
            if claim is None:
                continue
            span = (claim.span_start, claim.span_end, claim.category)
            figure = (
                claim.category,
                claim.value_low,
                claim.value_high,
                " ".join(claim.quote.split()),
            )
            if span in kept_spans or figure in kept_figures:
                continue  # a person has already looked at this one
            claim.extractor = extractor.name[:40]
            claim.extractor_version = str(extractor.version)[:40]
            claims.append(claim)
        _claims_create_with_history(claims, reason=f"Proposed by the {extractor.name} extractor")
        bump_data_version()  # bulk inserts send no save signals for the page cache to hear
    return len(unique)


def _claims_create_with_history(claims: list[Claim], *, reason: str) -> None:
    """Insert new claims and the history row that says each was created.

    On PostgreSQL the database copies the history rows from the claims it has just stored (one
    INSERT … SELECT) rather than Python building and sending every row again: the same rows
    django-simple-history writes, at a third of the cost for an article's dozens of claims.
    A history table with columns of its own beyond the copied fields goes the library's way.
    """
    history, copy_history = _claim_history_copy()
    plain = (
        copy_history is not None
        and connection.vendor == "postgresql"
        and getattr(settings, "SIMPLE_HISTORY_ENABLED", True)
    )
    if not plain:
        bulk_create_with_history(claims, Claim, batch_size=500, default_change_reason=reason)
        return
    Claim.objects.bulk_create(claims, batch_size=500)
    if not claims:
        return
    user = history.get_default_history_user(claims[0])
    # The change reason, date, type and user, in the order the statement names them.
    values = [reason, timezone.now(), "+", user.pk if user else None]
    with connection.cursor() as cursor:
        cursor.execute(copy_history, [*values, [claim.pk for claim in claims]])


@functools.cache
def _claim_history_copy() -> tuple[type, str | None]:
    """Claim's history model and the INSERT … SELECT that copies claims into it by their ids, or
    None when the history table has columns of its own. Built once per process: the models do not
    change while it runs, and `Claim.history` builds a new manager at every access."""
    history = Claim.history.model
    stated = ("history_change_reason", "history_date", "history_type", "history_user")
    copied = [field.name for field in history.tracked_fields]
    if {field.name for field in history._meta.concrete_fields} != {"history_id", *stated, *copied}:
        return history, None
    quote = connection.ops.quote_name
    column = history._meta.get_field
    targets = [column(name).column for name in (*copied, *stated)]
    sources = [Claim._meta.get_field(name).column for name in copied]
    return history, (
        f"INSERT INTO {quote(history._meta.db_table)} ({', '.join(map(quote, targets))})"
        f" SELECT {', '.join(map(quote, sources))}, %s, %s, %s, %s"
        f" FROM {quote(Claim._meta.db_table)} WHERE {quote(Claim._meta.pk.column)} = ANY(%s)"
        f" ORDER BY {quote(Claim._meta.pk.column)}"
    )


def _claim_from(
    extracted, *, article: Article, version: ArticleVersion, linker: Linker
) -> Claim | None:
    """An unsaved Claim for one extracted figure, or None for one that breaks the claim's rules."""
    category = extracted.category if extracted.category in _CATEGORIES else Category.OTHER
    low, high = _whole(extracted.value_low), _whole(extracted.value_high)
    if (low is not None and low < 0) or (high is not None and high < 0):
        return None
    if low is not None and high is not None and low > high:
        low, high = high, low
    start, end = extracted.span_start, extracted.span_end
    if not (
        isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(version.text)
    ):
        start = end = None
    statement = (
        "" if low is not None or high is not None else (extracted.sentence or extracted.quote)
    )
    if low is None and high is None and not statement:
        return None
    qualifier = _QUALIFIERS.get(
        (extracted.qualifier or "").strip().casefold(), Claim.Qualifier.EXACT
    )
    if low is not None and high is not None and low != high:
        qualifier = Claim.Qualifier.RANGE
    place_id = linker.place_id(extracted.location)
    return Claim(
        article=article,
        article_version=version,
        category=category,
        subject=(extracted.subject or "")[:200],
        place_id=place_id,
        place_name=(extracted.location or "")[:200],
        actor_id=linker.actor_id(extracted.actor),
        actor_name=(extracted.actor or "")[:200],
        relayed_by_id=linker.actor_id(extracted.relayed_by),
        topic_id=linker.topic_id(
            category=category, subject=extracted.subject or "", place_id=place_id
        ),
        value_low=low,
        value_high=high,
        qualifier=qualifier,
        wording=(extracted.wording or "")[:200],
        statement=statement,
        quote=extracted.quote or "",
        sentence=extracted.sentence or "",
        span_start=start,
        span_end=end,
        stated_on=extracted.stated_on,
        # bulk_create skips Claim.save(), which would set this.
        reported_on=extracted.stated_on or article.published_on,
        status=Claim.Status.PROPOSED,
        confidence=extracted.confidence,
    )


def _whole(value) -> int | None:
    if value is None:
        return None
    try:
        return round(float(value))
    except (TypeError, ValueError, OverflowError):
        return None
