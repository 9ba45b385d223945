"""`manage.py import_urls FILE`: submit every address in a file (one a line, or a CSV with a
`url` column) and follow them to the end."""

import csv
import io
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from .ingest import add_waiting_arguments, submit_and_follow


def read_urls(text: str) -> list[str]:
    """Addresses from a file's text: a CSV with a `url` column, else one address a line (blank
    lines and lines starting with # are skipped). Duplicates are kept once, in order."""
    lines = [line.strip() for line in text.splitlines()]
    first = next((line for line in lines if line and not line.startswith("#")), "")
    header = [cell.strip().lower() for cell in next(csv.reader([first]), [])]
    if "url" in header:
        rows = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
        rows.fieldnames = [name.strip().lower() for name in rows.fieldnames or []]
        urls = [(row.get("url") or "").strip() for row in rows]
    else:
        urls = [line for line in lines if line and not line.startswith("#")]
    return list(dict.fromkeys(url for url in urls if url))


class Command(BaseCommand):
    help = "Submit every address in FILE (one a line, or a CSV with a url column) for ingestion."

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE")
        add_waiting_arguments(parser)

    def handle(self, *args, **options):
        path = Path(options["file"])
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {path}: {error}") from error
        urls = read_urls(text)
        if not urls:
            raise CommandError(f"{path} holds no addresses.")
        submit_and_follow(self, urls, options)
