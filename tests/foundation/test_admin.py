"""Every model in the admin: its list, add and change pages load for staff, and stay cheap."""

import pytest
from django.contrib import admin
from django.urls import reverse

from claims.models import Actor, Claim
from sources.models import Article, Submission
from tests.factories import FeedFactory

REGISTERED = sorted(admin.site._registry, key=lambda model: model._meta.label)


def admin_url(model, view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.fixture
def admin_client(client, admin_user, demo):
    """Staff signed in, with at least one row of every registered model to open."""
    FeedFactory()
    Submission.objects.create(article=Article.objects.first(), url="https://news.example/a")
    client.force_login(admin_user)
    return client


def test_every_model_of_the_project_is_registered():
    labels = {model._meta.label for model in REGISTERED}
    expected = {"claims.Actor", "claims.Place", "claims.Topic", "claims.Claim"}
    expected |= {"sources.Outlet", "sources.Article", "sources.ArticleVersion", "sources.Feed"}
    expected |= {"sources.Submission"}
    assert expected <= labels


@pytest.mark.parametrize("model", REGISTERED, ids=lambda model: model._meta.label)
def test_the_list_add_and_change_pages_load(admin_client, model):
    instance = model._default_manager.order_by("pk").first()
    assert instance is not None, f"the fixture needs a {model._meta.label} to open"

    for url in (
        admin_url(model, "changelist"),
        admin_url(model, "add"),
        admin_url(model, "change", instance.pk),
    ):
        response = admin_client.get(url)
        assert response.status_code == 200, url


def test_the_claim_list_searches_and_filters(admin_client):
    url = admin_url(Claim, "changelist")

    found = admin_client.get(url, {"q": "about 8,000"})
    confirmed = admin_client.get(url, {"status__exact": "confirmed", "category__exact": "killed"})

    assert found.context["cl"].result_count == 1
    assert {claim.category for claim in confirmed.context["cl"].result_list} == {"killed"}
    assert confirmed.context["cl"].result_count == Claim.objects.filter(category="killed").count()


def test_the_claim_list_runs_a_fixed_number_of_queries(admin_client, django_assert_max_num_queries):
    # 1 session, 2 user, 3 the count for paging, 4 the page of claims with topic, actor and the
    # article's outlet joined in. No second "(N total)" count, no facet counts.
    with django_assert_max_num_queries(4):
        response = admin_client.get(admin_url(Claim, "changelist"))
    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == Claim.objects.count()


def test_a_claims_history_shows_each_change(admin_client, admin_user):
    claim = Claim.objects.get(wording="about 8,000")
    claim.status = Claim.Status.REJECTED
    claim._history_user = admin_user
    claim.save()

    response = admin_client.get(admin_url(Claim, "history", claim.pk))

    assert response.status_code == 200
    records = response.context["page_obj"].object_list
    assert [record.status for record in records] == ["rejected", "confirmed"]
    assert records[0].history_user == admin_user


def test_actor_and_topic_keep_a_history_page(admin_client):
    for instance in (Actor.objects.get(slug="south-korea-nis"), Claim.objects.first().topic):
        response = admin_client.get(admin_url(type(instance), "history", instance.pk))
        assert response.status_code == 200


def test_actors_are_picked_by_autocomplete_and_found_by_alias(admin_client):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "claims", "model_name": "claim", "field_name": "actor", "term": "spy agency"},
    )

    assert response.status_code == 200
    assert [result["text"] for result in response.json()["results"]] == [
        "National Intelligence Service"
    ]


def test_readers_and_editors_are_kept_out_of_the_admin(editor_client):
    response = editor_client.get(admin_url(Claim, "changelist"))
    assert response.status_code == 302
