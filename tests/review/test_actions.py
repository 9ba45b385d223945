"""Each review action, with HTMX (the updated row comes back) and without (post/redirect/get)."""

import pytest
from django.test import Client
from django.urls import reverse

from claims.models import Claim
from tests.factories import ActorFactory, TopicFactory

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true", "HX-Target": "claim-1"}


def status_of(claim) -> str:
    claim.refresh_from_db()
    return claim.status


@pytest.mark.parametrize("action", ["claim_confirm", "claim_reject", "claim_move", "claim_correct"])
def test_anonymous_visitors_are_sent_to_sign_in_and_nothing_changes(client, proposals, action):
    response = client.post(reverse(action, args=[proposals[0].pk]), {"reason": "x"})
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    assert status_of(proposals[0]) == Claim.Status.PROPOSED


@pytest.mark.parametrize(
    "action", ["claim_confirm", "claim_reject", "claim_move", "claim_correct", "claim_supersede"]
)
def test_readers_are_refused_and_nothing_changes(reader_client, proposals, action):
    response = reader_client.post(reverse(action, args=[proposals[0].pk]), {"reason": "x"})
    assert response.status_code == 403
    assert status_of(proposals[0]) == Claim.Status.PROPOSED


def test_actions_refuse_a_get(editor_client, proposals):
    assert editor_client.get(reverse("claim_confirm", args=[proposals[0].pk])).status_code == 405


def test_csrf_is_enforced(editor, proposals):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(reverse("claim_confirm", args=[proposals[0].pk]))
    assert response.status_code == 403
    assert status_of(proposals[0]) == Claim.Status.PROPOSED
    # With the token the queue page hands out, the same request goes through.
    client.get(reverse("review_queue"))
    token = client.cookies["csrftoken"].value
    response = client.post(
        reverse("claim_confirm", args=[proposals[0].pk]), headers={"X-CSRFToken": token}
    )
    assert response.status_code == 302
    assert status_of(proposals[0]) == Claim.Status.CONFIRMED


def test_confirm_with_htmx_returns_the_updated_row(editor_client, proposals):
    claim = proposals[0]
    response = editor_client.post(reverse("claim_confirm", args=[claim.pk]), headers=HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith(
        f'<article class="review-item status-confirmed" id="claim-{claim.pk}"'
    )
    assert "Confirmed. (confirmed by editor)" in html
    assert "HX-Request" in response["Vary"]
    assert status_of(claim) == Claim.Status.CONFIRMED


def test_confirm_without_javascript_redirects_back_to_the_queue(editor_client, proposals):
    claim = proposals[0]
    queue = reverse("review_queue") + "?page=1"
    response = editor_client.post(reverse("claim_confirm", args=[claim.pk]), {"next": queue})
    assert response.status_code == 302 and response.url == queue
    assert status_of(claim) == Claim.Status.CONFIRMED


def test_it_never_redirects_off_site(editor_client, proposals):
    response = editor_client.post(
        reverse("claim_confirm", args=[proposals[0].pk]), {"next": "https://evil.example/"}
    )
    assert response.url == proposals[0].get_absolute_url()


def test_reject_keeps_the_reason(editor_client, proposals):
    claim = proposals[1]
    response = editor_client.post(
        reverse("claim_reject", args=[claim.pk]), {"reason": "Not a new figure"}, headers=HTMX
    )
    assert "Rejected." in response.content.decode()
    assert status_of(claim) == Claim.Status.REJECTED
    assert claim.history.first().history_change_reason == "Rejected: Not a new figure"


def test_move_resolves_the_topic_by_slug_or_title(editor_client, proposals):
    claim = proposals[0]
    target = TopicFactory(title="North Korean troops killed in Kursk", category="killed")
    response = editor_client.post(
        reverse("claim_move", args=[claim.pk]),
        {"topic": "north korean troops killed in kursk"},
        headers=HTMX,
    )
    assert "Moved to “North Korean troops killed in Kursk”." in response.content.decode()
    claim.refresh_from_db()
    assert claim.topic == target and claim.category == "killed"


def test_move_to_an_unknown_topic_says_so_and_keeps_what_was_typed(editor_client, proposals):
    claim = proposals[0]
    response = editor_client.post(
        reverse("claim_move", args=[claim.pk]), {"topic": "<b>no such</b>"}, headers=HTMX
    )
    html = response.content.decode()
    assert "No topic matches “&lt;b&gt;no such&lt;/b&gt;”" in html
    assert 'value="&lt;b&gt;no such&lt;/b&gt;"' in html
    claim.refresh_from_db()
    assert claim.topic.title == "North Korean troops in Kursk"


def test_the_correct_form_opens_inline_with_every_field(editor_client, proposals):
    claim = proposals[0]
    response = editor_client.get(reverse("claim_correct", args=[claim.pk]), headers=HTMX)
    html = response.content.decode()
    assert html.lstrip().startswith(f'<article class="review-item editing" id="claim-{claim.pk}"')
    for name in (
        "topic",
        "category",
        "subject",
        "actor",
        "relayed_by",
        "place",
        "value_low",
        "value_high",
        "qualifier",
        "wording",
        "statement",
        "quote",
        "sentence",
        "stated_on",
        "as_of",
        "reason",
    ):
        assert f'name="{name}"' in html, name
    assert 'name="actor" value="ukraine"' in html  # actors are typed, not picked from thousands
    assert f'hx-get="{reverse("review_lookup", args=["actors"])}"' in html


def correction(claim, **changes):
    data = {
        "topic": claim.topic.slug,
        "category": claim.category,
        "subject": claim.subject,
        "place": claim.place.slug if claim.place else "",
        "place_name": claim.place_name,
        "actor": claim.actor.slug if claim.actor else "",
        "actor_name": claim.actor_name,
        "relayed_by": "",
        "value_low": claim.value_low,
        "value_high": claim.value_high,
        "qualifier": claim.qualifier,
        "wording": claim.wording,
        "statement": claim.statement,
        "quote": claim.quote,
        "sentence": claim.sentence,
        "span_start": claim.span_start,
        "span_end": claim.span_end,
        "stated_on": claim.stated_on.isoformat(),
        "as_of": "",
        "reason": "",
    }
    return {**data, **{key: "" if value is None else value for key, value in changes.items()}}


def test_a_correction_with_a_reason_saves_and_returns_the_row(editor_client, proposals):
    claim = proposals[1]
    relay = ActorFactory(name="Lee Seong-kweun", slug="lee-seong-kweun", aliases=["Lee"])
    data = correction(
        claim,
        value_low=10000,
        value_high=12000,
        qualifier="range",
        relayed_by="Lee",
        reason="Range given in the briefing",
    )
    response = editor_client.post(reverse("claim_correct", args=[claim.pk]), data, headers=HTMX)
    html = response.content.decode()
    assert "Corrected." in html and "10,000–12,000" in html
    claim.refresh_from_db()
    assert (claim.value_low, claim.value_high, claim.relayed_by) == (10000, 12000, relay)
    assert claim.is_edited and claim.status == Claim.Status.CONFIRMED
    assert claim.history.first().history_change_reason == "Range given in the briefing"
    assert claim.history.first().history_user.username == "editor"


def test_a_correction_without_a_reason_shows_the_form_again_and_saves_nothing(
    editor_client, proposals
):
    claim = proposals[0]
    data = correction(claim, value_low=12000, value_high=12000)
    response = editor_client.post(reverse("claim_correct", args=[claim.pk]), data, headers=HTMX)
    html = response.content.decode()
    assert "This field is required." in html
    assert 'name="value_low" value="12000"' in html  # what was typed is kept
    claim.refresh_from_db()
    assert claim.value_low == 11000 and not claim.is_edited


def test_a_correction_with_low_above_high_gets_a_clear_message(editor_client, proposals):
    claim = proposals[0]
    data = correction(claim, value_low=13000, value_high=12000, reason="typo")
    response = editor_client.post(reverse("claim_correct", args=[claim.pk]), data, headers=HTMX)
    html = response.content.decode()
    assert "The high value (12,000) is below the low value (13,000)" in html
    assert "Constraint" not in html
    claim.refresh_from_db()
    assert claim.value_low == 11000


def test_a_correction_naming_an_unknown_actor_says_what_to_type(editor_client, proposals):
    claim = proposals[0]
    data = correction(claim, actor="Nobody Known", reason="wrong actor")
    html = editor_client.post(
        reverse("claim_correct", args=[claim.pk]), data, headers=HTMX
    ).content.decode()
    assert "No actor matches “Nobody Known”" in html


def test_without_javascript_the_correct_form_is_on_the_claim_page(editor_client, proposals):
    claim = proposals[0]
    page = editor_client.get(reverse("claim_correct", args=[claim.pk]))
    assert page.status_code == 200
    assert "Correct claim #" in page.content.decode() and "<html" in page.content.decode()
    data = correction(claim, value_low=11500, value_high=11500, reason="Typo in the extractor")
    data["next"] = claim.get_absolute_url()
    response = editor_client.post(reverse("claim_correct", args=[claim.pk]), data)
    assert response.status_code == 302 and response.url == claim.get_absolute_url()
    claim.refresh_from_db()
    assert claim.value_low == 11500


def test_supersede_from_the_row(editor_client, editor, proposals, topic):
    older, newer = proposals[1], proposals[0]
    older.actor = newer.actor
    older.stated_on = newer.stated_on.replace(day=1)
    older.save()
    response = editor_client.post(reverse("claim_confirm", args=[newer.pk]), headers=HTMX)
    assert "Mark the older superseded" in response.content.decode()
    response = editor_client.post(reverse("claim_supersede", args=[newer.pk]), headers=HTMX)
    assert "Marked 1 older figure superseded." in response.content.decode()
    assert status_of(older) == Claim.Status.SUPERSEDED


def test_lookup_suggests_actors_by_name(editor_client, proposals):
    response = editor_client.get(reverse("review_lookup", args=["actors"]), {"actor": "penta"})
    assert response.content.decode() == '<option value="pentagon">Pentagon</option>'
    by_alias = editor_client.get(reverse("review_lookup", args=["actors"]), {"q": "defense dep"})
    assert by_alias.content.decode() == '<option value="pentagon">Pentagon</option>'
    assert editor_client.get(reverse("review_lookup", args=["secrets"])).status_code == 404
