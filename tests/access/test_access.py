"""Who may read and who may change: anonymous visitors, readers, editors and staff."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

READ_PAGES = ["claim_list", "claims_csv", "claims_json", "api_claims", "api_topics", "api_schema"]


@pytest.mark.parametrize("name", READ_PAGES)
def test_anyone_may_read(client, war, name):
    assert client.get(reverse(name)).status_code == 200


@pytest.mark.parametrize("name", ["claim_list", "claims_csv"])
def test_reading_can_require_signing_in(client, war, settings, name):
    settings.READ_REQUIRES_LOGIN = True
    response = client.get(reverse(name) + "?actor=pentagon")
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={reverse(name)}%3Factor%3Dpentagon"


def test_the_api_answers_401_when_reading_requires_signing_in(client, war, settings):
    settings.READ_REQUIRES_LOGIN = True
    response = client.get(reverse("api_claims"))
    assert response.status_code == 401
    assert response.json() == {"errors": {"auth": ["Sign in to read."]}}


def test_the_sign_in_page_and_static_files_stay_open(client, settings):
    settings.READ_REQUIRES_LOGIN = True
    assert client.get(reverse("login")).status_code == 200
    assert client.get("/static/css/claimwatch.css").status_code in (200, 404)  # never a redirect


def test_a_signed_in_reader_reads_when_sign_in_is_required(reader_client, war, settings):
    settings.READ_REQUIRES_LOGIN = True
    assert reader_client.get(reverse("claim_list")).status_code == 200
    assert reader_client.get(reverse("api_claims")).status_code == 200


def test_editor_links_show_for_editors_only(client, reader_client, war):
    assert 'href="/review/"' not in client.get("/").content.decode()
    assert 'href="/review/"' not in reader_client.get("/").content.decode()


def test_editors_see_the_submit_and_review_links(editor_client, war):
    html = editor_client.get("/").content.decode()
    assert 'href="/submit/"' in html and 'href="/review/"' in html


def test_staff_reach_the_admin_and_others_do_not(client, reader_client, editor, admin_user):
    assert client.get("/admin/").status_code == 302
    assert reader_client.get("/admin/").status_code == 302  # not staff: the admin's sign-in
    client.force_login(admin_user)
    assert client.get("/admin/").status_code == 200


def test_readers_cannot_review(reader_client, war):
    claim = war["claims"]["killed"]
    assert reader_client.post(reverse("claim_confirm", args=[claim.pk])).status_code == 403
