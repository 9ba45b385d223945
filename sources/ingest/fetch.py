"""Fetching one web page safely: `fetch_page`.

Safe means: http(s) only; every address checked before connecting and the connection made to the
checked address (TLS still verifies the host name); redirects followed by hand and checked again;
a connect timeout and a total deadline over the whole download; a streamed size limit; only HTML,
XHTML and plain text accepted; and at most FETCH_HOST_RATE requests a second to one host.
"""

import codecs
import contextlib
import email.utils
import http.client
import re
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote, urljoin, urlsplit

import certifi
import charset_normalizer
import urllib3
from django.conf import settings
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.util.ssl_match_hostname import CertificateError

from .addresses import resolve_checked
from .errors import BlockedAddress, FetchError
from .politeness import wait_for_slot

PAGE_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
FEED_CONTENT_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "text/html",  # some sites serve their feeds as HTML or plain text; the feed parser decides
        "text/plain",
    }
)
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
DEFAULT_PORTS = {"http": 80, "https": 443}
CHUNK_SIZE = 64 * 1024
# How long a request may queue behind others to the same host before giving up for now.
MAX_POLITENESS_WAIT = 30.0
# A charset the document names itself: `<meta charset>` in HTML, the XML declaration in a feed.
DOCUMENT_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)"""
    rb"""|<\?xml[^>]*?encoding\s*=\s*["']([a-zA-Z0-9_:.-]+)""",
    re.IGNORECASE,
)


@dataclass
class FetchedPage:
    """What a fetch brought back. `url` is the final URL after redirects; `text` the decoded body.

    `not_modified` is set (and `text` empty) when the site answered 304 to a conditional request.
    """

    url: str
    status: int
    content_type: str
    text: str
    encoding: str
    etag: str = ""
    last_modified: str = ""
    not_modified: bool = False


@dataclass
class _Target:
    scheme: str
    host: str
    port: int
    request_path: str

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == DEFAULT_PORTS[self.scheme] else f"{host}:{self.port}"


def _target(url: str) -> _Target:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise BlockedAddress(
            "this address is not allowed: only http and https addresses can be fetched,"
            f" not {scheme + ':' if scheme else 'one without a scheme'}"
        )
    try:
        host, port = parts.hostname, parts.port
    except ValueError as error:
        raise FetchError(f"this address has a malformed host or port ({url[:200]})") from error
    if not host:
        raise FetchError(f"this address names no site ({url[:200]})")
    # Keep existing %-escapes; escape what a browser would (spaces, non-ASCII).
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    if parts.query:
        path += "?" + quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    return _Target(scheme, host.rstrip(".").lower(), port or DEFAULT_PORTS[scheme], path)


class _Deadline:
    """The total time budget of one fetch; when it runs out, the socket in use is shut down.

    A socket timeout alone bounds each read, not the download: a site trickling a byte every few
    seconds would never trip it. Shutting the socket down from a timer ends any read at once.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.ends_at = time.monotonic() + seconds
        self.expired = False
        self._timer: threading.Timer | None = None

    def remaining(self) -> float:
        left = self.ends_at - time.monotonic()
        if left <= 0:
            raise self.error()
        return left

    def extend(self, seconds: float) -> None:
        self.ends_at += seconds

    def error(self) -> FetchError:
        return FetchError(
            f"the site took longer than {self.seconds:g} seconds to answer", transient=True
        )

    def watch(self, sock: socket.socket) -> None:
        self.cancel()

        def expire():
            self.expired = True
            with contextlib.suppress(OSError):  # already closed
                sock.shutdown(socket.SHUT_RDWR)

        self._timer = threading.Timer(max(self.ends_at - time.monotonic(), 0), expire)
        self._timer.daemon = True
        self._timer.start()

    def cancel(self) -> None:
        if self._timer:
            self._timer.cancel()
            self._timer = None


def _connect(target: _Target, addresses: list[str], deadline: _Deadline) -> HTTPConnection:
    """Open a connection to the first checked address that answers, never to the name."""
    last_error: Exception | None = None
    for address in addresses:
        timeout = min(settings.FETCH_CONNECT_TIMEOUT, deadline.remaining())
        if target.scheme == "https":
            connection = HTTPSConnection(
                address,
                target.port,
                timeout=timeout,
                server_hostname=target.host,  # SNI for the name, not the address
                assert_hostname=target.host,  # and the certificate must be for the name
                cert_reqs="CERT_REQUIRED",
                ca_certs=settings.FETCH_CA_BUNDLE or certifi.where(),
            )
        else:
            connection = HTTPConnection(address, target.port, timeout=timeout)
        try:
            connection.connect()
        except (urllib3.exceptions.HTTPError, OSError, CertificateError) as error:
            connection.close()
            if _is_certificate_error(error):
                raise FetchError(
                    f"the site's certificate could not be verified ({target.host})"
                ) from error
            last_error = error
            continue
        connection.sock.settimeout(deadline.remaining())
        return connection
    timed_out = isinstance(last_error, urllib3.exceptions.ConnectTimeoutError | TimeoutError)
    # urllib3 makes a refused connection a subclass of its connect timeout; it is not one.
    if timed_out and not isinstance(last_error, urllib3.exceptions.NewConnectionError):
        raise FetchError(
            f"the site did not accept a connection within {settings.FETCH_CONNECT_TIMEOUT:g} seconds",
            transient=True,
        ) from last_error
    raise FetchError("the site could not be reached", transient=True) from last_error


def _is_certificate_error(error: BaseException) -> bool:
    seen = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError | CertificateError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)


def _status_error(status: int, headers) -> FetchError:
    if status == 429:
        retry_after = _retry_after(headers.get("Retry-After"))
        return FetchError(
            "the site answered 429 (too many requests)", transient=True, retry_after=retry_after
        )
    if status >= 500:
        return FetchError(
            f"the site answered {status} (a server error)",
            transient=True,
            retry_after=_retry_after(headers.get("Retry-After")),
        )
    return FetchError(f"the site answered {status}")


def _media_type(header: str) -> tuple[str, str]:
    """("text/html", "utf-8") from "text/html; charset=UTF-8"."""
    media_type, _, parameters = header.partition(";")
    charset = ""
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'")
    return media_type.strip().lower(), charset


def _codec(name: str) -> str | None:
    """A Python codec name for a charset label, or None for an unknown label."""
    try:
        codec = codecs.lookup(name.strip()).name
    except (LookupError, ValueError):
        return None
    # As browsers do: pages labelled Latin-1 or ASCII are windows-1252, and a document that
    # could be read as ASCII cannot really be UTF-16.
    if codec in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    if codec.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return codec


def decode_body(
    body: bytes, *, charset: str = "", media_type: str = "text/html"
) -> tuple[str, str]:
    """Decode a page: a byte-order mark first, then the charset the header names, then the
    document's own `<meta charset>`, then detection. Returns (text, encoding)."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            return body.decode(encoding, errors="replace"), encoding.removesuffix("-sig")
    encoding = _codec(charset) if charset else None
    if encoding is None and media_type != "text/plain":
        found = DOCUMENT_CHARSET.search(body[:4096])
        if found:
            encoding = _codec((found.group(1) or found.group(2)).decode("ascii"))
    if encoding is None:
        best = charset_normalizer.from_bytes(body[:200_000]).best()
        encoding = _codec(best.encoding) if best else None
    encoding = encoding or "utf-8"
    return body.decode(encoding, errors="replace"), encoding


def _looks_like_html(body: bytes) -> bool:
    start = body[:1024].lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml"))


def _read_body(response, deadline: _Deadline) -> bytes:
    max_bytes = settings.FETCH_MAX_BYTES
    too_large = FetchError(f"the page is larger than {max_bytes / 1_000_000:g} MB")
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_large  # refuse before reading a byte
    chunks: list[bytes] = []
    size = 0
    while True:
        # Decoded bytes are counted, so a small compressed body cannot unpack past the limit.
        chunk = response.read(CHUNK_SIZE, decode_content=True)
        if deadline.expired:
            raise deadline.error()
        if not chunk:
            break
        size += len(chunk)
        if size > max_bytes:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def _request(target: _Target, headers: dict[str, str], deadline: _Deadline):
    """Send one GET to a checked address and return (connection, response), body unread."""
    addresses = resolve_checked(
        target.host, target.port, allow_private=settings.FETCH_ALLOW_PRIVATE_ADDRESSES
    )
    started = time.monotonic()
    wait_for_slot(target.host, max_wait=MAX_POLITENESS_WAIT)
    deadline.extend(time.monotonic() - started)  # queueing for politeness is not the site's fault
    connection = _connect(target, addresses, deadline)
    deadline.watch(connection.sock)
    connection.request(
        "GET",
        target.request_path,
        headers={**headers, "Host": target.host_header},
        preload_content=False,
    )
    return connection, connection.getresponse()


def _network_error(error: BaseException, deadline: _Deadline) -> FetchError:
    if deadline.expired or isinstance(error, TimeoutError | urllib3.exceptions.TimeoutError):
        return deadline.error()
    if _is_certificate_error(error):
        return FetchError("the site's certificate could not be verified")
    return FetchError("the connection to the site failed", transient=True)


def fetch_page(
    url: str,
    *,
    etag: str = "",
    last_modified: str = "",
    content_types: frozenset[str] = PAGE_CONTENT_TYPES,
) -> FetchedPage:
    """Fetch `url` safely and return the decoded page.

    Pass the `etag` and `last_modified` of an earlier fetch to ask only for changes; an unchanged
    page comes back with `not_modified=True`. Raises BlockedAddress for an address the fetcher
    must not reach, and FetchError (`transient` when worth retrying) for everything else.
    `content_types` lists the media types accepted (HTML, XHTML and plain text by default).
    """
    deadline = _Deadline(settings.FETCH_TOTAL_TIMEOUT)
    headers = {
        "User-Agent": settings.FETCH_USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "gzip, deflate",
        "Accept-Language": "en;q=1.0, *;q=0.5",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    for hop in range(settings.FETCH_MAX_REDIRECTS + 1):
        target = _target(current)
        connection = None
        try:
            connection, response = _request(target, headers, deadline)
            status = response.status
            if status in REDIRECT_STATUSES:
                location = response.headers.get("Location", "").strip()
                if not location:
                    raise FetchError(f"the site answered {status} without saying where to go")
                if hop == settings.FETCH_MAX_REDIRECTS:
                    raise FetchError(
                        f"too many redirects (more than {settings.FETCH_MAX_REDIRECTS})"
                    )
                current = urljoin(current, location)
                continue
            return _page(current, response, deadline, content_types)
        except FetchError:
            raise
        except (
            urllib3.exceptions.HTTPError,
            http.client.HTTPException,
            OSError,
            CertificateError,
        ) as error:
            raise _network_error(error, deadline) from error
        finally:
            deadline.cancel()
            if connection is not None:
                connection.close()
    raise AssertionError("unreachable: the loop returns or raises")


def fetch_feed(url: str, *, etag: str = "", last_modified: str = "") -> FetchedPage:
    """`fetch_page` for an RSS or Atom feed: the same safety, feed media types accepted."""
    return fetch_page(url, etag=etag, last_modified=last_modified, content_types=FEED_CONTENT_TYPES)


def _page(url: str, response, deadline: _Deadline, content_types: frozenset[str]) -> FetchedPage:
    status = response.status
    validators = {
        "etag": response.headers.get("ETag", ""),
        "last_modified": response.headers.get("Last-Modified", ""),
    }
    content_type = response.headers.get("Content-Type", "")
    if status == 304:
        return FetchedPage(url, status, content_type, "", "", not_modified=True, **validators)
    if not 200 <= status < 300:
        raise _status_error(status, response.headers)
    media_type, charset = _media_type(content_type)
    if media_type and media_type not in content_types:
        what = "a feed" if content_types is FEED_CONTENT_TYPES else "an HTML page"
        raise FetchError(f"not {what} ({media_type})")
    body = _read_body(response, deadline)
    if not media_type:  # the site did not say; accept only what is plainly HTML
        if not _looks_like_html(body):
            raise FetchError("not an HTML page (the site did not say what it is)")
        media_type = "text/html"
    text, encoding = decode_body(body, charset=charset, media_type=media_type)
    return FetchedPage(url, status, media_type, text, encoding, **validators)
