"""`manage.py load_demo`: loads the data set once, changes nothing the second time."""

import io

from django.contrib.auth import get_user_model
from django.core.management import call_command

from claims.demo import data
from claims.demo.loader import DEMO_USERNAME, demo_load
from claims.models import Actor, Claim, Place, Topic
from sources.models import Article, ArticleVersion, Outlet
from sources.permissions import is_editor

MODELS = [Actor, Place, Topic, Claim, Outlet, Article, ArticleVersion, get_user_model()]
HISTORIES = [Actor.history, Topic.history, Claim.history]


def row_counts() -> dict[str, int]:
    counts = {model.__name__: model.objects.count() for model in MODELS}
    counts |= {history.model.__name__: history.count() for history in HISTORIES}
    return counts


def test_it_loads_every_report_and_claim(demo):
    assert Article.objects.filter(origin=Article.Origin.DEMO).count() == len(data.REPORTS)
    assert Claim.objects.count() == sum(len(report.claims) for report in data.REPORTS)
    assert Claim.objects.confirmed().count() == Claim.objects.count()
    assert Topic.objects.count() >= 5
    assert Actor.objects.filter(claims__isnull=False).distinct().count() >= 8
    assert not Article.objects.exclude(status=Article.Status.DONE).exists()


def test_running_it_twice_changes_nothing(demo):
    before = row_counts()
    claims_before = list(Claim.objects.order_by("pk").values())

    again = demo_load(password="another-password")

    assert row_counts() == before
    assert list(Claim.objects.order_by("pk").values()) == claims_before
    assert not again.created and not again.changed
    assert again.summary() == "Demo data already loaded: nothing to change."


def test_each_claim_points_at_its_quote_in_the_article_version(demo):
    claims = Claim.objects.select_related("article_version", "article")
    for claim in claims:
        assert claim.article_version.article_id == claim.article_id
        assert claim.article_version.text[claim.span_start : claim.span_end] == claim.quote
        assert claim.quote in claim.sentence
        assert claim.reported_on == claim.stated_on
        assert claim.created_by == demo.user and claim.extractor == ""


def test_actors_nest_from_spokesperson_to_ministry_to_state(demo):
    singh = Actor.objects.get(slug="sabrina-singh")
    assert [actor.slug for actor in singh.ancestors()] == [
        "us-department-of-defense",
        "united-states",
    ]
    assert "DoD" in Actor.objects.get(slug="us-department-of-defense").aliases
    relayed = Claim.objects.filter(relayed_by__slug="lee-seong-kweun")
    assert relayed.exists()
    assert set(relayed.values_list("actor__slug", flat=True)) == {"south-korea-nis"}


def test_articles_belong_to_the_outlet_of_their_domain(demo):
    for article in Article.objects.select_related("outlet"):
        assert article.url.split("/")[2].removeprefix("www.") == article.outlet.domain


def test_it_creates_the_demo_editor_with_the_configured_password(demo, client):
    user = get_user_model().objects.get(username=DEMO_USERNAME)
    assert demo.user_created and is_editor(user) and not user.is_staff
    assert client.login(username=DEMO_USERNAME, password="demo-password-for-tests")


def test_it_leaves_an_existing_demo_account_alone(db):
    user = get_user_model().objects.create_user(DEMO_USERNAME, password="chosen-by-its-owner")

    result = demo_load(password="claimwatch-demo")

    user.refresh_from_db()
    assert not result.user_created
    assert user.check_password("chosen-by-its-owner")


def test_it_keeps_what_a_person_edited_and_only_fills_what_is_missing(demo):
    singh = Actor.objects.get(slug="sabrina-singh")
    singh.title = "Pentagon deputy spokesperson"
    singh.save()
    nis = Actor.objects.get(slug="south-korea-nis")
    nis.aliases = ["NIS", "Seoul's spy agency"]
    nis.save()
    rejected = Claim.objects.get(wording="about 8,000")
    rejected.status = Claim.Status.REJECTED
    rejected.save()
    history_before = Claim.history.count()

    result = demo_load(password="whatever")

    singh.refresh_from_db()
    nis.refresh_from_db()
    rejected.refresh_from_db()
    assert singh.title == "Pentagon deputy spokesperson"
    assert nis.aliases[:2] == ["NIS", "Seoul's spy agency"]
    assert "South Korean intelligence" in nis.aliases
    assert rejected.status == Claim.Status.REJECTED
    assert result.changed == {"actors": 1}
    assert Claim.history.count() == history_before


def test_it_joins_actors_that_the_reference_lists_created_first(db):
    Actor.objects.create(slug="volodymyr-zelensky", name="Volodymyr Zelensky", aliases=["Zelensky"])

    demo_load(password="whatever")

    zelensky = Actor.objects.get(slug="volodymyr-zelensky")
    assert Actor.objects.filter(name="Volodymyr Zelensky").count() == 1
    assert zelensky.parent.slug == "ukraine"
    assert zelensky.title == "President of Ukraine"
    assert {"Zelensky", "Zelenskyy", "Ukrainian President"} <= set(zelensky.aliases)


def test_the_command_says_how_to_sign_in(db, settings):
    settings.DEMO_PASSWORD = "printed-password"
    out = io.StringIO()

    call_command("load_demo", stdout=out)
    call_command("load_demo", stdout=out)

    text = out.getvalue()
    assert "Demo data loaded: created" in text
    assert "Demo data already loaded: nothing to change." in text
    assert text.count('as "demo" with password "printed-password"') == 2
    assert "createsuperuser" in text
