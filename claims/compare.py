"""Competing figures side by side: each actor's latest and first figure per topic, and how far apart.

The rules, as the compare page states them:
- An actor's figure on a topic at a date is the newest visible claim it made about the topic on or
  before that date; its first figure is the oldest such claim.
- Figures are compared through one representative value each (claims.timeline.representative_value):
  a point is its value, a range its midpoint, a bound ("at least", "up to") the bound.
- The spread of a topic is its highest latest figure divided by its lowest (undefined when the lowest
  is zero or fewer than two actors gave one).
- With three or more actors, a latest figure is an outlier when it is more than twice the median of the
  actors' latest figures, or less than half of it. With two, there is no median to stand out from.

Latest-per-actor is one query: `DISTINCT ON (topic, actor)` over a partial index on PostgreSQL, a
ROW_NUMBER() window on other databases.
"""

import datetime
import statistics
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connections
from django.db.models import F, Window
from django.db.models.functions import RowNumber

from .models import COMPARABLE, Actor, Claim, Topic
from .timeline import representative_value

OUTLIER_FACTOR = 2.0
# The actor comparison lists at most this many shared topics, the ones with most figures first.
MAX_SHARED_TOPICS = 200


def figures_queryset(*, on: datetime.date | None = None):
    """Visible, dated claims with a figure and an actor: the claims comparisons are made of.

    The filter is `COMPARABLE`, the condition of the partial indexes comparisons read.
    """
    queryset = Claim.objects.filter(COMPARABLE)
    if on is not None:
        queryset = queryset.filter(reported_on__lte=on)
    return queryset


def one_per_topic_and_actor(
    queryset, *, newest: bool, by_actor: bool = False, portable: bool = False
) -> list[Claim]:
    """The newest (or oldest) claim of each (topic, actor) pair in `queryset`, in one query.

    On PostgreSQL a `DISTINCT ON` subquery picks the ids from claims_claim_topic_figures_idx (or,
    `by_actor`, claims_claim_actor_figures_idx when the query names actors rather than topics)
    without reading the table: the index is walked in order, forwards for the newest figure and
    backwards for the oldest. Only the picked claims are then read, with their actors.

    `portable` forces the window-function form that every database runs (tests use it to check the
    two forms agree on PostgreSQL).
    """
    pair = ["actor_id", "topic_id"] if by_actor else ["topic_id", "actor_id"]
    if connections[queryset.db].vendor == "postgresql" and not portable:
        if newest:
            order = [*pair, "-reported_on", "-pk"]
        else:  # the same index read backwards: the pair descending, then oldest first
            order = [f"-{name}" for name in pair] + ["reported_on", "pk"]
        picked = queryset.order_by(*order).distinct(*pair).values("pk")
        rows = Claim.objects.filter(pk__in=picked).select_related("actor")
        return list(rows.order_by("topic_id", "actor_id"))
    window_order = [F("reported_on").desc(), F("pk").desc()] if newest else ["reported_on", "pk"]
    ranked = queryset.select_related("actor").annotate(
        rank_in_pair=Window(
            RowNumber(), partition_by=[F("topic_id"), F("actor_id")], order_by=window_order
        )
    )
    return list(ranked.filter(rank_in_pair=1).order_by("topic_id", "actor_id"))


def spread(values: list[float]) -> float | None:
    """Highest ÷ lowest; None with fewer than two values or a lowest of zero."""
    if len(values) < 2 or min(values) <= 0:
        return None
    return max(values) / min(values)


def outlier_flags(values: list[float]) -> list[bool]:
    """For each value, whether it lies more than OUTLIER_FACTOR× above or below the median.

    Needs three or more values: with two, each is as far from their median as the other.
    """
    if len(values) < 3:
        return [False] * len(values)
    median = statistics.median(values)
    if median <= 0:
        return [value > 0 for value in values]
    return [value > median * OUTLIER_FACTOR or value < median / OUTLIER_FACTOR for value in values]


@dataclass
class Cell:
    """One actor's figures on one topic."""

    actor: Actor
    latest: Claim
    first: Claim
    value: float
    is_outlier: bool = False

    @property
    def revised(self) -> bool:
        return self.first.pk != self.latest.pk


@dataclass
class Row:
    """One topic: a cell per compared actor (None where the actor gave no figure)."""

    topic: Topic
    cells: list[Cell | None]
    spread: float | None = None
    median: float | None = None

    @property
    def outliers(self) -> list[Cell]:
        return [cell for cell in self.cells if cell is not None and cell.is_outlier]


@dataclass
class Comparison:
    """Topics as rows, actors as columns, as of a date."""

    on: datetime.date
    actors: list[Actor] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    truncated: bool = False


def _build(on, topics_by_id, latest: list[Claim], first: list[Claim], actors=None) -> Comparison:
    """Arrange latest and first figures into rows and columns, with spreads and outliers."""
    first_by_pair = {(claim.topic_id, claim.actor_id): claim for claim in first}
    by_topic: dict[int, dict[int, Cell]] = defaultdict(dict)
    for claim in latest:
        by_topic[claim.topic_id][claim.actor_id] = Cell(
            actor=claim.actor,
            latest=claim,
            first=first_by_pair.get((claim.topic_id, claim.actor_id), claim),
            value=representative_value(claim),
        )
    if actors is None:
        # Columns: actors who speak to the most of these topics first, then by name.
        reach: dict[int, int] = defaultdict(int)
        named: dict[int, Actor] = {}
        for cells in by_topic.values():
            for actor_id, cell in cells.items():
                reach[actor_id] += 1
                named[actor_id] = cell.actor
        actors = sorted(named.values(), key=lambda actor: (-reach[actor.pk], actor.name))
    rows = []
    for topic_id, cells in by_topic.items():
        values = [cell.value for cell in cells.values()]
        for cell, flag in zip(cells.values(), outlier_flags(values), strict=True):
            cell.is_outlier = flag
        rows.append(
            Row(
                topic=topics_by_id[topic_id],
                cells=[cells.get(actor.pk) for actor in actors],
                spread=spread(values),
                median=statistics.median(values) if values else None,
            )
        )
    rows.sort(key=lambda row: row.topic.title)
    return Comparison(on=on, actors=list(actors), rows=rows)


def compare_topics(topics: list[Topic], *, on: datetime.date) -> Comparison:
    """Every actor's latest (at `on`) and first figure on each topic. Two queries."""
    topic_ids = [topic.pk for topic in topics]
    queryset = figures_queryset(on=on).filter(topic_id__in=topic_ids)
    latest = one_per_topic_and_actor(queryset, newest=True)
    first = one_per_topic_and_actor(queryset, newest=False)
    comparison = _build(on, {topic.pk: topic for topic in topics}, latest, first)
    # Topics nobody has given a figure for yet still get a row, so the choice is visible.
    shown = {row.topic.pk for row in comparison.rows}
    for topic in topics:
        if topic.pk not in shown:
            comparison.rows.append(Row(topic=topic, cells=[None] * len(comparison.actors)))
    return comparison


def compare_actors(actors: list[Actor], *, on: datetime.date) -> Comparison:
    """The chosen actors' latest and first figures on every topic all of them speak to.

    Three queries: latest figures of these actors, the topics they share, first figures there.
    """
    actor_ids = [actor.pk for actor in actors]
    queryset = figures_queryset(on=on).filter(actor_id__in=actor_ids, topic__isnull=False)
    latest = one_per_topic_and_actor(queryset, newest=True, by_actor=True)
    speakers: dict[int, set[int]] = defaultdict(set)
    for claim in latest:
        speakers[claim.topic_id].add(claim.actor_id)
    shared = [topic_id for topic_id, ids in speakers.items() if len(ids) == len(set(actor_ids))]
    truncated = len(shared) > MAX_SHARED_TOPICS
    if truncated:
        # Keep the topics these actors argue about most: the most recent figures first.
        newest = {claim.topic_id: claim.reported_on for claim in latest}
        shared = sorted(shared, key=lambda topic_id: newest[topic_id], reverse=True)
        shared = shared[:MAX_SHARED_TOPICS]
    shared_set = set(shared)
    topics_by_id = Topic.objects.select_related("place").in_bulk(shared)
    first = one_per_topic_and_actor(
        queryset.filter(topic_id__in=shared), newest=False, by_actor=True
    )
    latest = [claim for claim in latest if claim.topic_id in shared_set]
    comparison = _build(on, topics_by_id, latest, first, actors=actors)
    comparison.truncated = truncated
    return comparison


@dataclass
class Standing:
    """How one actor's latest figure on a topic sits against everyone else's."""

    topic: Topic
    own: Cell
    others: list[Cell]
    others_median: float | None
    ratio_to_median: float | None

    @property
    def others_low(self) -> float | None:
        return min((cell.value for cell in self.others), default=None)

    @property
    def others_high(self) -> float | None:
        return max((cell.value for cell in self.others), default=None)


def actor_standings(actor: Actor, comparison: Comparison) -> list[Standing]:
    """For each topic of a comparison the actor gave a figure on: its figure against the others'."""
    standings = []
    for row in comparison.rows:
        present = [cell for cell in row.cells if cell is not None]
        own = next((cell for cell in present if cell.actor.pk == actor.pk), None)
        if own is None:
            continue
        others = [cell for cell in present if cell.actor.pk != actor.pk]
        median = statistics.median([cell.value for cell in others]) if others else None
        standings.append(
            Standing(
                topic=row.topic,
                own=own,
                others=others,
                others_median=median,
                ratio_to_median=own.value / median if median else None,
            )
        )
    return standings
