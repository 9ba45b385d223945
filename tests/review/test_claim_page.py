"""A claim's page: everything about it, its history with who, when, what and why."""

import pytest
from django.test import Client
from django.urls import reverse

from claims import services
from tests.factories import ActorFactory

pytestmark = pytest.mark.django_db


def test_anyone_may_read_it_without_the_review_buttons(client, proposals):
    claim = proposals[0]
    response = client.get(claim.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark>about 11,000 North Korean soldiers</mark>" in html
    assert claim.topic.get_absolute_url() in html and claim.actor.get_absolute_url() in html
    assert claim.article.get_absolute_url() in html
    assert reverse("claim_confirm", args=[claim.pk]) not in html


def test_readers_see_no_buttons_editors_do(reader_client, proposals):
    claim = proposals[0]
    html = reader_client.get(claim.get_absolute_url()).content.decode()
    assert reverse("claim_confirm", args=[claim.pk]) not in html


def test_editors_get_the_actions_as_plain_forms(editor_client, proposals):
    claim = proposals[0]
    html = editor_client.get(claim.get_absolute_url()).content.decode()
    assert f'action="{reverse("claim_confirm", args=[claim.pk])}"' in html
    assert "hx-disable" in html


def test_the_history_shows_who_when_what_and_why(client, editor, proposals):
    claim = proposals[0]
    relay = ActorFactory(name="Lee Seong-kweun")
    services.claim_correct(
        claim=claim,
        user=editor,
        changes={"value_high": 12000, "qualifier": "range", "relayed_by": relay},
        reason="The briefing gave <b>a range</b>",
    )
    html = client.get(claim.get_absolute_url()).content.decode()
    assert "the rules extractor" in html  # who created it
    assert "by editor" in html
    assert "The briefing gave &lt;b&gt;a range&lt;/b&gt;" in html
    assert "<td>value high</td><td>11,000</td><td>12,000</td>" in html
    assert "<td>qualifier</td><td>approximately</td><td>range</td>" in html
    assert "<td>relayed by</td><td>—</td><td>Lee Seong-kweun</td>" in html
    assert "<td>updated at</td>" not in html


def test_htmx_cancel_gets_the_row_back(editor_client, proposals):
    claim = proposals[0]
    response = editor_client.get(
        claim.get_absolute_url(), headers={"HX-Request": "true", "HX-Target": f"claim-{claim.pk}"}
    )
    assert response.content.decode().lstrip().startswith('<article class="review-item')
    assert "HX-Request" in response["Vary"]


def test_the_page_runs_a_fixed_number_of_queries(
    client, editor, proposals, django_assert_max_num_queries
):
    claim = proposals[0]
    for value in (11500, 12000, 12500):
        services.claim_correct(
            claim=claim, user=editor, changes={"value_high": value}, reason="again"
        )
    # 1 the claim with its article, outlet, actors, place, topic and reviewer,
    # 2 its history with each change's user, 3 the names of related objects the changes point at
    # (the reviewer, here).
    with django_assert_max_num_queries(3):
        client.get(claim.get_absolute_url())


def test_an_unknown_claim_is_not_found(client):
    assert client.get(reverse("claim_detail", args=[987654])).status_code == 404


def test_reading_can_require_signing_in(reader_client, proposals, settings):
    settings.READ_REQUIRES_LOGIN = True
    claim = proposals[0]
    for url in (claim.get_absolute_url(), claim.article.get_absolute_url()):
        response = Client().get(url)
        assert response.status_code == 302 and response.url.startswith(reverse("login"))
        assert reader_client.get(url).status_code == 200
