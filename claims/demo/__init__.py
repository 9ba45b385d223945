"""The demo data set: North Korea's deployment to Russia, October 2024 to September 2025.

`data` holds the facts (who said which figure, when, reported where); `loader` puts them in the
database idempotently. `manage.py load_demo` is the way in.
"""
