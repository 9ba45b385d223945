"""Canonical URLs: one form per article, whatever link it was shared through."""

import pytest

from sources.ingest.urls import canonicalize_url, outlet_domain


@pytest.mark.parametrize(
    ("given", "canonical"),
    [
        ("HTTPS://WWW.Example.COM/World/Story", "https://www.example.com/World/Story"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/a#comments", "https://example.com/a"),
        ("  https://example.com/a \n", "https://example.com/a"),
        ("https://user:secret@example.com/a", "https://example.com/a"),
        ("https://example.com./a", "https://example.com/a"),
        ("https://[2001:DB8::1]:8443/a", "https://[2001:db8::1]:8443/a"),
        ("https://bücher.example/a", "https://xn--bcher-kva.example/a"),
        (
            "https://example.com/a?utm_source=tw&utm_medium=social&utm_campaign=x&UTM_Content=y",
            "https://example.com/a",
        ),
        (
            "https://example.com/a?id=7&fbclid=IwAR0x&gclid=abc&page=2",
            "https://example.com/a?id=7&page=2",
        ),
        (
            "https://example.com/a?mc_cid=1&mc_eid=2&igshid=3&ref_src=twsrc&ocid=4&cmpid=5&z=1&a=2",
            "https://example.com/a?z=1&a=2",  # the rest keeps its order
        ),
        ("https://example.com/a?q=a%20b&x=%2F", "https://example.com/a?q=a%20b&x=%2F"),
        ("https://example.com/a?flag&utm_term=x", "https://example.com/a?flag"),
        ("https://example.com/search?ref=home", "https://example.com/search?ref=home"),
    ],
)
def test_canonical_form(given, canonical):
    assert canonicalize_url(given) == canonical


def test_canonicalising_twice_changes_nothing():
    once = canonicalize_url("HTTP://Example.com:80/a?b=1&utm_source=x#f")
    assert canonicalize_url(once) == once


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("", "no address given"),
        ("example.com/story", "no scheme"),
        ("ftp://example.com/file", "only http and https addresses can be fetched, not ftp:"),
        ("javascript:alert(1)", "not javascript:"),
        ("file:///etc/passwd", "not file:"),
        ("https:///no-host", "names no site"),
        ("https://example.com:99999/a", "malformed host or port"),
        ("https://example.com:port/a", "malformed host or port"),
        ("https://exa mple.com/a", "spaces or control characters"),
        ("https://example.com/\x00", "spaces or control characters"),
    ],
)
def test_bad_addresses_are_refused_with_a_message(given, message):
    with pytest.raises(ValueError, match=message):
        canonicalize_url(given)


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://www.Reuters.com/world/", "reuters.com"),
        ("https://m.bbc.co.uk/news", "bbc.co.uk"),
        ("https://amp.theguardian.com/world", "theguardian.com"),
        ("https://kyivindependent.com/x", "kyivindependent.com"),
        ("https://news.example.org:8443/x", "news.example.org"),
        ("https://www.com/x", "www.com"),  # a name that is only the prefix stays whole
    ],
)
def test_outlet_domain(url, domain):
    assert outlet_domain(url) == domain


def test_outlet_domain_needs_a_host():
    with pytest.raises(ValueError, match="names no site"):
        outlet_domain("https:///x")
