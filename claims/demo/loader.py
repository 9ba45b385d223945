"""Put the demo data set in the database, idempotently.

Every row is found by its natural key (slug, domain, canonical URL, content hash, claim span) and
only created when missing. A row that exists keeps what it has: the loader fills fields that are
empty and adds missing aliases, and never overwrites a value someone set, so an edit made in the
admin survives a reload. A row is saved only when something changed, so running the loader twice
writes nothing, history included.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models, transaction

from claims.models import Actor, Claim, Place, Topic, normalize_name
from sources.models import Article, ArticleVersion, Outlet, content_hash
from sources.permissions import EDITORS_GROUP

from . import data

DEMO_USERNAME = "demo"


@dataclass
class DemoLoadResult:
    """What a run did: rows created and rows filled in, by model name."""

    user: models.Model
    user_created: bool
    created: Counter = field(default_factory=Counter)
    changed: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        if not self.created and not self.changed:
            return "Demo data already loaded: nothing to change."
        parts = [f"{count} {name}" for name, count in sorted(self.created.items())]
        text = "Demo data loaded: created " + (", ".join(parts) or "nothing")
        if self.changed:
            filled = ", ".join(f"{count} {name}" for name, count in sorted(self.changed.items()))
            text += f"; filled in {filled}"
        return text + "."


def demo_load(*, password: str) -> DemoLoadResult:
    """Load the demo data set and its editor account; running it again changes nothing."""
    with transaction.atomic():
        user, user_created = _demo_user(password=password)
        result = DemoLoadResult(user=user, user_created=user_created)
        upsert = _Upserter(result=result, user=user)
        actor_ids = upsert.tree(Actor, data.ACTORS, extra=("kind", "title"))
        place_ids = upsert.tree(Place, data.PLACES, extra=("kind",))
        topic_ids = upsert.topics(place_ids)
        outlet_ids = upsert.outlets()
        for report in data.REPORTS:
            upsert.report(report, actor_ids, place_ids, topic_ids, outlet_ids)
    return result


def _demo_user(*, password: str):
    """The demo editor, created only when absent: an existing account is left as it is."""
    user_model = get_user_model()
    user = user_model.objects.filter(username=DEMO_USERNAME).first()
    if user is not None:
        return user, False
    user = user_model.objects.create_user(DEMO_USERNAME, password=password)
    editors, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    user.groups.add(editors)
    return user, True


def claim_span(report: data.Report, quote: str) -> tuple[int, int, str]:
    """Where a claim's quote sits in its report's text, and the sentence around it."""
    text = report.text
    start = text.find(quote)
    if start < 0 or text.find(quote, start + 1) >= 0:
        raise ValueError(f"{quote!r} must occur exactly once in the text of {report.url}")
    sentence = next(s for s in report.sentences if quote in s)
    return start, start + len(quote), sentence


def _is_blank(value) -> bool:
    return value is None or (isinstance(value, str | list) and len(value) == 0)


def _merged_aliases(current: list, wanted) -> list:
    known = {normalize_name(alias) for alias in current}
    merged = list(current)
    for alias in wanted:
        if normalize_name(alias) not in known:
            merged.append(alias)
            known.add(normalize_name(alias))
    return merged


class _Upserter:
    """Creates missing rows and fills blanks in existing ones, counting what it wrote."""

    def __init__(self, *, result: DemoLoadResult, user):
        self.result = result
        self.user = user

    def save(self, instance, *, created: bool):
        # Histories name the demo account as the author instead of an anonymous change.
        instance._history_user = self.user
        instance.save()
        tally = self.result.created if created else self.result.changed
        tally[str(instance._meta.verbose_name_plural)] += 1

    def upsert(self, model, existing, lookup: dict, values: dict):
        """The row `existing` (or a new one from `lookup`), with blanks filled from `values`."""
        if existing is None:
            instance = model(**lookup, **values)
            self.save(instance, created=True)
            return instance
        changed = False
        for name, value in values.items():
            current = getattr(existing, name)
            if name == "aliases":
                value = _merged_aliases(current, value)
                if value == current:
                    continue
            elif not _is_blank(current) or _is_blank(value):
                continue
            setattr(existing, name, value)
            changed = True
        if changed:
            self.save(existing, created=False)
        return existing

    def tree(self, model, seeds, *, extra: tuple[str, ...]) -> dict[str, int]:
        """Actors or places, parents before children; returns their ids by slug."""
        existing = model.objects.in_bulk([seed.slug for seed in seeds], field_name="slug")
        ids: dict[str, int] = {}
        for seed in seeds:
            values = {
                "name": seed.name,
                "aliases": list(seed.aliases),
                "parent_id": ids[seed.parent] if seed.parent else None,
                **{name: getattr(seed, name) for name in extra},
            }
            row = self.upsert(model, existing.get(seed.slug), {"slug": seed.slug}, values)
            ids[seed.slug] = row.pk
        return ids

    def topics(self, place_ids: dict[str, int]) -> dict[str, int]:
        existing = Topic.objects.in_bulk([seed.slug for seed in data.TOPICS], field_name="slug")
        ids = {}
        for seed in data.TOPICS:
            values = {
                "title": seed.title,
                "category": seed.category,
                "subject": seed.subject,
                "place_id": place_ids[seed.place],
                "description": seed.description,
                "status": Topic.Status.CONFIRMED,
            }
            ids[seed.slug] = self.upsert(
                Topic, existing.get(seed.slug), {"slug": seed.slug}, values
            ).pk
        return ids

    def outlets(self) -> dict[str, int]:
        existing = Outlet.objects.in_bulk(list(data.OUTLETS), field_name="domain")
        ids = {}
        for domain, name in data.OUTLETS.items():
            values = {"name": name, "homepage": f"https://{domain}/"}
            ids[domain] = self.upsert(Outlet, existing.get(domain), {"domain": domain}, values).pk
        return ids

    def report(self, report: data.Report, actor_ids, place_ids, topic_ids, outlet_ids):
        """One article, its summary as a version, and the claims that point into it."""
        article = self.upsert(
            Article,
            Article.objects.filter(url=report.url).first(),
            {"url": report.url},
            {
                "submitted_url": report.url,
                "title": report.title,
                "outlet_id": outlet_ids[report.outlet],
                "published_on": report.published_on,
                "language": "en",
                "origin": Article.Origin.DEMO,
                "status": Article.Status.DONE,
                "submitted_by_id": self.user.pk,
            },
        )
        text = report.text
        digest = content_hash(text)
        version = self.upsert(
            ArticleVersion,
            article.versions.filter(content_hash=digest).first(),
            {"article": article, "content_hash": digest},
            {"title": report.title, "text": text},
        )
        existing = {
            (claim.span_start, claim.span_end, claim.category): claim
            for claim in Claim.objects.filter(article_version=version)
        }
        for seed in report.claims:
            start, end, sentence = claim_span(report, seed.quote)
            claim = self.upsert(
                Claim,
                existing.get((start, end, seed.category)),
                {
                    "article_version": version,
                    "span_start": start,
                    "span_end": end,
                    "category": seed.category,
                },
                {
                    "article_id": article.pk,
                    "topic_id": topic_ids[seed.topic] if seed.topic else None,
                    "actor_id": actor_ids[seed.actor],
                    "relayed_by_id": actor_ids[seed.relayed_by] if seed.relayed_by else None,
                    "actor_name": seed.actor_name,
                    "subject": seed.subject,
                    "place_id": place_ids[seed.place],
                    "place_name": next(p.name for p in data.PLACES if p.slug == seed.place),
                    "value_low": seed.low,
                    "value_high": seed.high,
                    "qualifier": seed.qualifier,
                    "wording": seed.wording,
                    "statement": seed.statement,
                    "quote": seed.quote,
                    "sentence": sentence,
                    "stated_on": seed.stated_on,
                    "as_of": seed.as_of,
                    "status": Claim.Status.CONFIRMED,
                    "extractor": "",
                    "created_by_id": self.user.pk,
                },
            )
            existing[(start, end, seed.category)] = claim
