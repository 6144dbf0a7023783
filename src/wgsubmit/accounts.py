"""Officer accounts, for `wgsubmit serve` in team mode: the passwords, signing in, and
the limit on guessing.

On one computer, `serve` answers whoever holds the token it printed. Serving a team over
the network (`--host`), it answers only an officer who signed in with their own name and
password, over TLS, so that the history says which officer decided. A password is kept
only as an scrypt hash with its own random salt; a sign-in is refused for a while after
five failures in a minute, from one address or for one name.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
import unicodedata
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wgsubmit.config import is_loopback
from wgsubmit.errors import UsageError, ValueRefused
from wgsubmit.store import Store

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.types import ASGIApp, Receive, Scope, Send

# scrypt's cost (RFC 7914): 16 MiB and some 50 ms a guess on a laptop.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MIN_PASSWORD = 12
MAX_NAME = 64
FAILURES, WINDOW = 5, 60.0  # failed sign-ins allowed per address and per name, per window
OFFICER = "wgsubmit.officer"  # where the signed-in officer's name goes in a request's scope
SIGNIN = "/signin"
IDLE = 30 * 60.0  # seconds a session may be left idle: `serve.session_idle_minutes`


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )
    parts = (str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), _b64(salt), _b64(digest))
    return "scrypt$" + "$".join(parts)


def verify_password(password: str, stored: str) -> bool:
    """Whether the password is the one hashed; a malformed hash matches nothing."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        found = hashlib.scrypt(
            password.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(found, expected)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# Compared against when the name is unknown, so that a wrong name takes as long as a wrong
# password and does not tell who is an officer.
_DUMMY = hash_password(secrets.token_urlsafe(16))


def officer_name(name: str) -> str:
    """An officer's name as typed, checked: what the history will say."""
    name = unicodedata.normalize("NFC", " ".join(name.split()))
    if not name or len(name) > MAX_NAME or not name.isprintable():
        raise UsageError(f"NAME: give an officer's name of 1 to {MAX_NAME} printable characters")
    return name


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"the password must have at least {MIN_PASSWORD} characters")


@dataclass(frozen=True)
class TeamTLS:
    """Where team mode listens, and its TLS certificate and key (PEM files)."""

    host: str
    cert: str
    key: str

    def address(self, port: int) -> str:
        import socket

        shown = self.host
        if shown in ("0.0.0.0", "::", "[::]"):
            shown = socket.getfqdn()  # every address: the name officers will use
        elif ":" in shown and not shown.startswith("["):
            shown = f"[{shown}]"
        return f"https://{shown}:{port}{SIGNIN}"


def team_tls(host: str, cert: Path | None, key: Path | None) -> TeamTLS | None:
    """Team mode when a certificate is given; beyond this computer it must be."""
    import ssl

    if cert is None and key is None:
        if not is_loopback(host):
            raise ValueRefused(
                "cert",
                f"are needed to serve {host}, beyond this computer, with officer accounts "
                "(`wgsubmit officer add NAME`)",
                together_with="key",
            )
        return None
    if cert is None or key is None:
        raise ValueRefused("cert", "go together", together_with="key")
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(cert, key)
    except (OSError, ssl.SSLError) as err:
        raise ValueRefused("cert", f"cannot be used ({err})", "key") from None
    return TeamTLS(host, str(cert), str(key))


@dataclass
class Throttle:
    """Failed sign-ins, per key ("address 10.0.0.5", "name ana"), in a sliding window."""

    limit: int = FAILURES
    window: float = WINDOW
    clock: Callable[[], float] = time.monotonic
    failures: dict[str, deque[float]] = field(default_factory=dict)

    def _recent(self, key: str) -> deque[float]:
        found = self.failures.get(key, deque())
        while found and found[0] <= self.clock() - self.window:
            found.popleft()
        if not found:
            self.failures.pop(key, None)
        return found

    def blocked(self, keys: tuple[str, ...]) -> bool:
        return any(len(self._recent(k)) >= self.limit for k in keys)

    def failed(self, keys: tuple[str, ...]) -> None:
        for key in keys:
            self.failures.setdefault(key, deque()).append(self.clock())

    def forgive(self, keys: tuple[str, ...]) -> None:
        """Take back the last failure counted (an attempt that succeeded)."""
        for key in keys:
            found = self.failures.get(key)
            if found:
                found.pop()
            if not found:
                self.failures.pop(key, None)


@dataclass
class Team:
    """Team mode's state in a running server: who is signed in (by session cookie, with
    when they last asked a page), the failed sign-ins, and the key that ties the sign-in
    form to its browser. A session left ``idle`` seconds ends (`[serve]` in the config)."""

    store_path: Path
    port: int
    idle: float = IDLE
    clock: Callable[[], float] = time.monotonic
    sessions: dict[str, tuple[str, float]] = field(default_factory=dict)
    throttle: Throttle = field(default_factory=Throttle)
    form_key: bytes = field(default_factory=lambda: secrets.token_bytes(32))

    @property
    def cookie(self) -> str:
        return f"wgsubmit_team_{self.port}"

    @property
    def form_cookie(self) -> str:
        return f"wgsubmit_signin_{self.port}"

    def form_token(self, browser: str) -> str:
        return hmac.new(self.form_key, browser.encode(), hashlib.sha256).hexdigest()

    def signed_in(self, session: str | None) -> str | None:
        """The officer holding this session, while they are still an officer and have
        not left it idle; each page asked keeps it."""
        found = self.sessions.get(session or "")
        if found is None:
            return None
        name, last = found
        if self.clock() - last > self.idle:
            self.sign_out(session)
            return None
        with Store.open_for_reading(self.store_path) as store:
            if store.officer_hash(name) is None:  # removed since: signed out
                self.sign_out(session)
                return None
        self.sessions[session or ""] = (name, self.clock())
        return name

    def sign_out(self, session: str | None) -> None:
        self.sessions.pop(session or "", None)

    def sign_in(self, name: str, password: str) -> str | None:
        """A new session for this officer, if the password is theirs."""
        with Store.open_for_reading(self.store_path) as store:
            found = store.officer_hash(name)
        stored_name, stored_hash = found if found is not None else (name, _DUMMY)
        if not verify_password(password, stored_hash) or found is None:
            return None
        session = secrets.token_urlsafe(32)
        self.sessions[session] = (stored_name, self.clock())
        return session


def officer_of(scope: Scope) -> str | None:
    """The signed-in officer of a request in team mode; None on one computer."""
    name = scope.get(OFFICER)
    return name if isinstance(name, str) else None


class TeamGuard:
    """Team mode's door: `/signin` alone is open; every other page needs an officer's
    session (a GET without one goes to `/signin`, anything else gets 403). The sign-in form
    carries a token tied to its browser's cookie; a sixth failure in a minute, from one
    address or for one name, gets 429 without the password being tried."""

    def __init__(
        self,
        app: ASGIApp,
        team: Team,
        render: Callable[..., Response],
        secure: Callable[[Response, str], None],
        policy: str,
    ) -> None:
        self.app, self.team, self.render, self.secure, self.policy = (
            app,
            team,
            render,
            secure,
            policy,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        from starlette.concurrency import run_in_threadpool
        from starlette.requests import Request
        from starlette.responses import PlainTextResponse, RedirectResponse

        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        response: Response | None
        if request.url.path == SIGNIN:
            response = await self.signin(request)
        else:
            session = request.cookies.get(self.team.cookie)
            name = await run_in_threadpool(self.team.signed_in, session)
            if name is not None:
                scope[OFFICER] = name
                await self.app(scope, receive, send)
                return
            if request.method in ("GET", "HEAD"):
                response = RedirectResponse(SIGNIN, status_code=303)
            else:
                response = PlainTextResponse("Sign in first.\n", status_code=403)
        self.secure(response, self.policy)
        await response(scope, receive, send)

    async def signin(self, request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool
        from starlette.responses import RedirectResponse

        browser = request.cookies.get(self.team.form_cookie) or secrets.token_urlsafe(32)
        token = self.team.form_token(browser)
        if request.method != "POST":
            return self.form(browser, token, "", 200, "")
        form = await request.form()
        name, password, given = (form.get(k) for k in ("name", "password", "csrf"))
        if not (isinstance(given, str) and hmac.compare_digest(given.encode(), token.encode())):
            problem = "This form is not from this page: sign in again."
            return self.form(browser, token, problem, 403, "")
        if not isinstance(name, str) or not isinstance(password, str):
            return self.form(browser, token, "Give your name and password.", 400, "")
        client = request.client.host if request.client else "?"
        keys = (f"address {client}", f"name {name.strip().casefold()}")
        if self.team.throttle.blocked(keys):
            problem = "Too many failed sign-ins: wait a minute."
            return self.form(browser, token, problem, 429, name)
        # Counted before it is tried, so that guesses sent at once are limited too.
        self.team.throttle.failed(keys)
        session = await run_in_threadpool(self.team.sign_in, name.strip(), password)
        if session is None:
            return self.form(browser, token, "Wrong name or password.", 403, name)
        self.team.throttle.forgive(keys)
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(
            self.team.cookie, session, httponly=True, secure=True, samesite="strict", path="/"
        )
        response.delete_cookie(self.team.form_cookie, path=SIGNIN)
        return response

    def form(self, browser: str, token: str, problem: str, status: int, name: str) -> Response:
        """The sign-in form (with the name typed, after a refusal)."""
        response = self.render(
            "signin.html.j2", status=status, signin=token, problem=problem, typed=name
        )
        response.set_cookie(
            self.team.form_cookie, browser, httponly=True, secure=True, samesite="strict",
            path=SIGNIN,
        )  # fmt: skip
        return response
