"""Load the starter actors and places (safe to run again: it only adds what is missing)."""

from django.core.management.base import BaseCommand

from claims.reference import load_reference


class Command(BaseCommand):
    help = "Upsert the starter lists of actors and places that conflict reporting cites."

    def handle(self, *args, **options):
        for kind, result in load_reference().items():
            self.stdout.write(
                f"{kind}: {result.created} created, {result.updated} updated, "
                f"{result.unchanged} unchanged"
            )
