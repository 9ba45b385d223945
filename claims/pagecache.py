"""Cached pieces of the read pages (a comparison table, a topic's chart), dropped when data changes.

Whole pages are not cached: every page embeds the visitor's CSRF token (base.html's hx-headers), so
one visitor's page must never be served to another. What is cached is the expensive part of a page,
rendered once for everybody: HTML without any token or form in it.

Each cache key carries a data version. Saving or deleting a claim, topic, actor, place, article or
outlet bumps the version once the transaction commits, so the next request computes afresh and a
new or corrected claim shows at once; bumping after the commit means a request that read the old
version can only have stored its result under that old, no longer used, key. Writes that send no
signals (bulk_create, bulk updates) call bump_data_version() themselves: extraction and bulk
confirmation in claims/services.py do; any other is caught by the entries' lifetime,
PAGE_CACHE_SECONDS at most.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

VERSION_KEY = "claims:data-version"


def data_version() -> int:
    """The current data version (a fresh one when the cache has lost it)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), None)
        version = cache.get(VERSION_KEY, 0)
    return version


def _bump() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # the key is gone (evicted, flushed): start a new, larger version
        cache.set(VERSION_KEY, time.time_ns(), None)


def bump_data_version(**kwargs) -> None:
    """Make every cached piece stale, once the current transaction (if any) commits."""
    transaction.on_commit(_bump)


def cached(name: str, parts, compute):
    """`compute()`'s result, cached under `name`, the data version and `parts` (ids, dates)."""
    if not settings.PAGE_CACHE_SECONDS:
        return compute()
    digest = hashlib.blake2b(repr(parts).encode(), digest_size=12).hexdigest()
    key = f"claims:{name}:{data_version()}:{digest}"
    return cache.get_or_set(key, compute, settings.PAGE_CACHE_SECONDS)


def connect() -> None:
    """Bump the data version on every save and delete of what the read pages show."""
    from sources.models import Article, Outlet

    from .models import Actor, Claim, Place, Topic

    for model in (Claim, Topic, Actor, Place, Article, Outlet):
        uid = f"claims.pagecache.{model.__name__}"
        post_save.connect(bump_data_version, sender=model, dispatch_uid=f"{uid}.save")
        post_delete.connect(bump_data_version, sender=model, dispatch_uid=f"{uid}.delete")
