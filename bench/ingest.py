"""Ingestion throughput: articles a minute through the whole pipeline (submit → Celery worker →
safe fetch → trafilatura → version → claim extraction → done) with 1 and 2 workers, beside
trafilatura alone on the same pages in the same run.

Pages are generated and served from 127.0.0.1; the pipeline runs against PostgreSQL (a scratch
database, claimwatch_bench or BENCH_DATABASE, created and migrated here, with the reference actors
and places loaded) and Redis (REDIS_URL, a queue of its own). The per-host politeness limit is off
in the workers, since every page comes from one host. Workers are started and warmed up on pages of
their own before the clock starts; the clock runs from the first submission to the moment the last
article was marked done. trafilatura alone is timed before and after the pipeline runs, and the
faster of the two is the yardstick.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimwatch REDIS_URL=redis://127.0.0.1:6379/0 \
        python bench/ingest.py [--articles 200] [--workers 1,2]
"""

import argparse
import os
import random
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# A scratch database of its own (BENCH_DATABASE to choose another, e.g. one per person).
BENCH_DATABASE = os.environ.get("BENCH_DATABASE", "claimwatch_bench")
# Pages run through first and left out of the timing: imports, connections, caches.
WARM_UP = 5

SENTENCES = [
    "Officials in Kyiv said about {n:,} soldiers had been moved to the front near Pokrovsk.",
    "The defence ministry reported that {n} drones were launched overnight and most were shot down.",
    "According to the regional governor, at least {n} people were evacuated from border villages.",
    "A spokesman told reporters that up to {n:,} troops had taken part in the exercise.",
    "Analysts cautioned that the figure of {n:,} could not be independently verified.",
    "The agency said {n} armoured vehicles had been destroyed since the start of the month.",
    "Residents described queues at the checkpoints as the evacuation continued into the evening.",
    "The statement did not say how the numbers had been counted or over what period.",
]


def boilerplate(generator: random.Random) -> tuple[str, str]:
    """What surrounds a story on a real news page (~150 KB): menus, related links, scripts."""
    sections = ["World", "Europe", "Politics", "Business", "Opinion", "Video", "Podcasts"]
    menu = "".join(
        f'<li><a href="/{section.lower()}/{n}">{section} {n}</a></li>'
        for section in sections
        for n in range(40)
    )
    related = "".join(
        f'<li><a href="/story/{generator.randint(1, 10**6)}">Related headline number {n} about '
        f"the war and its consequences</a><span>{n} hours ago</span></li>"
        for n in range(120)
    )
    script = "var tracking = " + repr([generator.random() for _ in range(2500)]) + ";"
    head = f"<script>{script}</script><style>{'.x{color:red}' * 400}</style>"
    top = f"<header><nav><ul>{menu}</ul></nav></header>"
    bottom = f"<aside><h2>Most read</h2><ul>{related}</ul></aside><footer><ul>{menu}</ul></footer>"
    return head, top + "\x00" + bottom


def page_html(number: int) -> str:
    generator = random.Random(number)
    head, chrome = boilerplate(generator)
    top, bottom = chrome.split("\x00")
    paragraphs = []
    for _ in range(12):
        sentences = generator.sample(SENTENCES, 4)
        paragraphs.append(" ".join(s.format(n=generator.randint(12, 40_000)) for s in sentences))
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>Report {number} | Bench Daily</title>"
        f'<meta property="og:site_name" content="Bench Daily">'
        f'<meta name="author" content="Staff reporter">'
        f'<meta property="article:published_time" content="2024-11-{1 + number % 28:02d}T08:00:00Z">'
        f"{head}</head><body>{top}"
        f"<main><article><h1>Report {number}</h1>{body}</article></main>{bottom}</body></html>"
    )


class Pages:
    """Serves /<run>/<n> as article n, from 127.0.0.1."""

    def __init__(self, count: int):
        self.pages = {number: page_html(number).encode() for number in range(count)}
        pages = self.pages

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                body = pages.get(int(self.path.rstrip("/").rsplit("/", 1)[-1]), b"")
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def bench_database_url() -> str:
    parts = urlsplit(os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/x"))
    if not parts.scheme.startswith("postgres"):
        sys.exit("bench/ingest.py needs DATABASE_URL to name a PostgreSQL server")
    return urlunsplit((parts.scheme, parts.netloc, f"/{BENCH_DATABASE}", "", ""))


def create_database(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    admin = urlunsplit(("postgresql", parts.netloc, "/postgres", "", ""))
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DATABASE]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{BENCH_DATABASE}"')


def trafilatura_rate(pages: Pages) -> float:
    """Articles a minute for trafilatura.bare_extraction alone (with metadata), one process,
    after a few pages to warm it up."""
    import trafilatura

    def extract(number: int, html: bytes) -> None:
        extracted = trafilatura.bare_extraction(
            html.decode(), url=f"{pages.base}/t/{number}", with_metadata=True
        )
        assert extracted and extracted.text

    for number, html in list(pages.pages.items())[:WARM_UP]:
        extract(number, html)
    started = time.perf_counter()
    for number, html in pages.pages.items():
        extract(number, html)
    return len(pages.pages) / (time.perf_counter() - started) * 60


def _run(pages: Pages, run: str, numbers) -> tuple[list[int], float]:
    """Submit the pages `numbers` and wait for all of them; returns their ids and the seconds
    from the first submission to the moment the last one was marked done (its own timestamp,
    so the polling interval does not count)."""
    from django.db.models import Max
    from django.utils import timezone

    from sources import services
    from sources.models import Article

    urls = [f"{pages.base}/{run}/{number}" for number in numbers]
    started = timezone.now()
    ids = [services.article_submit(url=url).submissions[0].article_id for url in urls]
    while Article.objects.filter(pk__in=ids).pending().exists():
        time.sleep(0.05)
    failed = Article.objects.filter(pk__in=ids, status="failed")
    if failed.exists():
        sys.exit(f"{failed.count()} articles failed, e.g. {failed.first().error}")
    ended = Article.objects.filter(pk__in=ids).aggregate(last=Max("status_changed_at"))["last"]
    return ids, (ended - started).total_seconds()


def pipeline_rate(pages: Pages, run: str, workers: int, database_url: str) -> float:
    """Articles a minute from the first submission to the last article done, with `workers`
    worker processes started, and warmed up on pages of their own, before the clock starts."""
    from tests.worker import CeleryWorker, point_celery_at

    queue = f"bench-{run}-{os.getpid()}"
    point_celery_at(os.environ["REDIS_URL"], queue)
    # Every page comes from one local host: the per-host politeness limit is switched off, or
    # it alone would set the rate (FETCH_HOST_RATE requests a second).
    env = {"FETCH_HOST_RATE": "0", "LOG_LEVEL": "WARNING"}
    started_workers = []
    for _ in range(workers):
        worker = CeleryWorker(
            broker_url=os.environ["REDIS_URL"], database_url=database_url, queue=queue, env=env
        )
        started_workers.append(worker.start())
    try:
        # Warm-up: first connections, first imports and caches in each worker, off the clock.
        _run(pages, f"{run}-warm", range(WARM_UP * workers))
        ids, elapsed = _run(pages, run, pages.pages)
        return len(ids) / elapsed * 60
    finally:
        for worker in started_workers:
            worker.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument(
        "--workers", default="1,2", help="worker counts to run the pipeline with (default 1,2)"
    )
    options = parser.parse_args()
    if not os.environ.get("REDIS_URL"):
        sys.exit("bench/ingest.py needs REDIS_URL (a Redis server for the Celery broker)")

    database_url = bench_database_url()
    create_database(database_url)
    os.environ["DATABASE_URL"] = database_url
    os.environ["CELERY_BROKER_URL"] = os.environ["REDIS_URL"]
    os.environ["FETCH_ALLOW_PRIVATE_ADDRESSES"] = "true"  # the pages are served from 127.0.0.1
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.core.management import call_command

    # Each run uses addresses of its own (a run id in the path), so earlier runs need no cleanup.
    call_command("migrate", verbosity=0)
    # The starter actors and places, as on a real installation: linking resolves against them.
    from claims.reference import load_reference

    load_reference()

    pages = Pages(options.articles)
    run_id = str(int(time.time()))
    # trafilatura alone before and after the pipeline runs (the machine's load drifts); the
    # faster of the two is the yardstick, which is the stricter comparison for the pipeline.
    alone_before = trafilatura_rate(pages)
    rates = {
        workers: pipeline_rate(pages, f"{run_id}w{workers}", workers, database_url)
        for workers in sorted({int(count) for count in options.workers.split(",")})
    }
    alone = max(alone_before, trafilatura_rate(pages))

    size = sum(len(html) for html in pages.pages.values()) / len(pages.pages) / 1000
    print(f"{options.articles} generated article pages of {size:.0f} KB served from 127.0.0.1")
    print(f"{'':34}{'articles/min':>14}{'vs trafilatura':>16}")
    print(f"{'trafilatura alone (1 process)':34}{alone:>14,.0f}{1:>15.2f}x")
    print(f"{'  (before the pipeline runs)':34}{alone_before:>14,.0f}")
    for workers, rate in rates.items():
        label = f"pipeline, {workers} worker{'s' if workers > 1 else ''}"
        print(f"{label:34}{rate:>14,.0f}{alone / rate:>15.2f}x")
    for workers, rate in rates.items():
        verdict = "within" if alone / rate <= 1.5 else "NOT within"
        print(
            f"The {workers}-worker pipeline is {alone / rate:.2f}x slower than trafilatura alone"
            f" ({verdict} 1.5x)."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
