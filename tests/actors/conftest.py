from tests.browse.conftest import clean_cache  # noqa: F401  (the page cache starts empty)
