"""Extraction writes each new claim's history row in the database (one INSERT … SELECT): the rows
must be exactly the ones django-simple-history itself would write."""

from django.db import transaction

from claims.models import Claim
from claims.services import article_claims_extract

# What the history may differ in: its own id and the moment it was written.
OWN_FIELDS = {"history_id", "history_date"}


def rows(queryset) -> list[dict]:
    return [
        {name: value for name, value in row.items() if name not in OWN_FIELDS}
        for row in queryset.order_by("id").values()
    ]


def test_each_new_claim_has_the_history_row_the_library_would_write(reference, stage_article):
    article, version = stage_article()
    article_claims_extract(article_id=article.pk, version_id=version.pk)
    claims = list(Claim.objects.filter(article=article).order_by("pk"))
    history = Claim.history.model
    ours = history.objects.filter(id__in=[claim.pk for claim in claims])
    assert len(claims) >= 4 and ours.count() == len(claims)

    with transaction.atomic():
        written = set(ours.values_list("history_id", flat=True))
        Claim.history.bulk_history_create(
            claims, default_change_reason="Proposed by the rules extractor"
        )
        theirs = rows(
            history.objects.filter(id__in=[claim.pk for claim in claims]).exclude(
                history_id__in=written
            )
        )
        transaction.set_rollback(True)

    assert rows(ours) == theirs
    assert {row["history_type"] for row in theirs} == {"+"}
    assert all(claim.history.get().history_date >= claim.created_at for claim in claims)
