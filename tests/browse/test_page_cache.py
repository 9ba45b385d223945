"""The read pages' cached pieces: the same for every visitor, and stale the moment data changes."""

import datetime
import re

import pytest
from django.urls import reverse

from claims.models import Claim
from claims.views import browse
from tests.factories import ActorFactory, ClaimFactory, TopicFactory

pytestmark = pytest.mark.django_db

URL = reverse("claim_list")


def figures(response) -> list[str]:
    return re.findall(r'<td class="figure"[^>]*><a [^>]*>([^<]+)</a>', response.content.decode())


def text(response) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def test_a_new_claim_shows_on_the_home_page_at_once(
    client, war, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    client.get(URL)
    with django_assert_max_num_queries(0):  # results and counts both from the cache
        assert figures(client.get(URL)) == ["~3,000", "≥ 12,000", "11,000", "~10,000"]

    with django_capture_on_commit_callbacks(execute=True):
        ClaimFactory(value_low=77000, value_high=77000, stated_on=datetime.date(2024, 12, 30))

    response = client.get(URL)
    assert figures(response)[0] == "~77,000"
    assert "5 claims on 3 topics" in text(response)


def test_a_corrected_claim_shows_at_once_in_a_filtered_list_and_its_htmx_results(
    client, war, django_capture_on_commit_callbacks
):
    params = {"topic": "killed-ukraine"}
    htmx = {"HX-Request": "true"}
    assert figures(client.get(URL, params)) == ["~3,000"]
    assert figures(client.get(URL, params, headers=htmx)) == ["~3,000"]

    claim = Claim.objects.get(topic__slug="killed-ukraine", value_low=3000)
    with django_capture_on_commit_callbacks(execute=True):
        claim.value_low = claim.value_high = 3100
        claim.save()

    assert figures(client.get(URL, params)) == ["~3,100"]
    assert figures(client.get(URL, params, headers=htmx)) == ["~3,100"]


def test_the_same_filters_in_another_order_share_one_cached_answer(
    client, war, django_assert_max_num_queries
):
    client.get(URL, {"topic": "killed-ukraine", "sort": "date"})
    with django_assert_max_num_queries(0):
        response = client.get(f"{URL}?sort=date&topic=killed-ukraine")
    assert figures(response) == ["~3,000"]


def test_a_cached_home_page_shows_each_visitor_their_own_name_and_token(
    client, editor_client, editor, war
):
    signed_in = editor_client.get(URL).content.decode()  # fills the cache, as the editor
    client.logout()  # the same test client, now anonymous
    anonymous = client.get(URL).content.decode()

    assert editor.username in signed_in and "Sign out" in signed_in
    assert editor.username not in anonymous and "Sign out" not in anonymous
    assert reverse("review_queue") not in anonymous
    token = re.compile(r'"X-CSRFToken": "([^"]+)"')
    assert token.search(signed_in).group(1) != token.search(anonymous).group(1)
    assert figures(client.get(URL)) == figures(editor_client.get(URL))


def test_the_home_page_asks_for_the_filter_suggestions_instead_of_carrying_them(client, war):
    page = client.get(URL).content.decode()

    assert "<datalist" not in page
    assert 'list="actor-choices"' in page  # the inputs still name the lists they will get
    address = re.search(r'hx-get="([^"]*choices[^"]*)"', page).group(1).replace("&amp;", "&")

    response = client.get(address)
    assert response.status_code == 200
    assert "max-age=" in response["Cache-Control"]
    suggestions = response.content.decode()
    assert '<datalist id="actor-choices">' in suggestions
    assert '<option value="pentagon">Pentagon</option>' in suggestions
    assert '<option value="killed-ukraine">' in suggestions


def test_the_filter_suggestions_follow_a_new_actor_at_once(
    client, war, django_capture_on_commit_callbacks
):
    before = client.get(URL).content.decode()
    client.get(reverse("claim_filter_choices"))
    with django_capture_on_commit_callbacks(execute=True):
        ActorFactory(name="General Staff", slug="general-staff")
    after = client.get(URL).content.decode()

    # A new data version, so a new address: a browser's kept copy is not used.
    address = re.compile(r'hx-get="([^"]*choices[^"]*)"')
    assert address.search(before).group(1) != address.search(after).group(1)
    suggestions = client.get(address.search(after).group(1).replace("&amp;", "&"))
    assert '<option value="general-staff">General Staff</option>' in suggestions.content.decode()


def test_large_tables_are_counted_by_estimate_and_small_ones_exactly(client, war, settings):
    assert browse.estimated_count(Claim.objects.visible(), 5) == (4, False)
    # As if the claims table were past the exact-count limit: the planner's estimate, rounded.
    count, estimated = browse.estimated_count(Claim.objects.visible(), 10_000_000)
    assert estimated and count >= 0
    assert len(str(count).rstrip("0")) <= 3

    sizes = browse.table_rows(Claim)
    assert set(sizes) == {Claim}


def test_the_home_page_says_about_when_it_shows_an_estimate(client, war, monkeypatch):
    monkeypatch.setattr(browse, "EXACT_COUNT_LIMIT", -2)  # every table counts as large

    assert "about " in text(client.get(URL)).split(" on ")[0]


def test_a_new_topic_and_actor_show_in_their_lists_at_once(
    client, db, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    with django_capture_on_commit_callbacks(execute=True):
        ClaimFactory(
            topic=TopicFactory(title="Drones over Kyiv"), actor=ActorFactory(name="Air Force")
        )
    topics, actors = reverse("topic_list"), reverse("actor_list")
    client.get(topics), client.get(actors)
    with django_assert_max_num_queries(0):
        assert "Drones over Kyiv" in client.get(topics).content.decode()
        assert "Air Force" in client.get(actors).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        ClaimFactory(
            topic=TopicFactory(title="Shells fired at Kharkiv"),
            actor=ActorFactory(name="Border Guard"),
        )
    assert "Shells fired at Kharkiv" in client.get(topics).content.decode()
    assert "Border Guard" in client.get(actors).content.decode()


def test_cached_lists_carry_nothing_of_the_visitor_who_filled_them(
    client, editor_client, editor, war
):
    for name in ("topic_list", "actor_list"):
        editor_client.get(reverse(name), {"page": 1})
    client.logout()
    for name in ("topic_list", "actor_list"):
        page = client.get(reverse(name), {"page": 1}).content.decode()
        assert editor.username not in page and "Sign out" not in page
        assert "Sign in" in page


def test_the_actor_page_comes_from_the_cache_until_a_claim_changes(
    client,
    editor_client,
    editor,
    db,
    django_capture_on_commit_callbacks,
    django_assert_max_num_queries,
):
    actor = ActorFactory(name="Air Force", slug="air-force")
    with django_capture_on_commit_callbacks(execute=True):
        ClaimFactory(actor=actor, value_low=40, value_high=40)
    url = reverse("actor_detail", args=["air-force"])
    assert "~40" in editor_client.get(url).content.decode()  # filled as an editor

    client.logout()
    with django_assert_max_num_queries(0):  # all of it, the actor's name too, from the cache
        page = client.get(url).content.decode()
    assert "~40" in page and editor.username not in page and "Sign in" in page

    with django_capture_on_commit_callbacks(execute=True):
        ClaimFactory(actor=actor, value_low=55, value_high=55)
    assert "~55" in client.get(url).content.decode()


def test_an_unknown_topic_or_actor_is_not_found_and_not_cached(client, db):
    for name in ("topic_detail", "actor_detail"):
        assert client.get(reverse(name, args=["nobody"])).status_code == 404
    ActorFactory(name="Nobody", slug="nobody")  # no signal run: only an uncached miss sees it
    assert client.get(reverse("actor_detail", args=["nobody"])).status_code == 200


def test_stray_and_empty_parameters_share_the_page_and_never_reach_another_visitor(
    client, war, django_assert_max_num_queries
):
    def main(response) -> str:  # the page below the header (whose sign-in link is the visitor's)
        return response.content.decode().split('<main class="content"', 1)[1]

    first = client.get(URL, {"topic": "killed-ukraine", "actor": "", "ref": "secret-token"})
    assert "secret-token" not in main(first)  # in none of the cached page's links
    with django_assert_max_num_queries(0):  # the same page as without them: from the cache
        again = client.get(URL, {"topic": "killed-ukraine"})
    assert figures(again) == ["~3,000"]
    assert "secret-token" not in again.content.decode()
