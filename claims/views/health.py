"""A trivial view: for load balancers, and the baseline the page benchmark compares against."""

from django.http import HttpResponse
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request):
    """Answers "ok" without touching the database."""
    return HttpResponse("ok", content_type="text/plain")
