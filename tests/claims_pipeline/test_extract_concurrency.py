"""Two extractions of one article at once: the second waits for the first, then replaces its
untouched proposals, instead of both inserting the same claims."""

import threading
import time

import pytest
from django.db import connection

from claims import services
from claims.models import Claim
from sources.models import Article

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_runs_at_once_end_with_one_set_of_proposals(reference, stage_article, monkeypatch):
    article, version = stage_article()
    insert = services._claims_create_with_history

    def slow_insert(*args, **kwargs):
        time.sleep(0.3)  # long enough for the other run to reach this point too, were it free to
        insert(*args, **kwargs)

    monkeypatch.setattr(services, "_claims_create_with_history", slow_insert)
    barrier = threading.Barrier(2)
    found, errors = [], []

    def extract():
        try:
            barrier.wait(5)
            found.append(
                services.article_claims_extract(article_id=article.pk, version_id=version.pk)
            )
        except Exception as error:  # surfaced below
            errors.append(error)
        finally:
            connection.close()

    runs = [threading.Thread(target=extract) for _ in range(2)]
    for run in runs:
        run.start()
    for run in runs:
        run.join(20)

    assert errors == []
    assert found[0] == found[1] == Claim.objects.filter(article=article).count() > 0
    article.refresh_from_db()
    assert (article.status, article.claims_found) == (Article.Status.DONE, found[0])
