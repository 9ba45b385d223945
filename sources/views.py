"""Placeholder: replaced by the engineer who owns ingestion."""

from django.http import HttpResponse


def submit(request):
    return HttpResponse("This page is being built.")


def submission_list(request):
    return HttpResponse("This page is being built.")


def submission_row(request, pk):
    return HttpResponse("This page is being built.")


def article_refetch(request, pk):
    return HttpResponse("This page is being built.")


def feed_list(request):
    return HttpResponse("This page is being built.")
