"""Downloads: any filtered list as CSV or JSON, streamed."""

import csv
import datetime
import io
import json

import pytest
from django.http import StreamingHttpResponse
from django.urls import reverse

from claims.filters import filter_claims
from claims.models import Claim
from claims.views.exports import copied_csv_lines, csv_lines
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def download(client, name, **params):
    response = client.get(reverse(name), params)
    assert response.status_code == 200
    assert isinstance(response, StreamingHttpResponse)
    return response, b"".join(response.streaming_content).decode()


def test_the_csv_holds_the_filtered_claims_with_their_figures(client, war):
    response, body = download(client, "claims_csv", actor="united-states")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="claims-20')
    rows = list(csv.DictReader(io.StringIO(body)))
    assert [row["figure"] for row in rows] == ["11,000", "~10,000"]
    first = rows[1]
    assert first["actor"] == "Pat Ryder"
    assert first["outlet"] == "Reuters"
    assert first["place"] == "Kursk"
    assert first["topic"] == "nk-troops-kursk"
    assert first["reported_on"] == "2024-11-04"
    assert first["value_low"] == "10000" and first["qualifier"] == "approximately"
    assert first["quote"] == "about 10,000 North Korean soldiers"
    assert first["status"] == "confirmed"


def test_the_csv_follows_the_sort_and_search_of_the_page(client, war):
    _, body = download(client, "claims_csv", sort="figure", status="all")
    figures = [row["figure"] for row in csv.DictReader(io.StringIO(body))]
    assert figures == ["~3,000", "~8,000", "~10,000", "11,000", "≥ 12,000", "~50,000"]
    _, body = download(client, "claims_csv", q="border")
    assert [row["figure"] for row in csv.DictReader(io.StringIO(body))] == ["≥ 12,000"]


def test_the_csv_keeps_quoted_text_from_running_as_a_spreadsheet_formula(client, db):
    ClaimFactory(quote='=HYPERLINK("http://evil.example")')
    _, body = download(client, "claims_csv")
    assert next(csv.DictReader(io.StringIO(body)))["quote"] == '\'=HYPERLINK("http://evil.example")'


def test_the_json_is_an_array_of_the_filtered_claims(client, war):
    response, body = download(client, "claims_json", place="ukraine")

    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].endswith('.json"')
    claims = json.loads(body)
    assert len(claims) == 1
    assert claims[0]["figure"] == "~3,000"
    assert claims[0]["actor"] == "Ukraine"
    assert claims[0]["outlet"] == "Kyiv Independent"
    assert claims[0]["stated_on"] == "2024-11-25"
    assert claims[0]["value_high"] == 3000


def test_an_empty_list_downloads_as_an_empty_array_and_a_heading(client, db):
    assert json.loads(download(client, "claims_json")[1]) == []
    assert download(client, "claims_csv")[1].startswith("id,figure,value_low")


def test_every_claim_downloads_without_one_query_per_row(
    client, many_claims, django_assert_num_queries
):
    # One query through a server-side cursor (PostgreSQL declares it and fetches in chunks).
    with django_assert_num_queries(1):
        _, body = download(client, "claims_json")
    assert len(json.loads(body)) == 130


def test_a_bad_filter_gets_a_plain_message(client, war):
    response = client.get(reverse("claims_csv"), {"outlet": "nowhere.example"})
    assert response.status_code == 400
    assert "There is no outlet called “nowhere.example”." in response.content.decode()


def test_postgresql_writes_the_csv_byte_for_byte_as_the_python_writer(client, war):
    # Every figure form, the formula guard on every kind of text, quotes, commas, line breaks,
    # accents, empty and missing values: COPY's CSV must equal csv.writer's exactly.
    awkward = [
        {"value_low": 0, "value_high": 0, "qualifier": ""},
        {"value_low": 1234567, "value_high": None, "qualifier": "more than"},
        {"value_low": 5, "value_high": None, "qualifier": "at least"},
        {"value_low": None, "value_high": 9_000_000_000, "qualifier": "nearly"},
        {"value_low": None, "value_high": 999, "qualifier": "less than"},
        {"value_low": None, "value_high": 12, "qualifier": "up to"},
        {"value_low": 1000, "value_high": 2500, "qualifier": "range"},
        {
            "value_low": None,
            "value_high": None,
            "statement": '-Troops withdrew, "fully"\r\nand fast',
        },
    ]
    for number, fields in enumerate(awkward):
        ClaimFactory(
            quote=["=SUM(A1)", "+1", "@cmd", "\tindent", "\rreturn", "Ünïcode, “quoted”", "", "x"][
                number
            ],
            wording="-about 5" if number % 2 else "",
            subject="line one\nline two" if number == 3 else "soldiers",
            actor_name="@someone",
            stated_on=None if number == 4 else datetime.date(2024, 12, number + 1),
            **fields,
        )
    claims = Claim.objects.order_by("pk")
    python = "".join(csv_lines(claims)).encode()
    copied = b"".join(copied_csv_lines(claims))
    assert copied == python
    _, body = download(client, "claims_csv", status="all", sort="date")
    assert (
        body.encode()
        == "".join(csv_lines(filter_claims({"status": "all", "sort": "date"}))).encode()
    )
