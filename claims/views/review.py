"""Placeholder: replaced by the engineer who owns this module."""

from django.http import HttpResponse


def review_queue(request, *args, **kwargs):
    return HttpResponse("This page is being built.")


def claim_detail(request, *args, **kwargs):
    return HttpResponse("This page is being built.")


def claim_confirm(request, *args, **kwargs):
    return HttpResponse("This page is being built.")


def claim_reject(request, *args, **kwargs):
    return HttpResponse("This page is being built.")


def claim_correct(request, *args, **kwargs):
    return HttpResponse("This page is being built.")


def claim_move(request, *args, **kwargs):
    return HttpResponse("This page is being built.")


def bulk_confirm(request, *args, **kwargs):
    return HttpResponse("This page is being built.")
