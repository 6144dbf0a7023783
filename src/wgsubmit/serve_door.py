"""Who `wgsubmit serve` answers, and how a session ends.

On one computer, whoever holds the token it printed, then the session cookie that buys,
under its own host name only; in team mode, an officer signed in (`accounts.TeamGuard`).
Signing out ends the session on the server: on one computer a new session is drawn (the
printed address buys it), in team mode the officer's session is forgotten; either way the
old cookie, even sent again, opens nothing. Every page carries the headers that keep it
from being framed, sniffed or cached.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.types import ASGIApp, Receive, Scope, Send

    from wgsubmit.accounts import Team

PAGE_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)


@dataclass(frozen=True)
class Secrets:
    """The token printed in the address, the session cookie it buys, and the field every
    form carries: each random, compared in constant time."""

    token: str
    session: str
    csrf: str

    @classmethod
    def new(cls) -> Secrets:
        return cls(secrets.token_urlsafe(32), "", "").renewed()

    def renewed(self) -> Secrets:
        """The same token, a new session and its own form field."""
        session = secrets.token_urlsafe(32)
        csrf = hmac.new(session.encode(), b"csrf", hashlib.sha256).hexdigest()
        return Secrets(self.token, session, csrf)


def same(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def secure_headers(response: Response, policy: str) -> None:
    response.headers["Content-Security-Policy"] = policy
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY" if policy == PAGE_POLICY else "SAMEORIGIN"


class Door:
    """The secrets in force, and how a session ends: on one computer, new secrets (one
    assignment, so that a request reads the old ones or the new, never half of each); in
    team mode, the officer's session forgotten."""

    def __init__(self, keys: Secrets, port: int, team: Team | None = None) -> None:
        self.keys, self.team = keys, team
        self.cookie = team.cookie if team is not None else f"wgsubmit_{port}"

    def sign_out(self, request: Request) -> None:
        if self.team is not None:
            self.team.sign_out(request.cookies.get(self.cookie))
        else:
            self.keys = self.keys.renewed()


class Guard:
    """Refuses a request for another host name (DNS rebinding: 400) and one without the
    token or the session cookie (403); the token buys the cookie, then one redirect."""

    def __init__(self, app: ASGIApp, door: Door, port: int) -> None:
        self.app, self.door, self.port = app, door, port

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        from starlette.requests import Request
        from starlette.responses import PlainTextResponse, RedirectResponse

        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        hosts = {f"127.0.0.1:{self.port}", f"localhost:{self.port}"}
        keys, cookie = self.door.keys, self.door.cookie
        response: Response | None = None
        if request.headers.get("host", "").lower() not in hosts:
            response = PlainTextResponse("Unknown host name.\n", status_code=400)
        elif same(request.query_params.get("token"), keys.token):
            response = RedirectResponse("/", status_code=303)
            response.set_cookie(cookie, keys.session, httponly=True, samesite="strict", path="/")
        elif not same(request.cookies.get(cookie), keys.session):
            response = PlainTextResponse(
                "Open the address `wgsubmit serve` printed.\n", status_code=403
            )
        if response is not None:
            secure_headers(response, PAGE_POLICY)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
