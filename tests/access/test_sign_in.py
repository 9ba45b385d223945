"""Signing in and out, and the limit on failed sign-ins."""

import pytest
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def sign_in(client, username, password, address="203.0.113.5"):
    return client.post(
        reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address
    )


def test_a_user_signs_in_and_is_sent_where_they_were_going(client, reader):
    response = client.post(
        reverse("login"), {"username": "reader", "password": PASSWORD, "next": "/?actor=x"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/?actor=x"
    assert "Sign out" in client.get("/").content.decode()


def test_a_user_signs_out(reader_client):
    response = reader_client.post(reverse("logout"))
    assert response.status_code == 302
    assert "Sign in" in reader_client.get("/").content.decode()


def test_a_wrong_password_says_so(client, reader):
    response = sign_in(client, "reader", "wrong")
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()


def test_five_failures_refuse_the_sixth_attempt_even_with_the_right_password(client, reader):
    for _ in range(5):
        assert sign_in(client, "reader", "wrong").status_code == 200

    response = sign_in(client, "reader", PASSWORD)

    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many failed sign-ins for this username from your address." in html
    assert "Try again in 15 minutes." in html
    assert int(response["Retry-After"]) > 14 * 60
    assert "_auth_user_id" not in client.session


def test_the_limit_is_per_address_and_username(client, reader):
    UserFactory(username="other")
    for _ in range(5):
        sign_in(client, "reader", "wrong")
    assert sign_in(client, "reader", PASSWORD, address="198.51.100.7").status_code == 302
    client.logout()
    assert sign_in(client, "other", PASSWORD).status_code == 302


def test_a_success_clears_the_failures(client, reader):
    for _ in range(4):
        sign_in(client, "reader", "wrong")
    assert sign_in(client, "reader", PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        sign_in(client, "reader", "wrong")
    assert sign_in(client, "reader", PASSWORD).status_code == 302


def test_the_limit_and_window_come_from_settings(client, reader, settings):
    settings.LOGIN_FAILURE_LIMIT = 2
    settings.LOGIN_FAILURE_WINDOW = 120
    sign_in(client, "reader", "wrong")
    sign_in(client, "reader", "wrong")
    response = sign_in(client, "reader", PASSWORD)
    assert response.status_code == 429
    assert "Try again in 2 minutes." in response.content.decode()
