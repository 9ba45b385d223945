"""Placeholder: replaced by the engineer who owns this module."""

from django.http import HttpResponse


def compare_topics(request, *args, **kwargs):
    return HttpResponse("This page is being built.")


def compare_actors(request, *args, **kwargs):
    return HttpResponse("This page is being built.")
