"""Competing figures side by side: chosen topics across actors, or chosen actors across topics.

Both pages are GET forms that work without JavaScript; with htmx, changing the form swaps in the
results partial and pushes the URL, so a comparison can be bookmarked and shared.
"""

import datetime

from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.views.decorators.vary import vary_on_headers

from claims import compare
from claims.models import Actor, Topic
from claims.pagecache import cached

MAX_CHOSEN = 20
CANDIDATES_SHOWN = 40


def chosen_date(raw: str) -> tuple[datetime.date, str]:
    """The "as of" date from the form (today when empty), and a message when it is not a date."""
    today = timezone.localdate()
    raw = raw.strip()
    if not raw:
        return today, ""
    try:
        parsed = parse_date(raw)
    except ValueError:
        parsed = None
    if parsed is None:
        return today, f"“{raw}” is not a date (use YYYY-MM-DD); showing figures as of today."
    return parsed, ""


def chosen(model, slugs: list[str], noun: str):
    """The objects named in the form (in the order given), and a message naming any unknown."""
    slugs = list(dict.fromkeys(slug for slug in slugs if slug))[:MAX_CHOSEN]
    found = model.objects.in_bulk(slugs, field_name="slug")
    missing = [slug for slug in slugs if slug not in found]
    message = f"No {noun} called {', '.join(missing)}; left out." if missing else ""
    return [found[slug] for slug in slugs if slug in found], message


def candidates(queryset, search: str, field: str, exclude: list):
    """Choices to tick: those matching the search (or the first few by name), minus the chosen."""
    if search:
        queryset = queryset.filter(**{f"{field}__icontains": search})
    return list(queryset.exclude(pk__in=[obj.pk for obj in exclude])[:CANDIDATES_SHOWN])


@vary_on_headers("HX-Request")
def compare_topics(request):
    """Each actor's latest (at the chosen date) and first figure on the chosen topics."""
    return _compare_page(request, "claims/compare.html", topic_results, search_param="tq")


@vary_on_headers("HX-Request")
def compare_actors(request):
    """The chosen actors' latest and first figures on every topic all of them speak to."""
    return _compare_page(request, "claims/compare_actors.html", actor_results, search_param="aq")


def _compare_page(request, template: str, results, *, search_param: str):
    """The compare page, or (to htmx) its results: the choices, any messages and the comparison.

    The results are the same for every visitor with the same query string on the same day (the
    date is the default "as of"), so they are rendered once per data version and shared.
    """
    on, date_message = chosen_date(request.GET.get("on", ""))
    key = (sorted(request.GET.lists()), timezone.localdate())
    html = cached(template, key, lambda: results(request, on=on, date_message=date_message))
    if request.htmx:
        return HttpResponse(html)
    search = request.GET.get(search_param, "").strip()
    context = {"on": on, "search": search, "results_html": html}
    return render(request, template, context)


def topic_results(request, *, on, date_message: str) -> str:
    """The topic comparison's results block as HTML."""
    topics, topic_message = chosen(Topic, request.GET.getlist("topic"), "topic")
    search = request.GET.get("tq", "").strip()
    context = {
        "on": on,
        "search": search,
        "chosen": topics,
        "candidates": candidates(Topic.objects.order_by("title"), search, "title", topics),
        "comparison_html": topics
        and cached(
            "compare-topics",
            ([topic.pk for topic in topics], on),
            lambda: render_to_string(
                "claims/compare.html#comparison",
                {
                    "on": on,
                    "comparison": compare.compare_topics(topics, on=on),
                    "outlier_factor": compare.OUTLIER_FACTOR,
                },
            ),
        ),
        "errors": [m for m in (date_message, topic_message) if m],
    }
    return render_to_string("claims/compare.html#results", context)


def actor_results(request, *, on, date_message: str) -> str:
    """The actor comparison's results block as HTML."""
    actors, actor_message = chosen(Actor, request.GET.getlist("actor"), "actor")
    search = request.GET.get("aq", "").strip()
    errors = [m for m in (date_message, actor_message) if m]
    if len(actors) == 1:
        errors.append("Pick at least two actors to compare.")
    context = {
        "on": on,
        "search": search,
        "chosen": actors,
        "candidates": candidates(Actor.objects.order_by("name"), search, "name", actors),
        "comparison_html": len(actors) >= 2
        and cached(
            "compare-actors",
            ([actor.pk for actor in actors], on),
            lambda: render_to_string(
                "claims/compare_actors.html#comparison",
                {
                    "on": on,
                    "comparison": compare.compare_actors(actors, on=on),
                    "max_shared": compare.MAX_SHARED_TOPICS,
                },
            ),
        ),
        "errors": errors,
    }
    return render_to_string("claims/compare_actors.html#results", context)
