"""The home page: every claim as a row, filtered, searched, sorted and paged."""

import datetime
import re

import pytest
from django.urls import reverse

from claims.models import Claim
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db

URL = reverse("claim_list")


def figures(response) -> list[str]:
    """The figures of the rows on a page, top to bottom."""
    html = response.content.decode()
    return re.findall(r'<td class="figure"[^>]*><a [^>]*>([^<]+)</a>', html)


def test_it_shows_each_claim_as_a_row_with_its_figure_and_who_asserted_it(client, war):
    response = client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert figures(response) == ["~3,000", "≥ 12,000", "11,000", "~10,000"]
    assert "Pat Ryder" in html and "Pentagon" in html and "Reuters" in html
    assert "North Korean troops" in html
    assert "4 Nov 2024" in html


def test_it_leaves_out_rejected_and_superseded_claims_by_default(client, war):
    assert figures(client.get(URL)) == ["~3,000", "≥ 12,000", "11,000", "~10,000"]


def test_it_shows_rejected_claims_when_asked(client, war):
    assert "~50,000" in figures(client.get(URL, {"status": "all"}))
    assert figures(client.get(URL, {"status": "rejected"})) == ["~50,000"]


def test_it_counts_what_is_in_the_database(client, war):
    html = client.get(URL).content.decode()

    text = " ".join(re.sub(r"<[^>]+>", "", html).split())
    assert "4 claims on 2 topics, asserted by 4 actors" in text
    assert "read from 6 articles by 2 outlets" in text
    assert "the latest dated 25 Nov 2024" in text


def test_it_filters_by_topic_slug(client, war):
    assert figures(client.get(URL, {"topic": "killed-ukraine"})) == ["~3,000"]


def test_it_filters_by_actor_with_the_actors_nested_under_it(client, war):
    assert figures(client.get(URL, {"actor": "pentagon"})) == ["11,000", "~10,000"]
    assert figures(client.get(URL, {"actor": "united-states"})) == ["11,000", "~10,000"]
    assert figures(client.get(URL, {"actor": "pat-ryder"})) == ["~10,000"]


def test_it_finds_an_actor_by_its_name_too(client, war):
    assert figures(client.get(URL, {"actor": "pentagon"})) == figures(
        client.get(URL, {"actor": "Pentagon"})
    )


def test_it_filters_by_place_with_the_places_inside_it(client, war):
    assert figures(client.get(URL, {"place": "russia"})) == ["≥ 12,000", "11,000", "~10,000"]
    assert figures(client.get(URL, {"place": "ukraine"})) == ["~3,000"]


def test_it_filters_by_outlet_domain(client, war):
    assert figures(client.get(URL, {"outlet": "kyivindependent.com"})) == ["~3,000", "≥ 12,000"]
    assert figures(client.get(URL, {"outlet": "www.reuters.com"})) == ["11,000", "~10,000"]


def test_it_filters_by_category_and_status(client, war):
    assert figures(client.get(URL, {"category": "killed"})) == ["~3,000"]
    assert figures(client.get(URL, {"status": "proposed"})) == ["~3,000"]


def test_it_filters_by_date_range(client, war):
    response = client.get(URL, {"date_from": "2024-11-10", "date_to": "2024-11-20"})
    assert figures(response) == ["≥ 12,000", "11,000"]


def test_it_searches_quote_and_subject_with_full_text(client, war):
    # "deploy" matches "deployed" through PostgreSQL's English stemming.
    assert figures(client.get(URL, {"q": "deploy border"})) == ["≥ 12,000"]
    assert figures(client.get(URL, {"q": "soldiers died"})) == ["~3,000"]
    assert figures(client.get(URL, {"q": "nothing-like-this"})) == []


def test_it_sorts_by_date_or_figure(client, war):
    assert figures(client.get(URL, {"sort": "date"})) == ["~10,000", "11,000", "≥ 12,000", "~3,000"]
    assert figures(client.get(URL, {"sort": "-figure"})) == [
        "≥ 12,000",
        "11,000",
        "~10,000",
        "~3,000",
    ]
    assert figures(client.get(URL, {"sort": "figure"}))[0] == "~3,000"


def test_a_bad_filter_gets_a_clear_message_not_an_error_page(client, war):
    response = client.get(URL, {"actor": "nobody-at-all", "date_from": "yesterday"})

    assert response.status_code == 400
    html = response.content.decode()
    assert "There is no actor called “nobody-at-all”." in html
    assert "Enter a valid date." in html
    assert 'value="nobody-at-all"' in html  # what was typed stays in the form


def test_it_refuses_a_date_range_that_ends_before_it_starts(client, war):
    response = client.get(URL, {"date_from": "2024-12-01", "date_to": "2024-11-01"})
    assert "The “from” date is after the “to” date." in response.content.decode()


def test_it_says_how_many_claims_match_a_filter(client, war):
    html = client.get(URL, {"place": "russia"}).content.decode()
    assert "3 claims match." in html


def test_it_bounds_the_match_count_instead_of_counting_everything(client, many_claims, settings):
    from claims.views import browse

    browse.MATCH_COUNT_LIMIT, limit = 100, browse.MATCH_COUNT_LIMIT
    try:
        html = client.get(URL, {"category": "deployed"}).content.decode()
    finally:
        browse.MATCH_COUNT_LIMIT = limit
    assert "100+ claims match." in html


def test_an_htmx_request_gets_only_the_results(client, war):
    response = client.get(URL, {"actor": "pentagon"}, headers={"HX-Request": "true"})

    html = response.content.decode()
    assert html.lstrip().startswith('<section id="results"')
    assert "<header" not in html and "claim-filters" not in html
    assert figures(response) == ["11,000", "~10,000"]
    assert "HX-Request" in response["Vary"]


def test_an_htmx_request_shows_a_bad_filter_in_the_results(client, war):
    response = client.get(URL, {"topic": "no-such"}, headers={"HX-Request": "true"})
    assert response.status_code == 200  # htmx swaps only successful answers
    assert "There is no topic called “no-such”." in response.content.decode()


def test_the_filter_form_updates_the_results_and_the_address(client, war):
    html = client.get(URL).content.decode()
    form = re.search(r'<form id="claim-filters"[^>]*>', html).group(0)
    assert 'hx-get="/"' in form
    assert 'hx-target="#results"' in form
    assert 'hx-push-url="true"' in form
    assert "keyup changed delay:300ms" in form


def test_download_links_carry_the_current_filters(client, war):
    html = client.get(URL, {"actor": "pentagon", "sort": "figure"}).content.decode()
    assert 'href="/claims.csv?actor=pentagon&amp;sort=figure"' in html
    assert 'href="/claims.json?actor=pentagon&amp;sort=figure"' in html


def test_it_escapes_text_from_articles(client, db):
    ClaimFactory(topic=None, subject="<script>alert(1)</script>", category="other")
    html = client.get(URL).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_undated_claims_are_listed_too(client, db):
    ClaimFactory(stated_on=None, article__published_on=None, value_low=77, value_high=77)
    html = client.get(URL).content.decode()
    assert "~77" in html and "undated" in html


def next_link(response) -> str | None:
    found = re.search(r'<a rel="next" href="([^"]+)"', response.content.decode())
    return found.group(1).replace("&amp;", "&") if found else None


def previous_link(response) -> str | None:
    found = re.search(r'<a rel="prev" href="([^"]+)"', response.content.decode())
    return found.group(1).replace("&amp;", "&") if found else None


@pytest.mark.parametrize("sort", ["-date", "date", "-figure", "figure"])
def test_next_links_walk_every_claim_once_and_previous_links_walk_back(client, many_claims, sort):
    seen, pages, url = [], [], f"{URL}?sort={sort}"
    while url:
        response = client.get(url)
        pages.append(figures(response))
        seen += figures(response)
        url = next_link(response)
    assert [len(page) for page in pages] == [50, 50, 30]
    assert sorted(seen, key=int) == [str(n) for n in range(130)]

    back = client.get(previous_link(response))
    assert figures(back) == pages[1]


def test_date_order_breaks_ties_by_newest_id(client, many_claims):
    # Claims 129, 128, 127... three a day: the newest day first, the highest id first within it.
    assert figures(client.get(URL))[:4] == ["129", "128", "127", "126"]


def test_a_page_number_is_addressable(client, many_claims):
    response = client.get(URL, {"page": 2})

    assert figures(response) == [str(n) for n in range(79, 29, -1)]
    assert "Page 2." in response.content.decode()
    assert figures(client.get(next_link(response))) == [str(n) for n in range(29, -1, -1)]


def test_a_page_past_the_end_is_empty_with_a_way_back(client, many_claims):
    response = client.get(URL, {"page": 99})
    assert figures(response) == []
    assert previous_link(response) == "/?page=1"


def test_a_damaged_page_link_gets_a_message(client, many_claims):
    response = client.get(URL, {"cursor": "a.2024-99-01.x"})
    assert response.status_code == 400
    assert "This page link is damaged" in response.content.decode()


def test_undated_claims_page_with_dated_ones(client, many_claims):
    undated = ClaimFactory(
        stated_on=None, article__published_on=None, value_low=500, value_high=500
    )
    assert undated.reported_on is None
    seen, url = [], URL
    while url:
        response = client.get(url)
        seen += figures(response)
        url = next_link(response)
    assert seen[0] == "~500" and len(seen) == 131
    seen, url = [], f"{URL}?sort=date"
    while url:
        response = client.get(url)
        seen += figures(response)
        url = next_link(response)
    assert seen[-1] == "~500" and len(seen) == 131


# Queries for an anonymous visitor, whatever the number of rows:
#   1. the page of claims with topic, actor, relayed_by, place, article and outlet joined
#   2. the claims' and articles' table sizes (PostgreSQL's statistics: estimate or exact count?)
#   3-8. the home-page counts: claims, topics, actors, articles, outlets, the latest date
# The filter suggestions are not on the page (fetched when an input gets focus); until data changes
# everything below the site header comes from the cache, so a second visit runs no query at all.
def test_the_home_page_runs_a_fixed_number_of_queries(
    client, many_claims, war, django_assert_max_num_queries
):
    with django_assert_max_num_queries(8):
        client.get(URL)
    with django_assert_max_num_queries(0):
        client.get(URL)


# Queries for a deep page, filtered and searched:
#   1. the topic named in the filter
#   2. the page of ids by offset inside the page of claims with their relations joined
#   (no match count: a text search skips it, see claim_list)
def test_a_deep_filtered_page_runs_a_fixed_number_of_queries(
    client, many_claims, django_assert_max_num_queries
):
    client.get(URL)  # fills the cache with the counts
    topic = many_claims[0].topic.slug
    with django_assert_max_num_queries(2):
        response = client.get(URL, {"topic": topic, "q": "soldiers", "page": 3})
    assert len(figures(response)) == 30


# A nested actor costs one query per level of the tree below it (here Pentagon, then Pat Ryder,
# then nothing below), never one per claim.
def test_an_actor_filter_costs_a_query_per_level_of_nesting(
    client, war, django_assert_max_num_queries
):
    client.get(URL)
    with django_assert_max_num_queries(6):
        # actor; levels below it (3); the page; the match count
        client.get(URL, {"actor": "united-states"}, headers={"HX-Request": "true"})


def test_signed_in_visitors_see_the_same_list(reader_client, editor_client, war):
    assert figures(reader_client.get(URL)) == figures(editor_client.get(URL))


def test_claims_on_a_later_day_come_first(client, db):
    ClaimFactory(stated_on=datetime.date(2024, 1, 1), value_low=1, value_high=1)
    ClaimFactory(stated_on=datetime.date(2025, 1, 1), value_low=2, value_high=2)
    assert figures(client.get(URL)) == ["~2", "~1"]
    assert Claim.objects.count() == 2


def test_a_search_pages_on_with_a_cursor(client, many_claims):
    first = client.get(URL, {"q": "soldiers"})
    assert figures(first)[0] == "129"
    second = client.get(next_link(first))
    assert second.status_code == 200
    assert figures(second)[0] == "79"


def test_largest_first_lists_claims_without_a_lower_figure_last(client, war):
    ClaimFactory(value_low=None, value_high=90000, qualifier=Claim.Qualifier.UP_TO)
    assert figures(client.get(URL, {"sort": "-figure"}))[-1] == "≤ 90,000"
    assert "≤ 90,000" in figures(client.get(URL, {"sort": "figure"}))
    assert "≤ 90,000" in figures(client.get(URL))
