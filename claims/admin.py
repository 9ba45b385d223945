"""The admin for actors, places, topics and claims; actors, topics and claims keep their history.

Claims run to hundreds of thousands of rows: every foreign key is picked by autocomplete or raw id,
list columns come with their joins, and the list does not count the whole table on each page.
"""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Actor, Claim, Place, Topic


@admin.register(Actor)
class ActorAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "title", "parent", "is_reviewed", "created_at"]
    list_filter = ["kind", "is_reviewed"]
    list_select_related = ["parent"]
    search_fields = ["name", "slug", "aliases", "title"]
    autocomplete_fields = ["parent"]
    prepopulated_fields = {"slug": ["name"]}
    history_list_display = ["name", "parent"]


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "parent", "created_at"]
    list_filter = ["kind"]
    list_select_related = ["parent"]
    search_fields = ["name", "slug", "aliases"]
    autocomplete_fields = ["parent"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Topic)
class TopicAdmin(SimpleHistoryAdmin):
    list_display = ["title", "category", "subject", "place", "status", "created_at"]
    list_filter = ["category", "status"]
    list_select_related = ["place"]
    search_fields = ["title", "subject", "slug"]
    autocomplete_fields = ["place"]
    prepopulated_fields = {"slug": ["title"]}


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = [
        "figure",
        "category",
        "subject",
        "topic",
        "actor",
        "reported_on",
        "status",
        "outlet",
    ]
    list_display_links = ["figure"]
    list_filter = ["status", "category", "qualifier", "is_edited"]
    list_select_related = ["topic", "actor", "article__outlet"]
    search_fields = ["wording", "quote", "statement", "subject", "actor_name", "place_name"]
    autocomplete_fields = ["topic", "actor", "relayed_by", "place", "article"]
    raw_id_fields = ["article_version", "created_by", "reviewed_by"]
    readonly_fields = ["reported_on", "created_at", "updated_at"]
    show_full_result_count = False
    # Facet counts would count the whole table once per filter option on every page.
    show_facets = admin.ShowFacets.NEVER
    history_list_display = ["status", "value_low", "value_high", "topic"]

    @admin.display(description="figure", ordering="value_low")
    def figure(self, claim):
        return claim.figure_display() or "statement"

    @admin.display(description="outlet", ordering="article__outlet__name")
    def outlet(self, claim):
        return claim.article.outlet
