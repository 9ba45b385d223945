"""Text search over claims: PostgreSQL full-text where available, a plain fallback on SQLite."""

from django.db import connection
from django.db.models import Q

# Must match the expression of the claims_claim_search_idx index (migration 0002) word for word,
# or PostgreSQL cannot use the index and scans every claim.
SEARCH_VECTOR_SQL = "to_tsvector('english'::regconfig, subject || ' ' || quote || ' ' || statement)"
# The same expression with each column named by its table: a query that also joins topics (which
# have a subject of their own) is otherwise ambiguous. PostgreSQL matches an index by the parsed
# expression, so the qualified form still uses claims_claim_search_idx.
QUALIFIED_SEARCH_VECTOR_SQL = (
    "to_tsvector('english'::regconfig, claims_claim.subject || ' ' || claims_claim.quote"
    " || ' ' || claims_claim.statement)"
)


def search_claims(queryset, text: str):
    """Claims whose subject, quote or statement match the words of `text`."""
    text = text.strip()
    if not text:
        return queryset
    if connection.vendor == "postgresql":
        return queryset.extra(
            where=[
                f"{QUALIFIED_SEARCH_VECTOR_SQL} @@ websearch_to_tsquery('english'::regconfig, %s)"
            ],
            params=[text],
        )
    matches = Q()
    for word in text.split():
        matches &= (
            Q(subject__icontains=word) | Q(quote__icontains=word) | Q(statement__icontains=word)
        )
    return queryset.filter(matches)
