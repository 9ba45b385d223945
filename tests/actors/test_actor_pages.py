import datetime

from django.urls import reverse

from tests.factories import ActorFactory, ClaimFactory, TopicFactory


def make_actors():
    state = ActorFactory(name="United States", slug="united-states", aliases=["US", "Washington"])
    pentagon = ActorFactory(
        name="Pentagon", slug="pentagon", parent=state, kind="ministry", aliases=["DoD"]
    )
    ActorFactory(name="Pat Ryder", slug="pat-ryder", parent=pentagon, kind="person")
    return state, pentagon


def test_the_actor_page_says_who_they_are_what_they_claimed_and_how_it_compares(
    client, db, django_assert_max_num_queries
):
    state, pentagon = make_actors()
    kursk = TopicFactory(title="North Korean troops in Kursk", slug="kursk")
    others = [ActorFactory(name=f"Other {i}") for i in range(3)]
    ClaimFactory(
        topic=kursk,
        actor=pentagon,
        value_low=8000,
        value_high=8000,
        stated_on=datetime.date(2024, 10, 28),
    )
    ClaimFactory(
        topic=kursk,
        actor=pentagon,
        value_low=11000,
        value_high=11000,
        stated_on=datetime.date(2024, 11, 12),
    )
    for actor, value in zip(others, (10000, 12000, 3000), strict=True):
        ClaimFactory(topic=kursk, actor=actor, value_low=value, value_high=value)

    # 1 the actor with three levels of parents; 1 its children; 1 COUNT and 1 page of its claims;
    # 1 claims per topic; 1 those topics; 2 latest and first figures on them (DISTINCT ON).
    with django_assert_max_num_queries(8):
        response = client.get(reverse("actor_detail", args=["pentagon"]))

    page = response.content.decode()
    assert response.status_code == 200
    assert "United States" in page and "DoD" in page and "Pat Ryder" in page
    assert page.count("<tr>") >= 2 and "11,000" in page and "8,000" in page
    assert "How their figures compare" in page
    # Others' latest: 10,000, 12,000 and 3,000; median 10,000; the Pentagon's 11,000 is 1.10×.
    assert "10,000" in page and "1.10×" in page
    assert 'href="/topics/kursk/"' in page


def test_the_actor_page_pages_its_claims_with_as_many_queries_whatever_their_number(
    client, db, django_assert_max_num_queries
):
    _, pentagon = make_actors()
    topic = TopicFactory()
    ClaimFactory.create_batch(60, topic=topic, actor=pentagon)

    with django_assert_max_num_queries(8):
        first = client.get(reverse("actor_detail", args=["pentagon"]))
    third = client.get(reverse("actor_detail", args=["pentagon"]), {"page": 3})

    assert "Page 1 of 3 (60 in all)" in first.content.decode()
    assert "Page 3 of 3" in third.content.decode()


def test_an_unknown_actor_is_not_found(client, db):
    assert client.get(reverse("actor_detail", args=["nobody"])).status_code == 404


def test_the_actor_list_shows_parents_and_claim_counts_in_one_query(
    client, db, django_assert_max_num_queries
):
    _, pentagon = make_actors()
    ClaimFactory.create_batch(3, actor=pentagon)
    ClaimFactory(actor=pentagon, status="rejected")

    # 1 COUNT for the paginator; 1 the page with parents and claim counts.
    with django_assert_max_num_queries(2):
        response = client.get(reverse("actor_list"), {"q": "pentagon"})

    page = response.content.decode()
    assert "Pentagon" in page and "United States" in page
    assert '<td class="number">3</td>' in page
    assert "Pat Ryder" not in page
