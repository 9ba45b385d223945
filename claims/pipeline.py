"""Where ingestion hands over to claims: a new article version is ready, so extract its claims.

`sources` announces (`article_text_ready`, sent after the version is committed) and never imports
from `claims`; this module listens and decides where the extraction runs:

- inside the ingestion task of a Celery worker, which has just stored the version, right there,
  after the commit: the text is in hand and the article is one task, with no second message
  through the broker. The ingestion message is acknowledged only when that task ends (acks_late),
  so a worker lost mid-extraction gets the message back, and the ingestion task announces the
  version again (sources.services.article_ingest);
- anywhere else (a web request, the sweep, `make run` without a broker), or everywhere with
  EXTRACT_IN_INGEST_WORKER off, as its own task, queued when the transaction commits: on the queue
  EXTRACT_QUEUE names (config/settings.py routes it), so workers of their own may extract.
"""

from functools import partial

from celery import current_task
from django.conf import settings
from django.db import transaction

from sources.models import Article
from sources.signals import article_text_ready
from sources.tasks import article_ingest


def _inside_the_ingestion_task() -> bool:
    """Whether this runs in the ingestion task, taken by a worker from the broker (not run
    in-process, eagerly). Other tasks that announce text, such as the sweep's batch, queue it."""
    task = current_task  # a proxy: false when no task runs
    return bool(
        task and task.name == article_ingest.name and task.request.id and not task.request.is_eager
    )


def enqueue_extraction(sender, *, article_id: int, version_id: int, **kwargs) -> None:
    """Extract claims from the version that was just stored: in this worker, or queued."""
    from .tasks import extract_claims_here, extract_claims_task  # tasks import the models

    if settings.EXTRACT_IN_INGEST_WORKER and _inside_the_ingestion_task():
        transaction.on_commit(
            partial(extract_claims_here, article_id=article_id, version_id=version_id)
        )
    else:
        extract_claims_task.delay_on_commit(article_id=article_id, version_id=version_id)


def connect() -> None:
    """Listen for new article text (called once, from ClaimsConfig.ready)."""
    article_text_ready.connect(
        enqueue_extraction, sender=Article, dispatch_uid="claims.pipeline.enqueue_extraction"
    )
