"""A worker keeps its database connection from one task to the next (WORKER_CONN_MAX_AGE): each
article is two tasks, and opening a connection for each cost more than their queries."""

import pytest
from django.db import connection

from sources import services
from sources.models import Article
from tests.pipeline.conftest import article_html
from tests.worker import wait_until

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

TROOPS = "Officials said about 11,000 North Korean soldiers had been sent to the Kursk region."


def other_sessions() -> set[int]:
    """The server processes serving other connections to the test database (the worker's)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return {pid for (pid,) in cursor.fetchall()}


def ingest(url: str) -> None:
    article_id = services.article_submit(url=url).submissions[0].article_id
    wait_until(lambda: Article.objects.get(pk=article_id).status in ("done", "failed"), timeout=60)
    assert Article.objects.get(pk=article_id).status == "done"


def test_the_worker_fetches_and_extracts_article_after_article_on_one_connection(
    fakeweb, celery_worker_process
):
    ingest(fakeweb.add("/first", article_html("First story", TROOPS)))
    # The connection outlives the tasks that used it...
    wait_until(lambda: bool(other_sessions()), timeout=5)
    kept = other_sessions()

    ingest(fakeweb.add("/second", article_html("Second story", TROOPS)))

    # ...and the next article's two tasks ran on it rather than on new ones.
    assert other_sessions() == kept, celery_worker_process.output()
