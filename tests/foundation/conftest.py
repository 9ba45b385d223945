"""Fixtures for the foundation tests: the demo data set, loaded once per test that asks."""

import pytest

from claims.demo.loader import demo_load


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """The demo account's password is hashed on every load; the slow default hasher adds seconds."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def demo(db):
    """The demo data set and its editor account, as `manage.py load_demo` leaves them."""
    return demo_load(password="demo-password-for-tests")
