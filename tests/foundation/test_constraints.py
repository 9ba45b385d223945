"""The database itself refuses rows that can never be right."""

import pytest
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from sources.models import Outlet
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    ArticleVersionFactory,
    ClaimFactory,
    FeedFactory,
    OutletFactory,
    PlaceFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def refused(**fields) -> bool:
    try:
        with transaction.atomic():
            ClaimFactory(**fields)
    except IntegrityError:
        return True
    return False


def test_it_refuses_a_low_bound_above_the_high_bound():
    assert refused(value_low=12000, value_high=11000)


def test_it_refuses_a_claim_with_neither_figure_nor_statement():
    assert refused(value_low=None, value_high=None, statement="")


def test_it_accepts_a_statement_without_a_figure():
    assert not refused(value_low=None, value_high=None, statement="Troops have crossed the border.")


def test_it_refuses_a_negative_span():
    assert refused(span_start=-1, span_end=4)


def test_it_refuses_a_span_that_ends_before_it_starts():
    assert refused(span_start=10, span_end=4)


def test_it_refuses_the_same_span_twice_in_one_version():
    version = ArticleVersionFactory()
    ClaimFactory(article=version.article, article_version=version, span_start=0, span_end=9)
    assert refused(article=version.article, article_version=version, span_start=0, span_end=9)


def test_it_refuses_two_articles_with_one_canonical_url():
    ArticleFactory(url="https://news.example/a")
    with pytest.raises(IntegrityError):
        ArticleFactory(url="https://news.example/a")


def test_it_refuses_the_same_text_twice_as_versions_of_one_article():
    version = ArticleVersionFactory(text="Same words.")
    with pytest.raises(IntegrityError):
        ArticleVersionFactory(article=version.article, text="Same words.")


def test_it_refuses_a_negative_figure():
    assert refused(value_low=-5, value_high=10)


def test_it_refuses_two_outlets_with_one_domain():
    OutletFactory(domain="news.example")
    with pytest.raises(IntegrityError):
        Outlet.objects.create(name="Another name", domain="news.example")


@pytest.mark.parametrize("factory", [ActorFactory, PlaceFactory, TopicFactory])
def test_it_refuses_two_rows_with_one_slug(factory):
    factory(slug="kursk")
    with pytest.raises(IntegrityError):
        factory(slug="kursk")


def test_it_refuses_two_feeds_with_one_url():
    FeedFactory(url="https://news.example/feed.xml")
    with pytest.raises(IntegrityError):
        FeedFactory(url="https://news.example/feed.xml")


def test_the_same_span_may_hold_figures_of_different_categories():
    version = ArticleVersionFactory()
    ClaimFactory(article=version.article, article_version=version, span_start=0, span_end=9)
    assert not refused(
        article=version.article,
        article_version=version,
        span_start=0,
        span_end=9,
        topic=None,
        category="killed",
    )


def test_an_article_in_use_cannot_be_deleted_from_under_its_claims():
    claim = ClaimFactory()
    with pytest.raises(ProtectedError):
        claim.article.delete()


# Gaps in the claim constraints as migrated: SQL passes a CHECK whose condition is NULL, so a span
# with a start and no end, or a negative upper bound with no lower bound, gets through. Closing them
# needs a migration in claims (owned by the linking/review work); remove the marks with it.
def test_it_refuses_a_span_with_a_start_and_no_end():
    assert refused(span_start=5, span_end=None)


def test_it_refuses_a_negative_upper_bound():
    assert refused(value_low=None, value_high=-5)
