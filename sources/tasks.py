"""Celery tasks: thin shells around sources.services, taking keyword-only ids."""

from celery import shared_task
from celery.signals import task_postrun, task_prerun, worker_init
from django.conf import settings
from django.db import close_old_connections, connections

from . import services
from .ingest.errors import FetchError


@worker_init.connect
def keep_database_connections(**kwargs) -> None:
    """Let worker processes keep their database connection between tasks (WORKER_CONN_MAX_AGE),
    instead of opening one per task: each article is two tasks, and connecting costs more than
    their queries. The health check finds a connection the server dropped meanwhile."""
    for alias in connections:
        connections.settings[alias]["CONN_MAX_AGE"] = settings.WORKER_CONN_MAX_AGE
        connections.settings[alias]["CONN_HEALTH_CHECKS"] = True


@task_prerun.connect
@task_postrun.connect
def close_obsolete_connections(sender=None, **kwargs) -> None:
    """Before and after each task, as Django does around a request: close connections that are
    older than their maximum age, broken, or left mid-transaction (CELERY_DB_REUSE_MAX hands
    this over from Celery, which would close them all). Tasks run in-process are left alone."""
    if not settings.CELERY_DB_REUSE_MAX or getattr(sender.request, "is_eager", False):
        return
    close_old_connections()


@shared_task(
    bind=True,
    # Idempotent (the article is claimed with a conditional update), so a message is acknowledged
    # only when the work is done, and put back when the worker running it dies: a worker killed
    # mid-fetch does not lose the article.
    acks_late=True,
    reject_on_worker_lost=True,
    # The service re-raises only transient fetch errors (timeouts, connection errors, 429, 5xx);
    # permanent ones fail the article at once.
    autoretry_for=(FetchError,),
    retry_backoff=settings.INGEST_RETRY_BACKOFF,
    retry_backoff_max=settings.INGEST_RETRY_BACKOFF_MAX,
    retry_jitter=True,
    max_retries=settings.INGEST_MAX_RETRIES,
)
def article_ingest(self, *, article_id: int) -> None:
    """Fetch, parse and store one article, then hand it to claim extraction."""
    try:
        services.article_ingest(
            article_id=article_id,
            task_id=self.request.id or "",
            # Retrying in-process (no broker) would only hammer the site with no pause between.
            may_retry=not self.request.is_eager and self.request.retries < self.max_retries,
        )
    except FetchError as error:
        if error.retry_after is not None:
            # The site said when to come back (Retry-After): wait that long, within reason.
            countdown = min(error.retry_after, settings.INGEST_RETRY_BACKOFF_MAX)
            raise self.retry(exc=error, countdown=countdown) from error
        raise  # autoretry_for: exponential backoff with jitter


@shared_task(acks_late=True)
def feed_poll(*, feed_id: int) -> None:
    """Poll one feed and queue its new entries."""
    services.feed_poll(feed_id=feed_id)


@shared_task
def feeds_poll_due() -> None:
    """Enqueue a poll for every feed whose interval has passed (run by Celery beat)."""
    for feed_id in services.feeds_due():
        feed_poll.delay(feed_id=feed_id)


@shared_task
def stuck_articles_sweep() -> None:
    """Re-enqueue articles stuck in the pipeline (run by Celery beat)."""
    services.stuck_articles_sweep()
