"""The article page: metadata, versions, and its text with each claim's span marked and linked."""

import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from claims.models import Claim
from claims.views.articles import highlight_segments
from sources.models import Article
from tests.factories import ArticleFactory, ArticleVersionFactory, ClaimFactory
from tests.review.conftest import proposed_claim

pytestmark = pytest.mark.django_db


class Span:
    def __init__(self, start, end, name=""):
        self.span_start, self.span_end, self.name = start, end, name


def pieces(text, spans):
    return [(s.text, [c.name for c in s.claims]) for s in highlight_segments(text, spans)]


def test_segments_cover_the_text_exactly_once():
    text = "Officials said 11,000 troops arrived."
    assert pieces(text, [Span(15, 28, "a")]) == [
        ("Officials said ", []),
        ("11,000 troops", ["a"]),
        (" arrived.", []),
    ]


def test_overlapping_spans_split_into_pieces_covered_by_each():
    text = "about 11,000 North Korean troops"
    result = pieces(text, [Span(0, 12, "figure"), Span(6, 32, "troops")])
    assert result == [
        ("about ", ["figure"]),
        ("11,000", ["figure", "troops"]),
        (" North Korean troops", ["troops"]),
    ]
    assert "".join(piece for piece, _ in result) == text


def test_spans_outside_the_text_are_left_out():
    text = "short text"
    assert pieces(text, [Span(5, 400, "x"), Span(None, None, "y"), Span(3, 3, "empty")]) == [
        ("short text", [])
    ]


@given(
    text=st.text(alphabet="ab .", min_size=0, max_size=40),
    bounds=st.lists(st.tuples(st.integers(-3, 45), st.integers(-3, 45)), max_size=8),
)
def test_every_piece_is_covered_by_exactly_the_spans_around_it(text, bounds):
    spans = [Span(start, end, str(n)) for n, (start, end) in enumerate(bounds)]
    segments = highlight_segments(text, spans)
    assert "".join(segment.text for segment in segments) == text
    position = 0
    for segment in segments:
        end = position + len(segment.text)
        expected = [
            s.name
            for s in spans
            if 0 <= s.span_start < s.span_end <= len(text)
            and s.span_start <= position
            and end <= s.span_end
        ]
        assert sorted(c.name for c in segment.claims) == sorted(expected)
        position = end


def test_no_text_gives_no_segments():
    assert highlight_segments("", [Span(0, 4)]) == []


def test_the_page_shows_metadata_versions_and_marked_claims(client, proposals, version):
    article = version.article
    article.author = "A. Reporter"
    article.save()
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "A. Reporter" in html and article.outlet.name in html
    assert f'<a href="{article.url}" rel="noopener noreferrer">' in html
    first, second = proposals
    assert (
        f'<a class="claim-mark" href="{first.get_absolute_url()}" title="~11,000 North Korean troops'
        f' (deployed)"><mark class="status-proposed">about 11,000 North Korean soldiers</mark></a>'
    ) in html
    assert f'href="{second.get_absolute_url()}"' in html
    assert version.content_hash[:12] in html and "first fetch" in html


def test_article_text_is_escaped(client, topic):
    version = ArticleVersionFactory(
        text="<script>alert(1)</script> Officials said 700 <b>troops</b> left."
    )
    proposed_claim(version, "700 <b>troops</b>", topic=topic, value_low=700, value_high=700)
    html = client.get(version.article.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Officials said " in html
    assert '<mark class="status-proposed">700 &lt;b&gt;troops&lt;/b&gt;</mark>' in html


def test_a_chosen_version_marks_only_its_own_claims(client, proposals, version, topic):
    newer = ArticleVersionFactory(
        article=version.article, text="Updated: officials now say 12,000 soldiers are there."
    )
    on_newer = proposed_claim(
        newer, "12,000 soldiers", topic=topic, value_low=12000, value_high=12000
    )
    latest = client.get(version.article.get_absolute_url()).content.decode()
    assert f'href="{on_newer.get_absolute_url()}" title' in latest
    assert "about 11,000 North Korean soldiers</mark>" not in latest
    assert "text changed" in latest and "(another version)" in latest

    older = client.get(version.article.get_absolute_url(), {"version": version.pk}).content.decode()
    assert "about 11,000 North Korean soldiers</mark>" in older
    assert "12,000 soldiers</mark>" not in older


def test_a_claim_without_a_version_is_marked_only_where_its_quote_is(client, version, topic):
    good = ClaimFactory(
        article=version.article,
        quote="10,000",
        span_start=version.text.index("10,000"),
        span_end=version.text.index("10,000") + 6,
        topic=topic,
    )
    stale = ClaimFactory(
        article=version.article,
        quote="11,000",
        span_start=0,
        span_end=6,
        topic=topic,
        category="killed",
    )
    html = client.get(version.article.get_absolute_url()).content.decode()
    assert f'href="{good.get_absolute_url()}" title' in html
    assert f'href="{stale.get_absolute_url()}" title' not in html


def test_rejected_claims_are_listed_but_not_marked(client, proposals, version):
    rejected = proposals[1]
    rejected.status = Claim.Status.REJECTED
    rejected.save()
    html = client.get(version.article.get_absolute_url()).content.decode()
    assert f'href="{rejected.get_absolute_url()}" title' not in html
    assert f'<tr id="claim-{rejected.pk}">' in html


def test_a_pending_article_shows_its_status(client):
    article = ArticleFactory(status=Article.Status.FETCHING)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "still being processed (fetching)" in html


def test_an_unknown_article_is_not_found(client):
    assert client.get(reverse("article_detail", args=[987654])).status_code == 404


@pytest.mark.parametrize("claims", [2, 30])
def test_the_page_runs_a_fixed_number_of_queries(
    client, version, topic, claims, django_assert_max_num_queries
):
    words = " ".join(f"{n} troops." for n in range(100, 100 + claims))
    version.text = words
    version.save()
    for n in range(100, 100 + claims):
        proposed_claim(version, f"{n} troops", topic=topic, value_low=n, value_high=n)
    # 1 the article with its outlet and submitter, 2 its versions (without their text),
    # 3 the shown version's text, 4 the claims with actor, relay, topic and place joined in.
    with django_assert_max_num_queries(4):
        html = client.get(version.article.get_absolute_url()).content.decode()
    assert html.count('class="claim-mark"') == claims
