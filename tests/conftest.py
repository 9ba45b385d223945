"""Shared fixtures: the services the suite needs, and the fixed cast of users."""

import os
import socket
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group

from sources.permissions import EDITORS_GROUP
from tests.factories import UserFactory

pytest_plugins = ["tests.fakeweb", "tests.worker", "tests.browser"]


def _reachable(url: str, default_port: int) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection(
            (parts.hostname or "127.0.0.1", parts.port or default_port), 2
        ):
            return True
    except OSError:
        return False


def pytest_sessionstart(session):
    """Fail at once, with the fix, when PostgreSQL or Redis is not running."""
    database_url = os.environ.get("DATABASE_URL", "")
    redis_url = os.environ.get("REDIS_URL", "")
    missing = []
    if not database_url.startswith("postgres"):
        missing.append("DATABASE_URL must name a PostgreSQL database (make test sets one)")
    elif not _reachable(database_url, 5432):
        missing.append(f"PostgreSQL is not reachable at {urlsplit(database_url).netloc}")
    if not redis_url:
        missing.append("REDIS_URL is not set (make test sets one)")
    elif not _reachable(redis_url, 6379):
        missing.append(f"Redis is not reachable at {urlsplit(redis_url).netloc}")
    if missing:
        pytest.exit(
            "The test suite runs against real services: "
            + "; ".join(missing)
            + ". Start them with `docker compose up -d db redis` (or your system's services).",
            returncode=3,
        )


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """The production hasher takes most of a second per user on purpose; tests need no such cost."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def reader(db):
    """A signed-up user who may read but not change anything."""
    return UserFactory(username="reader")


@pytest.fixture
def editor(db):
    """A member of the Editors group: submits articles and reviews claims."""
    user = UserFactory(username="editor")
    # get_or_create: tests on a flushed database (transaction=True) lose the migration's group.
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    user.groups.add(group)
    return user


@pytest.fixture
def admin_user(db):
    """Staff with every permission: uses the admin."""
    return UserFactory(username="admin", is_staff=True, is_superuser=True)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def reader_client(client, reader):
    client.force_login(reader)
    return client
