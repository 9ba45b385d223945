import datetime

from django.urls import reverse

from tests.factories import ActorFactory, ClaimFactory


def test_the_compare_page_shows_a_column_per_actor_with_spread_and_outliers(
    client, contest, django_assert_max_num_queries
):
    # 1 the chosen topics by slug; 1 candidate topics to tick; 1 latest and 1 first figure per
    # topic and actor (DISTINCT ON).
    with django_assert_max_num_queries(4):
        response = client.get(
            reverse("compare_topics"), {"topic": ["kursk", "losses"], "on": "2025-01-01"}
        )

    page = response.content.decode()
    assert response.status_code == 200
    assert page.count('class="actor-column"') == 4
    assert "4.00×" in page and "1.25×" in page
    assert page.count("outlier-badge") == 1
    assert "first <a" in page  # the Pentagon revised 8,000 to 11,000
    assert "Vary" in response.headers and "HX-Request" in response.headers["Vary"]


def test_htmx_gets_only_the_results_partial(client, contest):
    response = client.get(
        reverse("compare_topics"), {"topic": "kursk"}, headers={"HX-Request": "true"}
    )

    page = response.content.decode()
    assert page.lstrip().startswith('<div id="results"')
    assert "<html" not in page


def test_bad_input_is_explained_and_the_rest_kept(client, contest):
    response = client.get(
        reverse("compare_topics"), {"topic": ["kursk", "no-such-topic"], "on": "yesterday"}
    )

    page = response.content.decode()
    assert "is not a date (use YYYY-MM-DD)" in page
    assert "No topic called no-such-topic" in page
    assert 'value="kursk" checked' in page
    assert page.count('class="actor-column"') == 4


def test_the_topic_search_offers_matching_topics_to_tick(client, contest):
    page = client.get(reverse("compare_topics"), {"tq": "casualt"}).content.decode()

    assert 'value="losses"' in page and 'value="kursk"' not in page


def test_comparing_actors_lists_the_topics_they_share(
    client, contest, django_assert_max_num_queries
):
    # 1 chosen actors; 1 candidates; 1 latest figures; 1 shared topics; 1 first figures.
    with django_assert_max_num_queries(5):
        response = client.get(reverse("compare_actors"), {"actor": ["pentagon", "hur"]})

    page = response.content.decode()
    assert "2 topics they all speak to" in page
    assert 'data-topic="kursk"' in page and 'data-topic="losses"' in page


def test_comparing_one_actor_asks_for_another(client, contest):
    page = client.get(reverse("compare_actors"), {"actor": "pentagon"}).content.decode()

    assert "Pick at least two actors to compare." in page
    assert "compare-table" not in page


def test_the_empty_compare_page_invites_a_choice(client, contest):
    page = client.get(reverse("compare_topics")).content.decode()

    assert "Tick one or more topics" in page
    assert 'name="topic" value="kursk"' in page


def test_a_new_figure_shows_in_the_comparison_at_once(
    client, contest, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    url = reverse("compare_topics") + "?topic=kursk"
    assert "77,000" not in client.get(url).content.decode()
    # Cached: the whole results block (choices, candidates, figures) for this query and day.
    with django_assert_max_num_queries(0):
        client.get(url)

    with django_capture_on_commit_callbacks(execute=True):
        ClaimFactory(
            topic=contest["kursk"],
            actor=ActorFactory(name="A new source"),
            value_low=77000,
            value_high=77000,
            qualifier="",
            stated_on=datetime.date(2024, 12, 1),
        )
    page = client.get(url).content.decode()
    assert "A new source" in page and "77,000" in page
