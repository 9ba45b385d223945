"""Where claims come from: outlets, the articles they publish, each article's versions, and feeds."""

import datetime
import hashlib

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse


class Outlet(models.Model):
    """Who publishes: a news organisation, a ministry's website, a blog. Found by its domain."""

    name = models.CharField(max_length=200)
    domain = models.CharField(
        max_length=253, unique=True, help_text="Host without www., lower case"
    )
    homepage = models.URLField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        indexes = [
            # The outlet filter on the claims page lists outlets by name.
            models.Index(fields=["name"], name="sources_outlet_name_idx"),
        ]

    def __str__(self):
        return self.name


class ArticleQuerySet(models.QuerySet):
    def pending(self):
        """Articles a worker has not finished with yet."""
        return self.filter(status__in=Article.Status.pending())

    def finished(self):
        return self.filter(status__in=[Article.Status.DONE, Article.Status.FAILED])


class Article(models.Model):
    """One published page, identified by its canonical URL, and where its ingestion stands."""

    class Status(models.TextChoices):
        QUEUED = "queued", "queued"
        FETCHING = "fetching", "fetching"
        EXTRACTING = "extracting", "extracting"
        DONE = "done", "done"
        FAILED = "failed", "failed"

        @classmethod
        def pending(cls):
            return [cls.QUEUED, cls.FETCHING, cls.EXTRACTING]

    class Origin(models.TextChoices):
        URL = "url", "submitted URL"
        TEXT = "text", "pasted text"
        UPLOAD = "upload", "uploaded file"
        FEED = "feed", "feed entry"
        DEMO = "demo", "demo data"

    url = models.URLField(max_length=2000, unique=True, help_text="Canonical URL")
    submitted_url = models.URLField(max_length=2000, blank=True, help_text="As first submitted")
    title = models.CharField(max_length=500, blank=True)
    author = models.CharField(max_length=300, blank=True)
    outlet = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.PROTECT, related_name="articles"
    )
    feed = models.ForeignKey(
        "Feed", null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    published_on = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=12, blank=True)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.URL)

    status = models.CharField(max_length=12, choices=Status.choices, default=Status.QUEUED)
    error = models.TextField(blank=True, help_text="Why ingestion failed, in words a person reads")
    attempts = models.PositiveIntegerField(default=0)
    claims_found = models.PositiveIntegerField(
        null=True, blank=True, help_text="How many claims extraction proposed, once it has run"
    )
    status_changed_at = models.DateTimeField(auto_now_add=True)

    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submitted_articles",
    )
    submitted_at = models.DateTimeField(auto_now_add=True)
    fetched_at = models.DateTimeField(null=True, blank=True)
    # Validators from the last fetch, so "fetch again" can ask the site whether anything changed.
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The Celery task that claimed the article for fetching. A message redelivered after its worker
    # died carries the same task id, which lets it take the article over instead of leaving it stuck.
    task_id = models.CharField(max_length=255, blank=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at"]
        indexes = [
            # The periodic sweep looks for articles stuck in queued/fetching since before a cutoff.
            models.Index(fields=["status", "status_changed_at"], name="sources_article_status_idx"),
            # The submissions list shows a user's latest submissions first.
            models.Index(
                fields=["submitted_by", "-submitted_at"], name="sources_article_submitter_idx"
            ),
            # Outlet pages and the outlet filter list an outlet's articles newest first.
            models.Index(fields=["outlet", "-published_on"], name="sources_article_outlet_idx"),
        ]

    def __str__(self):
        return self.title or self.url

    def get_absolute_url(self):
        return reverse("article_detail", args=[self.pk])

    @property
    def is_pending(self):
        return self.status in Article.Status.pending()

    @property
    def is_on_the_web(self):
        """False for pasted text and uploads that named no address: nothing to fetch again."""
        return self.url.startswith(("http://", "https://"))

    def latest_version(self):
        return self.versions.order_by("-fetched_at", "-pk").first()


def content_hash(text: str) -> str:
    """The hash that tells two fetches of an article apart: SHA-256 of the text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ArticleVersion(models.Model):
    """The text of an article as fetched at one time; a new one only when the text changed."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="versions")
    title = models.CharField(max_length=500, blank=True)
    text = models.TextField()
    content_hash = models.CharField(max_length=64)
    fetched_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-fetched_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "content_hash"],
                name="unique_%(app_label)s_%(class)s_article_text",
            ),
        ]

    def __str__(self):
        return f"{self.article} @ {self.fetched_at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if not self.content_hash:
            self.content_hash = content_hash(self.text)
        super().save(*args, **kwargs)


class Submission(models.Model):
    """One request by a person (or a command, or a feed poll) to ingest an article.

    Several submissions may point at one article: the same URL submitted twice, "fetch again", or a
    page whose canonical URL turned out to be an article we already had. The article carries the
    ingestion status; the submission is the row a person watches.
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="submissions")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
    )
    url = models.CharField(max_length=2000, blank=True, help_text="As typed, if a URL was given")
    duplicate = models.BooleanField(
        default=False, help_text="The article was already in the database when submitted"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            # The submissions page lists a user's latest submissions first.
            models.Index(fields=["user", "-created_at"], name="sources_submission_user_idx"),
        ]

    def __str__(self):
        return self.url or str(self.article)


class Feed(models.Model):
    """An RSS or Atom feed polled on a schedule; each new entry becomes an article."""

    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=300, blank=True)
    outlet = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="feeds"
    )
    is_active = models.BooleanField(default=True)
    poll_interval = models.DurationField(default=datetime.timedelta(minutes=30))
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title", "url"]
        indexes = [
            # The poller picks active feeds whose last poll is oldest.
            models.Index(
                fields=["is_active", "last_polled_at"],
                name="sources_feed_poll_idx",
                condition=Q(is_active=True),
            ),
        ]

    def __str__(self):
        return self.title or self.url
