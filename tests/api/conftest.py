from tests.browse.conftest import clean_cache, many_claims, war  # noqa: F401  (shared fixtures)
