"""Placeholder: replaced by the engineer who owns this module."""

from django.http import HttpResponse


def claims_csv(request, *args, **kwargs):
    return HttpResponse("This page is being built.")


def claims_json(request, *args, **kwargs):
    return HttpResponse("This page is being built.")
