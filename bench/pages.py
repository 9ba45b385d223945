"""Page latency at scale: the app under gunicorn against PostgreSQL with a million synthetic claims.

    python bench/pages.py                      # 1,000,000 claims (generated once, then reused)
    python bench/pages.py --claims 100000      # a quicker run on a smaller database

It uses a scratch database of its own (DATABASE_URL's server, database claimwatch_bench_pages unless
--database says otherwise), migrates it, fills it with `manage.py generate_synthetic` unless data of the
same seed and size is already there, makes sure a topic with exactly 200 claims exists, starts gunicorn
(2 workers, DEBUG off) on a free local port, warms every page up, then requests each page N times in
turn and prints the median (p50) and 95th percentile (p95) latency beside a trivial view's
(/healthz/), with the ratio to it. The table also goes to bench/results/.

Pages cache their expensive pieces (claims.pagecache: results tables, counts, charts), so each page is
timed twice: cold, with every cached piece dropped before each request (as after any save), and
warm, as a page is served again until data changes. Cold figures need the shared cache, REDIS_URL;
without it every request is served uncached (PAGE_CACHE_SECONDS=0) and only cold figures show.
"""

import argparse
import datetime
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
BENCH_TOPIC_SLUG = "bench-topic-200-claims"
BENCH_TOPIC_CLAIMS = 200
CSV_ROWS = 100_000


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--requests", type=int, default=50, help="Timed requests per page")
    parser.add_argument(
        "--csv-requests", type=int, default=10, help="Timed requests of the 100,000-row CSV"
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=60,
        help="Seconds to spend timing one page at most; a slow page gets fewer (at least 3) samples",
    )
    parser.add_argument("--database", default="claimwatch_bench_pages")
    parser.add_argument("--workers", type=int, default=2)
    return parser.parse_args(argv)


def database_url(name: str) -> str:
    """DATABASE_URL's server with the benchmark's own database name."""
    base = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/claimwatch")
    if not base.startswith("postgres"):
        sys.exit("The page benchmark needs PostgreSQL: set DATABASE_URL to a postgres:// URL.")
    parts = urlsplit(base)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", "", ""))


def ensure_database(url: str, *, recreate: bool = False):
    """Create the scratch database (dropping it first when asked)."""
    import psycopg

    parts = urlsplit(url)
    admin = urlunsplit((parts.scheme, parts.netloc, "/postgres", "", ""))
    name = parts.path.lstrip("/")
    with psycopg.connect(admin, autocommit=True) as conn:
        if recreate:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def has_data(seed: int, claims: int) -> bool:
    from claims.management.commands.generate_synthetic import marker_domain
    from claims.models import Claim
    from sources.models import Outlet

    if not Outlet.objects.filter(domain=marker_domain(seed)).exists():
        return False
    synthetic = Claim.objects.exclude(topic__slug=BENCH_TOPIC_SLUG).count()
    return synthetic == claims


def ensure_bench_topic():
    """A topic with exactly 200 visible claims from 12 actors over two years."""
    from claims.models import Actor, Claim, Topic
    from sources.models import Article, Outlet

    topic, _ = Topic.objects.get_or_create(
        slug=BENCH_TOPIC_SLUG,
        defaults={
            "title": "Benchmark: troops deployed in Kursk (200 claims)",
            "category": "deployed",
            "subject": "troops",
        },
    )
    if Claim.objects.filter(topic=topic).count() == BENCH_TOPIC_CLAIMS:
        return topic
    actors = list(Actor.objects.order_by("pk")[:12])
    outlet = Outlet.objects.order_by("pk").last()
    start = datetime.date(2023, 1, 1)
    claims = []
    for i in range(BENCH_TOPIC_CLAIMS):
        day = start + datetime.timedelta(days=3 * i)
        article = Article.objects.create(
            url=f"https://{outlet.domain}/bench/{i}",
            title=f"Benchmark article {i}",
            outlet=outlet,
            published_on=day,
            status=Article.Status.DONE,
        )
        value = 8000 + 20 * i + (i % 12) * 300
        ranged = i % 7 == 0
        claims.append(
            Claim(
                topic=topic,
                article=article,
                actor=actors[i % len(actors)],
                category=topic.category,
                subject=topic.subject,
                value_low=value,
                value_high=value + 1000 if ranged else value,
                qualifier="range" if ranged else "approximately",
                wording=f"about {value:,}",
                quote=f"about {value:,} troops have been deployed",
                stated_on=day,
                reported_on=day,
                status=Claim.Status.CONFIRMED,
            )
        )
    Claim.objects.bulk_create(claims)
    return topic


def pick_urls() -> list[tuple[str, str]]:
    """The pages to time, with parameters that hit real data in the synthetic database."""
    from django.db.models import Count

    from claims.models import Actor, Claim, Topic

    busiest_topics = list(
        Claim.objects.values("topic__slug").annotate(n=Count("pk")).order_by("-n")[:3]
    )
    busiest_actors = list(
        Claim.objects.filter(actor__isnull=False)
        .values("actor__slug")
        .annotate(n=Count("pk"))
        .order_by("-n")[:2]
    )
    compared = [BENCH_TOPIC_SLUG] + [row["topic__slug"] for row in busiest_topics[:2]]
    # The date from which the newest 100,000 visible claims were reported: the CSV's filter.
    visible = Claim.objects.visible().order_by("-reported_on").values_list("reported_on", flat=True)
    csv_from = visible[CSV_ROWS - 1] if visible.count() >= CSV_ROWS else None
    place = Topic.objects.get(slug=busiest_topics[0]["topic__slug"]).place
    actor = Actor.objects.get(slug=busiest_actors[0]["actor__slug"])
    urls = [
        ("trivial view (/healthz/)", "/healthz/"),
        ("home, unfiltered", "/"),
        (
            "home, filtered",
            "/?" + urlencode({"category": "killed", "status": "confirmed", "sort": "-date"}),
        ),
        ("home, filtered by place", "/?" + urlencode({"place": place.slug if place else ""})),
        ("home, searched", "/?" + urlencode({"q": "tanks destroyed"})),
        ("home, page 500", "/?page=500"),
        ("topic, 200 claims", f"/topics/{BENCH_TOPIC_SLUG}/"),
        ("topic list", "/topics/"),
        ("compare, 3 topics", "/compare/?" + urlencode([("topic", slug) for slug in compared])),
        (
            "compare actors",
            "/compare/actors/?"
            + urlencode([("actor", row["actor__slug"]) for row in busiest_actors]),
        ),
        ("actor page, busiest actor", f"/actors/{actor.slug}/"),
        ("actor list", "/actors/"),
    ]
    if csv_from is not None:
        urls.append(
            (f"CSV export, {CSV_ROWS:,} rows", "/claims.csv?" + urlencode({"date_from": csv_from}))
        )
    return urls


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(port: int, url: str) -> tuple[float, int, int]:
    """One request on a fresh connection: seconds to the last byte, status, body size."""
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.request("GET", url, headers={"Host": "127.0.0.1"})
        response = conn.getresponse()
        size = 0
        while chunk := response.read(65536):
            size += len(chunk)
        return time.perf_counter() - started, response.status, size
    finally:
        conn.close()


def start_gunicorn(env, port: int, workers: int) -> subprocess.Popen:
    gunicorn = Path(sys.executable).with_name("gunicorn")
    process = subprocess.Popen(
        [
            str(gunicorn),
            "config.wsgi",
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--timeout",
            "300",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if fetch(port, "/healthz/")[1] == 200:
                return process
        except OSError:
            time.sleep(0.2)
    process.terminate()
    sys.exit("gunicorn did not answer within 30 seconds.")


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def drop_cached_pieces():
    """Everything a page caches, gone: as after a save (every cached piece is keyed by the data
    version, the home page's counts and results included)."""
    from claims.pagecache import _bump

    _bump()


def time_page(port: int, url: str, count: int, budget: float, *, cold: bool) -> dict:
    """p50 and p95 of `count` requests of `url` (fewer, at least 3, past the time budget)."""
    samples, statuses, size = [], set(), 0
    deadline = time.monotonic() + budget
    for _ in range(count):
        if cold:
            drop_cached_pieces()
        seconds, status, size = fetch(port, url)
        samples.append(seconds * 1000)
        statuses.add(status)
        if len(samples) >= 3 and time.monotonic() > deadline:
            break
    return {
        "status": ",".join(map(str, sorted(statuses))),
        "bytes": size,
        "requests": len(samples),
        "p50_ms": statistics.median(samples),
        "p95_ms": percentile(samples, 0.95),
    }


def measure(port: int, urls, requests: int, csv_requests: int, budget: float, *, warm: bool):
    """Each page timed cold and (with a shared cache) warm, beside the trivial view."""
    rows = []
    for name, url in urls:
        count = csv_requests if url.startswith("/claims.csv") else requests
        # Warm-up (connections, imports): one request per worker, or just one when slow.
        if fetch(port, url)[0] < 2:
            fetch(port, url)
        row = {"page": name, "url": url, "cold": time_page(port, url, count, budget, cold=True)}
        if warm:
            fetch(port, url)  # fills the cache
            row["warm"] = time_page(port, url, count, budget, cold=False)
        rows.append(row)
        figures = ", ".join(
            f"{mode} p50 {row[mode]['p50_ms']:.1f} ms" for mode in MODES if mode in row
        )
        print(f"  {name}: {figures}", flush=True)
    trivial = rows[0]["cold"]
    for row in rows:
        for mode in MODES:
            if mode in row:
                row[mode]["ratio_p50"] = row[mode]["p50_ms"] / trivial["p50_ms"]
                row[mode]["ratio_p95"] = row[mode]["p95_ms"] / trivial["p95_ms"]
    return rows


MODES = ("cold", "warm")


def table(rows, claims: int, workers: int) -> str:
    modes = [mode for mode in MODES if mode in rows[-1]]
    head = f"{'page':<32} {'status':>6} {'KB':>8}"
    for mode in modes:
        head += f" │ {mode + ' n':>6} {'p50 ms':>8} {'p95 ms':>8} {'p50 ×':>7} {'p95 ×':>7}"
    lines = [
        f"Page latency, {claims:,} synthetic claims, gunicorn with {workers} workers,"
        " sequential requests",
        "",
        head,
    ]
    for row in rows:
        first = row[modes[0]]
        line = f"{row['page']:<32} {first['status']:>6} {first['bytes'] / 1024:>8.1f}"
        for mode in modes:
            m = row.get(mode) or row["cold"]
            line += (
                f" │ {m['requests']:>6} {m['p50_ms']:>8.1f} {m['p95_ms']:>8.1f}"
                f" {m['ratio_p50']:>7.1f} {m['ratio_p95']:>7.1f}"
            )
        lines.append(line)
    lines.append("")
    lines.append("× = the page's latency divided by the trivial view's (cold), in the same run.")
    lines.append(
        "cold: cached pieces dropped before every request; warm: served again, nothing changed."
    )
    return "\n".join(lines)


def main(argv) -> int:
    args = parse_args(argv)
    url = database_url(args.database)
    env = dict(
        os.environ, DATABASE_URL=url, DEBUG="false", DJANGO_SETTINGS_MODULE="config.settings"
    )
    env.setdefault("SECRET_KEY", "benchmark-only-secret-key-not-for-production-0123456789")
    shared_cache = bool(env.get("REDIS_URL"))
    if not shared_cache:  # nothing to warm that this process could drop again: time uncached
        env["PAGE_CACHE_SECONDS"] = "0"
        os.environ["PAGE_CACHE_SECONDS"] = "0"
    ensure_database(url)
    os.environ.update(DATABASE_URL=url, DJANGO_SETTINGS_MODULE="config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection

    manage(env, "migrate", "--noinput", "-v0")
    if not has_data(args.seed, args.claims):
        print(f"Generating {args.claims:,} synthetic claims (seed {args.seed})...", flush=True)
        connection.close()
        ensure_database(url, recreate=True)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "generate_synthetic", "--claims", str(args.claims), "--seed", str(args.seed))
    ensure_bench_topic()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    urls = pick_urls()
    connection.close()

    port = free_port()
    server = start_gunicorn(env, port, args.workers)
    try:
        print(f"Timing {len(urls)} pages on 127.0.0.1:{port}...", flush=True)
        rows = measure(port, urls, args.requests, args.csv_requests, args.budget, warm=shared_cache)
    finally:
        server.terminate()
        server.wait(timeout=30)

    report = table(rows, args.claims, args.workers)
    print()
    print(report)
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    (RESULTS / f"pages-{stamp}.txt").write_text(report + "\n")
    (RESULTS / f"pages-{stamp}.json").write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
