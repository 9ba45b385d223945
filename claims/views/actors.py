"""Actors: the list, and one actor's page (who they are, their claims, topics, how they compare)."""

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils import timezone

from claims.compare import actor_standings, compare_topics
from claims.models import Actor, Claim, Topic
from claims.pagecache import cached
from claims.views.topics import visible_claim_count

ACTORS_PER_PAGE = 50
CLAIMS_PER_PAGE = 25
# The actor page lists this many of the actor's topics (most figures first) and compares the actor's
# figures with others' on the first COMPARED_TOPICS of them.
TOPICS_SHOWN = 30
COMPARED_TOPICS = 10


def actor_list(request):
    """Actors by name with their parent and how many visible claims they made; searchable."""
    query = request.GET.get("q", "").strip()
    kind = request.GET.get("kind", "")
    table = cached(
        "actor-list",
        sorted(request.GET.lists()),
        lambda: render_actor_table(request, query=query, kind=kind),
    )
    context = {"table_html": table, "query": query, "kind": kind, "kinds": Actor.Kind.choices}
    return render(request, "claims/actor_list.html", context)


def render_actor_table(request, *, query: str, kind: str) -> str:
    """One page of the actor list and its page links, as HTML (the same for every visitor: the
    links read only the query string, so the request goes in for that alone)."""
    actors = Actor.objects.select_related("parent").annotate(
        claim_count=visible_claim_count("actor")
    )
    if query:
        actors = actors.filter(Q(name__icontains=query) | Q(title__icontains=query))
    if kind in Actor.Kind.values:
        actors = actors.filter(kind=kind)
    page = Paginator(actors.order_by("name", "pk"), ACTORS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    context = {"page": page, "query": query, "request": request}
    return render_to_string("claims/actor_list.html#table", context)


def actor_detail(request, slug):
    """Who the actor is, every claim they made (paged), their topics, and how they compare."""
    # Everything below the site header is the same for everybody: served from the cache until data
    # changes, without a query (an unknown slug raises Http404 and caches nothing).
    title, body = cached(
        "actor-page",
        (slug, sorted(request.GET.lists())),
        lambda: render_actor_page(request, slug),
    )
    return render(request, "claims/actor_detail.html", {"title": title, "body_html": body})


def render_actor_page(request, slug: str) -> tuple[str, str]:
    """The actor's name and its page below the site header as HTML, the same for every visitor
    (the request goes in for the page links, which read only its query string)."""
    actor = get_object_or_404(Actor.objects.select_related("parent__parent__parent"), slug=slug)
    claims = (
        Claim.objects.visible()
        .filter(actor=actor)
        .select_related("topic", "article__outlet", "place")
        .order_by("-reported_on", "-pk")
    )
    page = Paginator(claims, CLAIMS_PER_PAGE).get_page(request.GET.get("page"))
    spoken_to, standings = cached("actor-standings", actor.pk, lambda: actor_topics(actor))
    context = {
        "actor": actor,
        "ancestors": actor.ancestors(),
        "children": list(actor.children.order_by("name")[:50]),
        "page": page,
        "spoken_to": spoken_to,
        "standings": standings,
        "request": request,
    }
    return actor.name, render_to_string("claims/actor_detail.html#body", context)


def actor_topics(actor) -> tuple[list, list]:
    """The topics the actor speaks to most (with how many claims each), and how its latest figures
    on the busiest of them stand against everyone else's."""
    counts = (
        Claim.objects.visible()
        .filter(actor=actor, topic__isnull=False)
        .values("topic_id")
        .annotate(count=Count("pk"))
        .order_by("-count", "topic_id")[:TOPICS_SHOWN]
    )
    count_by_topic = {row["topic_id"]: row["count"] for row in counts}
    topics = Topic.objects.select_related("place").in_bulk(list(count_by_topic))
    spoken_to = [(topics[pk], count) for pk, count in count_by_topic.items() if pk in topics]
    compared = [topic for topic, _ in spoken_to[:COMPARED_TOPICS]]
    return spoken_to, actor_standings(actor, compare_topics(compared, on=timezone.localdate()))
