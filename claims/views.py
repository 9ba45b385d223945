"""Placeholder views so the foundation's URLs resolve; the pages issue replaces them."""

from django.shortcuts import get_object_or_404, render

from .models import Actor, Claim, Topic


def claim_list(request):
    claims = Claim.objects.visible().select_related("actor", "topic", "article__outlet")[:50]
    return render(request, "claims/claim_list.html", {"claims": claims})


def claim_detail(request, pk):
    claim = get_object_or_404(Claim, pk=pk)
    return render(request, "claims/claim_detail.html", {"claim": claim})


def topic_detail(request, slug):
    topic = get_object_or_404(Topic, slug=slug)
    return render(request, "claims/topic_detail.html", {"topic": topic})


def actor_detail(request, slug):
    actor = get_object_or_404(Actor, slug=slug)
    return render(request, "claims/actor_detail.html", {"actor": actor})
