"""System checks for the sources app."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register


@register(Tags.security, deploy=True)
def check_fetcher_private_addresses(app_configs, **kwargs):
    """Warn when the fetcher may reach private addresses: safe in tests, an open proxy in production."""
    if getattr(settings, "FETCH_ALLOW_PRIVATE_ADDRESSES", False):
        return [
            Warning(
                "FETCH_ALLOW_PRIVATE_ADDRESSES is on: the article fetcher can reach loopback and "
                "private-network addresses, so anyone who may submit a URL can probe your network.",
                hint="Unset FETCH_ALLOW_PRIVATE_ADDRESSES (it is meant for tests only).",
                id="sources.W001",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def check_secret_key_is_set(app_configs, **kwargs):
    """The development SECRET_KEY is public: sessions signed with it can be forged."""
    if getattr(settings, "DEVELOPMENT_SECRET_KEY", None) == settings.SECRET_KEY:
        return [
            Error(
                "SECRET_KEY is the development default, which is published with the code.",
                hint="Set SECRET_KEY in the environment to a long random value.",
                id="sources.E001",
            )
        ]
    return []
