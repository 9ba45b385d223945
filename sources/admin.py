"""The admin for outlets, articles, their versions and feeds.

Tables grow to hundreds of thousands of rows: foreign keys are picked by autocomplete or raw id,
never from a select of every row, and list columns are fetched with their joins.
"""

from django.contrib import admin

from .models import Article, ArticleVersion, Feed, Outlet, Submission


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "homepage", "created_at"]
    search_fields = ["name", "domain"]
    ordering = ["name"]


class ArticleVersionInline(admin.TabularInline):
    """An article's fetches, newest first; the text itself is on each version's own page."""

    model = ArticleVersion
    fields = ["title", "content_hash", "fetched_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True
    ordering = ["-fetched_at"]

    def has_add_permission(self, request, obj=None):
        # A version is what a fetch found: the fetcher adds them, people do not.
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "outlet", "published_on", "status", "origin", "submitted_at"]
    list_filter = ["status", "origin", "language"]
    list_select_related = ["outlet"]
    search_fields = ["title", "url"]
    autocomplete_fields = ["outlet", "feed"]
    raw_id_fields = ["submitted_by"]
    readonly_fields = ["status_changed_at", "submitted_at", "fetched_at", "updated_at"]
    inlines = [ArticleVersionInline]
    # Counting every article for "N total", or for each filter option, costs a scan of a large table.
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER


@admin.register(ArticleVersion)
class ArticleVersionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "article", "fetched_at", "content_hash"]
    list_select_related = ["article"]
    search_fields = ["article__title", "article__url", "content_hash"]
    raw_id_fields = ["article"]
    readonly_fields = ["content_hash", "fetched_at"]
    show_full_result_count = False


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ["__str__", "outlet", "is_active", "poll_interval", "last_polled_at", "error"]
    list_filter = ["is_active"]
    list_select_related = ["outlet"]
    search_fields = ["title", "url"]
    autocomplete_fields = ["outlet"]
    raw_id_fields = ["added_by"]
    readonly_fields = ["last_polled_at", "created_at"]


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "article", "user", "duplicate", "created_at"]
    list_filter = ["duplicate"]
    list_select_related = ["article", "user"]
    search_fields = ["url", "article__title", "article__url", "user__username"]
    raw_id_fields = ["article", "user"]
    readonly_fields = ["created_at"]
    show_full_result_count = False
