"""https: the connection goes to the checked address, while TLS still speaks and verifies the name."""

import shutil
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sources.ingest.errors import FetchError
from sources.ingest.fetch import fetch_page

pytestmark = pytest.mark.skipif(
    shutil.which("openssl") is None, reason="needs the openssl command to make a certificate"
)


@pytest.fixture
def tls_site(tmp_path, settings):
    """A local https server with a self-signed certificate for "localhost", trusted by the fetcher."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"),
            *("-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
    )
    seen = {"server_names": [], "hosts": []}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format, *args):
            pass

        def do_GET(self):
            seen["hosts"].append(self.headers["Host"])
            body = b"<html><body><p>Served over TLS.</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.sni_callback = lambda sock, name, ctx: seen["server_names"].append(name)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = True
    settings.FETCH_CA_BUNDLE = str(cert)
    yield server.server_address[1], seen
    server.shutdown()
    server.server_close()


def test_it_connects_to_the_address_but_verifies_the_name(tls_site, network_log):
    port, seen = tls_site

    page = fetch_page(f"https://localhost:{port}/page")

    assert "Served over TLS." in page.text
    assert seen["server_names"] == ["localhost"]  # SNI carries the name, not the address
    assert seen["hosts"] == [f"localhost:{port}"]
    assert network_log.connections == [("127.0.0.1", port)]


def test_a_certificate_for_another_name_is_refused(tls_site):
    port, seen = tls_site

    with pytest.raises(FetchError) as failed:
        fetch_page(f"https://127.0.0.1:{port}/page")  # the certificate names only "localhost"

    assert failed.value.message == "the site's certificate could not be verified (127.0.0.1)"
    assert failed.value.transient is False
    assert seen["hosts"] == []


def test_an_untrusted_certificate_is_refused(tls_site, settings):
    port, seen = tls_site
    settings.FETCH_CA_BUNDLE = ""  # the public bundle does not know our self-signed certificate

    with pytest.raises(FetchError, match="certificate could not be verified"):
        fetch_page(f"https://localhost:{port}/page")

    assert seen["hosts"] == []
