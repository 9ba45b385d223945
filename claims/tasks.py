"""Celery tasks: thin shells around claims.services, taking keyword-only ids."""

from celery import shared_task
from django.conf import settings

from sources.models import Article, ArticleVersion

from . import services
from .extraction.llm import ExtractorUnavailable

# Seconds before the first retry of an extraction whose model endpoint could not be reached.
EXTRACT_RETRY_BACKOFF = 30


@shared_task(
    bind=True,
    # Idempotent (a run replaces only the article's untouched proposals), so the message is
    # acknowledged when the work is done and redelivered if the worker dies mid-way.
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(ExtractorUnavailable,),
    retry_backoff=EXTRACT_RETRY_BACKOFF,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=settings.EXTRACT_MAX_RETRIES,
)
def extract_claims_task(self, *, article_id: int, version_id: int) -> None:
    """Propose the claims of one article version; nothing to do if it was deleted meanwhile."""
    try:
        services.article_claims_extract(
            article_id=article_id,
            version_id=version_id,
            may_retry=not self.request.is_eager and self.request.retries < self.max_retries,
        )
    except (Article.DoesNotExist, ArticleVersion.DoesNotExist):
        return


def extract_claims_here(*, article_id: int, version_id: int) -> None:
    """Run the extraction task's work in this process, for the worker that has just stored the
    version (see claims.pipeline). A transient extractor error (an unreachable model endpoint)
    hands the work to the queued task, which retries with its backoff; anything else ends the
    same way as in the task."""
    try:
        services.article_claims_extract(
            article_id=article_id, version_id=version_id, may_retry=True
        )
    except ExtractorUnavailable:
        extract_claims_task.apply_async(
            kwargs={"article_id": article_id, "version_id": version_id},
            countdown=EXTRACT_RETRY_BACKOFF,
        )
    except (Article.DoesNotExist, ArticleVersion.DoesNotExist):
        return
