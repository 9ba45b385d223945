"""The outside web, faked: a real HTTP server on 127.0.0.1 serving pages the tests write.

Tests register what a path answers (`fakeweb.add("/a", html)`), hand `fakeweb.url("/a")` to the code
under test, and read `fakeweb.requests` to see what was actually sent.
"""

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Route:
    status: int = 200
    body: bytes | None = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the response starts
    stream_bytes: int = 0  # when set, stream this many bytes of filler instead of `body`
    chunk_delay: float = 0.0  # seconds between streamed chunks


@dataclass
class SeenRequest:
    method: str
    path: str
    headers: dict[str, str]


class QuietHTTPServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """Clients under test hang up early on purpose (size and time limits): not an error."""


class FakeWeb:
    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.requests: list[SeenRequest] = []
        self._lock = threading.Lock()
        self.server = QuietHTTPServer(("127.0.0.1", 0), self._handler_class())
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return self.base_url + path

    def add(
        self,
        path: str,
        body: bytes | str = b"",
        *,
        status: int = 200,
        content_type: str | None = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
        stream_bytes: int = 0,
        chunk_delay: float = 0.0,
    ) -> str:
        """Serve `body` at `path`; returns the page's full URL."""
        all_headers = dict(headers or {})
        if content_type is not None:
            all_headers.setdefault("Content-Type", content_type)
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(status, data, all_headers, delay, stream_bytes, chunk_delay)
        return self.url(path)

    def add_redirect(self, path: str, location: str, status: int = 302) -> str:
        return self.add(path, status=status, content_type=None, headers={"Location": location})

    def requests_to(self, path: str) -> list[SeenRequest]:
        with self._lock:
            return [request for request in self.requests if request.path == path]

    def reset(self):
        with self._lock:
            self.routes.clear()
            self.requests.clear()

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    def _handler_class(self):
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format, *args):  # keep test output quiet
                pass

            def do_HEAD(self):
                self._answer(send_body=False)

            def do_GET(self):
                self._answer(send_body=True)

            def _answer(self, send_body: bool):
                with web._lock:
                    web.requests.append(SeenRequest(self.command, self.path, dict(self.headers)))
                route = web.routes.get(self.path) or web.routes.get(self.path.split("?")[0])
                if route is None:
                    route = Route(
                        status=404, body=b"not found", headers={"Content-Type": "text/plain"}
                    )
                if route.delay:
                    time.sleep(route.delay)
                try:
                    self.send_response(route.status)
                    for name, value in route.headers.items():
                        self.send_header(name, value)
                    if route.stream_bytes:
                        self.send_header("Connection", "close")
                        self.end_headers()
                        if send_body:
                            self._stream(route)
                        return
                    body = route.body or b""
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if send_body:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up on purpose (size or time limit)

            def _stream(self, route: Route):
                chunk = b"<p>" + b"x" * 65530 + b"</p>\n"
                sent = 0
                while sent < route.stream_bytes:
                    self.wfile.write(chunk)
                    sent += len(chunk)
                    if route.chunk_delay:
                        time.sleep(route.chunk_delay)
                self.close_connection = True

        return Handler


@pytest.fixture(scope="session")
def _fakeweb_server():
    web = FakeWeb()
    yield web
    web.close()


@pytest.fixture
def fakeweb(_fakeweb_server, settings):
    """A local web server for one test; fetching from loopback is allowed while it runs."""
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = True
    _fakeweb_server.reset()
    yield _fakeweb_server
    _fakeweb_server.reset()
