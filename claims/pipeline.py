"""Where ingestion hands over to claims: a new article version is ready, so extract its claims.

`sources` announces (`article_text_ready`, sent after the version is committed) and never imports
from `claims`; this module listens and queues the extraction task.
"""

from sources.models import Article
from sources.signals import article_text_ready


def enqueue_extraction(sender, *, article_id: int, version_id: int, **kwargs) -> None:
    """Queue claim extraction for the version that was just stored."""
    from .tasks import extract_claims_task  # tasks import services, which import the models

    extract_claims_task.delay_on_commit(article_id=article_id, version_id=version_id)


def connect() -> None:
    """Listen for new article text (called once, from ClaimsConfig.ready)."""
    article_text_ready.connect(
        enqueue_extraction, sender=Article, dispatch_uid="claims.pipeline.enqueue_extraction"
    )
