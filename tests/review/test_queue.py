"""The review queue: who may see it, what each row shows, filters, bulk confirm, query counts."""

import pytest
from django.urls import reverse

from claims.models import Claim
from tests.factories import ArticleVersionFactory, ClaimFactory
from tests.review.conftest import proposed_claim

pytestmark = pytest.mark.django_db

QUEUE = reverse("review_queue")


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(QUEUE)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_readers_are_refused(reader_client):
    assert reader_client.get(QUEUE).status_code == 403


def test_it_lists_proposals_with_the_quote_marked_in_its_sentence(editor_client, proposals):
    ClaimFactory(subject="Already confirmed elsewhere")  # confirmed: not in the queue
    response = editor_client.get(QUEUE)
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 claims waiting for review" in html
    assert (
        "Ukraine&#x27;s defence minister said <mark>about 11,000 North Korean soldiers</mark>"
        " had reached the Kursk region." in html
    )
    assert "Ukraine's defence minister said <mark>" not in html  # escaped, not raw
    assert "~11,000" in html and "Pentagon" in html and "rules (0.80)" in html
    assert "Already confirmed elsewhere" not in html
    assert response["Vary"] and "HX-Request" in response["Vary"]


def test_article_text_in_a_row_is_escaped(editor_client, topic):
    version = ArticleVersionFactory(text='He said <script>alert("x")</script> 500 troops left.')
    proposed_claim(version, "500 troops", topic=topic, value_low=500, value_high=500)
    html = editor_client.get(QUEUE).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>500 troops</mark>" in html


def test_htmx_gets_only_the_queue(editor_client, proposals):
    response = editor_client.get(QUEUE, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="queue"')
    assert "<html" not in html


def test_filters_narrow_the_queue(editor_client, proposals, topic):
    other = ArticleVersionFactory(text="Officials said 300 soldiers were captured.")
    proposed_claim(other, "300 soldiers", topic=topic, extractor="llm", confidence=0.3)
    by_article = editor_client.get(QUEUE, {"article": other.article_id}).content.decode()
    assert "1 claim waiting" in by_article and "<mark>300 soldiers</mark>" in by_article
    by_extractor = editor_client.get(QUEUE, {"extractor": "rules"}).content.decode()
    assert "2 claims waiting" in by_extractor
    unsure = editor_client.get(QUEUE, {"max_confidence": "0.5"}).content.decode()
    assert "1 claim waiting" in unsure
    bad = editor_client.get(QUEUE, {"max_confidence": "lots", "extractor": "llm"})
    assert "1 claim waiting" in bad.content.decode()  # the valid filter still applies
    assert "Enter a number" in bad.content.decode()


def test_bulk_confirm_confirms_the_ticked_claims_and_returns_the_queue(editor_client, proposals):
    first, second = proposals
    response = editor_client.post(
        reverse("bulk_confirm"), {"claim": [first.pk]}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert "Confirmed 1 claim." in html and "1 claim waiting" in html
    assert f'id="claim-{second.pk}"' in html and f'id="claim-{first.pk}"' not in html
    first.refresh_from_db()
    assert first.status == Claim.Status.CONFIRMED


def test_bulk_confirm_without_javascript_redirects_back_with_the_filters(editor_client, proposals):
    url = reverse("bulk_confirm") + f"?article={proposals[0].article_id}"
    response = editor_client.post(url, {"claim": [c.pk for c in proposals]})
    assert response.status_code == 302
    assert response.url == f"{QUEUE}?article={proposals[0].article_id}"
    assert Claim.objects.proposed().count() == 0
    page = editor_client.get(response.url).content.decode()
    assert "Confirmed 2 claims." in page


def test_bulk_confirm_needs_an_editor(reader_client, proposals):
    response = reader_client.post(reverse("bulk_confirm"), {"claim": [proposals[0].pk]})
    assert response.status_code == 403
    assert Claim.objects.proposed().count() == 2


def make_proposals(count: int, topic):
    version = ArticleVersionFactory(
        text=" ".join(f"Officials said {n + 100} soldiers were captured." for n in range(count))
    )
    for n in range(count):
        proposed_claim(
            version, f"{n + 100} soldiers", topic=topic, value_low=n + 100, value_high=n + 100
        )


@pytest.mark.parametrize("rows", [3, 25])
def test_the_queue_runs_a_fixed_number_of_queries(
    editor_client, topic, rows, django_assert_max_num_queries
):
    make_proposals(rows, topic)
    # 1 session, 2 user, 3 the editor check's groups, 4 the template's editor flag (groups again),
    # 5 count of proposals, 6 the page of claims with article, outlet, actors, place, topic and
    # reviewer joined in.
    with django_assert_max_num_queries(6):
        response = editor_client.get(QUEUE)
    assert response.content.decode().count('class="review-item') == rows
