"""Ingestion throughput: articles a minute through the pipeline with 1 and 2 workers, beside
trafilatura alone on the same pages in the same run.

What each line measures, all on the same generated pages:

- trafilatura alone: `trafilatura.bare_extraction(html, with_metadata=True)` in this process, one
  page after another. It is timed before and after the pipeline runs (the machine's load drifts)
  and the faster of the two is the yardstick, the stricter comparison for the pipeline.
- trafilatura alone, no fallbacks: the same with `fast=True`, which skips the readability and
  jusText comparison that trafilatura runs by default; printed for comparison only (the pipeline
  runs that comparison when the main extractor's result is in doubt, and its text on these pages
  is trafilatura's default text).
- the pipeline's parse step: `sources.ingest.parse.parse_article` in this process, one page after
  another: trafilatura as the pipeline calls it (text, and only the metadata an article keeps),
  plus the canonical address and the fallbacks. What the workers add beyond it is the pipeline's
  own cost.
- ingestion (issue 3's scope): submit → Celery worker → safe fetch → parse → article text,
  metadata and a new version stored → handed to claim extraction (`article_text_ready` sent, the
  extraction task queued). The workers run with EXTRACT_IN_INGEST_WORKER off and EXTRACT_QUEUE
  naming a queue no worker here consumes, so claim extraction takes none of their time; the clock
  stops when the last article's text was stored (its status then says "extracting"). The queued
  extraction messages are dropped afterwards.
- the whole pipeline: the same, with claim extraction as it runs by default, inside the worker
  that stored the text (rules extractor, linking, claims and their history stored); the clock
  stops when the last article was marked done (in the transaction that stores its claims, which
  marks it first and commits a few milliseconds later).

The clock runs from the first submission to the last article's own timestamp (so the polling
interval does not count). Workers are started and warmed up on pages of their own before it starts.

Pages: generated news pages of about 100 KB (menus, related links, a script, a style sheet around
the story) served from 127.0.0.1. Each story carries FIGURES_PER_ARTICLE (5) sentences with a figure
among about 40 others, as real copy does (the articles we measure extraction on average about five
claims each); `--figures 36` gives the denser pages earlier runs used. The claims found per article
are printed. The pipeline runs against PostgreSQL (a scratch database, claimwatch_bench or
BENCH_DATABASE, created and migrated here, with the reference actors and places loaded) and Redis
(REDIS_URL, queues of its own). The per-host politeness limit is off in the workers, since every
page comes from one host.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimwatch REDIS_URL=redis://127.0.0.1:6379/0 \\
        python bench/ingest.py [--articles 200] [--workers 1,2] [--figures 5]
"""

import argparse
import multiprocessing
import os
import random
import sys
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
# Sentences with a figure in each story, as in real copy.
FIGURES_PER_ARTICLE = 5
SENTENCES_PER_ARTICLE = 40
ALLOWED_RATIO = 1.5

FIGURE_SENTENCES = [
    "Officials in Kyiv said about {n:,} soldiers had been moved to the front near Pokrovsk.",
    "The defence ministry reported that {n} drones were launched overnight and most were shot down.",
    "According to the regional governor, at least {n} people were evacuated from border villages.",
    "A spokesman told reporters that up to {n:,} troops had taken part in the exercise.",
    "Analysts cautioned that the figure of {n:,} could not be independently verified.",
    "The agency said {n} armoured vehicles had been destroyed since the start of the month.",
]
PLAIN_SENTENCES = [
    "Residents described queues at the checkpoints as the evacuation continued into the evening.",
    "The statement did not say how the numbers had been counted or over what period.",
    "Aid workers said the roads out of the town were crowded with cars and tractors.",
    "The ministry declined to comment on the reports when asked on Tuesday morning.",
    "Shops in the centre stayed shut and the market square was empty by mid-afternoon.",
    "Diplomats in the capital said talks on a ceasefire had made little progress.",
    "The mayor urged people who had stayed behind to keep to their shelters at night.",
    "Power was cut in several districts after a substation on the outskirts was hit.",
    "Local volunteers set up a kitchen in a school gym to feed families passing through.",
    "The army's press office published photographs it said showed the damaged bridge.",
    "Neither side's account of the fighting could be confirmed from the ground.",
    "A train carrying families to the west left the station several hours late.",
    "Commanders said the weather had slowed movement along the river in recent days.",
    "Hospital staff said they were short of surgeons and of fuel for the generators.",
    "The foreign minister is due to travel to Brussels for meetings later in the week.",
    "Satellite images taken on Sunday appeared to show new trenches south of the town.",
    "Farmers in the area said they had not been able to reach their fields since spring.",
    "The governor's office said a curfew would stay in place until further notice.",
    "Officials promised to publish a fuller account once the damage had been assessed.",
    "Reporters who visited the village found most of its houses without roofs.",
]


def boilerplate(generator: random.Random) -> tuple[str, str]:
    """What surrounds a story on a real news page (~95 KB): menus, related links, scripts."""
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


def story(generator: random.Random, figures: int) -> list[str]:
    """The story's paragraphs: `figures` sentences with a figure among plain ones, four a
    paragraph (never fewer sentences than figures)."""
    sentences = [
        generator.choice(FIGURE_SENTENCES).format(n=generator.randint(12, 40_000))
        for _ in range(figures)
    ]
    sentences += generator.choices(PLAIN_SENTENCES, k=max(SENTENCES_PER_ARTICLE - figures, 0))
    generator.shuffle(sentences)
    return [" ".join(sentences[start : start + 4]) for start in range(0, len(sentences), 4)]


def page_html(number: int, figures: int = FIGURES_PER_ARTICLE) -> str:
    generator = random.Random(number)
    head, chrome = boilerplate(generator)
    top, bottom = chrome.split("\x00")
    body = "".join(f"<p>{paragraph}</p>" for paragraph in story(generator, figures))
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
    """Serves /<run>/<n> as article n, from 127.0.0.1, in a process of its own: a real site
    does not share the bench's interpreter, whose submitting and polling would otherwise hold up
    the pages the workers wait for."""

    def __init__(self, count: int, figures: int = FIGURES_PER_ARTICLE):
        self.pages = {number: page_html(number, figures).encode() for number in range(count)}
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

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        self.base = f"http://127.0.0.1:{server.server_address[1]}"
        # Forked with the pages and the listening socket; gone when the bench ends.
        self.process = multiprocessing.get_context("fork").Process(
            target=server.serve_forever, daemon=True
        )
        self.process.start()
        server.socket.close()


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


def rate_in_this_process(pages: Pages, extract) -> float:
    """Articles a minute for `extract(number, html)` on every page, one process, after a few
    pages to warm it up."""
    for number, html in list(pages.pages.items())[:WARM_UP]:
        extract(number, html)
    started = time.perf_counter()
    for number, html in pages.pages.items():
        extract(number, html)
    return len(pages.pages) / (time.perf_counter() - started) * 60


def trafilatura_rate(pages: Pages, *, fast: bool = False) -> float:
    """trafilatura.bare_extraction alone, with its metadata (and with `fast`, without its
    readability and jusText fallbacks, which the pipeline runs only when in doubt)."""
    import trafilatura

    def extract(number: int, html: bytes) -> None:
        extracted = trafilatura.bare_extraction(
            html.decode(), url=f"{pages.base}/t/{number}", with_metadata=True, fast=fast
        )
        assert extracted and extracted.text

    return rate_in_this_process(pages, extract)


def parse_step_rate(pages: Pages) -> float:
    """The pipeline's parse step alone (sources.ingest.parse.parse_article)."""
    from sources.ingest.parse import parse_article

    def extract(number: int, html: bytes) -> None:
        assert parse_article(html.decode(), url=f"{pages.base}/p/{number}").text

    return rate_in_this_process(pages, extract)


def _run(pages: Pages, run: str, numbers, *, until_stored: bool) -> tuple[list[int], float]:
    """Submit the pages `numbers` and wait for all of them; returns their ids and the seconds
    from the first submission to the moment the last one had its text stored (`until_stored`)
    or was marked done (its own timestamp, so the polling interval does not count)."""
    from django.db.models import Max
    from django.utils import timezone

    from sources import services
    from sources.models import Article

    waiting_for = (
        [Article.Status.QUEUED, Article.Status.FETCHING]
        if until_stored
        else Article.Status.pending()
    )
    urls = [f"{pages.base}/{run}/{number}" for number in numbers]
    started = timezone.now()
    ids = [services.article_submit(url=url).submissions[0].article_id for url in urls]
    while Article.objects.filter(pk__in=ids, status__in=waiting_for).exists():
        time.sleep(0.05)
    failed = Article.objects.filter(pk__in=ids, status="failed")
    if failed.exists():
        sys.exit(f"{failed.count()} articles failed, e.g. {failed.first().error}")
    ended = Article.objects.filter(pk__in=ids).aggregate(last=Max("status_changed_at"))["last"]
    return ids, (ended - started).total_seconds()


def pipeline_rate(
    pages: Pages, run: str, workers: int, database_url: str, *, ingestion_only: bool
) -> tuple[float, list[int]]:
    """Articles a minute from the first submission to the last article stored (ingestion only)
    or done, with `workers` worker processes started, and warmed up on pages of their own,
    before the clock starts. Returns the rate and the ids of the articles timed."""
    import redis

    from tests.worker import CeleryWorker, point_celery_at

    queue = f"bench-{run}-{os.getpid()}"
    extraction_queue = f"{queue}-extraction"
    point_celery_at(os.environ["REDIS_URL"], queue)
    # Every page comes from one local host: the per-host politeness limit is switched off, or
    # it alone would set the rate (FETCH_HOST_RATE requests a second).
    env = {"FETCH_HOST_RATE": "0", "LOG_LEVEL": "WARNING"}
    if ingestion_only:
        # Extraction is queued where no worker of this run listens: handed off, not done here.
        env |= {"EXTRACT_IN_INGEST_WORKER": "false", "EXTRACT_QUEUE": extraction_queue}
    started_workers = []
    try:
        for _ in range(workers):
            worker = CeleryWorker(
                broker_url=os.environ["REDIS_URL"], database_url=database_url, queue=queue, env=env
            )
            started_workers.append(worker.start())
        # Warm-up: first connections, first imports and caches in each worker, off the clock.
        _run(pages, f"{run}-warm", range(WARM_UP * workers), until_stored=ingestion_only)
        ids, elapsed = _run(pages, run, pages.pages, until_stored=ingestion_only)
        return len(ids) / elapsed * 60, ids
    finally:
        for worker in started_workers:
            worker.stop()
        redis.Redis.from_url(os.environ["REDIS_URL"]).delete(queue, extraction_queue)


def claims_per_article(ids: list[int]) -> float:
    from claims.models import Claim

    return Claim.objects.filter(article_id__in=ids).count() / len(ids)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument(
        "--workers", default="1,2", help="worker counts to run the pipeline with (default 1,2)"
    )
    parser.add_argument(
        "--figures",
        type=int,
        default=FIGURES_PER_ARTICLE,
        help=f"sentences with a figure in each story (default {FIGURES_PER_ARTICLE})",
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

    load_before = os.getloadavg()[0]
    pages = Pages(options.articles, options.figures)
    run_id = str(int(time.time()))
    worker_counts = sorted({int(count) for count in options.workers.split(",")})
    alone_before = trafilatura_rate(pages)
    alone_fast = trafilatura_rate(pages, fast=True)
    parse_step = parse_step_rate(pages)
    ingestion = {
        workers: pipeline_rate(
            pages, f"{run_id}i{workers}", workers, database_url, ingestion_only=True
        )[0]
        for workers in worker_counts
    }
    whole, claims = {}, []
    for workers in worker_counts:
        whole[workers], ids = pipeline_rate(
            pages, f"{run_id}w{workers}", workers, database_url, ingestion_only=False
        )
        claims.append(claims_per_article(ids))
    alone_after = trafilatura_rate(pages)
    alone = max(alone_before, alone_after)

    size = sum(len(html) for html in pages.pages.values()) / len(pages.pages) / 1000
    print(
        f"{options.articles} generated article pages of {size:.0f} KB served from 127.0.0.1,"
        f" {options.figures} sentences with a figure in each;"
        f" {sum(claims) / len(claims):.1f} claims found per article"
    )
    print(f"load average (1 min) {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")
    print(f"{'':48}{'articles/min':>14}{'vs trafilatura':>16}")

    def line(label: str, rate: float) -> None:
        print(f"{label:48}{rate:>14,.0f}{alone / rate:>15.2f}x")

    line("trafilatura alone (1 process)", alone)
    print(f"{'  (before / after the pipeline runs)':48}{alone_before:>8,.0f} / {alone_after:,.0f}")
    line("trafilatura alone, no fallbacks (fast=True)", alone_fast)
    line("the pipeline's parse step alone (1 process)", parse_step)
    for workers, rate in ingestion.items():
        line(f"ingestion, {workers} worker{'s' if workers > 1 else ''} (to text stored)", rate)
    for workers, rate in whole.items():
        line(f"whole pipeline, {workers} worker{'s' if workers > 1 else ''} (to claims)", rate)
    for workers, rate in ingestion.items():
        verdict = "within" if alone / rate <= ALLOWED_RATIO else "NOT within"
        print(
            f"Ingestion with {workers} worker{'s' if workers > 1 else ''} is {alone / rate:.2f}x"
            f" slower than trafilatura alone ({verdict} {ALLOWED_RATIO}x); the whole pipeline,"
            f" claims included, {alone / whole[workers]:.2f}x."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
