"""Full-text search over claims on PostgreSQL: a GIN index on the words of subject, quote and
statement. The claims list's search filter uses exactly this expression (claims.search.SEARCH_VECTOR_SQL)
so the planner picks the index. SQLite has no such index; the search falls back to icontains there."""

from django.db import migrations

CREATE = """
CREATE INDEX IF NOT EXISTS claims_claim_search_idx ON claims_claim
USING gin (to_tsvector('english'::regconfig, subject || ' ' || quote || ' ' || statement))
"""
DROP = "DROP INDEX IF EXISTS claims_claim_search_idx"


def create_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]

    operations = [migrations.RunPython(create_search_index, drop_search_index)]
