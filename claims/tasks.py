"""Celery tasks: thin shells around claims.services, taking keyword-only ids."""

from celery import shared_task
from django.conf import settings

from sources.models import Article, ArticleVersion

from . import services
from .extraction.llm import ExtractorUnavailable


@shared_task(
    bind=True,
    # Idempotent (a run replaces only the article's untouched proposals), so the message is
    # acknowledged when the work is done and redelivered if the worker dies mid-way.
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(ExtractorUnavailable,),
    retry_backoff=30,
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
