"""A topic's figures over time: in order, each with how it changed, and each actor's latest.

Plain functions over claims loaded once (a topic has a few hundred claims at most); the topic page, its
chart and the actor page share them.
"""

import datetime
from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.formats import date_format

from .models import Claim, Topic

# A topic page never loads more than this many claims, so a runaway topic cannot stall the page; the
# newest are kept and the page says how many were left out.
TIMELINE_LIMIT = 1000


def representative_value(claim: Claim) -> float | None:
    """The one number that stands for a figure when figures are compared or drawn as a line.

    A point is its value; a range ("11,000 to 12,000") its midpoint; a bound ("at least 3,000",
    "up to 8,000") the bound itself. None for a claim without a figure.
    """
    low, high = claim.value_low, claim.value_high
    if low is not None and high is not None:
        return (low + high) / 2
    if low is not None:
        return float(low)
    if high is not None:
        return float(high)
    return None


@dataclass(frozen=True)
class Speaker:
    """Who a series of figures belongs to: an actor, or an outlet's own unattributed reporting."""

    key: str
    name: str
    url: str = ""


def url_maker(name: str):
    """A function giving `name`'s URL for a pk, reversing the route once rather than once per row."""
    head, tail = reverse(name, args=[0]).rsplit("0", 1)
    return lambda pk: f"{head}{pk}{tail}"


def speaker_of(claim: Claim) -> Speaker:
    """The actor who asserted the claim, or the outlet when it reported the figure on its own."""
    if claim.actor_id:
        return Speaker(f"actor-{claim.actor_id}", claim.actor.name, claim.actor.get_absolute_url())
    outlet = claim.article.outlet if claim.article_id else None
    if outlet is not None:
        return Speaker(f"outlet-{outlet.pk}", f"{outlet.name} (own reporting)")
    return Speaker("unattributed", "Unattributed")


@dataclass(frozen=True)
class Change:
    """How a figure differs from an earlier one."""

    previous: Claim
    previous_value: float
    value: float

    @property
    def delta(self) -> float:
        return self.value - self.previous_value

    @property
    def direction(self) -> str:
        if self.delta > 0:
            return "up"
        return "down" if self.delta < 0 else "same"

    @property
    def percent(self) -> float | None:
        if not self.previous_value:
            return None
        return 100 * self.delta / self.previous_value

    @property
    def label(self) -> str:
        """The change as a reader scans it: "+1,000 (+10%)", "no change"."""
        if not self.delta:
            return "no change"
        amount = f"{self.delta:+,.0f}" if self.delta == int(self.delta) else f"{self.delta:+,.1f}"
        percent = self.percent
        return f"{amount} ({percent:+.0f}%)" if percent is not None else amount


@dataclass
class TimelineEntry:
    """One figure in a topic's timeline, with its change overall and from the same speaker."""

    claim: Claim
    speaker: Speaker
    value: float
    change: Change | None = None
    speaker_change: Change | None = None
    # Worked out once here: the page and the chart show each of them for every figure.
    url: str = ""
    figure: str = ""
    date_label: str = ""
    article_url: str = ""


@dataclass
class Timeline:
    """A topic's figures oldest first, and the latest figure of each speaker."""

    entries: list[TimelineEntry]
    latest: list[TimelineEntry] = field(default_factory=list)
    omitted: int = 0

    @property
    def speakers(self) -> list[Speaker]:
        """Speakers in the order they first gave a figure: the chart's legend and colour order."""
        seen: dict[str, Speaker] = {}
        for entry in self.entries:
            seen.setdefault(entry.speaker.key, entry.speaker)
        return list(seen.values())


def topic_figures(topic: Topic, *, limit: int = TIMELINE_LIMIT) -> tuple[list[Claim], int]:
    """The visible claims with a figure about a topic, oldest first, in one query.

    Returns the claims (at most `limit`, the newest kept) and how many were left out. Claims without
    a date cannot be placed on a timeline and are left out as well.
    """
    queryset = (
        Claim.objects.visible()
        .filter(topic=topic, reported_on__isnull=False)
        .exclude(value_low__isnull=True, value_high__isnull=True)
        .select_related("actor", "article__outlet")
        .order_by("-reported_on", "-pk")
    )
    # One more than the limit tells whether anything was cut without a separate COUNT query.
    claims = list(queryset[: limit + 1])
    omitted = 0
    if len(claims) > limit:
        claims = claims[:limit]
        omitted = queryset.count() - limit
    claims.reverse()
    return claims, omitted


def build_timeline(claims: list[Claim], *, omitted: int = 0) -> Timeline:
    """Figures in date order with the change from the previous figure and from the same speaker."""
    ordered = sorted(claims, key=lambda claim: (claim.reported_on or datetime.date.min, claim.pk))
    claim_url, article_url = url_maker("claim_detail"), url_maker("article_detail")
    entries: list[TimelineEntry] = []
    last_by_speaker: dict[str, TimelineEntry] = {}
    speakers: dict[tuple, Speaker] = {}
    previous: TimelineEntry | None = None
    for claim in ordered:
        value = representative_value(claim)
        if value is None:
            continue
        outlet_id = claim.article.outlet_id if claim.article_id and not claim.actor_id else None
        who = (claim.actor_id, outlet_id)
        if who not in speakers:
            speakers[who] = speaker_of(claim)
        entry = TimelineEntry(
            claim=claim,
            speaker=speakers[who],
            value=value,
            url=claim_url(claim.pk),
            figure=claim.figure_display(),
            date_label=date_format(claim.reported_on, "j M Y") if claim.reported_on else "undated",
            article_url=article_url(claim.article_id),
        )
        if previous is not None:
            entry.change = Change(previous.claim, previous.value, value)
        earlier = last_by_speaker.get(entry.speaker.key)
        if earlier is not None:
            entry.speaker_change = Change(earlier.claim, earlier.value, value)
        entries.append(entry)
        last_by_speaker[entry.speaker.key] = entry
        previous = entry
    latest = sorted(last_by_speaker.values(), key=lambda entry: -entry.value)
    return Timeline(entries=entries, latest=latest, omitted=omitted)


def topic_timeline(topic: Topic) -> Timeline:
    """A topic's timeline, loaded in one query (two when the topic is larger than the limit)."""
    claims, omitted = topic_figures(topic)
    return build_timeline(claims, omitted=omitted)
