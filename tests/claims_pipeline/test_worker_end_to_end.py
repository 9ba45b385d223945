"""From a submitted address to proposed claims, through a real Celery worker, Redis and PostgreSQL."""

import html

import pytest

from claims.models import Claim
from claims.reference import load_reference
from sources import services
from sources.models import Article
from tests.claims_pipeline.conftest import TROOPS_ARTICLE
from tests.worker import wait_until

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def news_page(title: str, text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(part)}</p>\n" for part in text.split("\n\n"))
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)}</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2024-11-13T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{html.escape(title)}</h1>{paragraphs}</article>
<footer>Copyright Example Wire</footer></body></html>"""


def test_a_submitted_address_ends_with_linked_proposed_claims(fakeweb, celery_worker_process):
    load_reference()
    url = fakeweb.add("/world/korea-troops", news_page("More troops for Kursk", TROOPS_ARTICLE))

    submitted = services.article_submit(url=url)

    article_id = submitted.submissions[0].article_id
    wait_until(lambda: Article.objects.get(pk=article_id).status in ("done", "failed"), timeout=60)
    article = Article.objects.get(pk=article_id)
    assert article.status == "done", article.error + celery_worker_process.output()
    claims = Claim.objects.filter(article=article).select_related("actor", "place", "topic")
    assert article.claims_found == claims.count() >= 4
    assert {claim.status for claim in claims} == {Claim.Status.PROPOSED}
    assert {claim.article_version_id for claim in claims} == {article.latest_version().pk}
    pentagon = claims.get(value_low=10000)
    assert (pentagon.actor.slug, pentagon.place.slug) == (
        "us-department-of-defense",
        "kursk-oblast",
    )
    assert pentagon.topic.title == "North Korean troops deployed in Kursk"
    assert claims.get(value_high=12000).topic == pentagon.topic
    # The worker that stored the text extracted it in the same task: no second message.
    assert "claims.tasks.extract_claims_task[" not in celery_worker_process.output()
