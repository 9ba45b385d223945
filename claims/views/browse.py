"""The home page: every claim as a row, narrowed by the filter form, paged without counting."""

from dataclasses import dataclass
from urllib.parse import quote

from django.core.cache import cache
from django.db.models import Max
from django.shortcuts import render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.views.decorators.vary import vary_on_headers

from sources.models import Article, Outlet

from ..filters import ClaimFilterForm, PageForm, filter_claims, paginate_claims
from ..models import Actor, Category, Claim, Place, Topic
from ..timeline import url_maker

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
        context["page"] = page = paginate_claims(
            claims,
            sort=form.cleaned_data["sort"],
            page=paging.cleaned_data["page"],
            cursor=paging.cleaned_data["cursor"],
        )
        context["rows"] = claim_rows(page.rows)
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


@dataclass
class ClaimRow:
    """What one row of the claims table shows, worked out in Python: 50 rows of template tags,
    filters and includes cost more than the query that found them."""

    status: str
    status_label: str
    url: str
    figure: str
    what: str
    what_url: str
    category: str
    place: str
    place_url: str
    actor: str
    actor_url: str
    relayed_by: str
    outlet: str
    outlet_url: str
    article_url: str
    article_title: str
    date: str
    date_label: str


CATEGORY_LABELS = dict(Category.choices)
STATUS_LABELS = dict(Claim.Status.choices)


def claim_rows(claims) -> list[ClaimRow]:
    """The table rows of a page of claims (their topic, actors, place and outlet already joined)."""
    claim_url, article_url = url_maker("claim_detail"), url_maker("article_detail")
    topic_url, actor_url = _slug_url_maker("topic_detail"), _slug_url_maker("actor_detail")
    list_url = reverse("claim_list")
    rows = []
    for claim in claims:
        topic, place, actor, outlet = claim.topic, claim.place, claim.actor, claim.article.outlet
        rows.append(
            ClaimRow(
                status=claim.status,
                status_label=STATUS_LABELS.get(claim.status, claim.status),
                url=claim_url(claim.pk),
                figure=claim.figure_display() if claim.has_figure else "statement",
                what=(claim.subject or topic.subject)
                if topic
                else Truncator(claim.subject or claim.statement).chars(140),
                what_url=topic_url(topic.slug) if topic else "",
                category=CATEGORY_LABELS.get(claim.category, claim.category),
                place=place.name if place else claim.place_name or "—",
                place_url=f"{list_url}?place={quote(place.slug, safe='/')}" if place else "",
                actor=actor.name if actor else claim.actor_name,
                actor_url=actor_url(actor.slug) if actor else "",
                relayed_by=claim.relayed_by.name if claim.relayed_by_id else "",
                outlet=outlet.name if outlet else "",
                outlet_url=f"{list_url}?outlet={quote(outlet.domain, safe='/')}" if outlet else "",
                article_url=article_url(claim.article_id),
                article_title=claim.article.title,
                date=claim.reported_on.isoformat() if claim.reported_on else "",
                date_label=date_format(claim.reported_on, "j M Y") if claim.reported_on else "",
            )
        )
    return rows


def _slug_url_maker(name: str):
    """Like url_maker, for routes that take a slug."""
    head, tail = reverse(name, args=["0"]).rsplit("0", 1)
    return lambda slug: f"{head}{quote(slug, safe='')}{tail}"
