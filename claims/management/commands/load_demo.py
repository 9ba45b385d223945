"""`manage.py load_demo`: the demo data set and a demo editor account, safe to run again."""

from django.conf import settings
from django.core.management.base import BaseCommand

from claims.demo.loader import DEMO_USERNAME, demo_load


class Command(BaseCommand):
    help = (
        "Load the demo data set (North Korean troops in Russia, 2024-2025) and create the demo "
        "editor account if it is missing. Running it again changes nothing."
    )

    def handle(self, *args, **options):
        result = demo_load(password=settings.DEMO_PASSWORD)
        self.stdout.write(result.summary())
        login_url = settings.SITE_URL.rstrip("/") + "/accounts/login/"
        if result.user_created or result.user.check_password(settings.DEMO_PASSWORD):
            password = f'password "{settings.DEMO_PASSWORD}"'
        else:
            password = "the password it was given (it no longer matches DEMO_PASSWORD)"
        self.stdout.write(
            self.style.SUCCESS(f'Sign in at {login_url} as "{DEMO_USERNAME}" with {password}.')
        )
        self.stdout.write(
            "The demo account is an editor: it submits articles and reviews claims. For the admin "
            "(/admin/), create a staff account with: python manage.py createsuperuser"
        )
