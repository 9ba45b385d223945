"""A tiny local HTTP server that answers like an OpenAI-compatible chat completions endpoint."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class FakeModelServer:
    """POST /v1/chat/completions answers with whatever the test set; requests are kept."""

    def __init__(self):
        self.requests: list[dict] = []
        self.status = 200
        self.body = b""
        self.delay = 0.0
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def answer(self, content) -> None:
        """Answer with a chat completion whose message is `content` (JSON-encoded unless a str)."""
        if not isinstance(content, str):
            content = json.dumps(content)
        completion = {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}}],
        }
        self.respond(200, json.dumps(completion))

    def respond(self, status: int, body: str) -> None:
        self.status, self.body = status, body.encode("utf-8")

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format, *args):
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                payload = self.rfile.read(length)
                fake.requests.append(
                    {"path": self.path, "headers": dict(self.headers), "json": json.loads(payload)}
                )
                if fake.delay:
                    time.sleep(fake.delay)
                try:
                    self.send_response(fake.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(fake.body)))
                    self.end_headers()
                    self.wfile.write(fake.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        return Handler


@pytest.fixture(scope="session")
def _model_server():
    server = FakeModelServer()
    yield server
    server.close()


@pytest.fixture
def model_server(_model_server, settings):
    """The fake endpoint, reset, with the llm extractor's settings pointing at it."""
    _model_server.requests.clear()
    _model_server.respond(200, "")
    _model_server.delay = 0.0
    settings.LLM_BASE_URL = _model_server.base_url
    settings.LLM_MODEL = "test-model"
    settings.LLM_API_KEY = "sk-test"
    settings.LLM_TIMEOUT = 5
    return _model_server
