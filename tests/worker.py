"""A real Celery worker for tests that need one (filled in by the ingestion work)."""
