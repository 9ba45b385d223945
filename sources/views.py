"""Submitting articles and feeds, and watching their ingestion live (editors only)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from . import services
from .forms import FeedForm, TextForm, UploadForm, UrlsForm
from .ingest.errors import NotAnArticle
from .models import Article, Feed, Submission
from .permissions import editor_required

RECENT_ROWS = 20
QUEUE_DOWN = "Saved; it will be processed when the queue is back."
FORMS = {"urls": UrlsForm, "text": TextForm, "upload": UploadForm}


def _recent_submissions(user, limit: int = RECENT_ROWS):
    return Submission.objects.filter(user=user).select_related("article")[:limit]


def _submit_with(kind: str, form, user) -> services.Submitted:
    data = form.cleaned_data
    if kind == "urls":
        return services.articles_submit(urls=data["urls"], user=user)
    if kind == "text":
        return services.article_submit_text(
            text=data["text"],
            title=data["title"],
            outlet_name=data["outlet"],
            url=data["url"],
            published_on=data["published_on"],
            user=user,
        )
    return services.article_submit_html(html=data["file"], url=data["url"], user=user)


@editor_required
@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
def submit(request):
    """One URL, many URLs, pasted text or an uploaded page; the rows below update live."""
    kind = request.POST.get("kind", "urls") if request.method == "POST" else ""
    forms = {name: form_class(prefix=name) for name, form_class in FORMS.items()}
    if kind in FORMS:
        form = forms[kind] = FORMS[kind](request.POST, request.FILES, prefix=kind)
        if form.is_valid():
            try:
                submitted = _submit_with(kind, form, request.user)
            except NotAnArticle as error:
                form.add_error(None, f"{error.message[:1].upper()}{error.message[1:]}.")
            else:
                if submitted.queue_down:
                    messages.warning(request, QUEUE_DOWN)
                if not request.htmx:
                    return redirect("submit")
                forms[kind] = FORMS[kind](prefix=kind)  # cleared for the next one
    context = {"forms": forms, "active": kind or "urls"}
    context["submissions"] = _recent_submissions(request.user)
    template = "sources/submit.html#panel" if request.htmx else "sources/submit.html"
    return render(request, template, context)


@editor_required
def submission_list(request):
    """Every submission of the signed-in editor, newest first."""
    submissions = Submission.objects.filter(user=request.user).select_related("article")
    page = Paginator(submissions, 50).get_page(request.GET.get("page"))
    return render(request, "sources/submission_list.html", {"page": page, "submissions": page})


@editor_required
def submission_row(request, pk):
    """One submission's row: polled while its article is pending."""
    submission = get_object_or_404(Submission.objects.select_related("article"), pk=pk)
    return render(request, "sources/submit.html#row", {"submission": submission})


@editor_required
@require_POST
def article_refetch(request, pk):
    """Fetch an article again; a new version is kept only if its text changed."""
    article = get_object_or_404(Article, pk=pk)
    try:
        submitted = services.article_refetch(article=article, user=request.user)
    except ValueError as error:
        messages.error(request, f"{str(error)[:1].upper()}{str(error)[1:]}.")
        return redirect("submission_list")
    if submitted.queue_down:
        messages.warning(request, QUEUE_DOWN)
    if request.htmx:
        submission = submitted.submissions[0]
        return render(request, "sources/submit.html#row", {"submission": submission})
    return redirect("submit")


@editor_required
@require_http_methods(["GET", "POST"])
def feed_list(request):
    """The feeds being followed, and a form to follow another."""
    form = FeedForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            feed = services.feed_add(
                url=form.cleaned_data["url"], title=form.cleaned_data["title"], user=request.user
            )
        except ValueError as error:
            form.add_error("url", f"{str(error)[:1].upper()}{str(error)[1:]}.")
        else:
            messages.success(request, f"Following {feed}; it is polled every few minutes.")
            return redirect("feed_list")
    feeds = Feed.objects.select_related("outlet").order_by("title", "url")
    return render(request, "sources/feed_list.html", {"form": form, "feeds": feeds})
