"""article_claims_extract: an article version in, linked proposed claims out."""

import datetime

import pytest

from claims.extraction import base
from claims.models import Claim, Topic
from claims.services import article_claims_extract
from sources.models import Article, ArticleVersion
from tests.claims_pipeline.conftest import FOLLOW_UP_ARTICLE, TROOPS_ARTICLE
from tests.factories import ClaimFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_it_proposes_claims_linked_to_actor_place_and_topic(reference, stage_article):
    article, version = stage_article()

    found = article_claims_extract(article_id=article.pk, version_id=version.pk)

    claims = Claim.objects.filter(article=article).select_related("actor", "place", "topic")
    assert found == claims.count() >= 4
    assert {claim.status for claim in claims} == {Claim.Status.PROPOSED}
    assert {claim.article_version_id for claim in claims} == {version.pk}
    at_least = claims.get(value_low=10000)
    assert at_least.actor.slug == "us-department-of-defense"
    assert at_least.place.slug == "kursk-oblast"
    assert at_least.topic.subject == "North Korean troops"
    assert at_least.topic.status == Topic.Status.PROPOSED
    assert at_least.qualifier == Claim.Qualifier.AT_LEAST
    assert at_least.extractor == "rules"
    assert at_least.reported_on == at_least.stated_on == datetime.date(2024, 11, 11)
    assert version.text[at_least.span_start : at_least.span_end] == at_least.quote
    # "up to 12,000 North Korean soldiers" lines up with "at least 10,000 North Korean troops".
    assert claims.get(value_high=12000).topic == at_least.topic
    assert claims.get(value_low=11000).actor.slug == "south-korea-nis"
    assert claims.get(value_low=600).actor.slug == "volodymyr-zelensky"
    article.refresh_from_db()
    assert (article.status, article.claims_found, article.error) == ("done", found, "")


def test_claims_keep_their_history_from_the_start(reference, stage_article):
    article, version = stage_article()
    article_claims_extract(article_id=article.pk, version_id=version.pk)
    claim = Claim.objects.filter(article=article).first()
    assert claim.history.count() == 1
    assert claim.history.first().history_change_reason == "Proposed by the rules extractor"


def test_figures_from_two_articles_line_up_on_one_topic(reference, stage_article):
    first, first_version = stage_article()
    second, second_version = stage_article(FOLLOW_UP_ARTICLE)

    article_claims_extract(article_id=first.pk, version_id=first_version.pk)
    article_claims_extract(article_id=second.pk, version_id=second_version.pk)

    earlier = Claim.objects.get(article=first, value_low=10000)
    later = Claim.objects.get(article=second, value_low=12000)
    assert later.topic_id == earlier.topic_id
    assert later.actor.slug == "south-korea-nis"
    assert Claim.objects.filter(topic=earlier.topic).count() >= 3


def test_re_extraction_keeps_what_people_did_and_replaces_the_rest(reference, stage_article):
    article, version = stage_article()
    article_claims_extract(article_id=article.pk, version_id=version.pk)
    reviewer = UserFactory()
    confirmed = Claim.objects.get(article=article, value_low=10000)
    confirmed.status = Claim.Status.CONFIRMED
    confirmed.reviewed_by = reviewer
    confirmed.save()
    edited = Claim.objects.get(article=article, value_high=12000)
    edited.value_high = 13000
    edited.is_edited = True
    edited.save()
    rejected = Claim.objects.get(article=article, value_low=600)
    rejected.status = Claim.Status.REJECTED
    rejected.save()
    entered = ClaimFactory(
        article=article,
        article_version=version,
        status=Claim.Status.PROPOSED,
        created_by=reviewer,
        value_low=5000,
        value_high=5000,
    )
    untouched = set(
        Claim.objects.filter(article=article).machine_proposals().values_list("pk", flat=True)
    )
    assert untouched

    found = article_claims_extract(article_id=article.pk, version_id=version.pk)

    claims = Claim.objects.filter(article=article)
    for kept in (confirmed, edited, rejected, entered):
        assert claims.filter(pk=kept.pk).exists()
    assert claims.get(pk=confirmed.pk).status == Claim.Status.CONFIRMED
    assert claims.get(pk=edited.pk).value_high == 13000
    # The untouched proposals were replaced by fresh ones...
    assert not claims.filter(pk__in=untouched).exists()
    assert claims.machine_proposals().count() == len(untouched)
    # ...and nothing a person reviewed came back as a duplicate proposal.
    assert claims.filter(value_low=10000).count() == 1
    assert claims.filter(value_low=600).count() == 1
    assert claims.filter(category="deployed", quote=edited.quote).count() == 1
    article.refresh_from_db()
    assert article.status == Article.Status.DONE and article.claims_found == found


class _BrokenExtractor(base.Extractor):
    name = "broken"
    version = "0"

    def extract(self, article):
        raise KeyError("sentence")


def test_an_extractor_error_fails_the_article_with_a_readable_message(
    reference, stage_article, settings, monkeypatch
):
    monkeypatch.setitem(base._REGISTRY, "broken", _BrokenExtractor)
    settings.CLAIM_EXTRACTOR = "broken"
    article, version = stage_article()

    assert article_claims_extract(article_id=article.pk, version_id=version.pk) is None

    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert article.error == "Claim extraction (broken) failed: KeyError: 'sentence'"
    assert not Claim.objects.filter(article=article).exists()


def test_an_unknown_extractor_name_fails_the_article_and_says_which_exist(
    reference, stage_article, settings
):
    settings.CLAIM_EXTRACTOR = "magic"
    article, version = stage_article()

    article_claims_extract(article_id=article.pk, version_id=version.pk)

    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert "Unknown claim extractor 'magic'" in article.error and "rules" in article.error


def test_an_outdated_version_is_left_alone(reference, stage_article):
    article, old = stage_article()
    newer = ArticleVersion.objects.create(article=article, text=FOLLOW_UP_ARTICLE)
    ArticleVersion.objects.filter(pk=old.pk).update(fetched_at=newer.fetched_at.replace(year=2020))

    assert article_claims_extract(article_id=article.pk, version_id=old.pk) is None
    assert not Claim.objects.filter(article=article).exists()
    article.refresh_from_db()
    assert article.status == Article.Status.EXTRACTING  # the newer version's run finishes it


def test_the_number_of_queries_does_not_grow_with_the_number_of_claims(
    reference, stage_article, django_assert_max_num_queries
):
    # A long article: the same figures many times over (fresh spans, a handful of topics).
    article, version = stage_article("\n\n".join([TROOPS_ARTICLE] * 10))
    # article+outlet; latest version; savepoint; finish the article (which locks it for the run);
    # its claims (to keep or to replace: none yet); the linking tables' stamp; places; actors;
    # topics; for each of the 3 new topics: slug check, insert, history; claims insert; their
    # history, copied by the database; release. 21 whether the article holds 5 figures or 50.
    with django_assert_max_num_queries(21):
        found = article_claims_extract(article_id=article.pk, version_id=version.pk)
    assert found >= 40


def test_it_raises_does_not_exist_for_a_deleted_version(reference, stage_article):
    article, version = stage_article()
    with pytest.raises(ArticleVersion.DoesNotExist):
        article_claims_extract(article_id=article.pk, version_id=version.pk + 1000)


def test_new_proposals_refresh_cached_pages(
    reference, stage_article, django_capture_on_commit_callbacks
):
    from claims.pagecache import data_version

    article, version = stage_article()
    before = data_version()

    with django_capture_on_commit_callbacks(execute=True):
        article_claims_extract(article_id=article.pk, version_id=version.pk)

    assert data_version() != before
