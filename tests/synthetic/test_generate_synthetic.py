from collections import Counter
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count, F, Q

from claims.models import Actor, Claim, Place, Topic
from sources.models import Article, Outlet


def generate(claims=400, seed=7):
    call_command("generate_synthetic", claims=claims, seed=seed, stdout=StringIO())


def fingerprint():
    """The data in terms that do not depend on database ids."""
    return list(
        Claim.objects.order_by("pk").values_list(
            "topic__slug",
            "actor__slug",
            "value_low",
            "value_high",
            "qualifier",
            "reported_on",
            "status",
            "article__url",
        )
    )


def wipe():
    Claim.objects.all().delete()
    Article.objects.all().delete()
    Topic.objects.all().delete()
    Actor.objects.all().delete()
    Place.objects.all().delete()
    Outlet.objects.all().delete()


def test_it_writes_exactly_the_claims_asked_for_with_realistic_shape(db):
    generate(claims=1000)

    assert Claim.objects.count() == 1000
    per_article = Counter(Article.objects.annotate(n=Count("claims")).values_list("n", flat=True))
    assert set(per_article) <= set(range(1, 11)) and per_article[1] > per_article[10]
    assert not Article.objects.annotate(n=Count("claims")).exclude(claims_found=F("n")).exists()
    statuses = Counter(Claim.objects.values_list("status", flat=True))
    assert statuses["confirmed"] > statuses["proposed"] > statuses["rejected"] > 0
    assert len(Counter(Claim.objects.values_list("qualifier", flat=True))) >= 5
    # reported_on is what lists sort by: stated_on, or else the article's date.
    assert not Claim.objects.exclude(
        Q(reported_on=F("stated_on"))
        | Q(stated_on__isnull=True, reported_on=F("article__published_on"))
    ).exists()
    assert Actor.objects.filter(parent__parent__isnull=False).exists()  # people in ministries
    assert Place.objects.filter(parent__isnull=False).exists()
    counts = sorted(Topic.objects.annotate(n=Count("claims")).values_list("n", flat=True))
    assert counts[-1] > 2 * counts[len(counts) // 2]  # heavy-tailed, even over a few topics
    assert Outlet.objects.filter(domain="seed-7.synthetic.invalid").exists()


def test_the_same_seed_gives_the_same_data_and_another_seed_other_data(db):
    generate(seed=7)
    first = fingerprint()
    wipe()
    generate(seed=7)
    assert fingerprint() == first
    wipe()
    generate(seed=8)
    assert fingerprint() != first


def test_new_rows_after_it_get_fresh_ids(db, django_user_model):
    generate(claims=50)
    article = Article.objects.create(url="https://after.example/1")
    assert article.pk > Article.objects.exclude(pk=article.pk).order_by("-pk").first().pk


def test_it_refuses_a_database_that_already_has_claims(db):
    generate(claims=20)
    with pytest.raises(CommandError, match="already has claims"):
        generate(claims=20)
