"""Fixtures for the ingestion pipeline: article pages to serve, tasks run in-process, and a
switch to hear (or silence) the hand-off to claim extraction."""

import os
import uuid

import pytest
import redis
from django.contrib.auth.models import Group

from config import celery_app
from sources.models import Article
from sources.permissions import EDITORS_GROUP
from sources.signals import article_text_ready
from tests.worker import point_celery_at

# Playwright's sync API runs an event loop in the test thread; Django's ORM must still be usable.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

FILLER = (
    "The ministry published the figures on its website after a briefing for reporters. "
    "Independent analysts said the numbers could not be verified on the ground. "
)


def article_html(
    title: str,
    *paragraphs: str,
    author: str = "Dana Whitfield",
    published: str = "2024-11-04",
    site_name: str = "The Daily Example",
    canonical: str = "",
) -> str:
    """A news page as a site would serve it: metadata in the head, the story in <article>."""
    body = "".join(f"<p>{paragraph}</p>" for paragraph in (*paragraphs, FILLER, FILLER))
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title} | {site_name}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site_name}">
<meta name="author" content="{author}">
<meta property="article:published_time" content="{published}T09:00:00Z">
{link}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>{body}</article>
<footer>Copyright The Daily Example</footer></body></html>"""


@pytest.fixture(autouse=True)
def _editors_group(django_db_setup, django_db_blocker):
    # The Editors group comes from a data migration; the flush after each transactional test
    # (the worker tests) removes it, so put it back for the `editor` fixture.
    with django_db_blocker.unblock():
        Group.objects.get_or_create(name=EDITORS_GROUP)


@pytest.fixture(autouse=True)
def _no_politeness_wait(settings):
    # Every test page lives on one host (127.0.0.1); the per-host rate limit is the fetcher's
    # own business and is tested there.
    settings.FETCH_HOST_RATE = 0


@pytest.fixture
def eager_tasks():
    """Run tasks in this process as they are sent, as `make run` does without a broker."""
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = False


@pytest.fixture
def own_queue():
    """Send tasks to a queue of this test's own (nobody consumes it) and drop it afterwards."""
    queue = f"test-unconsumed-{uuid.uuid4().hex[:10]}"
    previous = point_celery_at(os.environ["REDIS_URL"], queue)
    yield queue
    point_celery_at(*previous)
    redis.Redis.from_url(os.environ["REDIS_URL"]).delete(queue)


@pytest.fixture
def extraction_listener():
    """A stand-in for the claims app: records each hand-off with the article's status then."""
    heard = []

    def receiver(sender, article_id, version_id, **kwargs):
        status = Article.objects.get(pk=article_id).status
        heard.append({"article_id": article_id, "version_id": version_id, "status": status})

    with _only_receiver(receiver):
        yield heard


@pytest.fixture
def nobody_extracting():
    """No receiver on article_text_ready, whatever the claims app has connected."""
    with _only_receiver(None):
        yield


class _only_receiver:
    def __init__(self, receiver):
        self.receiver = receiver

    def __enter__(self):
        # Signal keeps its receivers in a list and a per-sender cache; swap both for the test.
        self.saved = article_text_ready.receivers
        article_text_ready.receivers = []
        article_text_ready.sender_receivers_cache.clear()
        if self.receiver:
            article_text_ready.connect(self.receiver, weak=False)

    def __exit__(self, *exc):
        article_text_ready.receivers = self.saved
        article_text_ready.sender_receivers_cache.clear()
