"""Getting articles in from the web: safe fetching, URL canonical forms, and article extraction.

- `urls`: canonical URLs (tracking parameters and fragments stripped) and outlet domains.
- `fetch`: `fetch_page`, an HTTP client that refuses private addresses, limits size and time, and is
  polite to each host.
- `parse`: `parse_article` (trafilatura) and `parse_plain_text` for pasted text.
"""
