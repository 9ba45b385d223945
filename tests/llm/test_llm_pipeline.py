"""The pipeline with CLAIM_EXTRACTOR=llm: validated answers become proposed claims."""

import pytest

from claims.extraction.llm import ExtractorUnavailable
from claims.models import Claim
from claims.reference import load_reference
from claims.services import article_claims_extract
from sources.models import Article
from tests.factories import ArticleFactory, ArticleVersionFactory

pytestmark = pytest.mark.django_db

TEXT = "The Pentagon said at least 10,000 North Korean troops were in the Kursk region."


@pytest.fixture
def article(model_server, settings):
    settings.CLAIM_EXTRACTOR = "llm"
    load_reference()
    article = ArticleFactory(status=Article.Status.EXTRACTING)
    return article, ArticleVersionFactory(article=article, text=TEXT)


def test_an_llm_answer_becomes_linked_proposed_claims(article, model_server):
    article, version = article
    model_server.answer(
        {
            "claims": [
                {
                    "quote": "at least 10,000 North Korean troops",
                    "category": "deployed",
                    "value_low": 10000,
                    "value_high": None,
                    "qualifier": "at least",
                    "subject": "North Korean troops",
                    "location": "Kursk region",
                    "actor": "the Pentagon",
                },
                {"quote": "20,000 troops", "category": "deployed", "value_low": 20000},
            ]
        }
    )

    assert article_claims_extract(article_id=article.pk, version_id=version.pk) == 1

    claim = Claim.objects.get(article=article)
    assert (claim.extractor, claim.extractor_version) == ("llm", "1:test-model")
    assert (claim.actor.slug, claim.place.slug) == ("us-department-of-defense", "kursk-oblast")
    assert claim.value_low == 10000 and claim.value_high is None
    assert TEXT[claim.span_start : claim.span_end] == claim.quote


def test_an_unreachable_endpoint_is_retried_then_fails_the_article(article, model_server):
    article, version = article
    model_server.respond(503, "overloaded")

    with pytest.raises(ExtractorUnavailable):
        article_claims_extract(article_id=article.pk, version_id=version.pk, may_retry=True)
    article.refresh_from_db()
    assert article.status == Article.Status.EXTRACTING

    assert article_claims_extract(article_id=article.pk, version_id=version.pk) is None
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert article.error.startswith("Claim extraction could not run: the language model endpoint")
