"""Placeholder: replaced by the engineer who owns this module."""

from django.http import HttpResponse


def topic_list(request, *args, **kwargs):
    return HttpResponse("This page is being built.")


def topic_detail(request, *args, **kwargs):
    return HttpResponse("This page is being built.")
