"""A local fake of the Alexa APIs the reminder uses, over HTTPS on 127.0.0.1.

Why HTTPS: ask-sdk's DefaultApiClient refuses any other scheme, and the point is to run it for
real. The fake makes its own certificate for 127.0.0.1; ``trust()`` points ``requests`` at it.
It speaks the shapes of the two calls: ``POST /v1/alerts/reminders`` (201 with an alertToken,
or an error ``{"code", "message"}``) and ``GET /v2/devices/{id}/settings/System.timeZone`` (a JSON
string). Every request is recorded with its path, headers and JSON body.
"""

from __future__ import annotations

import datetime as dt
import json
import ssl
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from ipaddress import IPv4Address
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

REMINDERS_PATH = "/v1/alerts/reminders"
TIME_ZONE_SUFFIX = "/settings/System.timeZone"


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


@dataclass
class FakeAlexaApi:
    """Set ``reminder_reply`` and ``time_zone_reply`` to (status, JSON body) before a call."""

    directory: Path
    reminder_reply: tuple[int, Any] = (201, None)
    time_zone_reply: tuple[int, Any] = (200, "America/New_York")
    requests: list[Recorded] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.cert_file = self.directory / "fake-api.pem"
        key_file = self.directory / "fake-api.key"
        _self_signed(self.cert_file, key_file)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert_file, key_file)
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def endpoint(self) -> str:
        return f"https://127.0.0.1:{self.server.server_address[1]}"

    def reminder_requests(self) -> list[Recorded]:
        return [r for r in self.requests if r.path == REMINDERS_PATH]

    def trust(self, monkeypatch: Any) -> None:
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(self.cert_file))
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        monkeypatch.setenv("no_proxy", "127.0.0.1")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _handler(api: FakeAlexaApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _reply(self, status: int, body: Any) -> None:
            data = b"" if body is None else json.dumps(body).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _record(self, body: Any) -> None:
            api.requests.append(Recorded(self.command, self.path, dict(self.headers.items()), body))

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"null")
            self._record(body)
            if self.path != REMINDERS_PATH:
                self._reply(404, {"code": "NOT_FOUND", "message": "no such resource"})
                return
            status, reply = api.reminder_reply
            if status < 300 and reply is None:
                now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000")
                reply = {
                    "alertToken": "fake-alert-token-1",
                    "createdTime": now,
                    "updatedTime": now,
                    "status": "ON",
                    "version": "1",
                    "href": f"{REMINDERS_PATH}/fake-alert-token-1",
                }
            self._reply(status, reply)

        def do_GET(self) -> None:
            self._record(None)
            if self.path.startswith("/v2/devices/") and self.path.endswith(TIME_ZONE_SUFFIX):
                self._reply(*api.time_zone_reply)
            else:
                self._reply(404, {"code": "NOT_FOUND", "message": "no such resource"})

        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            pass

    return Handler


def _self_signed(cert_file: Path, key_file: Path) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(IPv4Address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
        )
    )
