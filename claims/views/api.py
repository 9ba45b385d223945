"""The read-only JSON API: claims, topics, actors and articles, filtered and paged.

Plain views returning JSON: the API is four read-only lists whose claims filter is the home page's
own form, so a framework would add a second way to describe the same filters and little else. The
OpenAPI description lives beside these views in claims/openapi.py and the tests hold it to the real
responses.
"""

from django import forms
from django.http import JsonResponse

from sources.models import Article

from ..filters import (
    MAX_PAGE_SIZE,
    PAGE_SIZE,
    ClaimFilterForm,
    PageForm,
    filter_claims,
    paginate_claims,
)
from ..models import Actor, Category, Place, Topic
from ..openapi import openapi_document


def _bad_request(*forms_) -> JsonResponse:
    errors = {}
    for form in forms_:
        errors.update({field: list(messages) for field, messages in form.errors.items()})
    return JsonResponse({"errors": errors}, status=400)


def _link(request, **params) -> str:
    query = request.GET.copy()
    for name in ("page", "cursor"):
        query.pop(name, None)
    query.update(params)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def _ref(obj, name="name"):
    """A related object as {id, slug, name}, or None."""
    if obj is None:
        return None
    return {"id": obj.pk, "slug": obj.slug, name: getattr(obj, name)}


def claim_json(claim, request) -> dict:
    """One claim as the API shows it."""
    article, outlet = claim.article, claim.article.outlet
    return {
        "id": claim.pk,
        "url": request.build_absolute_uri(claim.get_absolute_url()),
        "figure": claim.figure_display(),
        "value_low": claim.value_low,
        "value_high": claim.value_high,
        "qualifier": claim.qualifier,
        "wording": claim.wording,
        "statement": claim.statement,
        "category": claim.category,
        "subject": claim.subject,
        "topic": _ref(claim.topic, "title"),
        "place": _ref(claim.place),
        "place_as_named": claim.place_name,
        "actor": _ref(claim.actor),
        "actor_as_named": claim.actor_name,
        "relayed_by": _ref(claim.relayed_by),
        "quote": claim.quote,
        "stated_on": claim.stated_on,
        "as_of": claim.as_of,
        "reported_on": claim.reported_on,
        "status": claim.status,
        "article": {
            "id": article.pk,
            "url": article.url,
            "title": article.title,
            "published_on": article.published_on,
            "outlet": {"name": outlet.name, "domain": outlet.domain} if outlet else None,
        },
    }


def api_claims(request):
    """Claims, with the home page's filters; `next`/`previous` links carry a cursor."""
    form, paging = ClaimFilterForm(request.GET), PageForm(request.GET)
    if not (form.is_valid() and paging.is_valid()):
        return _bad_request(form, paging)
    page = paginate_claims(
        filter_claims(form.cleaned_data),
        sort=form.cleaned_data["sort"],
        page=paging.cleaned_data["page"],
        cursor=paging.cleaned_data["cursor"],
    )
    return JsonResponse(
        {
            "next": _link(request, **page.next) if page.next else None,
            "previous": _link(request, **page.previous) if page.previous else None,
            "results": [claim_json(claim, request) for claim in page.rows],
        }
    )


class ListForm(forms.Form):
    """Paging shared by the topic, actor and article lists: after an id, so many at a time."""

    q = forms.CharField(required=False, max_length=200)
    cursor = forms.IntegerField(required=False, min_value=0)
    limit = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE_SIZE)


class TopicListForm(ListForm):
    category = forms.ChoiceField(required=False, choices=[("", "any"), *Category.choices])
    place = forms.SlugField(required=False)
    status = forms.ChoiceField(required=False, choices=[("", "any"), *Topic.Status.choices])


class ActorListForm(ListForm):
    kind = forms.ChoiceField(required=False, choices=[("", "any"), *Actor.Kind.choices])
    within = forms.SlugField(required=False, help_text="Only this actor and those nested under it")


class ArticleListForm(ListForm):
    outlet = forms.CharField(required=False, max_length=253)
    status = forms.ChoiceField(required=False, choices=[("", "any"), *Article.Status.choices])
    date_from = forms.DateField(required=False)
    date_to = forms.DateField(required=False)


def _id_page(request, rows, form, to_json) -> JsonResponse:
    """One page of `rows` in id order after the `cursor` id, with a `next` link when more remain."""
    limit = form.cleaned_data["limit"] or PAGE_SIZE
    if form.cleaned_data["cursor"] is not None:
        rows = rows.filter(pk__gt=form.cleaned_data["cursor"])
    page = list(rows.order_by("pk")[: limit + 1])
    more, page = len(page) > limit, page[:limit]
    return JsonResponse(
        {
            "next": _link(request, cursor=page[-1].pk) if more else None,
            "results": [to_json(row) for row in page],
        }
    )


def _within(model, slug):
    """The ids of the node named by `slug` and all nested under it; empty when there is none."""
    root = model.objects.filter(slug=slug).values_list("pk", flat=True).first()
    return model.descendant_ids(root) if root else set()


def api_topics(request):
    """Topics: the questions claims answer, by category, place (with places inside it) or words."""
    form = TopicListForm(request.GET)
    if not form.is_valid():
        return _bad_request(form)
    data, topics = form.cleaned_data, Topic.objects.select_related("place")
    if data["category"]:
        topics = topics.filter(category=data["category"])
    if data["status"]:
        topics = topics.filter(status=data["status"])
    if data["place"]:
        topics = topics.filter(place_id__in=_within(Place, data["place"]))
    if data["q"]:
        topics = topics.filter(title__icontains=data["q"])

    def to_json(topic):
        return {
            "id": topic.pk,
            "slug": topic.slug,
            "title": topic.title,
            "url": request.build_absolute_uri(topic.get_absolute_url()),
            "category": topic.category,
            "subject": topic.subject,
            "place": _ref(topic.place),
            "status": topic.status,
            "description": topic.description,
        }

    return _id_page(request, topics, form, to_json)


def api_actors(request):
    """Actors, with their parent and aliases; `within` narrows to one actor and those under it."""
    form = ActorListForm(request.GET)
    if not form.is_valid():
        return _bad_request(form)
    data, actors = form.cleaned_data, Actor.objects.select_related("parent")
    if data["kind"]:
        actors = actors.filter(kind=data["kind"])
    if data["within"]:
        actors = actors.filter(pk__in=_within(Actor, data["within"]))
    if data["q"]:
        actors = actors.filter(name__icontains=data["q"])

    def to_json(actor):
        return {
            "id": actor.pk,
            "slug": actor.slug,
            "name": actor.name,
            "url": request.build_absolute_uri(actor.get_absolute_url()),
            "kind": actor.kind,
            "title": actor.title,
            "aliases": actor.aliases,
            "parent": _ref(actor.parent),
        }

    return _id_page(request, actors, form, to_json)


def api_articles(request):
    """Articles (without their text), by outlet domain, ingestion status, publication date or title."""
    form = ArticleListForm(request.GET)
    if not form.is_valid():
        return _bad_request(form)
    data, articles = form.cleaned_data, Article.objects.select_related("outlet")
    if data["outlet"]:
        articles = articles.filter(outlet__domain=data["outlet"].lower().removeprefix("www."))
    if data["status"]:
        articles = articles.filter(status=data["status"])
    if data["date_from"]:
        articles = articles.filter(published_on__gte=data["date_from"])
    if data["date_to"]:
        articles = articles.filter(published_on__lte=data["date_to"])
    if data["q"]:
        articles = articles.filter(title__icontains=data["q"])

    def to_json(article):
        outlet = article.outlet
        return {
            "id": article.pk,
            "url": article.url,
            "page": request.build_absolute_uri(article.get_absolute_url()),
            "title": article.title,
            "author": article.author,
            "published_on": article.published_on,
            "language": article.language,
            "outlet": {"name": outlet.name, "domain": outlet.domain} if outlet else None,
            "status": article.status,
            "claims_found": article.claims_found,
        }

    return _id_page(request, articles, form, to_json)


def api_schema(request):
    """The OpenAPI 3.1 description of this API."""
    return JsonResponse(openapi_document(request.build_absolute_uri("/api/")))
