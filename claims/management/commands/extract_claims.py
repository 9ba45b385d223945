"""Run a claim extractor over article JSON files, without touching the database.

python manage.py extract_claims --json article.json ...   # the evaluation contract's JSON
python manage.py extract_claims article.json              # a table to read
"""

import json

from django.core.management.base import BaseCommand, CommandError

from claims.extraction import ArticleInput, get_extractor


class Command(BaseCommand):
    help = "Extract claims from article JSON files ({url, title, published, text})."
    # Extraction reads files only; skipping the checks keeps it free of any database server.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--json", action="store_true", help="print the contract's JSON list")
        parser.add_argument("--extractor", default=None, help="extractor name (default: setting)")

    def handle(self, *args, **options):
        try:
            extractor = get_extractor(options["extractor"])
        except ValueError as error:
            raise CommandError(str(error)) from error
        results = []
        for path in options["files"]:
            try:
                article = ArticleInput.from_json_file(path)
            except (OSError, ValueError) as error:
                raise CommandError(f"{path}: {error}") from error
            results.append({"file": path, "claims": extractor.extract(article)})
        if options["json"]:
            payload = [
                {"file": item["file"], "claims": [claim.to_json() for claim in item["claims"]]}
                for item in results
            ]
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1))
            return
        for item in results:
            self.stdout.write(self.style.MIGRATE_HEADING(item["file"]))
            for claim in item["claims"]:
                self.stdout.write(_row(claim))


def _row(claim) -> str:
    bounds = _bounds(claim.value_low, claim.value_high)
    return (
        f"  {claim.category:<11} {bounds:>21}  {claim.subject[:28]:<28} "
        f"{(claim.location or '-')[:18]:<18} {claim.actor or '(outlet)'}"
    )


def _bounds(low, high) -> str:
    def show(value):
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"

    if low is not None and high is not None:
        return show(low) if low == high else f"{show(low)}–{show(high)}"
    if low is not None:
        return f"≥ {show(low)}"
    return f"≤ {show(high)}" if high is not None else "?"
