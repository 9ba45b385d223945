"""Atom feeds of confirmed claims, per topic and per actor."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from claims.models import Claim
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def entries(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    return feed, [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]


def test_a_topic_feed_lists_its_confirmed_claims_newest_first(client, war):
    feed, titles = entries(client, reverse("topic_feed", args=["nk-troops-kursk"]))

    assert feed.findtext(f"{ATOM}title") == "North Korean troops in Kursk: confirmed claims"
    assert titles == [
        "≥ 12,000 North Korean troops: Ukraine",
        "11,000 North Korean troops: Pentagon",
        "~10,000 North Korean troops: Pat Ryder",
    ]


def test_an_actor_feed_includes_the_actors_under_it_and_only_confirmed_claims(client, war):
    _, titles = entries(client, reverse("actor_feed", args=["united-states"]))
    assert titles == [
        "11,000 North Korean troops: Pentagon",
        "~10,000 North Korean troops: Pat Ryder",
    ]
    _, titles = entries(client, reverse("actor_feed", args=["ukraine-gov"]))
    assert titles == ["≥ 12,000 North Korean troops: Ukraine"]  # the proposed claim stays out


def test_a_feed_holds_the_newest_fifty(client, war):
    topic = war["topics"]["troops"]
    ClaimFactory.create_batch(60, topic=topic, status=Claim.Status.CONFIRMED)
    _, titles = entries(client, reverse("topic_feed", args=[topic.slug]))
    assert len(titles) == 50


def test_an_unknown_topic_has_no_feed(client, db):
    assert client.get(reverse("topic_feed", args=["nothing"])).status_code == 404


def test_feed_text_is_escaped(client, war):
    ClaimFactory(topic=war["topics"]["troops"], quote="<b>bold</b> & more")
    response = client.get(reverse("topic_feed", args=["nk-troops-kursk"]))
    assert b"<b>bold</b>" not in response.content
    ET.fromstring(response.content)  # still well-formed
