"""System checks for the sources app."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


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
