"""Fetching pages from a local web server: redirects, limits, timeouts, errors and charsets."""

import gzip
import socket
import time

import pytest

from sources.ingest.errors import FetchError
from sources.ingest.fetch import fetch_feed, fetch_page

ARTICLE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Officials report 40 drones downed</title></head>
<body><article><h1>Officials report 40 drones downed</h1>
<p>The air force said 40 drones were shot down overnight.</p></article></body></html>"""


def test_it_fetches_a_page_and_says_who_it_is(fakeweb, settings):
    url = fakeweb.add(
        "/story",
        ARTICLE,
        headers={"ETag": '"v1"', "Last-Modified": "Tue, 05 Nov 2024 08:00:00 GMT"},
    )

    page = fetch_page(url)

    assert page.url == url
    assert page.status == 200
    assert page.content_type == "text/html"
    assert page.encoding == "utf-8"
    assert "40 drones were shot down" in page.text
    assert (page.etag, page.last_modified) == ('"v1"', "Tue, 05 Nov 2024 08:00:00 GMT")
    assert page.not_modified is False
    sent = fakeweb.requests_to("/story")[0].headers
    assert sent["User-Agent"] == settings.FETCH_USER_AGENT
    assert sent["User-Agent"].startswith("claimwatch/")


def test_it_never_sends_the_fragment(fakeweb):
    fakeweb.add("/story", ARTICLE)

    fetch_page(fakeweb.url("/story?id=7#comments"))

    assert [request.path for request in fakeweb.requests] == ["/story?id=7"]


def test_it_follows_redirects_and_reports_the_final_url(fakeweb):
    final = fakeweb.add("/2024/11/story", ARTICLE)
    fakeweb.add_redirect("/short", "/old-story", status=301)
    fakeweb.add_redirect("/old-story", final, status=308)

    page = fetch_page(fakeweb.url("/short"))

    assert page.url == final
    assert [request.path for request in fakeweb.requests] == [
        "/short",
        "/old-story",
        "/2024/11/story",
    ]


def test_it_follows_five_redirects_but_not_six(fakeweb):
    fakeweb.add("/hop5", ARTICLE)
    for hop in range(5):
        fakeweb.add_redirect(f"/hop{hop}", f"/hop{hop + 1}")
    assert fetch_page(fakeweb.url("/hop0")).url == fakeweb.url("/hop5")

    fakeweb.add_redirect("/hop-1", "/hop0")
    with pytest.raises(FetchError, match="too many redirects"):
        fetch_page(fakeweb.url("/hop-1"))


def test_a_redirect_loop_ends(fakeweb):
    fakeweb.add_redirect("/a", "/b")
    fakeweb.add_redirect("/b", "/a")

    with pytest.raises(FetchError, match="too many redirects") as failed:
        fetch_page(fakeweb.url("/a"))

    assert failed.value.transient is False
    assert len(fakeweb.requests) == 6


def test_it_cuts_off_a_streamed_page_larger_than_5_mb(fakeweb):
    """No Content-Length: the limit is enforced while the body streams in."""
    fakeweb.add("/huge", stream_bytes=6_000_000)

    started = time.monotonic()
    with pytest.raises(FetchError) as failed:
        fetch_page(fakeweb.url("/huge"))

    assert failed.value.message == "the page is larger than 5 MB"
    assert failed.value.transient is False
    assert time.monotonic() - started < 5


def test_it_refuses_a_declared_large_page_before_reading_it(fakeweb):
    fakeweb.add("/declared", b"<p>" + b"x" * 6_000_000 + b"</p>")

    with pytest.raises(FetchError, match="larger than 5 MB"):
        fetch_page(fakeweb.url("/declared"))


def test_a_small_compressed_body_cannot_unpack_past_the_limit(fakeweb):
    bomb = gzip.compress(b"<p>" + b"0" * 20_000_000 + b"</p>")
    assert len(bomb) < 100_000
    fakeweb.add("/bomb", bomb, headers={"Content-Encoding": "gzip"})

    with pytest.raises(FetchError, match="larger than 5 MB"):
        fetch_page(fakeweb.url("/bomb"))


def test_it_reads_a_gzip_page(fakeweb):
    fakeweb.add("/zipped", gzip.compress(ARTICLE.encode()), headers={"Content-Encoding": "gzip"})

    assert "40 drones" in fetch_page(fakeweb.url("/zipped")).text


@pytest.mark.parametrize(
    ("content_type", "shown"),
    [
        ("application/pdf", "not an HTML page (application/pdf)"),
        ("image/jpeg", "not an HTML page (image/jpeg)"),
        ("application/json; charset=utf-8", "not an HTML page (application/json)"),
    ],
)
def test_it_refuses_what_is_not_a_page_without_downloading_it(fakeweb, content_type, shown):
    fakeweb.add("/file", b"%PDF-1.7\n" + b"0" * 1000, content_type=content_type)

    with pytest.raises(FetchError) as failed:
        fetch_page(fakeweb.url("/file"))

    assert failed.value.message == shown
    assert failed.value.transient is False


def test_it_accepts_xhtml_and_plain_text(fakeweb):
    fakeweb.add("/x", ARTICLE, content_type="application/xhtml+xml")
    fakeweb.add("/t", "Plain words.", content_type="text/plain; charset=utf-8")

    assert fetch_page(fakeweb.url("/x")).content_type == "application/xhtml+xml"
    page = fetch_page(fakeweb.url("/t"))
    assert (page.content_type, page.text) == ("text/plain", "Plain words.")


def test_a_page_without_a_content_type_is_accepted_only_when_it_is_html(fakeweb):
    fakeweb.add("/html", ARTICLE, content_type=None)
    fakeweb.add("/binary", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, content_type=None)

    assert fetch_page(fakeweb.url("/html")).content_type == "text/html"
    with pytest.raises(FetchError, match="did not say what it is"):
        fetch_page(fakeweb.url("/binary"))


def test_feeds_are_fetched_with_their_own_media_types(fakeweb):
    rss = '<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Новости</title></channel></rss>'
    fakeweb.add("/feed", rss.encode("cp1251"), content_type="application/rss+xml")

    page = fetch_feed(fakeweb.url("/feed"))

    assert "Новости" in page.text
    with pytest.raises(FetchError, match=r"not an HTML page \(application/rss\+xml\)"):
        fetch_page(fakeweb.url("/feed"))


def test_a_slow_site_times_out(fakeweb, settings):
    settings.FETCH_TOTAL_TIMEOUT = 1
    fakeweb.add("/slow", ARTICLE, delay=3)

    started = time.monotonic()
    with pytest.raises(FetchError) as failed:
        fetch_page(fakeweb.url("/slow"))

    assert failed.value.message == "the site took longer than 1 seconds to answer"
    assert failed.value.transient is True
    assert time.monotonic() - started < 2


def test_the_total_timeout_covers_a_body_that_trickles_in(fakeweb, settings):
    """Each chunk arrives within any read timeout; only a deadline over the whole download ends it."""
    settings.FETCH_TOTAL_TIMEOUT = 1
    fakeweb.add("/trickle", stream_bytes=3_000_000, chunk_delay=0.2)

    started = time.monotonic()
    with pytest.raises(FetchError, match="took longer than 1 seconds") as failed:
        fetch_page(fakeweb.url("/trickle"))

    assert failed.value.transient is True
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_are_transient(fakeweb, status):
    fakeweb.add("/broken", "oops", status=status)

    with pytest.raises(FetchError) as failed:
        fetch_page(fakeweb.url("/broken"))

    assert failed.value.message == f"the site answered {status} (a server error)"
    assert failed.value.transient is True


def test_too_many_requests_carries_retry_after(fakeweb):
    fakeweb.add("/busy", "slow down", status=429, headers={"Retry-After": "120"})

    with pytest.raises(FetchError) as failed:
        fetch_page(fakeweb.url("/busy"))

    assert failed.value.message == "the site answered 429 (too many requests)"
    assert (failed.value.transient, failed.value.retry_after) == (True, 120.0)


def test_retry_after_may_be_a_date(fakeweb):
    when = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 60))
    fakeweb.add("/busy", "slow down", status=503, headers={"Retry-After": when})

    with pytest.raises(FetchError) as failed:
        fetch_page(fakeweb.url("/busy"))

    assert 50 <= failed.value.retry_after <= 61


@pytest.mark.parametrize("status", [403, 404, 410])
def test_client_errors_are_permanent(fakeweb, status):
    fakeweb.add("/gone", "no", status=status)

    with pytest.raises(FetchError) as failed:
        fetch_page(fakeweb.url("/gone"))

    assert failed.value.message == f"the site answered {status}"
    assert failed.value.transient is False


def test_a_refused_connection_is_transient(settings):
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = True
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]  # bound, never listening: connections are refused

        with pytest.raises(FetchError) as failed:
            fetch_page(f"http://127.0.0.1:{port}/")

    assert failed.value.message == "the site could not be reached"
    assert failed.value.transient is True


def test_an_unknown_name_fails_clearly(settings):
    with pytest.raises(
        FetchError, match=r"no site with this name was found \(no-such-site.invalid\)"
    ):
        fetch_page("http://no-such-site.invalid/")


def test_it_asks_conditionally_and_reports_not_modified(fakeweb):
    fakeweb.add("/same", "", status=304, content_type=None, headers={"ETag": '"v1"'})

    page = fetch_page(
        fakeweb.url("/same"), etag='"v1"', last_modified="Tue, 05 Nov 2024 08:00:00 GMT"
    )

    assert page.not_modified is True
    assert page.text == ""
    sent = fakeweb.requests_to("/same")[0].headers
    assert sent["If-None-Match"] == '"v1"'
    assert sent["If-Modified-Since"] == "Tue, 05 Nov 2024 08:00:00 GMT"


CYRILLIC = "<p>Генштаб сообщил о 1200 военнослужащих.</p>"


def test_charset_from_the_header(fakeweb):
    fakeweb.add(
        "/ru",
        f"<html><body>{CYRILLIC}</body></html>".encode("cp1251"),
        content_type="text/html; charset=windows-1251",
    )

    page = fetch_page(fakeweb.url("/ru"))

    assert CYRILLIC in page.text
    assert page.encoding == "cp1251"


def test_charset_from_the_document_when_the_header_says_nothing(fakeweb):
    body = f'<html><head><meta charset="windows-1251"></head><body>{CYRILLIC}</body></html>'
    fakeweb.add("/ru", body.encode("cp1251"), content_type="text/html")

    assert CYRILLIC in fetch_page(fakeweb.url("/ru")).text


def test_charset_detected_when_nobody_says(fakeweb):
    text = "<html><body>" + (CYRILLIC * 20) + "</body></html>"
    fakeweb.add("/ru", text.encode("cp1251"), content_type="text/html")

    assert CYRILLIC in fetch_page(fakeweb.url("/ru")).text


def test_a_latin_1_label_is_read_as_windows_1252_like_browsers_do(fakeweb):
    body = "<p>Kyiv’s mayor said “12” were hurt — café closed.</p>"
    fakeweb.add("/l1", body.encode("cp1252"), content_type="text/html; charset=ISO-8859-1")

    assert fetch_page(fakeweb.url("/l1")).text == body


def test_a_path_with_non_ascii_letters_is_sent_escaped(fakeweb):
    fakeweb.add("/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/1", ARTICLE)

    page = fetch_page(fakeweb.url("/новости/1"))

    assert page.status == 200
    assert fakeweb.requests[0].path == "/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/1"


def test_a_redirect_that_says_nowhere_fails_clearly(fakeweb):
    fakeweb.add("/moved", "", status=302, content_type=None)

    with pytest.raises(FetchError, match="answered 302 without saying where to go"):
        fetch_page(fakeweb.url("/moved"))
