"""End to end with a real Celery worker on Redis and PostgreSQL, and the faults it must survive."""

import datetime
import os

import pytest
from django.utils import timezone

from sources import services
from sources.models import Article
from sources.tasks import article_ingest
from tests.llm.conftest import FakeModelServer
from tests.pipeline.conftest import article_html
from tests.worker import CeleryWorker, point_celery_at, wait_until, worker_database_url

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

TROOPS = "Officials said about 11,000 North Korean soldiers had been sent to the Kursk region."


def status_of(article_id: int) -> str:
    return Article.objects.get(pk=article_id).status


def test_a_submitted_address_goes_through_the_worker_to_done(
    fakeweb, celery_worker_process, editor
):
    url = fakeweb.add("/world/troops", article_html("Troops arrive in Kursk", TROOPS))

    submitted = services.article_submit(url=url, user=editor)

    article_id = submitted.submissions[0].article_id
    assert not submitted.queue_down
    wait_until(lambda: status_of(article_id) in ("done", "failed"), timeout=60)
    article = Article.objects.get(pk=article_id)
    assert article.status == "done", celery_worker_process.output()
    assert (article.title, article.author) == ("Troops arrive in Kursk", "Dana Whitfield")
    assert article.published_on == datetime.date(2024, 11, 4)
    assert article.outlet.name == "The Daily Example"
    assert TROOPS in article.latest_version().text


def test_a_worker_killed_during_a_fetch_does_not_lose_the_article(fakeweb, celery_worker_process):
    # The site takes 3 seconds to answer: long enough to kill the worker mid-fetch.
    url = fakeweb.add("/slow", article_html("Slow story", TROOPS), delay=3)
    article_id = services.article_submit(url=url).submissions[0].article_id
    wait_until(lambda: status_of(article_id) == "fetching", timeout=30)
    wait_until(lambda: len(fakeweb.requests_to("/slow")) == 1, timeout=10)

    celery_worker_process.kill_pool()

    # acks_late + reject_on_worker_lost: the message goes back to the queue, a new pool process
    # takes it, and its task id lets it take over the claim the dead one left.
    wait_until(lambda: status_of(article_id) in ("done", "failed"), timeout=60)
    assert status_of(article_id) == "done", celery_worker_process.output()
    assert len(fakeweb.requests_to("/slow")) == 2
    assert "WorkerLostError" in celery_worker_process.output()


def test_a_worker_lost_during_claim_extraction_does_not_lose_the_article(fakeweb):
    # The worker that stores the text extracts its claims in the same task; a model endpoint
    # that takes 3 seconds to answer leaves time to kill it there.
    model = FakeModelServer()
    model.delay = 3
    model.answer(
        {
            "claims": [
                {
                    "quote": "about 11,000 North Korean soldiers",
                    "category": "deployed",
                    "value_low": 11000,
                    "qualifier": "about",
                    "subject": "North Korean soldiers",
                    "location": "Kursk region",
                    "actor": "Officials",
                }
            ]
        }
    )
    worker = CeleryWorker(
        broker_url=os.environ["REDIS_URL"],
        database_url=worker_database_url(),
        env={"CLAIM_EXTRACTOR": "llm", "LLM_BASE_URL": model.base_url, "LLM_MODEL": "test"},
    )
    previous = point_celery_at(worker.broker_url, worker.queue)
    try:
        worker.start()
        url = fakeweb.add("/story", article_html("Story", TROOPS))
        article_id = services.article_submit(url=url).submissions[0].article_id
        wait_until(lambda: len(model.requests) == 1, timeout=30)
        assert status_of(article_id) == "extracting"

        worker.kill_pool()
        model.delay = 0

        # The ingestion message comes back (acks_late); its task finds the article extracting
        # under its own id and announces the stored text again: no second fetch, no sweep.
        wait_until(lambda: status_of(article_id) in ("done", "failed"), timeout=60)
        article = Article.objects.get(pk=article_id)
        assert (article.status, article.claims_found) == ("done", 1), worker.output()
        assert article.versions.count() == 1
        assert len(fakeweb.requests_to("/story")) == 1
        assert len(model.requests) == 2
        assert "WorkerLostError" in worker.output()
    finally:
        worker.stop()
        point_celery_at(*previous)
        model.close()


def test_a_submission_while_redis_is_down_is_kept_and_picked_up_after(
    fakeweb, throwaway_redis, settings
):
    url = fakeweb.add("/story", article_html("Story", TROOPS))
    previous = point_celery_at(throwaway_redis.url, "ingest-fault-test")
    worker = CeleryWorker(
        broker_url=throwaway_redis.url,
        database_url=worker_database_url(),
        queue="ingest-fault-test",
    )
    try:
        worker.start()
        throwaway_redis.stop()

        submitted = services.article_submit(url=url)

        article_id = submitted.submissions[0].article_id
        assert submitted.queue_down
        assert status_of(article_id) == "queued"

        throwaway_redis.start()
        # The sweep (Celery beat, every minute) finds it once it has waited long enough.
        settings.SWEEP_STUCK_AFTER = 60
        Article.objects.filter(pk=article_id).update(
            status_changed_at=timezone.now() - datetime.timedelta(minutes=2)
        )
        assert services.stuck_articles_sweep() == 1
        wait_until(lambda: status_of(article_id) in ("done", "failed"), timeout=60)
        assert status_of(article_id) == "done", worker.output()
    finally:
        worker.stop()
        point_celery_at(*previous)


def test_a_second_message_for_a_finished_article_changes_nothing(fakeweb, celery_worker_process):
    url = fakeweb.add("/story", article_html("Story", TROOPS))
    article_id = services.article_submit(url=url).submissions[0].article_id
    # A second message for the same article, as the sweep would send for a slow one; then a
    # marker article behind it (one worker process takes messages in order).
    article_ingest.delay(article_id=article_id)
    marker = fakeweb.add("/marker", article_html("Marker", TROOPS))
    marker_id = services.article_submit(url=marker).submissions[0].article_id

    wait_until(lambda: status_of(marker_id) in ("done", "failed"), timeout=60)
    assert status_of(article_id) == "done"
    assert Article.objects.get(pk=article_id).versions.count() == 1
    assert len(fakeweb.requests_to("/story")) == 1
