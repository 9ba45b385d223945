"""Placeholder: replaced by the engineer who owns this module."""

from django.http import HttpResponse


def actor_list(request, *args, **kwargs):
    return HttpResponse("This page is being built.")


def actor_detail(request, *args, **kwargs):
    return HttpResponse("This page is being built.")
