"""Reviewing claims: the queue of proposals, one claim's page with its history, and the actions.

Every action is a small POST form. With HTMX it answers with the claim's updated row, swapped in
place; without JavaScript it redirects back to where the form was (post/redirect/get).
"""

import copy

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from sources.models import ArticleVersion
from sources.permissions import editor_required, is_editor

from .. import services
from ..forms import LOOKUPS, ClaimCorrectForm, ClaimMoveForm, ClaimRejectForm, ReviewFilterForm
from ..models import Claim

QUEUE_TEMPLATE = "claims/review_queue.html"
DETAIL_TEMPLATE = "claims/claim_detail.html"
QUEUE_PAGE_SIZE = 25
# What a row shows besides the claim itself, fetched in the same query.
ROW_RELATED = ("article__outlet", "actor", "relayed_by", "place", "topic", "reviewed_by")
# Bookkeeping that changes with every save and would bury the real changes in the history.
HISTORY_HIDDEN_FIELDS = ("updated_at", "reviewed_at", "reported_on")


def _claim(pk: int) -> Claim:
    return get_object_or_404(Claim.objects.select_related(*ROW_RELATED), pk=pk)


def _queue_url(request) -> str:
    query = request.GET.urlencode()
    return reverse("review_queue") + (f"?{query}" if query else "")


def _next_url(request, fallback: str) -> str:
    """Where a form came from, if it is on this site; the fallback otherwise."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if target and allowed else fallback


def _queue_context(request) -> dict:
    filters = ReviewFilterForm(request.GET)
    claims = filters.filter(Claim.objects.proposed().select_related(*ROW_RELATED))
    # Oldest first, and an article's claims together in reading order.
    claims = claims.order_by("reported_on", "article_id", "span_start", "pk")
    page = Paginator(claims, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    return {"filters": filters, "page": page, "next_url": _queue_url(request)}


@editor_required
@vary_on_headers("HX-Request")
def review_queue(request):
    """The proposed claims, oldest first, each with its quote highlighted in its sentence."""
    template = QUEUE_TEMPLATE + ("#queue" if request.htmx else "")
    return render(request, template, _queue_context(request))


@vary_on_headers("HX-Request")
def claim_detail(request, pk):
    """Everything about one claim and its history; editors also get the review actions."""
    claim = _claim(pk)
    if request.htmx and request.htmx.target == f"claim-{pk}":
        # "Cancel" in an inline correction asks for the row back.
        return _render_row(request, claim)
    return render(request, DETAIL_TEMPLATE, _detail_context(request, claim))


def _detail_context(request, claim: Claim, **extra) -> dict:
    supersedes = []
    if is_editor(request.user) and claim.status == Claim.Status.CONFIRMED:
        supersedes = list(services.claims_superseded_by(claim).select_related("article__outlet"))
    return {
        "claim": claim,
        "history": claim_history(claim),
        "supersedes": supersedes,
        "next_url": claim.get_absolute_url(),
        **extra,
    }


def _render_row(request, claim: Claim, **extra):
    next_url = _next_url(request, reverse("review_queue"))
    supersedes = []
    if claim.status == Claim.Status.CONFIRMED:
        supersedes = list(services.claims_superseded_by(claim)[:20])
    context = {"claim": claim, "next_url": next_url, "supersedes": supersedes, **extra}
    return render(request, QUEUE_TEMPLATE + "#row", context)


def _after_action(request, claim: Claim, *, message: str = "", error: str = "", **extra):
    """The updated row for HTMX; otherwise a message and a redirect back to the form's page."""
    if request.htmx:
        return _render_row(request, claim, row_message=message, row_error=error, **extra)
    if error:
        messages.error(request, error)
    elif message:
        messages.success(request, message)
    return redirect(_next_url(request, claim.get_absolute_url()))


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


@editor_required
@require_POST
@vary_on_headers("HX-Request")
def claim_confirm(request, pk):
    claim = _claim(pk)
    services.claim_confirm(claim=claim, user=request.user)
    return _after_action(request, claim, message="Confirmed.")


@editor_required
@require_POST
@vary_on_headers("HX-Request")
def claim_reject(request, pk):
    claim = _claim(pk)
    form = ClaimRejectForm(request.POST)
    if not form.is_valid():
        return _after_action(
            request, claim, error="The reason is too long (500 characters at most)."
        )
    services.claim_reject(claim=claim, user=request.user, reason=form.cleaned_data["reason"])
    return _after_action(request, claim, message="Rejected.")


@editor_required
@require_POST
@vary_on_headers("HX-Request")
def claim_move(request, pk):
    claim = _claim(pk)
    form = ClaimMoveForm(request.POST)
    if form.is_valid():
        topic = form.cleaned_data["topic"]
        try:
            services.claim_move(
                claim=claim, user=request.user, topic=topic, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            return _after_action(request, claim, error=_error_text(error), typed_topic=topic.slug)
        return _after_action(request, claim, message=f"Moved to “{topic.title}”.")
    error = " ".join(message for messages_ in form.errors.values() for message in messages_)
    return _after_action(request, claim, error=error, typed_topic=request.POST.get("topic", ""))


@editor_required
@vary_on_headers("HX-Request")
def claim_correct(request, pk):
    """The correction form (inline in the queue with HTMX, on the claim page without), and saving it."""
    claim = _claim(pk)
    data = request.POST if request.method == "POST" else None
    # The form validates a copy, so a rejected correction never shows half-applied on the page.
    form = ClaimCorrectForm(data, instance=copy.deepcopy(claim))
    if form.is_bound and form.is_valid():
        try:
            services.claim_correct(
                claim=claim,
                user=request.user,
                changes=form.changes(),
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            _add_error(form, error)
        else:
            return _after_action(request, claim, message="Corrected.")
    if request.htmx:
        context = {
            "claim": claim,
            "form": form,
            "next_url": _next_url(request, _queue_url(request)),
        }
        return render(request, QUEUE_TEMPLATE + "#correct_form", context)
    return render(request, DETAIL_TEMPLATE, _detail_context(request, claim, form=form))


def _add_error(form, error: ValidationError) -> None:
    """Show a service's error on the form, by field where the form has that field."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, field_errors in error.error_dict.items():
        form.add_error(field if field in form.fields else NON_FIELD_ERRORS, field_errors)


@editor_required
@require_POST
@vary_on_headers("HX-Request")
def bulk_confirm(request):
    """Confirm every ticked claim at once and answer with the queue as it now stands."""
    ids = [value for value in request.POST.getlist("claim") if value.isdigit()]
    count = services.claims_bulk_confirm(claim_ids=ids, user=request.user)
    message = f"Confirmed {count} claim{'s' if count != 1 else ''}."
    if not ids:
        message = "Tick the claims to confirm first."
    if request.htmx:
        context = {**_queue_context(request), "queue_message": message}
        return render(request, QUEUE_TEMPLATE + "#queue", context)
    messages.success(request, message)
    return redirect(_queue_url(request))


@editor_required
@require_POST
@vary_on_headers("HX-Request")
def claim_supersede(request, pk):
    """Mark the older figures this confirmed claim corrects as superseded."""
    claim = _claim(pk)
    try:
        count = services.claim_supersede_older(
            claim=claim, user=request.user, reason=request.POST.get("reason", "")[:500]
        )
    except ValidationError as error:
        return _after_action(request, claim, error=_error_text(error))
    plural = "figure" if count == 1 else "figures"
    return _after_action(request, claim, message=f"Marked {count} older {plural} superseded.")


@editor_required
def lookup(request, kind):
    """Suggestions for an actor, place or topic input: <option>s for its datalist."""
    found = LOOKUPS.get(kind)
    if found is None:
        raise Http404("Nothing to look up by that name.")
    # The input sends its own name (actor, place, topic...), so take whichever value came.
    text = (request.GET.get("q") or next(iter(request.GET.values()), "")).strip()[:100]
    options = found.suggestions(text)
    return render(request, QUEUE_TEMPLATE + "#lookup_options", {"options": options})


def claim_history(claim: Claim) -> list[dict]:
    """The claim's history, newest first: who, when, why, and each field's old and new value.

    Related objects are named with one query per kind of object, however long the history.
    """
    records = list(
        claim.history.select_related("history_user").order_by("history_date", "history_id")
    )
    entries, previous = [], None
    for record in records:
        changes = []
        if previous is not None:
            delta = record.diff_against(previous, excluded_fields=HISTORY_HIDDEN_FIELDS)
            changes = delta.changes
        entries.append({"record": record, "changes": changes})
        previous = record
    names = _related_names(change for entry in entries for change in entry["changes"])
    for entry in entries:
        entry["changes"] = [
            {
                "field": Claim._meta.get_field(change.field).verbose_name,
                "old": _shown(change.field, change.old, names),
                "new": _shown(change.field, change.new, names),
            }
            for change in entry["changes"]
        ]
    return entries[::-1]


def _related_names(changes) -> dict:
    wanted: dict = {}
    for change in changes:
        field = Claim._meta.get_field(change.field)
        if field.is_relation:
            wanted.setdefault(field.related_model, set()).update(
                value for value in (change.old, change.new) if value is not None
            )
    names = {}
    for model, ids in wanted.items():
        objects = model.objects.filter(pk__in=ids)
        if model is ArticleVersion:
            objects = objects.defer("text")
        names.update({(model, obj.pk): _label(obj) for obj in objects})
    return names


def _label(obj) -> str:
    if isinstance(obj, get_user_model()):
        return obj.get_username()
    if isinstance(obj, ArticleVersion):
        # Its own __str__ names the article, which would cost a query per version.
        return f"text fetched {obj.fetched_at:%Y-%m-%d %H:%M}"
    return str(obj)


def _shown(field_name: str, value, names: dict):
    field = Claim._meta.get_field(field_name)
    if value is None or value == "":
        return "—"
    if field.is_relation:
        return names.get((field.related_model, value), f"#{value} (gone)")
    if field.flatchoices:
        return dict(field.flatchoices).get(value, value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if field_name in ("value_low", "value_high"):
        return f"{value:,}"
    return value
