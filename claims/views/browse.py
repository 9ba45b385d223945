"""The home page: every claim as a row, narrowed by the filter form, paged without counting."""

import json
from dataclasses import dataclass
from urllib.parse import quote

from django.db import connections
from django.db.models import Max
from django.http import HttpResponse, QueryDict
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.views.decorators.vary import vary_on_headers

from sources.models import Article, Outlet

from ..filters import ClaimFilterForm, PageForm, filter_claims, paginate_claims
from ..models import Actor, Category, Claim, Place, Topic
from ..pagecache import cached, data_version
from ..timeline import url_maker

# Filtered lists say "1,000+ match" rather than count a million rows on every keystroke.
MATCH_COUNT_LIMIT = 1000
# The filter inputs suggest this many names each; any other is still typed by name or slug.
CHOICES_LIMIT = 500
# What the home page reads from its query string: the filters and where in the list to start.
PAGE_PARAMS = (*ClaimFilterForm.base_fields, *PageForm.base_fields)
# The suggestions' address carries the data version, so a browser may keep them this long.
CHOICES_BROWSER_SECONDS = 3600
# Tables with more rows than this (by PostgreSQL's statistics) are counted by the planner's estimate.
EXACT_COUNT_LIMIT = 100_000


def table_rows(*models) -> dict:
    """Each model's number of table rows by PostgreSQL's statistics (kept by ANALYZE and
    autovacuum; -1 for a table never analysed), in one query; empty on other databases."""
    connection = connections[Claim.objects.db]
    if connection.vendor != "postgresql":
        return {}
    tables = [model._meta.db_table for model in models]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, reltuples::bigint FROM pg_class"
            " WHERE oid IN (" + ", ".join(["%s::regclass"] * len(tables)) + ")",
            tables,
        )
        rows = dict(cursor.fetchall())
    return {model: rows.get(model._meta.db_table, -1) for model in models}


def estimated_count(queryset, rows_in_table: int | None) -> tuple[int, bool]:
    """How many rows `queryset` has, and whether that is an estimate.

    Counting a million claims exactly reads the whole visible-claims index (60-130 ms), and the
    counts are made again after every save. Over EXACT_COUNT_LIMIT rows in the table, the planner's
    row estimate of the same query answers instead, within a percent or two; a small table, or a
    database without statistics, is counted exactly.
    """
    if rows_in_table is None or rows_in_table <= EXACT_COUNT_LIMIT:
        return queryset.count(), False
    plan = json.loads(queryset.order_by().explain(format="json"))
    estimate = int(plan[0]["Plan"]["Plan Rows"])
    # Three significant figures: the page says "about 920,000", not a precision it does not have.
    return round(estimate, 3 - len(str(estimate))), True


def database_counts() -> dict:
    """What is in the database, for the home page; cached until data changes (pagecache)."""

    def count():
        sizes = table_rows(Claim, Article)
        claims, claims_estimated = estimated_count(Claim.objects.visible(), sizes.get(Claim))
        articles, articles_estimated = estimated_count(Article.objects.all(), sizes.get(Article))
        return {
            "claims": claims,
            "claims_estimated": claims_estimated,
            "topics": Topic.objects.count(),
            "actors": Actor.objects.count(),
            "articles": articles,
            "articles_estimated": articles_estimated,
            "outlets": Outlet.objects.count(),
            "latest": Claim.objects.visible().aggregate(latest=Max("reported_on"))["latest"],
        }

    return cached("home-counts", (), count)


def bounded_count(claims, limit: int | None = None) -> tuple[int, bool]:
    """How many claims match, counting no further than `limit` (and whether it stopped there)."""
    limit = limit or MATCH_COUNT_LIMIT
    found = claims.order_by().values("pk")[: limit + 1].count()
    return min(found, limit), found > limit


@vary_on_headers("HX-Request")
def claim_list(request):
    """Claims, filtered by the query string; an HTMX request gets the results block only.

    Everything below the site header is the same for every visitor with the same query string,
    so it is rendered once per data version (pagecache) and served to everybody from there.
    """
    htmx = request.htmx and not request.htmx.history_restore_request
    part = "results" if htmx else "body"
    params = page_params(request.GET)
    key = sorted(params.lists())
    status, html = cached(f"claim-list-{part}", key, lambda: render_claims(params, part))
    if htmx:
        # htmx only swaps successful answers, so a bad filter's message comes as a 200.
        return HttpResponse(html)
    return render(request, "claims/claim_list.html", {"body_html": html}, status=status)


def page_params(query: QueryDict) -> QueryDict:
    """The parameters of `query` the home page reads, empty ones left out: the page (and its cache
    key) is the same whatever else an address carries, and its links carry nothing else either,
    so one visitor's stray parameters never reach another's page."""
    params = QueryDict(mutable=True)
    for name in PAGE_PARAMS:
        if values := [value for value in query.getlist(name) if value]:
            params.setlist(name, values)
    return params


def render_claims(params: QueryDict, part: str) -> tuple[int, str]:
    """The HTTP status (400 for a bad filter) and the HTML of the page's `part`: "body" (counts,
    filter form and results) or "results" (the table and the pager, or what is wrong with the
    filters). It holds no token and nothing of the person asking: the filter form is a GET form.
    """
    form, paging = ClaimFilterForm(params), PageForm(params)
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
    context.update(_page_links(params, context["page"]))
    if part == "body":
        context["counts"] = database_counts()
        context["choices_version"] = data_version()
    status = 200 if context["page"] is not None else 400
    return status, render_to_string(f"claims/claim_list.html#{part}", context)


def filter_choices(request):
    """The filter inputs' suggestions (<datalist>s of topics, actors, places, outlets) as HTML.

    Fetched by the home page when a filter input first gets focus, so the page itself stays small;
    the page asks for it with the data version in the address, so browsers may keep it.
    """

    def render_choices():
        choices = {
            "topics": Topic.objects.order_by("title").values_list("slug", "title"),
            "actors": Actor.objects.order_by("name").values_list("slug", "name"),
            "places": Place.objects.order_by("name").values_list("slug", "name"),
            "outlets": Outlet.objects.order_by("name").values_list("domain", "name"),
        }
        choices = {name: rows[:CHOICES_LIMIT] for name, rows in choices.items()}
        return render_to_string("claims/claim_list.html#choices", {"choices": choices})

    response = HttpResponse(cached("filter-choices", (), render_choices))
    patch_cache_control(response, public=True, max_age=CHOICES_BROWSER_SECONDS)
    return response


def _page_links(params: QueryDict, page) -> dict:
    """The filters as a query string, and the links to the neighbouring pages that keep them."""
    query = params.copy()
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
