"""At most FETCH_HOST_RATE requests a second to one host, shared through Redis by every worker."""

import threading
import time
import uuid

import pytest
import redis
from django.conf import settings as django_settings

from sources.ingest import politeness
from sources.ingest.errors import FetchError
from sources.ingest.fetch import fetch_page


def unique_host() -> str:
    return f"{uuid.uuid4().hex}.example"


@pytest.fixture
def two_a_second(settings):
    settings.FETCH_HOST_RATE = 2
    return 0.5


def test_the_slots_live_in_redis(two_a_second):
    host = unique_host()
    politeness.reserve_slot(host, max_wait=5)

    client = redis.Redis.from_url(django_settings.REDIS_URL)
    assert client.exists(politeness.KEY_PREFIX + host)
    assert client.pttl(politeness.KEY_PREFIX + host) > 0  # the key expires on its own


def test_each_request_to_a_host_waits_for_the_next_slot(two_a_second):
    host = unique_host()

    waits = [politeness.reserve_slot(host, max_wait=5) for _ in range(4)]

    assert waits[0] == 0
    for previous, current in zip(waits, waits[1:], strict=False):
        assert current - previous == pytest.approx(two_a_second, abs=0.05)


def test_hosts_do_not_wait_for_each_other(two_a_second):
    politeness.reserve_slot(unique_host(), max_wait=5)

    assert politeness.reserve_slot(unique_host(), max_wait=5) == 0


def test_workers_share_the_limit(two_a_second):
    """Eight threads, each with its own Redis connection, as eight workers would be."""
    host = unique_host()
    waits: list[float] = []
    lock = threading.Lock()

    def worker():
        client = redis.Redis.from_url(django_settings.REDIS_URL)
        script = client.register_script(politeness.RESERVE_SLOT)
        wait = script(keys=[politeness.KEY_PREFIX + host], args=[500, 10_000]) / 1000
        with lock:
            waits.append(wait)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(waits) == pytest.approx([n * two_a_second for n in range(8)], abs=0.05)


def test_a_queue_too_long_is_a_transient_error_that_reserves_nothing(two_a_second):
    host = unique_host()
    for _ in range(3):
        politeness.reserve_slot(host, max_wait=5)

    with pytest.raises(FetchError, match="too many requests queued") as failed:
        politeness.reserve_slot(host, max_wait=1)

    assert failed.value.transient is True
    assert failed.value.retry_after == pytest.approx(1.5, abs=0.05)
    assert politeness.reserve_slot(host, max_wait=5) == pytest.approx(1.5, abs=0.05)


def test_without_redis_the_limit_holds_within_the_process(two_a_second, settings):
    settings.REDIS_URL = ""
    host = unique_host()

    waits = [politeness.reserve_slot(host, max_wait=5) for _ in range(3)]

    assert waits == pytest.approx([0, 0.5, 1.0], abs=0.05)


def test_fetches_to_one_host_are_spaced_out(fakeweb, settings):
    settings.FETCH_HOST_RATE = 5
    fakeweb.add("/page", "<p>text</p>")

    started = time.monotonic()
    for _ in range(3):
        fetch_page(fakeweb.url("/page"))
    elapsed = time.monotonic() - started

    assert elapsed >= 2 * 0.2 - 0.02  # three requests, at least two intervals apart
    assert len(fakeweb.requests) == 3
