"""Fixtures for the fetcher's tests: a record of every connection the process attempts."""

import sys
import threading

import pytest

_recorders: list[list[tuple[str, object]]] = []
_lock = threading.Lock()


def _audit(event: str, args: tuple) -> None:
    # Python raises these audit events inside the socket module itself, so nothing a library does
    # to reach the network escapes them: a refused address must produce no "socket.connect".
    if not _recorders or event not in ("socket.connect", "socket.getaddrinfo"):
        return
    detail = args[1] if event == "socket.connect" else args[0]
    with _lock:
        for recorder in _recorders:
            recorder.append((event, detail))


sys.addaudithook(_audit)  # audit hooks cannot be removed; it records only while a test listens


class NetworkLog:
    def __init__(self, events: list[tuple[str, object]]):
        self.events = events

    @property
    def connections(self) -> list[object]:
        """Addresses a socket tried to connect to."""
        return [detail for event, detail in self.events if event == "socket.connect"]

    @property
    def lookups(self) -> list[object]:
        """Host names (or literals) passed to getaddrinfo."""
        return [detail for event, detail in self.events if event == "socket.getaddrinfo"]


@pytest.fixture
def network_log():
    """Every socket connection and name lookup made during the test, by any thread."""
    events: list[tuple[str, object]] = []
    with _lock:
        _recorders.append(events)
    yield NetworkLog(events)
    with _lock:
        _recorders.remove(events)


@pytest.fixture(autouse=True)
def _no_politeness_wait(settings):
    """Tests fetch from one local host many times a second; the limiter has its own tests."""
    settings.FETCH_HOST_RATE = 0
