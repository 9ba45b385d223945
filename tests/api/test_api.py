"""The read-only JSON API and its OpenAPI description."""

import pytest
from django.urls import reverse

from tests.factories import ActorFactory, ArticleFactory

pytestmark = pytest.mark.django_db


def get(client, name, **params):
    response = client.get(reverse(name), params)
    assert response.status_code == 200, response.content
    return response.json()


def test_claims_come_with_their_relations(client, war):
    body = get(client, "api_claims", actor="pat-ryder")

    assert body["next"] is None and body["previous"] is None
    [claim] = body["results"]
    assert claim["figure"] == "~10,000"
    assert claim["actor"] == {
        "id": war["actors"]["ryder"].pk,
        "slug": "pat-ryder",
        "name": "Pat Ryder",
    }
    assert claim["topic"]["title"] == "North Korean troops in Kursk"
    assert claim["article"]["outlet"] == {"name": "Reuters", "domain": "reuters.com"}
    assert claim["reported_on"] == "2024-11-04"
    assert claim["url"].startswith("http://testserver/claims/")


def test_claims_take_the_same_filters_as_the_home_page(client, war):
    def figures(**params):
        return [claim["figure"] for claim in get(client, "api_claims", **params)["results"]]

    assert figures(place="russia", sort="-figure") == ["≥ 12,000", "11,000", "~10,000"]
    assert figures(category="killed") == ["~3,000"]
    assert figures(status="rejected") == ["~50,000"]
    assert figures(q="border") == ["≥ 12,000"]
    assert figures(outlet="kyivindependent.com", date_to="2024-11-21") == ["≥ 12,000"]


def test_claims_page_with_a_cursor_in_the_next_link(client, many_claims):
    ids, url = [], reverse("api_claims")
    while url:
        body = client.get(url).json()
        ids += [claim["id"] for claim in body["results"]]
        url = body["next"]
    assert len(ids) == len(set(ids)) == 130
    assert "cursor=a." in client.get(reverse("api_claims")).json()["next"]


def test_a_bad_filter_is_a_400_with_the_reason(client, war):
    response = client.get(reverse("api_claims"), {"topic": "nope", "sort": "sideways"})
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert errors["topic"] == ["There is no topic called “nope”."]
    assert "sort" in errors


def test_topics_filter_by_category_and_place_inside_a_place(client, war):
    body = get(client, "api_topics", place="russia")
    assert [topic["slug"] for topic in body["results"]] == ["nk-troops-kursk"]
    assert body["results"][0]["place"]["name"] == "Kursk"
    assert [t["slug"] for t in get(client, "api_topics", category="killed")["results"]] == [
        "killed-ukraine"
    ]


def test_actors_come_with_parent_and_aliases(client, war):
    war["actors"]["pentagon"].aliases = ["Department of Defense", "DoD"]
    war["actors"]["pentagon"].save()

    body = get(client, "api_actors", within="united-states")
    by_slug = {actor["slug"]: actor for actor in body["results"]}
    assert set(by_slug) == {"united-states", "pentagon", "pat-ryder"}
    assert by_slug["pentagon"]["aliases"] == ["Department of Defense", "DoD"]
    assert by_slug["pat-ryder"]["parent"]["slug"] == "pentagon"
    assert by_slug["united-states"]["parent"] is None


def test_lists_page_by_id_with_a_limit(client, db):
    for n in range(5):
        ActorFactory(name=f"Agency {n}")
    names, url = [], reverse("api_actors") + "?limit=2&q=agency"
    while url:
        body = client.get(url).json()
        names += [actor["name"] for actor in body["results"]]
        url = body["next"]
    assert names == [f"Agency {n}" for n in range(5)]


def test_articles_filter_by_outlet_and_date(client, war):
    ArticleFactory(title="Undated", published_on=None)
    body = get(client, "api_articles", outlet="kyivindependent.com", date_from="2024-11-21")
    assert len(body["results"]) == 1
    article = body["results"][0]
    assert article["outlet"]["name"] == "Kyiv Independent"
    assert article["published_on"] == "2024-11-25"
    assert "text" not in article


def test_a_limit_above_the_maximum_is_refused(client, db):
    response = client.get(reverse("api_topics"), {"limit": 5000})
    assert response.status_code == 400
    assert "limit" in response.json()["errors"]


# Queries for a page of claims: the page with its relations joined. One, whatever the rows.
def test_a_page_of_claims_runs_one_query(client, many_claims, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        client.get(reverse("api_claims"))


def test_the_description_is_openapi_3_1(client, db):
    schema = get(client, "api_schema")
    assert schema["openapi"] == "3.1.0"
    assert set(schema["paths"]) == {"/claims/", "/topics/", "/actors/", "/articles/"}
    claim_parameters = {p["name"] for p in schema["paths"]["/claims/"]["get"]["parameters"]}
    assert {"topic", "actor", "place", "outlet", "q", "sort", "cursor", "page"} <= claim_parameters


def resolve(schema, node):
    if "$ref" in node:
        return schema["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
    return node


def assert_matches(schema, node, value, where):
    """Every documented property is present, and of the documented type."""
    node = resolve(schema, node)
    types = node.get("type", [])
    types = [types] if isinstance(types, str) else types
    python = {
        "object": dict,
        "array": list,
        "string": str,
        "integer": int,
        "null": type(None),
        "number": (int, float),
    }
    if types:
        assert isinstance(value, tuple(python[t] for t in types)), f"{where}: {value!r} not {types}"
    if isinstance(value, dict) and "properties" in node:
        for name in node.get("required", []):
            assert name in value, f"{where}.{name} is documented but missing"
        for name, child in node["properties"].items():
            if name in value:
                assert_matches(schema, child, value[name], f"{where}.{name}")
        assert set(value) <= set(node["properties"]), (
            f"{where}: undocumented {set(value) - set(node['properties'])}"
        )
    if isinstance(value, list) and "items" in node:
        for index, item in enumerate(value):
            assert_matches(schema, node["items"], item, f"{where}[{index}]")


@pytest.mark.parametrize("path", ["/claims/", "/topics/", "/actors/", "/articles/"])
def test_every_documented_field_is_in_the_real_responses(client, war, path):
    schema = get(client, "api_schema")
    response_schema = schema["paths"][path]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    body = client.get(
        f"/api{path}?limit=200" if path != "/claims/" else "/api/claims/?status=all"
    ).json()
    assert body["results"], "the check needs rows to look at"
    assert_matches(schema, response_schema, body, path)


def test_the_documented_error_shape_is_the_real_one(client, db):
    schema = get(client, "api_schema")
    body = client.get(reverse("api_claims"), {"date_from": "soon"}).json()
    assert_matches(schema, {"$ref": "#/components/schemas/Errors"}, body, "errors")
