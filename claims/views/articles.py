"""Placeholder: replaced by the engineer who owns this module."""

from django.http import HttpResponse


def article_detail(request, *args, **kwargs):
    return HttpResponse("This page is being built.")
