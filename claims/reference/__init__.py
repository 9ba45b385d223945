"""The starter lists of actors and places that conflict reporting cites, shipped as data.

`load_reference()` upserts them by slug and can run any number of times: it adds what is missing
(rows, aliases, empty fields, parents) and never overwrites what a person changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from claims.models import Actor, NamedTree, Place, normalize_name

REFERENCE_DIR = Path(__file__).resolve().parent


@dataclass
class LoadResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def read_reference(kind: str) -> list[dict]:
    """The entries of `actors.json` or `places.json`."""
    return json.loads((REFERENCE_DIR / f"{kind}.json").read_text(encoding="utf-8"))


@transaction.atomic
def load_reference() -> dict[str, LoadResult]:
    """Upsert the starter actors and places; returns what changed for each."""
    return {
        "places": _upsert(Place, read_reference("places"), fields=("kind",)),
        "actors": _upsert(Actor, read_reference("actors"), fields=("kind", "title")),
    }


def _upsert(model: type[NamedTree], entries: list[dict], *, fields: tuple[str, ...]) -> LoadResult:
    result = LoadResult()
    existing = {row.slug: row for row in model.objects.all()}
    default_kind = model._meta.get_field("kind").default
    has_history = hasattr(model, "history")

    created = []
    for entry in entries:
        row = existing.get(entry["slug"])
        if row is None:
            row = model(
                slug=entry["slug"],
                name=entry["name"],
                aliases=list(entry.get("aliases", [])),
                description=entry.get("description", ""),
                **{field: entry.get(field) or "" for field in fields},
            )
            row.kind = row.kind or default_kind
            created.append(row)
            continue
        changed = _merge_aliases(row, entry.get("aliases", []))
        for field in (*fields, "description"):
            current, shipped = getattr(row, field), entry.get(field) or ""
            # Fill a blank (or a kind still at its default); never replace a person's choice.
            fillable = not current or (field == "kind" and current == default_kind)
            if shipped and fillable and current != shipped:
                setattr(row, field, shipped)
                changed = True
        if changed:
            row.save()
            result.updated += 1
        else:
            result.unchanged += 1
    if created:
        reason = "Loaded from the starter reference list"
        if has_history:
            bulk_create_with_history(created, model, default_change_reason=reason)
        else:
            model.objects.bulk_create(created)
        existing.update(
            (row.slug, row) for row in model.objects.filter(slug__in=[r.slug for r in created])
        )
        result.created = len(created)

    # Parents last, so an entry may name a parent listed after it. Only an empty parent is set,
    # and never one that would make a loop with what a person arranged.
    slug_of = {row.pk: slug for slug, row in existing.items()}
    parent_of = {slug: slug_of.get(row.parent_id) for slug, row in existing.items()}
    adopted = []
    for entry in entries:
        parent_slug, slug = entry.get("parent"), entry["slug"]
        row = existing[slug]
        if not parent_slug or row.parent_id is not None or parent_slug not in existing:
            continue
        chain, node = set(), parent_slug
        while node is not None and node not in chain:
            chain.add(node)
            node = parent_of.get(node)
        if slug in chain:
            continue
        row.parent_id = existing[parent_slug].pk
        parent_of[slug] = parent_slug
        adopted.append(row)
    if adopted:
        if has_history:
            bulk_update_with_history(adopted, model, ["parent"], batch_size=500)
        else:
            model.objects.bulk_update(adopted, ["parent"], batch_size=500)
    return result


def _merge_aliases(row: NamedTree, shipped: list[str]) -> bool:
    """Add the shipped aliases a row lacks (compared case- and accent-blind); True if any were."""
    aliases = [alias for alias in (row.aliases or []) if isinstance(alias, str)]
    known = {normalize_name(name) for name in [row.name, *aliases]}
    added = [alias for alias in shipped if normalize_name(alias) not in known]
    if not added:
        return False
    row.aliases = aliases + added
    return True
