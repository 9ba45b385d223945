"""Articles written for these tests (true figures, our own words) and a way to stage them."""

import datetime

import pytest

from claims.reference import load_reference
from sources.models import Article
from tests.factories import ArticleFactory, ArticleVersionFactory, OutletFactory

TROOPS_ARTICLE = (
    "North Korea has sent about 11,000 soldiers to Russia, South Korea's spy agency said on "
    "Wednesday.\n\n"
    "The Pentagon said on Monday that at least 10,000 North Korean troops were now in the Kursk "
    'region. "We believe roughly 8,000 of them are already fighting," Deputy Pentagon Press '
    "Secretary Sabrina Singh told reporters.\n\n"
    "Ukraine's military intelligence estimated that up to 12,000 North Korean soldiers had been "
    "deployed to Kursk, and President Volodymyr Zelenskiy said Russian forces had lost 600 tanks "
    "in the region."
)
FOLLOW_UP_ARTICLE = (
    "Seoul raised its estimate on Tuesday. About 12,000 North Korean soldiers are now in Russia's "
    "Kursk region, the National Intelligence Service told lawmakers in a closed briefing."
)


@pytest.fixture
def reference(db):
    load_reference()


@pytest.fixture
def stage_article(db):
    """An article that has just been fetched: status `extracting`, one version with `text`."""

    def stage(text: str = TROOPS_ARTICLE, **fields):
        article = ArticleFactory(
            status=Article.Status.EXTRACTING,
            outlet=OutletFactory(name="Wire Service", domain="wire.example"),
            published_on=datetime.date(2024, 11, 13),
            **fields,
        )
        return article, ArticleVersionFactory(article=article, text=text)

    return stage
