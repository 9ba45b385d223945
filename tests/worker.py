"""A real Celery worker for tests: `celery_worker_process`, and a throwaway Redis.

The worker is a subprocess (`celery -A config worker`), so a test can kill it or one of its pool
processes, against the pytest-django test database and a queue of its own, so messages left over
by other tests or earlier runs never reach it. Tests that use it need
`@pytest.mark.django_db(transaction=True)` (the worker only sees committed rows) and
`@pytest.mark.worker`.
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

import pytest
from django.db import connection

from config import celery_app

ROOT = Path(__file__).resolve().parent.parent
READY_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def worker_database_url() -> str:
    """A DATABASE_URL for the database this test run uses (pytest-django's test_… copy)."""
    settings = connection.settings_dict
    parts = urlsplit(os.environ["DATABASE_URL"])
    user = quote(settings.get("USER") or "")
    password = f":{quote(settings['PASSWORD'])}" if settings.get("PASSWORD") else ""
    auth = f"{user}{password}@" if user else ""
    host = f"{settings.get('HOST') or '127.0.0.1'}:{settings.get('PORT') or 5432}"
    return urlunsplit((parts.scheme, f"{auth}{host}", f"/{settings['NAME']}", "", ""))


def point_celery_at(broker_url: str, queue: str) -> tuple[str, str]:
    """Send this process's tasks to `queue` on `broker_url`; returns what it was before.

    Celery caches the producer pool and the queue router on first use, so both are dropped here.
    """
    previous = (celery_app.conf.broker_url, celery_app.conf.task_default_queue)
    celery_app.conf.broker_url = broker_url
    celery_app.conf.task_default_queue = queue
    celery_app.amqp._queues = None
    celery_app.amqp.__dict__.pop("router", None)
    # Dropped, not closed: kombu keeps one pool per broker URL process-wide and would hand the
    # closed one back the next time this URL is used.
    celery_app.amqp._producer_pool = None
    celery_app._pool = None
    return previous


class CeleryWorker:
    """One `celery worker` subprocess: start, stop, kill, read its log."""

    def __init__(
        self,
        *,
        broker_url: str,
        database_url: str,
        queue: str | None = None,
        concurrency: int = 1,
        env: dict[str, str] | None = None,
    ):
        self.broker_url = broker_url
        self.database_url = database_url
        self.queue = queue or f"test-{uuid.uuid4().hex[:12]}"
        self.concurrency = concurrency
        self.extra_env = env or {}
        self.process: subprocess.Popen | None = None
        self.log: list[str] = []
        self._ready = threading.Event()

    def start(self) -> "CeleryWorker":
        env = {
            **os.environ,
            "DATABASE_URL": self.database_url,
            "REDIS_URL": self.broker_url,
            "CELERY_BROKER_URL": self.broker_url,
            "CELERY_TASK_ALWAYS_EAGER": "false",
            # Tasks the worker itself sends (ingestion -> extraction) stay on its own queue.
            "CELERY_TASK_DEFAULT_QUEUE": self.queue,
            "FETCH_ALLOW_PRIVATE_ADDRESSES": "true",
            "PYTHONUNBUFFERED": "1",
            **self.extra_env,
        }
        celery = shutil.which("celery", path=str(Path(sys.executable).parent)) or "celery"
        self._ready.clear()
        self.process = subprocess.Popen(
            [
                celery,
                "-A",
                "config",
                "worker",
                "--queues",
                self.queue,
                "--hostname",
                f"{self.queue}@%h",
                "--concurrency",
                str(self.concurrency),
                "--pool",
                "prefork",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "--loglevel",
                "INFO",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        threading.Thread(target=self._read_log, args=(self.process,), daemon=True).start()
        if not self._ready.wait(READY_TIMEOUT):
            self.stop()
            raise RuntimeError("The Celery worker did not start:\n" + self.output())
        return self

    def _read_log(self, process: subprocess.Popen) -> None:
        for line in process.stdout:
            self.log.append(line)
            if " ready." in line:
                self._ready.set()

    def output(self) -> str:
        return "".join(self.log[-200:])

    def pool_pids(self) -> list[int]:
        """The pool processes that run the tasks (children of the main worker process)."""
        if self.process is None:
            return []
        path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in path.read_text().split()] if path.exists() else []

    def kill_pool(self) -> None:
        """SIGKILL the pool processes, as the OOM killer would, mid-task."""
        for pid in self.pool_pids():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    def stop(self, timeout: float = 15.0) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGQUIT)  # cold shutdown: tests need no draining
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout)
        # Pool processes left behind would keep the test database open and block its removal.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(5)


def wait_until(predicate: Callable[[], bool], *, timeout: float = 30.0, every: float = 0.1):
    """Poll `predicate` until it is true; fail the test with how long we waited otherwise."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(every)
    raise AssertionError(f"still not true after {timeout:g} seconds")


@pytest.fixture
def celery_worker_process(transactional_db):
    """A running `celery -A config worker` subprocess on the test database and a fresh queue.

    Tasks this test process sends (e.g. through `delay_on_commit`) go to that queue while the
    fixture lives. The worker may fetch from 127.0.0.1 (FETCH_ALLOW_PRIVATE_ADDRESSES). On
    failure, `worker.output()` holds the worker's log. Use with
    `@pytest.mark.django_db(transaction=True)` and `@pytest.mark.worker`.
    """
    worker = CeleryWorker(broker_url=os.environ["REDIS_URL"], database_url=worker_database_url())
    previous = point_celery_at(worker.broker_url, worker.queue)
    try:
        yield worker.start()
    finally:
        worker.stop()
        point_celery_at(*previous)


@pytest.fixture
def throwaway_redis():
    """A Redis server of the test's own on a free port, with no persistence, that the test may
    stop and start (never the machine's shared one). Yields a controller with `url`, `stop()`,
    `start()`."""
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed")

    class ThrowawayRedis:
        def __init__(self):
            self.port = free_port()
            self.url = f"redis://127.0.0.1:{self.port}/0"
            self.process: subprocess.Popen | None = None

        def start(self):
            self.process = subprocess.Popen(
                ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
                + ["--save", "", "--appendonly", "no"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            wait_until(self._answers, timeout=10)

        def _answers(self) -> bool:
            try:
                with socket.create_connection(("127.0.0.1", self.port), 0.2):
                    return True
            except OSError:
                return False

        def stop(self):
            if self.process and self.process.poll() is None:
                self.process.kill()
                self.process.wait(5)

    server = ThrowawayRedis()
    server.start()
    try:
        yield server
    finally:
        server.stop()
