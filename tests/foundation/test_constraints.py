"""The database itself refuses rows that can never be right."""

import pytest
from django.db import IntegrityError, transaction

from tests.factories import ArticleFactory, ArticleVersionFactory, ClaimFactory

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
