"""Placeholder: replaced by the engineer who owns this module."""

from django.http import HttpResponse


def topic_feed(request, *args, **kwargs):
    return HttpResponse("This page is being built.")


def actor_feed(request, *args, **kwargs):
    return HttpResponse("This page is being built.")
