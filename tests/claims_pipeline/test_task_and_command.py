"""The extraction task and the reextract command, run in-process."""

import pytest
from django.core.management import CommandError, call_command

from claims.models import Claim
from claims.tasks import extract_claims_task
from config import celery_app
from sources.models import Article
from sources.signals import article_text_ready

pytestmark = pytest.mark.django_db


def test_the_task_proposes_claims(reference, stage_article):
    article, version = stage_article()
    extract_claims_task.apply(kwargs={"article_id": article.pk, "version_id": version.pk}).get()
    assert Claim.objects.filter(article=article).count() >= 4


def test_the_task_returns_quietly_when_the_article_is_gone(reference, stage_article):
    article, version = stage_article()
    ids = {"article_id": article.pk, "version_id": version.pk}
    version.delete()
    extract_claims_task.apply(kwargs=ids).get()  # no error
    Article.objects.filter(pk=article.pk).delete()
    extract_claims_task.apply(kwargs=ids).get()


def test_new_article_text_queues_extraction(
    reference, stage_article, monkeypatch, django_capture_on_commit_callbacks
):
    # In-process, as `make run` without a broker does; the worker test covers the real queue.
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)
    article, version = stage_article()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        article_text_ready.send(sender=Article, article_id=article.pk, version_id=version.pk)

    # One extraction queued for this version (other callbacks, such as the read pages' cache
    # version bump after the new claims, may run too).
    queued = [
        callback
        for callback in callbacks
        if getattr(callback, "keywords", {}).get("version_id") == version.pk
    ]
    assert len(queued) == 1

    article.refresh_from_db()
    assert article.status == Article.Status.DONE
    assert article.claims_found == Claim.objects.filter(article=article).count() >= 4


def test_reextract_runs_again_on_one_article(reference, stage_article, capsys):
    article, _ = stage_article()
    call_command("reextract", "--article", str(article.pk))
    first = set(Claim.objects.values_list("pk", flat=True))

    call_command("reextract", "--article", str(article.pk))

    assert first and set(Claim.objects.values_list("pk", flat=True)).isdisjoint(first)
    assert "1 articles extracted, 0 failed" in capsys.readouterr().out


def test_reextract_all_and_its_errors(reference, stage_article, capsys):
    stage_article()
    stage_article()
    call_command("reextract", "--all")
    assert "2 articles extracted" in capsys.readouterr().out
    with pytest.raises(CommandError, match="no article with id 999999"):
        call_command("reextract", "--article", "999999")
    with pytest.raises(CommandError):
        call_command("reextract")
