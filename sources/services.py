"""Ingestion: submitting articles, fetching and parsing them, feeds, and the sweep for what stalled.

Every write with a side effect goes through a function here; views, tasks and commands stay thin.
The life of an article: queued → fetching → extracting → done (or failed). The fetch is claimed
with a conditional update so no two workers fetch one article; a new version is stored only when
the text changed, and then `article_text_ready` tells the claims app to extract.
"""

import datetime
import logging
from dataclasses import dataclass, field
from functools import partial

import lxml.etree
import lxml.html
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.text import slugify
from kombu.exceptions import OperationalError as BrokerError

from .feeds import parse_feed
from .ingest.errors import FetchError, NotAnArticle
from .ingest.fetch import fetch_feed, fetch_page
from .ingest.parse import ParsedArticle, parse_article, parse_plain_text
from .ingest.urls import canonicalize_url, outlet_domain
from .models import Article, ArticleVersion, Feed, Outlet, Submission, content_hash
from .signals import article_text_ready

logger = logging.getLogger(__name__)

# What a broker that is down raises when we try to enqueue (kombu wraps most of it).
BROKER_DOWN_ERRORS = (BrokerError, ConnectionError, OSError)
# Pasted text and uploads without an address of their own get a stable name from their content,
# so the same text submitted twice is one article.
NO_ADDRESS_PREFIX = "urn:claimwatch:"
ARTICLE_METADATA_FIELDS = [
    "title",
    "author",
    "published_on",
    "language",
    "etag",
    "last_modified",
    "fetched_at",
    "updated_at",
]


@dataclass
class Submitted:
    """What a submission produced: one row per submission, and whether the queue took the work."""

    submissions: list[Submission] = field(default_factory=list)
    queue_down: bool = False


class _Enqueuer:
    """Sends ingestion tasks after the transaction commits and remembers whether the broker took them.

    Not `delay_on_commit()`: its failure would surface at commit, out of our hands. Here a broker
    that is down is caught, the article stays queued (the sweep picks it up later) and the caller
    can tell the person so. After one refusal we stop trying, rather than wait on a dead broker
    once per article.
    """

    def __init__(self):
        self.failed = False

    def ingest(self, article_id: int) -> None:
        transaction.on_commit(partial(self._send, article_id))

    def _send(self, article_id: int) -> None:
        from .tasks import article_ingest  # tasks import this module

        if self.failed:
            return
        try:
            article_ingest.delay(article_id=article_id)
        except BROKER_DOWN_ERRORS as error:
            logger.warning("Queue unavailable, article %s stays queued: %s", article_id, error)
            self.failed = True


# Outlets ------------------------------------------------------------------------------------


def outlet_for_url(*, url: str, name: str = "") -> Outlet | None:
    """The outlet a web address belongs to, created from its domain the first time we see it."""
    try:
        domain = outlet_domain(url)
    except ValueError:
        return None
    outlet, _ = Outlet.objects.get_or_create(
        domain=domain, defaults={"name": name or domain, "homepage": f"https://{domain}/"}
    )
    return outlet


def outlet_for_name(*, name: str) -> Outlet:
    """An outlet typed by name (pasted text without an address): found by name, else created."""
    outlet = Outlet.objects.filter(name__iexact=name).first()
    if outlet:
        return outlet
    # Outlets are keyed by domain; one known only by name gets a reserved, never-resolving one.
    outlet, _ = Outlet.objects.get_or_create(
        domain=f"{slugify(name) or 'outlet'}.invalid", defaults={"name": name}
    )
    return outlet


# Submitting ---------------------------------------------------------------------------------


def _article_get_or_create(*, url: str, **fields) -> tuple[Article, bool]:
    """The article at a canonical URL, created if new. The unique constraint decides, so two
    people submitting the same URL at the same moment end up with one article."""
    try:
        with transaction.atomic():
            return Article.objects.create(url=url, **fields), True
    except IntegrityError:
        return Article.objects.get(url=url), False


def articles_submit(
    *, urls: list[str], user=None, feed: Feed | None = None, titles: dict | None = None
) -> Submitted:
    """Queue web addresses for fetching, one submission row each. An address already in the
    database (after canonicalization) is not fetched again: its row points at the article.

    Raises ValueError (from canonicalize_url) for an address that is not a fetchable URL.
    """
    canonical_urls = [(url.strip(), canonicalize_url(url)) for url in urls]
    enqueuer = _Enqueuer()
    result = Submitted()
    with transaction.atomic():
        for submitted_url, canonical in canonical_urls:
            article, created = _article_get_or_create(
                url=canonical,
                submitted_url=submitted_url[:2000],
                submitted_by=user,
                origin=Article.Origin.FEED if feed else Article.Origin.URL,
                feed=feed,
                title=((titles or {}).get(submitted_url) or "")[:500],
                outlet=(feed.outlet if feed and feed.outlet else None)
                or outlet_for_url(url=canonical),
            )
            result.submissions.append(
                Submission.objects.create(
                    article=article, user=user, url=submitted_url, duplicate=not created
                )
            )
            if created:
                enqueuer.ingest(article.pk)
    # Outside any outer transaction the tasks were sent as the block above committed.
    result.queue_down = enqueuer.failed
    return result


def article_submit(*, url: str, user=None) -> Submitted:
    """Queue one web address for fetching (see articles_submit)."""
    return articles_submit(urls=[url], user=user)


def article_submit_text(
    *,
    text: str,
    user=None,
    title: str = "",
    outlet_name: str = "",
    url: str = "",
    published_on: datetime.date | None = None,
) -> Submitted:
    """Store pasted text (paywalled or offline material) as an article version, ready for
    extraction at once. With a URL of an article we already have, the text becomes its new
    version if it differs from the latest."""
    parsed = parse_plain_text(text, title=title)
    canonical = canonicalize_url(url) if url else ""
    return _article_submit_parsed(
        parsed=parsed,
        url=canonical,
        submitted_url=url,
        origin=Article.Origin.TEXT,
        user=user,
        outlet_name=outlet_name,
        published_on=published_on,
    )


def article_submit_html(*, html: str, user=None, url: str = "") -> Submitted:
    """Store an uploaded HTML page: its article text is extracted now (it is already here), and
    the page's own canonical URL, when it names one, identifies the article.

    Raises NotAnArticle when the page holds no article text.
    """
    # An editor's own upload is trusted to say where it was published; a fetched page is not.
    parsed = parse_article(html, url=url or _declared_address(html))
    canonical = ""
    for candidate in (url, parsed.canonical_url):
        if candidate:
            try:
                canonical = canonicalize_url(candidate)
                break
            except ValueError:
                continue
    return _article_submit_parsed(
        parsed=parsed,
        url=canonical,
        submitted_url=url,
        origin=Article.Origin.UPLOAD,
        user=user,
    )


def _declared_address(html: str) -> str:
    """The address a saved page gives for itself (canonical link or og:url), or ""."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return ""
    for candidate in tree.xpath(
        "//link[@rel='canonical']/@href | //meta[@property='og:url']/@content"
    ):
        try:
            return canonicalize_url(candidate)
        except ValueError:
            continue
    return ""


def _article_submit_parsed(
    *,
    parsed: ParsedArticle,
    url: str,
    submitted_url: str,
    origin: str,
    user,
    outlet_name: str = "",
    published_on: datetime.date | None = None,
) -> Submitted:
    address = url or f"{NO_ADDRESS_PREFIX}{origin}:{content_hash(parsed.text)}"
    if url:
        outlet = outlet_for_url(url=url, name=outlet_name or parsed.site_name)
    elif outlet_name or parsed.site_name:
        outlet = outlet_for_name(name=outlet_name or parsed.site_name)
    else:
        outlet = None
    with transaction.atomic():
        article, created = _article_get_or_create(
            url=address,
            submitted_url=submitted_url,
            submitted_by=user,
            origin=origin,
            outlet=outlet,
        )
        if published_on:
            article.published_on = published_on
        _article_store_text(article, parsed, overwrite_title=bool(parsed.title))
        submission = Submission.objects.create(
            article=article, user=user, url=submitted_url, duplicate=not created
        )
    return Submitted(submissions=[submission])


def article_refetch(*, article: Article, user=None) -> Submitted:
    """Fetch an article again; a new version is stored only if its text changed. An article that
    is still being processed is left alone (the submission row shows its progress).

    Raises ValueError for an article that has no web address (pasted text, an upload).
    """
    if article.url.startswith(NO_ADDRESS_PREFIX):
        raise ValueError("this article was pasted or uploaded; it has no address to fetch again")
    enqueuer = _Enqueuer()
    with transaction.atomic():
        requeued = Article.objects.filter(
            pk=article.pk, status__in=[Article.Status.DONE, Article.Status.FAILED]
        ).update(status=Article.Status.QUEUED, error="", status_changed_at=timezone.now())
        article.refresh_from_db(fields=["status", "error", "status_changed_at"])
        submission = Submission.objects.create(article=article, user=user, url=article.url)
        if requeued:
            enqueuer.ingest(article.pk)
    return Submitted(submissions=[submission], queue_down=enqueuer.failed)


# Ingesting ----------------------------------------------------------------------------------


def article_ingest(*, article_id: int, task_id: str = "", may_retry: bool = False) -> None:
    """Fetch, parse and store one article: the work of the ingestion task.

    Idempotent: an article that is no longer queued (another worker has it, or it is finished) is
    left alone. Permanent failures end the article as failed at once. A transient failure
    (timeout, connection error, 429, 5xx) puts the article back in the queue and re-raises the
    FetchError for the task to retry, when `may_retry`; otherwise it fails with that error.
    """
    claimable = Q(status=Article.Status.QUEUED)
    if task_id:
        # A message redelivered because its worker died mid-fetch (acks_late) carries the same
        # task id: it may take back the claim its dead worker left behind.
        claimable |= Q(status=Article.Status.FETCHING, task_id=task_id)
    # Claim the article before fetching it. Two tasks for one article can be in flight at once
    # (the sweep re-enqueued an article whose first message was only slow, or a retry and a
    # "fetch again" overlap); without this conditional update both would fetch and both would
    # store a version. The database lets exactly one of them win.
    claimed = Article.objects.filter(claimable, pk=article_id).update(
        status=Article.Status.FETCHING,
        task_id=task_id,
        error="",
        attempts=F("attempts") + 1,
        status_changed_at=timezone.now(),
    )
    if claimed != 1:
        if task_id:
            _extraction_resume(article_id=article_id, task_id=task_id)
        return
    article = Article.objects.select_related("outlet").get(pk=article_id)
    # Only what tells the texts apart: a version's text is long and is not needed here. (Two
    # plain queries: one with the latest version as subqueries costs more to compile than the
    # round trip it saves.)
    latest = article.versions.order_by("-fetched_at", "-pk").only("pk", "content_hash").first()
    try:
        # Ask "has it changed?" only when we hold the text the validators belong to.
        page = fetch_page(
            article.url,
            etag=article.etag if latest else "",
            last_modified=article.last_modified if latest else "",
        )
        if page.not_modified:
            article_finish(article_id=article.pk)
            return
        if page.content_type == "text/plain":
            parsed = parse_plain_text(page.text)
        else:
            parsed = parse_article(page.text, url=page.url)
    except FetchError as error:
        if error.transient and may_retry:
            Article.objects.filter(pk=article.pk, status=Article.Status.FETCHING).update(
                status=Article.Status.QUEUED,
                error=f"will try again: {error.message}",
                status_changed_at=timezone.now(),
            )
            raise
        article_fail(article_id=article.pk, error=error.message)
        return
    except NotAnArticle as error:
        article_fail(article_id=article.pk, error=error.message)
        return
    with transaction.atomic():
        article.etag = page.etag or ""
        article.last_modified = page.last_modified or ""
        article.fetched_at = timezone.now()
        if _article_merge_into_canonical(article, parsed):
            return
        _article_store_text(article, parsed, overwrite_title=True, latest=latest)


def _extraction_resume(*, article_id: int, task_id: str) -> None:
    """Announce again the text a message stored before its worker was lost.

    A listener may extract claims inside the ingestion task, after the version is committed
    (claims.pipeline does, in a worker). A worker lost then leaves the article "extracting" with
    this task's id, and the broker hands the same message (same id) to another worker: that one
    announces the latest version again rather than wait for the sweep. Extraction is idempotent.
    """
    version_id = (
        ArticleVersion.objects.filter(
            article_id=article_id,
            article__status=Article.Status.EXTRACTING,
            article__task_id=task_id,
        )
        .order_by("-fetched_at", "-pk")
        .values_list("pk", flat=True)
        .first()
    )
    if version_id is not None:
        _announce_text(article_id, version_id)


def _article_merge_into_canonical(article: Article, parsed: ParsedArticle) -> bool:
    """When the page names a different canonical URL on the same site, make that the article's
    address; when another article already has it, point this article's submissions there and
    drop this one (it has no text of its own yet). Returns True when merged away."""
    if not parsed.canonical_url:
        return False
    try:
        canonical = canonicalize_url(parsed.canonical_url)
        same_site = outlet_domain(canonical) == outlet_domain(article.url)
    except ValueError:
        return False
    if canonical == article.url or not same_site:
        return False
    existing = Article.objects.filter(url=canonical).first()
    if existing is None:
        try:
            with transaction.atomic():
                Article.objects.filter(pk=article.pk).update(url=canonical)
            article.url = canonical
            return False
        except IntegrityError:  # created by someone else since we looked
            existing = Article.objects.get(url=canonical)
    if article.versions.exists():
        return False  # it has text (and maybe claims) of its own: keep both
    article.submissions.update(article=existing)
    article.delete()
    if existing.status == Article.Status.FAILED:
        article_refetch(article=existing)
    return True


def _article_store_text(
    article: Article,
    parsed: ParsedArticle,
    *,
    overwrite_title: bool,
    latest: ArticleVersion | None | bool = False,
) -> None:
    """Save what the parser found and, when the text is new, a version and the hand-off to
    extraction; when the text is the same as the latest version, the article is done as it was.
    The article's metadata and its new status are one UPDATE."""
    if parsed.title and (overwrite_title or not article.title):
        article.title = parsed.title[:500]
    article.author = (parsed.author or article.author)[:300]
    article.published_on = article.published_on or parsed.published_on
    article.language = (parsed.language or article.language)[:12]
    outlet = article.outlet
    if outlet and parsed.site_name and outlet.name == outlet.domain:
        outlet.name = parsed.site_name[:200]
        outlet.save(update_fields=["name"])

    text_hash = content_hash(parsed.text)
    if latest is False:  # not looked up by the caller yet
        latest = article.versions.order_by("-fetched_at", "-pk").only("pk", "content_hash").first()
    unchanged = bool(latest and latest.content_hash == text_hash)
    # What the fetch found, and where the article goes next; the status is ours to set here
    # (the caller holds the claim on it, or the article was just stored from an upload).
    article.status = Article.Status.DONE if unchanged else Article.Status.EXTRACTING
    article.error = ""
    article.status_changed_at = timezone.now()
    article.save(update_fields=[*ARTICLE_METADATA_FIELDS, "status", "error", "status_changed_at"])
    if unchanged:
        return
    if latest is None:  # the first text of this article: nothing to look up
        version = ArticleVersion.objects.create(
            article=article, content_hash=text_hash, title=article.title, text=parsed.text
        )
    else:
        version, created = ArticleVersion.objects.get_or_create(
            article=article,
            content_hash=text_hash,
            defaults={"title": article.title, "text": parsed.text},
        )
        if not created:
            # The text went back to what an older version said: that version is current again.
            ArticleVersion.objects.filter(pk=version.pk).update(fetched_at=timezone.now())
    transaction.on_commit(partial(_announce_text, article.pk, version.pk))


def _announce_text(article_id: int, version_id: int) -> None:
    """Hand the new version to claim extraction; with nobody listening, the article is done."""
    if not article_text_ready.has_listeners(Article):
        article_finish(article_id=article_id)
        return
    for receiver, response in article_text_ready.send_robust(
        sender=Article, article_id=article_id, version_id=version_id
    ):
        if isinstance(response, Exception):
            # The article stays "extracting"; the sweep announces it again later.
            logger.error(
                "article_text_ready receiver %r failed for article %s",
                receiver,
                article_id,
                exc_info=response,
            )


def article_finish(*, article_id: int, claims_found: int | None = None) -> None:
    """Mark an article done; `claims_found` is stored when given (None keeps the last count)."""
    fields = {"status": Article.Status.DONE, "error": "", "status_changed_at": timezone.now()}
    if claims_found is not None:
        fields["claims_found"] = claims_found
    Article.objects.filter(pk=article_id).update(**fields)


def article_fail(*, article_id: int, error: str) -> None:
    """Mark an article failed with a message a person understands."""
    Article.objects.filter(pk=article_id).update(
        status=Article.Status.FAILED, error=error, status_changed_at=timezone.now()
    )


# Feeds --------------------------------------------------------------------------------------


def feed_add(*, url: str, user=None, title: str = "") -> Feed:
    """Subscribe to an RSS or Atom feed; it is polled on its schedule from now on.

    Raises ValueError for a bad address or a feed we already follow.
    """
    canonical = canonicalize_url(url)
    try:
        with transaction.atomic():
            return Feed.objects.create(
                url=canonical,
                title=title,
                added_by=user,
                outlet=outlet_for_url(url=canonical),
            )
    except IntegrityError:
        raise ValueError("this feed is already followed") from None


def feed_poll(*, feed_id: int) -> int:
    """Fetch a feed (conditionally, with its ETag and Last-Modified) and queue its new entries as
    articles. Returns how many articles were created."""
    feed = Feed.objects.select_related("outlet").filter(pk=feed_id, is_active=True).first()
    if feed is None:
        return 0
    now = timezone.now()
    try:
        page = fetch_feed(feed.url, etag=feed.etag, last_modified=feed.last_modified)
    except FetchError as error:
        Feed.objects.filter(pk=feed.pk).update(last_polled_at=now, error=error.message)
        return 0
    if page.not_modified:
        Feed.objects.filter(pk=feed.pk).update(last_polled_at=now, error="")
        return 0
    parsed = parse_feed(page.text)
    if parsed.error and not parsed.entries:
        Feed.objects.filter(pk=feed.pk).update(last_polled_at=now, error=parsed.error)
        return 0
    urls, titles = [], {}
    for entry in parsed.entries:
        try:
            canonical = canonicalize_url(entry.url)
        except ValueError:
            continue
        urls.append(canonical)
        titles[canonical] = entry.title
    # Most entries of a feed are ones we already have: look them up in one query, and let the
    # unique constraint settle the rest.
    known = set(Article.objects.filter(url__in=urls).values_list("url", flat=True))
    known |= set(Submission.objects.filter(url__in=urls).values_list("url", flat=True))
    new_urls = list(dict.fromkeys(url for url in urls if url not in known))
    if new_urls:
        articles_submit(urls=new_urls, feed=feed, titles=titles)
    Feed.objects.filter(pk=feed.pk).update(
        last_polled_at=now,
        error="",
        etag=page.etag or "",
        last_modified=page.last_modified or "",
        title=feed.title or parsed.title[:300],
    )
    return len(new_urls)


def feeds_due() -> list[int]:
    """Active feeds whose poll interval has passed since their last poll (or never polled)."""
    return list(
        Feed.objects.filter(is_active=True)
        .filter(
            Q(last_polled_at__isnull=True)
            | Q(last_polled_at__lte=timezone.now() - F("poll_interval"))
        )
        .order_by(F("last_polled_at").asc(nulls_first=True))
        .values_list("pk", flat=True)[:500]
    )


# The sweep ----------------------------------------------------------------------------------


def stuck_articles_sweep() -> int:
    """Re-enqueue articles stuck in queued or fetching for longer than SWEEP_STUCK_AFTER (a
    submission made while the broker was down, a worker that vanished), and announce again
    articles stuck in extracting. Returns how many articles it picked up."""
    from .tasks import article_ingest

    now = timezone.now()
    cutoff = now - datetime.timedelta(seconds=settings.SWEEP_STUCK_AFTER)
    stale = Q(status_changed_at__lt=cutoff)
    # A fetch older than the cutoff has outlived the task time limit: its worker is gone.
    Article.objects.filter(stale, status=Article.Status.FETCHING).update(
        status=Article.Status.QUEUED, task_id="", status_changed_at=cutoff
    )
    picked = 0
    queued = Article.objects.filter(
        Q(status_changed_at__lte=cutoff), status=Article.Status.QUEUED
    ).values_list("pk", flat=True)[: settings.SWEEP_BATCH]
    for article_id in queued:
        try:
            article_ingest.delay(article_id=article_id)
        except BROKER_DOWN_ERRORS as error:
            logger.warning("Queue unavailable, sweep stops for now: %s", error)
            break
        # Restart its clock so the next sweep waits a full period before sending it again.
        Article.objects.filter(pk=article_id, status=Article.Status.QUEUED).update(
            status_changed_at=now
        )
        picked += 1
    extracting = Article.objects.filter(stale, status=Article.Status.EXTRACTING)
    for article in extracting[: settings.SWEEP_BATCH]:
        version = article.latest_version()
        Article.objects.filter(pk=article.pk).update(status_changed_at=now)
        if version is None:
            article_fail(article_id=article.pk, error="no text was stored for this article")
            continue
        _announce_text(article.pk, version.pk)
        picked += 1
    return picked
