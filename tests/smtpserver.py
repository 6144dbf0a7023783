"""A real SMTP server on 127.0.0.1 for the tests: implicit TLS with a trustme certificate,
a password login, every message kept; it can hold the first message until told to go on."""

from __future__ import annotations

import asyncio
import base64
import email
import email.policy
import ssl
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import trustme

from imapserver import free_port

USER = "officer@example.org"
PASSWORD = "correct horse battery staple"
TOKEN = "an-access-token-from-the-sign-in-service"


@dataclass
class Mailbag:
    """What the server took: the messages, and who logged in."""

    messages: list[EmailMessage] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)
    hold_first: bool = False
    reached: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.hold_first:
            self.hold_first = False
            self.reached.set()
            await asyncio.get_running_loop().run_in_executor(None, self.release.wait)
            return "451 gone"
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        return "250 OK"

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> Any:
        """Microsoft's and Google's sign-in with an OAuth2 access token."""
        from aiosmtpd.smtp import AuthResult

        raw = base64.b64decode(args[1]).decode() if len(args) > 1 else ""
        fields = dict(part.split("=", 1) for part in raw.split("\x01") if "=" in part)
        login, token = fields.get("user", ""), fields.get("auth", "").removeprefix("Bearer ")
        self.logins.append((login, token))
        return AuthResult(success=login == USER and token == TOKEN, handled=False)

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> Any:
        from aiosmtpd.smtp import AuthResult, LoginPassword

        if isinstance(data, LoginPassword):
            login, password = data.login.decode(), data.password.decode()
            self.logins.append((login, password))
            return AuthResult(success=login == USER and password == PASSWORD, handled=False)
        return AuthResult(success=False, handled=False)


class SmtpServer:
    """start(), then host, port and ca_file; stop() at the end."""

    def __init__(self, folder: Path, starttls: bool = False) -> None:
        """Implicit TLS, or with ``starttls`` a plain port that requires STARTTLS."""
        from aiosmtpd.controller import Controller

        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        self.ca_file = folder / "smtp-ca.pem"
        ca.cert_pem.write_to_path(str(self.ca_file))
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        cert.configure_cert(context)
        self.bag = Mailbag()
        tls: dict[str, Any] = (
            {"tls_context": context, "require_starttls": True, "auth_require_tls": True}
            if starttls
            # aiosmtpd's check of TLS before AUTH knows only STARTTLS; this is TLS throughout
            else {"ssl_context": context, "auth_require_tls": False}
        )
        self.controller = Controller(
            self.bag,
            hostname="127.0.0.1",
            port=free_port(),
            authenticator=self.bag.authenticate,
            auth_required=True,
            **tls,
        )

    def start(self) -> None:
        self.controller.start()

    @property
    def port(self) -> int:
        return int(self.controller.port)

    def stop(self) -> None:
        self.bag.release.set()
        self.controller.stop()
