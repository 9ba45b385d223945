"""Who asserted which figure, about what, where and when.

An Actor asserts a Claim; a Claim answers a Topic's question (a category, a subject and a Place) and
was read from an article version. Nothing is deleted: a wrong or outdated figure is marked rejected or
superseded and drops out of the default views, and every change is kept in the history tables.
"""

import unicodedata

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from sources.models import Article, ArticleVersion


class Category(models.TextChoices):
    """What a figure counts. The vocabulary of the extraction contract (shared eval README)."""

    DEPLOYED = "deployed", "deployed"
    KILLED = "killed", "killed"
    WOUNDED = "wounded", "wounded"
    CASUALTIES = "casualties", "casualties"
    CAPTURED = "captured", "captured"
    MISSING = "missing", "missing"
    DISPLACED = "displaced", "displaced"
    EQUIPMENT = "equipment", "equipment lost"
    LAUNCHED = "launched", "launched"
    INTERCEPTED = "intercepted", "intercepted"
    OTHER = "other", "other"


def normalize_name(name: str) -> str:
    """The form names are compared in: case-folded, accents removed, spacing and dots collapsed."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    cleaned = stripped.casefold().replace(".", "").replace("’", "'")
    return " ".join(cleaned.split())


class NamedTree(models.Model):
    """What actors and places share: a name, aliases, a slug, and a parent to nest under."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    aliases = models.JSONField(default=list, blank=True, help_text="Other names, one string each")
    description = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:220] or "unnamed"
        super().save(*args, **kwargs)

    def all_names(self) -> list[str]:
        return [self.name, *self.aliases]

    def ancestors(self) -> list:
        """Parents from the nearest up, guarding against a cycle made by hand in the admin."""
        chain, seen, node = [], {self.pk}, self.parent
        while node is not None and node.pk not in seen:
            chain.append(node)
            seen.add(node.pk)
            node = node.parent
        return chain

    @classmethod
    def descendant_ids(cls, root_id: int) -> set[int]:
        """The ids of a node and everything nested under it, one query per level."""
        found, frontier = {root_id}, {root_id}
        while frontier:
            frontier = (
                set(cls.objects.filter(parent_id__in=frontier).values_list("pk", flat=True)) - found
            )
            found |= frontier
        return found


class Actor(NamedTree):
    """Who asserts claims: a person, government, ministry, agency, armed group or outlet."""

    class Kind(models.TextChoices):
        PERSON = "person", "person"
        STATE = "state", "state or government"
        MINISTRY = "ministry", "ministry or department"
        MILITARY = "military", "military"
        INTELLIGENCE = "intelligence", "intelligence agency"
        LEGISLATURE = "legislature", "legislature or lawmakers"
        INTERNATIONAL = "international", "international organisation"
        ARMED_GROUP = "armed_group", "armed group"
        NGO = "ngo", "NGO or research group"
        MEDIA = "media", "outlet or media"
        OTHER = "other", "other"

    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    title = models.CharField(
        max_length=200, blank=True, help_text="Role, e.g. Pentagon press secretary"
    )
    is_reviewed = models.BooleanField(
        default=True, help_text="Off for actors the extractor created from an unknown name"
    )
    history = HistoricalRecords()

    class Meta(NamedTree.Meta):
        indexes = [
            # The review screen lists actors the extractor created and nobody has checked yet.
            models.Index(
                fields=["name"], name="claims_actor_unreviewed_idx", condition=Q(is_reviewed=False)
            ),
        ]

    def get_absolute_url(self):
        return reverse("actor_detail", args=[self.slug])


class Place(NamedTree):
    """Where a figure is about: a country, a region, a city, or an area such as the front line."""

    class Kind(models.TextChoices):
        COUNTRY = "country", "country"
        REGION = "region", "region"
        CITY = "city", "city or town"
        AREA = "area", "area"
        OTHER = "other", "other"

    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )


class Topic(models.Model):
    """The question a figure answers over time, e.g. North Korean troops (deployed) in Kursk."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", "proposed"
        CONFIRMED = "confirmed", "confirmed"

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=320, unique=True)
    category = models.CharField(max_length=20, choices=Category.choices)
    subject = models.CharField(
        max_length=200, help_text="What is counted, e.g. North Korean troops"
    )
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.PROTECT, related_name="topics"
    )
    description = models.TextField(blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.CONFIRMED)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["title"]
        indexes = [
            # Linking looks a proposed topic up by its category and subject.
            models.Index(fields=["category", "subject"], name="claims_topic_category_idx"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.title:
            where = f" in {self.place.name}" if self.place_id else ""
            self.title = f"{self.subject} {self.get_category_display()}{where}"
        if not self.slug:
            self.slug = slugify(self.title)[:320] or "topic"
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("topic_detail", args=[self.slug])


# What default views show: everything but rejected and superseded claims. The partial indexes below
# repeat this condition word for word, so PostgreSQL can prove a query's filter implies it.
VISIBLE = ~Q(status__in=["rejected", "superseded"])
# The claims comparisons are made of: visible, dated, with a figure and an actor.
COMPARABLE = (
    VISIBLE
    & Q(actor__isnull=False, reported_on__isnull=False)
    & ~Q(value_low__isnull=True, value_high__isnull=True)
)


class ClaimQuerySet(models.QuerySet):
    def visible(self):
        """What default views show: everything but rejected and superseded claims."""
        return self.filter(VISIBLE)

    def confirmed(self):
        return self.filter(status=Claim.Status.CONFIRMED)

    def proposed(self):
        return self.filter(status=Claim.Status.PROPOSED)

    def about(self, topic):
        return self.filter(topic=topic)

    def machine_proposals(self):
        """Claims an extractor proposed that no person has touched: the ones re-extraction replaces."""
        return self.filter(status=Claim.Status.PROPOSED, is_edited=False, created_by=None)


class Claim(models.Model):
    """One assertion in one article: a figure (or a plain statement), who asserted it, and when."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", "proposed"
        CONFIRMED = "confirmed", "confirmed"
        REJECTED = "rejected", "rejected"
        SUPERSEDED = "superseded", "superseded"

    class Qualifier(models.TextChoices):
        EXACT = "", "exactly as stated"
        APPROXIMATELY = "approximately", "approximately"
        AT_LEAST = "at least", "at least"
        MORE_THAN = "more than", "more than"
        UP_TO = "up to", "up to"
        NEARLY = "nearly", "nearly"
        LESS_THAN = "less than", "less than"
        RANGE = "range", "range"

    # topic, actor and place need no index of their own: the composite indexes below lead with
    # them, and every extra index is paid for on each claim the extractor inserts.
    topic = models.ForeignKey(
        Topic,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="claims",
        db_index=False,
    )
    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="claims")
    article_version = models.ForeignKey(
        ArticleVersion, null=True, blank=True, on_delete=models.PROTECT, related_name="claims"
    )

    actor = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="claims",
        db_index=False,
        help_text="Who asserted it; empty means the outlet's own reporting",
    )
    relayed_by = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="relayed_claims",
        help_text="Who passed it on, e.g. a lawmaker citing the NIS",
    )
    actor_name = models.CharField(max_length=200, blank=True, help_text="The actor as named")

    category = models.CharField(max_length=20, choices=Category.choices)
    subject = models.CharField(max_length=200, blank=True)
    place = models.ForeignKey(
        Place,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="claims",
        db_index=False,
    )
    place_name = models.CharField(max_length=200, blank=True, help_text="The place as named")

    value_low = models.BigIntegerField(null=True, blank=True)
    value_high = models.BigIntegerField(null=True, blank=True)
    qualifier = models.CharField(
        max_length=20, choices=Qualifier.choices, default=Qualifier.EXACT, blank=True
    )
    wording = models.CharField(
        max_length=200, blank=True, help_text='The figure as written: "nearly 11,000"'
    )
    statement = models.TextField(blank=True, help_text="A claim without a figure, in words")

    quote = models.TextField(blank=True)
    sentence = models.TextField(blank=True)
    span_start = models.IntegerField(null=True, blank=True)
    span_end = models.IntegerField(null=True, blank=True)

    stated_on = models.DateField(null=True, blank=True, help_text="When it was said")
    as_of = models.DateField(null=True, blank=True, help_text="The date the figure refers to")
    reported_on = models.DateField(
        null=True, blank=True, help_text="When it was said or else published: what lists sort by"
    )

    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PROPOSED)
    extractor = models.CharField(
        max_length=40, blank=True, help_text="Empty when a person entered it"
    )
    extractor_version = models.CharField(max_length=40, blank=True)
    confidence = models.FloatField(null=True, blank=True)
    is_edited = models.BooleanField(default=False, help_text="A person changed what was extracted")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="created_claims",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_claims",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-reported_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(value_low__isnull=True)
                | Q(value_high__isnull=True)
                | Q(value_low__lte=F("value_high")),
                name="claims_claim_low_not_above_high",
            ),
            models.CheckConstraint(
                condition=Q(value_low__isnull=False)
                | Q(value_high__isnull=False)
                | ~Q(statement=""),
                name="claims_claim_figure_or_statement",
            ),
            models.CheckConstraint(
                condition=(Q(span_start__isnull=True) & Q(span_end__isnull=True))
                | (
                    Q(span_start__isnull=False)
                    & Q(span_end__isnull=False)
                    & Q(span_start__gte=0)
                    & Q(span_end__gte=F("span_start"))
                ),
                name="claims_claim_span_valid",
            ),
            models.CheckConstraint(
                condition=Q(value_low__isnull=True) | Q(value_low__gte=0),
                name="claims_claim_value_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(value_high__isnull=True) | Q(value_high__gte=0),
                name="claims_claim_upper_bound_not_negative",
            ),
            models.UniqueConstraint(
                fields=["article_version", "span_start", "span_end", "category"],
                condition=Q(article_version__isnull=False, span_start__isnull=False),
                name="unique_%(app_label)s_%(class)s_span",
            ),
        ]
        indexes = [
            # The home page: visible claims newest first, paged.
            models.Index(fields=["-reported_on", "-id"], name="claims_claim_reported_idx"),
            # A topic's timeline and the topic filter.
            models.Index(fields=["topic", "reported_on"], name="claims_claim_topic_idx"),
            # An actor's page and the actor filter.
            models.Index(fields=["actor", "reported_on"], name="claims_claim_actor_idx"),
            # The place filter (with the places nested inside it).
            models.Index(fields=["place", "reported_on"], name="claims_claim_place_idx"),
            # The category filter, newest first.
            models.Index(fields=["category", "-reported_on"], name="claims_claim_category_idx"),
            # The review queue: proposed claims, oldest first; and the status filter.
            models.Index(fields=["status", "-reported_on"], name="claims_claim_status_idx"),
            # Sorting by figure.
            models.Index(fields=["value_low", "value_high"], name="claims_claim_value_idx"),
            # Partial indexes over visible claims only: a query filtered by `visible()` reads them
            # without visiting the table for the status (index-only scans), which is what keeps
            # counts and deep pages fast at a million claims.
            #
            # Deep pages of the home page: the ids of page 500 come from this index alone.
            # (PostgreSQL puts NULLs first in a descending index, as the newest-first sort wants;
            # spelling NULLS FIRST out would break SQLite, which cannot index it.)
            models.Index(
                fields=["-reported_on", "-id"],
                name="claims_claim_visible_date_idx",
                condition=VISIBLE,
            ),
            # Largest figure first, with the claims lacking a lower figure last: that index,
            # claims_claim_visible_value_idx, is made by migration 0004 on PostgreSQL only, since
            # SQLite cannot index NULLS LAST (and would rebuild it on every table change).
            # An actor's page (its claims newest first, their count, their topics) and the claim
            # counts of the actor list, all index-only.
            models.Index(
                fields=["actor", "-reported_on", "-id"],
                include=["topic"],
                name="claims_claim_visible_actor_idx",
                condition=VISIBLE,
            ),
            # The claim counts of the topic list, index-only.
            models.Index(
                fields=["topic", "-reported_on"],
                name="claims_claim_visible_topic_idx",
                condition=VISIBLE,
            ),
            # Each actor's latest and first figure per topic (claims.compare): DISTINCT ON over
            # these reads one index in order, forwards for the latest, backwards for the first.
            models.Index(
                fields=["topic", "actor", "-reported_on", "-id"],
                name="claims_claim_topic_figures_idx",
                condition=COMPARABLE,
            ),
            models.Index(
                fields=["actor", "topic", "-reported_on", "-id"],
                name="claims_claim_actor_figures_idx",
                condition=COMPARABLE & Q(topic__isnull=False),
            ),
        ]

    def __str__(self):
        return f"{self.figure_display()} {self.subject} ({self.get_category_display()})".strip()

    def save(self, *args, **kwargs):
        self.reported_on = self.stated_on or self.article_published_on()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("claim_detail", args=[self.pk])

    def article_published_on(self):
        return self.article.published_on if self.article_id else None

    @property
    def has_figure(self) -> bool:
        return self.value_low is not None or self.value_high is not None

    def figure_display(self) -> str:
        """The figure as a reader scans it: "~10,000", "≥ 3,000", "≤ 8,000", "11,000–12,000"."""
        low, high = self.value_low, self.value_high
        if low is None and high is None:
            return ""
        if low is not None and high is not None and low != high:
            return f"{low:,}–{high:,}"
        if low is not None and high is not None:
            return f"~{low:,}" if self.qualifier == Claim.Qualifier.APPROXIMATELY else f"{low:,}"
        if low is not None:
            return f"> {low:,}" if self.qualifier == Claim.Qualifier.MORE_THAN else f"≥ {low:,}"
        if self.qualifier == Claim.Qualifier.NEARLY:
            return f"≲ {high:,}"
        return f"< {high:,}" if self.qualifier == Claim.Qualifier.LESS_THAN else f"≤ {high:,}"
