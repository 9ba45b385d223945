"""The home page: every claim as a row, narrowed by the filter form, paged without counting."""

from django.core.cache import cache
from django.db.models import Max
from django.shortcuts import render
from django.views.decorators.vary import vary_on_headers

from sources.models import Article, Outlet

from ..filters import ClaimFilterForm, PageForm, filter_claims, paginate_claims
from ..models import Actor, Claim, Place, Topic

COUNTS_CACHE_KEY = "claims:home-counts"
COUNTS_CACHE_SECONDS = 60
# Filtered lists say "1,000+ match" rather than count a million rows on every keystroke.
MATCH_COUNT_LIMIT = 1000
# The filter inputs suggest this many names each; any other is still typed by name or slug.
CHOICES_LIMIT = 500


def database_counts() -> dict:
    """What is in the database, for the home page; counted at most once a minute."""

    def count():
        return {
            "claims": Claim.objects.visible().count(),
            "topics": Topic.objects.count(),
            "actors": Actor.objects.count(),
            "articles": Article.objects.count(),
            "outlets": Outlet.objects.count(),
            "latest": Claim.objects.visible().aggregate(latest=Max("reported_on"))["latest"],
        }

    return cache.get_or_set(COUNTS_CACHE_KEY, count, COUNTS_CACHE_SECONDS)


def bounded_count(claims, limit: int | None = None) -> tuple[int, bool]:
    """How many claims match, counting no further than `limit` (and whether it stopped there)."""
    limit = limit or MATCH_COUNT_LIMIT
    found = claims.order_by().values("pk")[: limit + 1].count()
    return min(found, limit), found > limit


@vary_on_headers("HX-Request")
def claim_list(request):
    """Claims, filtered by the query string; an HTMX request gets the results block only."""
    form, paging = ClaimFilterForm(request.GET), PageForm(request.GET)
    context = {"form": form, "paging": paging, "page": None}
    if form.is_valid() and paging.is_valid():
        claims = filter_claims(form.cleaned_data)
        context["page"] = paginate_claims(
            claims,
            sort=form.cleaned_data["sort"],
            page=paging.cleaned_data["page"],
            cursor=paging.cleaned_data["cursor"],
        )
        # Not for a text search: PostgreSQL answers a full-text count from a bitmap of every
        # match, so even a bounded count costs seconds for a common word over a million claims.
        if form.is_filtered() and not form.cleaned_data["q"]:
            context["matches"], context["more_matches"] = bounded_count(claims)
    context.update(_page_links(request, context["page"]))
    template = "claims/claim_list.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#results"
    else:
        context["counts"] = database_counts()
        context["choices"] = filter_choices()
    # A bad filter is a 400 for the page; htmx only swaps successful answers, so the message
    # reaches an HTMX request as a 200.
    status = 200 if context["page"] is not None or request.htmx else 400
    return render(request, template, context, status=status)


def filter_choices() -> dict:
    """Suggestions for the topic/actor/place/outlet inputs. Lazy: the template caches their HTML."""
    return {
        "topics": Topic.objects.order_by("title").values_list("slug", "title")[:CHOICES_LIMIT],
        "actors": Actor.objects.order_by("name").values_list("slug", "name")[:CHOICES_LIMIT],
        "places": Place.objects.order_by("name").values_list("slug", "name")[:CHOICES_LIMIT],
        "outlets": Outlet.objects.order_by("name").values_list("domain", "name")[:CHOICES_LIMIT],
    }


def _page_links(request, page) -> dict:
    """The filters as a query string, and the links to the neighbouring pages that keep them."""
    query = request.GET.copy()
    for name in ("page", "cursor"):
        query.pop(name, None)
    links = {"query": query.urlencode()}
    for side in ("next", "previous"):
        params = getattr(page, side) if page else None
        if params:
            neighbour = query.copy()
            neighbour.update(params)
            links[f"{side}_query"] = neighbour.urlencode()
    return links
