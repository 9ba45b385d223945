"""`manage.py ingest URL...`: submit addresses for ingestion and follow them to the end."""

import time

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from sources import services
from sources.models import Article

POLL_SECONDS = 0.5


class Command(BaseCommand):
    help = (
        "Submit article addresses for ingestion, as the submit page does, and wait for the "
        "workers to finish them (in-process when no broker is configured)."
    )

    def add_arguments(self, parser):
        parser.add_argument("urls", nargs="+", metavar="URL")
        add_waiting_arguments(parser)

    def handle(self, *args, **options):
        submit_and_follow(self, options["urls"], options)


def add_waiting_arguments(parser) -> None:
    parser.add_argument(
        "--no-wait",
        action="store_true",
        help="Only queue the articles; do not wait for the workers.",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=600.0,
        help="Stop waiting after this many seconds (the articles stay queued). Default 600.",
    )


def submit_and_follow(command: BaseCommand, urls: list[str], options: dict) -> None:
    """Submit every address with a progress bar, then follow the articles until each is done or
    failed, and print one line per address."""
    article_ids: dict[str, int] = {}
    bad: list[str] = []
    queue_down = False
    quiet = options.get("verbosity", 1) == 0
    for url in tqdm(urls, desc="Submitting", unit="url", disable=quiet):
        try:
            submitted = services.article_submit(url=url)
        except ValueError as error:
            bad.append(f"{url}: {error}")
            continue
        queue_down = queue_down or submitted.queue_down
        article_ids[url] = submitted.submissions[0].article_id
    for line in bad:
        command.stderr.write(f"skipped {line}")
    if queue_down:
        command.stdout.write(
            "The queue is unavailable: the articles are saved and will be processed when it is back."
        )
        return
    if options.get("no_wait") or not article_ids:
        command.stdout.write(f"Queued {len(article_ids)} article(s).")
        if bad and not article_ids:
            raise CommandError("No address could be submitted.")
        return
    _follow(command, article_ids, options["timeout"], quiet)


def _follow(command: BaseCommand, article_ids: dict[str, int], timeout: float, quiet: bool):
    ids = set(article_ids.values())
    deadline = time.monotonic() + timeout
    with tqdm(total=len(ids), desc="Processing", unit="article", disable=quiet) as bar:
        finished = 0
        while True:
            # A merged article is deleted; its submission points at the article it merged into.
            now_finished = Article.objects.filter(pk__in=ids).finished().count() + (
                len(ids) - Article.objects.filter(pk__in=ids).count()
            )
            bar.update(now_finished - finished)
            finished = now_finished
            if finished >= len(ids) or time.monotonic() > deadline:
                break
            time.sleep(POLL_SECONDS)
    articles = Article.objects.in_bulk(ids)
    for url, article_id in article_ids.items():
        article = articles.get(article_id)
        if article is None:
            command.stdout.write(f"done     {url} (the same article as one already stored)")
        elif article.status == Article.Status.DONE:
            claims = "" if article.claims_found is None else f", {article.claims_found} claims"
            command.stdout.write(f"done     {url} — {article.title or article.url}{claims}")
        elif article.status == Article.Status.FAILED:
            command.stdout.write(f"failed   {url} — {article.error}")
        else:
            command.stdout.write(f"{article.status:<8} {url} (still in progress)")
