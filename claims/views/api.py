"""Placeholder: replaced by the engineer who owns this module."""

from django.http import HttpResponse


def api_claims(request, *args, **kwargs):
    return HttpResponse("This page is being built.")


def api_topics(request, *args, **kwargs):
    return HttpResponse("This page is being built.")


def api_actors(request, *args, **kwargs):
    return HttpResponse("This page is being built.")


def api_articles(request, *args, **kwargs):
    return HttpResponse("This page is being built.")


def api_schema(request, *args, **kwargs):
    return HttpResponse("This page is being built.")
