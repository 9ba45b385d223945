"""Claim extraction may go to a queue of its own (EXTRACT_QUEUE), for workers that only extract."""

import runpy
from pathlib import Path

from celery import Celery

SETTINGS = Path(__file__).resolve().parents[2] / "config" / "settings.py"


def queues_with(monkeypatch, **environment):
    """Which queue each task goes to under the settings read with `environment`."""
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    settings = runpy.run_path(str(SETTINGS))
    app = Celery(set_as_current=False)
    app.conf.task_default_queue = settings["CELERY_TASK_DEFAULT_QUEUE"]
    app.conf.task_routes = settings["CELERY_TASK_ROUTES"]
    return lambda task_name: app.amqp.router.route({}, task_name)["queue"].name


def test_extraction_goes_to_the_queue_named_for_it(monkeypatch):
    queue_of = queues_with(monkeypatch, EXTRACT_QUEUE="extraction", CELERY_TASK_DEFAULT_QUEUE="web")

    assert queue_of("claims.tasks.extract_claims_task") == "extraction"
    assert queue_of("sources.tasks.article_ingest") == "web"


def test_without_one_extraction_shares_the_default_queue(monkeypatch):
    queue_of = queues_with(monkeypatch, EXTRACT_QUEUE="", CELERY_TASK_DEFAULT_QUEUE="web")

    assert queue_of("claims.tasks.extract_claims_task") == "web"
