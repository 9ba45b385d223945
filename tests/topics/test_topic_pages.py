import datetime
import xml.etree.ElementTree as ET

from django.urls import reverse

from tests.factories import ClaimFactory, TopicFactory


def test_the_topic_page_shows_the_chart_the_figures_in_order_and_each_latest(
    client, kursk, django_assert_max_num_queries
):
    # 1 the topic with its place; 1 its visible figures with actor, article and outlet.
    with django_assert_max_num_queries(2):
        response = client.get(reverse("topic_detail", args=["nk-troops-kursk"]))

    assert response.status_code == 200
    page = response.content.decode()
    start, end = page.index("<svg"), page.index("</svg>") + len("</svg>")
    svg = ET.fromstring(page[start:end])
    assert len(list(svg.iter("{http://www.w3.org/2000/svg}a"))) == 6
    assert "Pentagon revised 10,000 → 11,000" in page
    assert "Latest figure from each source" in page
    assert "+7,000 (+233%)" in page


def test_the_topic_page_runs_as_many_queries_with_two_hundred_claims(
    client, db, django_assert_max_num_queries
):
    topic = TopicFactory(slug="busy")
    ClaimFactory.create_batch(200, topic=topic)

    with django_assert_max_num_queries(2):
        response = client.get(reverse("topic_detail", args=["busy"]))

    assert response.content.decode().count('class="mark mark-') == 200


def test_an_unknown_topic_is_not_found(client, db):
    assert client.get(reverse("topic_detail", args=["nowhere"])).status_code == 404


def test_the_topic_list_counts_visible_claims_in_one_query_per_page(
    client, kursk, django_assert_max_num_queries
):
    TopicFactory.create_batch(3)

    # 1 COUNT for the paginator; 1 the page of topics with place and claim counts.
    with django_assert_max_num_queries(2):
        response = client.get(reverse("topic_list"))

    page = response.content.decode()
    assert "North Korean troops in Kursk" in page
    kursk_row = page[page.index("North Korean troops in Kursk") :]
    # Seven visible claims: six figures and one statement; the rejected one is not counted.
    assert '<td class="number">7</td>' in kursk_row[:600]


def test_the_topic_list_filters_by_title(client, kursk):
    TopicFactory(title="Drones launched at Kyiv", slug="drones", category="launched")

    page = client.get(reverse("topic_list"), {"q": "kyiv"}).content.decode()

    assert "Drones launched at Kyiv" in page
    assert "North Korean troops in Kursk" not in page


def test_the_topic_page_comes_from_the_cache_until_a_claim_changes(
    client, kursk, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    url = reverse("topic_detail", args=["nk-troops-kursk"])
    client.get(url)
    # The whole page below the site header is cached, the topic's title with it: no query.
    with django_assert_max_num_queries(0):
        assert "Pentagon revised 10,000 → 11,000" in client.get(url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        ClaimFactory(
            topic=kursk["topic"],
            actor=kursk["pentagon"],
            value_low=13000,
            value_high=13000,
            stated_on=datetime.date(2025, 1, 10),
        )
    assert "Pentagon revised 11,000 → ~13,000" in client.get(url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        kursk["topic"].claims.get(value_low=13000).delete()
    assert "~13,000" not in client.get(url).content.decode()
