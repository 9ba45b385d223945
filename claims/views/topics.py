"""Topics: the list, and one topic's timeline (chart, figures in order, each actor's latest)."""

from django.core.paginator import Paginator
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string

from claims.charts import build_chart, render_chart
from claims.models import Category, Claim, Topic
from claims.pagecache import cached
from claims.timeline import topic_timeline

TOPICS_PER_PAGE = 50


def visible_claim_count(outer_field: str):
    """A per-row count of visible claims, as a correlated subquery.

    A subquery runs only for the rows of the page shown (through the claims' topic or actor index),
    where a JOIN + GROUP BY would aggregate every claim in the database first.
    """
    counted = (
        Claim.objects.visible()
        .filter(**{outer_field: OuterRef("pk")})
        .order_by()
        .values(outer_field)
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def topic_list(request):
    """Topics by title, with how many visible claims each has; searchable by title and category."""
    query = request.GET.get("q", "").strip()
    category = request.GET.get("category", "")
    table = cached(
        "topic-list",
        sorted(request.GET.lists()),
        lambda: render_topic_table(request, query=query, category=category),
    )
    context = {"table_html": table, "query": query, "category": category}
    context["categories"] = Category.choices
    return render(request, "claims/topic_list.html", context)


def render_topic_table(request, *, query: str, category: str) -> str:
    """One page of the topic list and its page links, as HTML (the same for every visitor: the
    links read only the query string, so the request goes in for that alone)."""
    topics = Topic.objects.select_related("place").annotate(
        claim_count=visible_claim_count("topic")
    )
    if query:
        topics = topics.filter(title__icontains=query)
    if category in Category.values:
        topics = topics.filter(category=category)
    page = Paginator(topics.order_by("title", "pk"), TOPICS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    context = {"page": page, "query": query, "request": request}
    return render_to_string("claims/topic_list.html#table", context)


def topic_detail(request, slug):
    """A topic's timeline: the chart, every figure in order with its changes, each actor's latest."""
    # Everything below the site header is the same for everybody: served from the cache until data
    # changes, without a query (an unknown slug raises Http404 and caches nothing).
    title, body = cached("topic-page", slug, lambda: render_topic_page(slug))
    return render(request, "claims/topic_detail.html", {"title": title, "body_html": body})


def render_topic_page(slug: str) -> tuple[str, str]:
    """The topic's title and its page below the site header, as HTML."""
    topic = get_object_or_404(Topic.objects.select_related("place"), slug=slug)
    context = {
        "topic": topic,
        "timeline_html": cached("topic-timeline", topic.pk, lambda: render_timeline(topic)),
    }
    return topic.title, render_to_string("claims/topic_detail.html#body", context)


def render_timeline(topic) -> str:
    """The chart and the two tables of a topic's page, as HTML (the same for every visitor)."""
    timeline = topic_timeline(topic)
    chart = build_chart(timeline, subject=topic.title)
    context = {"topic": topic, "timeline": timeline, "chart_svg": render_chart(chart)}
    return render_to_string("claims/topic_detail.html#timeline", context)
