"""The fetcher is not an open proxy: private, loopback, metadata and other special addresses are
refused in every spelling, directly or through a redirect, before a single byte is sent."""

import ipaddress

import pytest

from sources.ingest.addresses import refusal_reason
from sources.ingest.errors import BlockedAddress
from sources.ingest.fetch import fetch_page

PORT = "{port}"  # filled with the local test server's port: a slip would reach a live server

# (URL, words the refusal must contain)
BAD_URLS = [
    # Loopback, in the spellings getaddrinfo accepts
    (f"http://127.0.0.1:{PORT}/secret", "127.0.0.1 is a loopback address"),
    (f"http://localhost:{PORT}/secret", "localhost resolves to 127.0.0.1, a loopback address"),
    (f"http://LOCALHOST.:{PORT}/secret", "loopback address"),
    (f"http://127.1:{PORT}/secret", "127.1 resolves to 127.0.0.1, a loopback address"),
    (f"http://127.0.0.2:{PORT}/secret", "loopback address"),
    (f"http://2130706433:{PORT}/secret", "2130706433 resolves to 127.0.0.1, a loopback"),
    (f"http://0x7f.1:{PORT}/secret", "0x7f.1 resolves to 127.0.0.1, a loopback"),
    (f"http://0x7f000001:{PORT}/secret", "resolves to 127.0.0.1, a loopback"),
    (f"http://017700000001:{PORT}/secret", "resolves to 127.0.0.1, a loopback"),
    (f"http://0177.0.0.1:{PORT}/secret", "resolves to 127.0.0.1, a loopback"),
    (f"http://user:password@127.0.0.1:{PORT}/secret", "loopback address"),
    (f"http://news.example.com@127.0.0.1:{PORT}/secret", "loopback address"),
    (f"http://[::1]:{PORT}/secret", "::1 is a loopback address"),
    (f"http://[::ffff:127.0.0.1]:{PORT}/secret", "IPv4-mapped form of 127.0.0.1, a loopback"),
    (f"http://[::ffff:7f00:1]:{PORT}/secret", "IPv4-mapped form of 127.0.0.1"),
    (f"http://[2002:7f00:1::]:{PORT}/secret", "6to4 form of 127.0.0.1, a loopback"),
    (f"http://[64:ff9b::127.0.0.1]:{PORT}/secret", "NAT64 form of 127.0.0.1, a loopback"),
    (f"http://[::127.0.0.1]:{PORT}/secret", "reserved address"),
    # Unspecified: connecting to 0.0.0.0 reaches this machine
    (f"http://0.0.0.0:{PORT}/secret", "unspecified address"),
    (f"http://0:{PORT}/secret", "0 resolves to 0.0.0.0, an unspecified address"),
    (f"http://[::]:{PORT}/secret", "unspecified address"),
    # Cloud metadata and link-local
    ("http://169.254.169.254/latest/meta-data/", "cloud metadata service"),
    ("http://2852039166/latest/meta-data/", "resolves to 169.254.169.254, a cloud metadata"),
    ("http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/", "cloud metadata service"),
    ("http://[::ffff:169.254.169.254]/latest/", "IPv4-mapped form of 169.254.169.254"),
    ("http://[64:ff9b::a9fe:a9fe]/latest/", "NAT64 form of 169.254.169.254"),
    ("http://[fd00:ec2::254]/latest/", "cloud metadata service"),
    ("http://100.100.100.200/latest/", "cloud metadata service"),
    ("http://169.254.1.1/", "link-local address"),
    ("http://[fe80::1]/", "link-local address"),
    # Private networks and other special-purpose ranges
    ("http://10.0.0.1/", "private network address"),
    ("http://172.16.0.1/", "private network address"),
    ("http://192.168.1.1/admin", "private network address"),
    ("http://[fc00::1]/", "private network address"),
    ("http://[fd12:3456:789a::1]/", "private network address"),
    ("http://[::ffff:10.0.0.1]/", "IPv4-mapped form of 10.0.0.1, a private network"),
    ("http://[2002:c0a8:101::]/", "6to4 form of 192.168.1.1, a private network"),
    ("http://100.64.0.1/", "carrier-grade NAT address"),
    ("http://192.0.0.1/", "private network address"),
    ("http://198.18.0.1/", "private network address"),
    ("http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", "Teredo tunnel address"),
    # Multicast, broadcast, reserved
    ("http://224.0.0.1/", "multicast address"),
    ("http://[ff02::1]/", "multicast address"),
    ("http://255.255.255.255/", "broadcast address"),
    ("http://240.0.0.1/", "reserved address"),
    # Not the web at all
    ("file:///etc/passwd", "only http and https addresses can be fetched, not file:"),
    (f"ftp://127.0.0.1:{PORT}/", "not ftp:"),
    (f"gopher://127.0.0.1:{PORT}/_GET", "not gopher:"),
    ("dict://127.0.0.1:11211/stat", "not dict:"),
    ("javascript:alert(1)", "not javascript:"),
    ("data:text/html,<p>hi</p>", "not data:"),
    (f"//127.0.0.1:{PORT}/secret", "one without a scheme"),
]

# Redirect targets refused even when private addresses are allowed (as in tests and development).
ALWAYS_BAD_REDIRECTS = [
    ("http://169.254.169.254/latest/meta-data/iam/", "cloud metadata service"),
    ("//169.254.169.254/latest/meta-data/", "cloud metadata service"),
    ("http://2852039166/latest/meta-data/", "cloud metadata service"),
    ("http://[::ffff:a9fe:a9fe]/latest/", "IPv4-mapped form of 169.254.169.254"),
    ("http://[64:ff9b::169.254.169.254]/latest/", "NAT64 form of 169.254.169.254"),
    ("http://[2002:a9fe:a9fe::]/latest/", "6to4 form of 169.254.169.254"),
    ("http://[fd00:ec2::254]/latest/", "cloud metadata service"),
    (f"http://0.0.0.0:{PORT}/secret", "unspecified address"),
    (f"http://0:{PORT}/secret", "unspecified address"),
    (f"http://[::]:{PORT}/secret", "unspecified address"),
    ("http://[fe80::1]/", "link-local address"),
    ("http://224.0.0.251/", "multicast address"),
    ("http://255.255.255.255/", "broadcast address"),
    ("http://240.0.0.1/", "reserved address"),
    ("file:///etc/passwd", "not file:"),
    (f"gopher://127.0.0.1:{PORT}/_SET", "not gopher:"),
    ("ftp://example.com/file", "not ftp:"),
]


@pytest.fixture
def guarded_server(_fakeweb_server, settings):
    """The local web server with the production setting: private addresses refused."""
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = False
    _fakeweb_server.reset()
    _fakeweb_server.add("/secret", "<p>internal admin page</p>")
    yield _fakeweb_server
    _fakeweb_server.reset()


def test_the_table_is_long_enough():
    assert len(BAD_URLS) >= 30


@pytest.mark.parametrize(("url", "reason"), BAD_URLS, ids=[url for url, _ in BAD_URLS])
def test_it_refuses_the_address_and_sends_nothing(guarded_server, network_log, url, reason):
    url = url.replace(PORT, str(guarded_server.port))

    with pytest.raises(BlockedAddress) as refused:
        fetch_page(url)

    assert refused.value.message.startswith("this address is not allowed")
    assert reason in refused.value.message
    assert refused.value.transient is False
    assert network_log.connections == []
    assert guarded_server.requests == []


@pytest.mark.parametrize(
    ("target", "reason"), ALWAYS_BAD_REDIRECTS, ids=[target for target, _ in ALWAYS_BAD_REDIRECTS]
)
def test_it_refuses_a_redirect_to_the_address_and_sends_nothing(
    fakeweb, network_log, target, reason
):
    fakeweb.add("/secret", "<p>internal admin page</p>")
    start = fakeweb.add_redirect("/moved", target.replace(PORT, str(fakeweb.port)))

    with pytest.raises(BlockedAddress) as refused:
        fetch_page(start)

    assert reason in refused.value.message
    assert [request.path for request in fakeweb.requests] == ["/moved"]
    assert network_log.connections == [("127.0.0.1", fakeweb.port)]


def test_every_hop_of_a_redirect_chain_is_checked(fakeweb, network_log):
    fakeweb.add_redirect("/one", "/two")
    fakeweb.add_redirect("/two", fakeweb.url("/three"))
    fakeweb.add_redirect("/three", "http://169.254.169.254/latest/meta-data/")

    with pytest.raises(BlockedAddress, match="cloud metadata service"):
        fetch_page(fakeweb.url("/one"))

    assert [request.path for request in fakeweb.requests] == ["/one", "/two", "/three"]
    assert set(network_log.connections) == {("127.0.0.1", fakeweb.port)}


def test_a_name_is_looked_up_once_and_the_checked_address_is_used(fakeweb, network_log):
    """No second lookup a rebinding DNS server could answer differently."""
    fakeweb.add("/page", "<html><body><p>Text</p></body></html>")

    page = fetch_page(f"http://localhost:{fakeweb.port}/page")

    assert page.status == 200
    assert network_log.lookups.count("localhost") == 1
    assert network_log.connections == [("127.0.0.1", fakeweb.port)]
    assert fakeweb.requests[0].headers["Host"] == f"localhost:{fakeweb.port}"


def test_private_addresses_are_allowed_only_when_the_setting_is_on(settings, fakeweb):
    fakeweb.add("/page", "<html><body><p>Text</p></body></html>")
    assert fetch_page(fakeweb.url("/page")).status == 200

    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = False
    with pytest.raises(BlockedAddress, match="loopback"):
        fetch_page(fakeweb.url("/page"))
    assert len(fakeweb.requests) == 1


@pytest.mark.parametrize(
    "address",
    ["93.184.215.14", "8.8.8.8", "2606:4700::1111", "64:ff9b::808:808", "::ffff:8.8.8.8"],
)
def test_public_addresses_pass(address):
    assert refusal_reason(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "::1", "fd12::1", "100.64.0.1"])
def test_the_setting_lets_loopback_and_private_networks_through(address):
    assert refusal_reason(ipaddress.ip_address(address)) is not None
    assert refusal_reason(ipaddress.ip_address(address), allow_private=True) is None


@pytest.mark.parametrize(
    "address", ["169.254.169.254", "0.0.0.0", "::", "fe80::1", "224.0.0.1", "240.0.0.1"]
)
def test_the_setting_never_opens_metadata_unspecified_or_multicast(address):
    assert refusal_reason(ipaddress.ip_address(address), allow_private=True) is not None
