"""`wgsubmit serve`: the store as a local web page where officers review and decide.

It listens on 127.0.0.1 only and answers only the one who holds the token it printed (then
its session cookie), under its own host name, so that neither another user of the machine
nor a web page in the officer's browser can read a submission or decide for them. What the
page says about publication is `publication.judge`'s (through `publish.build`); what an
officer decides goes through `triage.check` and `triage.apply`, as in `triage`, so the
history records it. Nothing about a message is written to the server's log, and the
mailbox is never opened.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import socket
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wgsubmit.config import SUBMITTER_TYPES, Config
from wgsubmit.domain import Publication, by_officer, language_ok
from wgsubmit.errors import StoreError, UsageError, ValueRefused
from wgsubmit.records import CONFIDENTIALITY, KINDS
from wgsubmit.store import Store, StoredAttachment, StoredMessage

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.types import ASGIApp, Receive, Scope, Send

    from wgsubmit.publish import Verdict

# What each decision on the page sets: the form's field, the Decision's, the stored value.
FIELDS = {
    "confidentiality": "confidentiality",
    "kind": "kind",
    "type": "submitter_type",
    "name": "submitter_name",
    "country": "submitter_country",
    "withhold": "withhold_reason",
}
CHOICES = {"confidentiality": CONFIDENTIALITY, "kind": KINDS, "type": SUBMITTER_TYPES}
# A document is served as what its bytes are, never as what the message called it, and
# never as html; anything else is bytes to download.
MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "doc": "application/msword",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
    "txt": "text/plain; charset=utf-8",
}
PAGE_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
PDF_POLICY = "default-src 'none'; object-src 'self'; frame-ancestors 'self'"
FILE_POLICY = "sandbox; default-src 'none'"


@dataclass(frozen=True)
class Secrets:
    """The token printed in the address, the session cookie it buys, and the field every
    form carries: each random, compared in constant time."""

    token: str
    session: str
    csrf: str

    @classmethod
    def new(cls) -> Secrets:
        session = secrets.token_urlsafe(32)
        csrf = hmac.new(session.encode(), b"csrf", hashlib.sha256).hexdigest()
        return cls(secrets.token_urlsafe(32), session, csrf)


def same(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


@dataclass(frozen=True)
class Attention:
    """One submission in the queue, with what an officer must look at (empty: nothing)."""

    message: StoredMessage
    verdict: Verdict
    reasons: tuple[str, ...]


def attention(verdict: Verdict, amended: bool, language: bool | None) -> tuple[str, ...]:
    """Why a submission needs an officer before the page is right, in the queue's words;
    ``language`` is whether the call accepts its language (`domain.language_ok`)."""
    message = verdict.message
    checks = [
        (
            message.confidentiality == Publication.UNCLEAR
            and not by_officer(message.confidentiality_decided_by),
            "publication request unclear",
        ),
        (message.call_answer == "unclear", "which call it answers is unclear"),
        (message.kind is None, "not read yet"),
        (any(a.error for a in message.attachments), "documents that could not be read"),
        ("needs_download" in message.flags, "needs_download: its document is behind a link"),
        (language is False, "in a language the call does not accept"),
        ("late" in verdict.reasons, "late"),
        ("anonymous" in message.flags, "anonymous"),
        ("personal_case" in message.flags, "personal_case"),
        (amended, "a later message amends it"),
    ]
    return tuple(reason for holds, reason in checks if holds)


def queue(
    messages: list[StoredMessage], verdicts: tuple[Verdict, ...], config: Config
) -> list[Attention]:
    """Those an officer must look at first (an unclear request before the others), then
    the rest, each oldest first."""

    amended = {m.amends for m in messages if m.amends is not None}
    items = [
        Attention(
            v.message,
            v,
            attention(v, v.message.id in amended, language_ok(v.message, config)),
        )
        for v in verdicts
    ]

    def order(item: Attention) -> tuple[int, str, int]:
        rank = 0 if "publication request unclear" in item.reasons else 1 if item.reasons else 2
        received = item.message.received_at.isoformat() if item.message.received_at else ""
        return rank, received or item.message.stored_at, item.message.id

    return sorted(items, key=order)


def judged(store: Store, config: Config) -> tuple[list[StoredMessage], tuple[Verdict, ...]]:
    """Every stored message and each submission's verdict, as `export --dry-run` gives it."""
    from wgsubmit.publish import build

    messages = store.messages(include_all=True)
    return messages, build(messages, config, texts=store.attachment_texts).verdicts


def highlighted(body: str, evidence: str | None) -> tuple[str, str, str]:
    """The body split around the sentence that decided publication: (before, it, after);
    the template escapes each part and marks the middle one."""
    if evidence and evidence in body:
        start = body.index(evidence)
        return body[:start], evidence, body[start + len(evidence) :]
    return body, "", ""


def shown_value(message: StoredMessage, field: str) -> str:
    value = getattr(message, FIELDS[field])
    return "" if value is None else str(value)


def attachment(message: StoredMessage, number: int) -> StoredAttachment | None:
    """Attachment ``number`` as `show` numbers them (from 1)."""
    return next((a for a in message.attachments if a.position + 1 == number), None)


def media_type(item: StoredAttachment) -> str:
    return MEDIA_TYPES.get(item.format or "", "application/octet-stream")


class Guard:
    """Refuses a request for another host name (DNS rebinding: 400) and one without the
    token or the session cookie (403); the token buys the cookie, then one redirect."""

    def __init__(self, app: ASGIApp, keys: Secrets, port: int) -> None:
        self.app, self.keys, self.port = app, keys, port
        self.cookie = f"wgsubmit_{port}"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        from starlette.requests import Request
        from starlette.responses import PlainTextResponse, RedirectResponse

        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        hosts = {f"127.0.0.1:{self.port}", f"localhost:{self.port}"}
        response: Response | None = None
        if request.headers.get("host", "").lower() not in hosts:
            response = PlainTextResponse("Unknown host name.\n", status_code=400)
        elif same(request.query_params.get("token"), self.keys.token):
            response = RedirectResponse("/", status_code=303)
            response.set_cookie(
                self.cookie, self.keys.session, httponly=True, samesite="strict", path="/"
            )
        elif not same(request.cookies.get(self.cookie), self.keys.session):
            response = PlainTextResponse(
                "Open the address `wgsubmit serve` printed.\n", status_code=403
            )
        if response is not None:
            secure_headers(response, PAGE_POLICY)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def secure_headers(response: Response, policy: str) -> None:
    response.headers["Content-Security-Policy"] = policy
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY" if policy == PAGE_POLICY else "SAMEORIGIN"


class Pages:
    """The routes: each opens the store for the one request (to read, or to write under
    the store's lock), so that a `fetch` or `triage` running beside it is seen. They are
    plain functions, which Starlette runs in its threads, off the event loop."""

    def __init__(self, config: Config, keys: Secrets) -> None:
        from jinja2 import Environment, PackageLoader, StrictUndefined

        self.config, self.keys = config, keys
        self.env = Environment(
            loader=PackageLoader("wgsubmit", "templates/serve"),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def page(self, name: str, status: int = 200, **values: Any) -> Response:
        from starlette.responses import HTMLResponse

        text = self.env.get_template(name).render(
            call=self.config.call.title, csrf=self.keys.csrf, **values
        )
        response = HTMLResponse(text, status_code=status)
        secure_headers(response, PAGE_POLICY)
        return response

    def problem(self, status: int, text: str, back: str = "/") -> Response:
        return self.page("problem.html.j2", status=status, text=text, back=back)

    def home(self, request: Request) -> Response:
        from wgsubmit.views import when

        search = request.query_params.get("q", "").strip()
        with Store.open_for_reading(self.config.store_path) as store:
            messages, verdicts = judged(store, self.config)
            found = store.search(search) if search else None
        items = [
            i
            for i in queue(messages, verdicts, self.config)
            if found is None or i.message.id in found
        ]
        return self.page(
            "queue.html.j2",
            first=[i for i in items if i.reasons],
            rest=[i for i in items if not i.reasons],
            search=search,
            when=lambda m: when(m.received_at, self.config),
        )

    def submission(self, request: Request) -> Response:
        from wgsubmit.views import on_time_text, sender_text, visible_name, when

        number = int(request.path_params["id"])
        with Store.open_for_reading(self.config.store_path) as store:
            messages, verdicts = judged(store, self.config)
            events = store.events(number)
        message = next((m for m in messages if m.id == number), None)
        if message is None:
            return self.problem(404, f"No message #{number}.")
        verdict = next((v for v in verdicts if v.message.id == number), None)
        return self.page(
            "submission.html.j2",
            m=message,
            verdict=verdict,
            events=events,
            sender=sender_text(message),
            received=when(message.received_at, self.config),
            on_time=on_time_text(message, self.config),
            body=highlighted(message.body, message.confidentiality_evidence),
            name_of=lambda a: visible_name(a.filename or "") or "(no name)",
            shown=lambda field: shown_value(message, field),
            choices=CHOICES,
        )

    def file(self, request: Request) -> Response:
        from starlette.responses import FileResponse, PlainTextResponse

        from wgsubmit.views import visible_name

        number, position = int(request.path_params["id"]), int(request.path_params["n"])
        as_text = request.url.path.endswith("/text")
        with Store.open_for_reading(self.config.store_path) as store:
            message = store.message(number)
            item = attachment(message, position) if message else None
            if item is None:
                return self.problem(404, f"No attachment {position} of #{number}.")
            if as_text:
                assert message is not None
                # One text per attachment, in the order of their positions.
                positions = sorted(a.position for a in message.attachments)
                text = store.attachment_texts(number)[positions.index(item.position)]
                response: Response = PlainTextResponse(text, media_type="text/plain")
                secure_headers(response, FILE_POLICY)
                return response
            path = store.file_path(item.sha256)
        kind = media_type(item)
        download = request.query_params.get("download") == "1"
        response = FileResponse(
            path,
            media_type=kind,
            filename=visible_name(item.filename or "") or f"attachment-{position}",
            content_disposition_type="attachment" if download else "inline",
        )
        secure_headers(response, PDF_POLICY if kind == "application/pdf" else FILE_POLICY)
        return response

    async def decide(self, request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        number = int(request.path_params["id"])
        form = await request.form()
        if not same(_text(form.get("csrf")), self.keys.csrf):
            return self.problem(403, "This form is not from this page: open it again.")
        field, value = _text(form.get("field")), _text(form.get("value"))
        if field not in FIELDS or value is None:
            return self.problem(400, "Choose what to decide.")
        # The store's lock and SQLite block: off the event loop, as the other pages are.
        return await run_in_threadpool(self.record, number, field, value, _text(form.get("shown")))

    def record(self, number: int, field: str, value: str, shown: str | None) -> Response:
        """One decision, unless the value the officer was shown has changed meanwhile."""
        from starlette.responses import RedirectResponse

        from wgsubmit.triage import Decision, apply, check, user

        back = f"/submission/{number}"
        try:
            chosen: dict[str, Any] = {field: value}  # one of FIELDS, each a Decision's
            decision = check(Decision(**chosen), self.config.call.timezone)
            with Store.open_for_writing(self.config.store_path, "serve") as store:
                message = store.message(number)
                if message is None:
                    return self.problem(404, f"No message #{number}.")
                if shown_value(message, field) != shown:
                    now = shown_value(message, field) or "—"
                    return self.problem(
                        409,
                        f"#{number}'s {field} was changed meanwhile (it is now “{now}”): "
                        "nothing was changed. Look at it again before deciding.",
                        back=back,
                    )
                apply(store, number, decision, user())
        except ValueRefused as err:
            return self.problem(400, str(err), back=back)
        except (StoreError, UsageError) as err:
            return self.problem(503, str(err), back=back)
        return RedirectResponse(back, status_code=303)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def application(config: Config, keys: Secrets, port: int) -> Starlette:
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.routing import Route

    pages = Pages(config, keys)
    routes = [
        Route("/", pages.home),
        Route("/submission/{id:int}", pages.submission),
        Route("/submission/{id:int}/file/{n:int}", pages.file),
        Route("/submission/{id:int}/file/{n:int}/text", pages.file),
        Route("/submission/{id:int}/decide", pages.decide, methods=["POST"]),
    ]
    return Starlette(routes=routes, middleware=[Middleware(Guard, keys=keys, port=port)])


def listening(port: int) -> socket.socket:
    """The socket on 127.0.0.1 (0: a free port), bound before the address is printed."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError as err:
        sock.close()
        raise UsageError(f"--port: cannot listen on 127.0.0.1:{port} ({err.strerror})") from None
    sock.listen(64)
    return sock


def run(config: Config, port: int, browser: bool, announce: Any) -> None:
    """Serve until interrupted; ``announce`` gets the address with its token first."""
    import uvicorn

    with Store.open_for_reading(config.store_path):
        pass  # no store, or one from another version: say so before listening
    sock = listening(port)
    port = sock.getsockname()[1]
    keys = Secrets.new()
    address = f"http://127.0.0.1:{port}/?token={keys.token}"
    announce(address)
    if browser:
        import webbrowser

        webbrowser.open(address)
    server = uvicorn.Server(
        uvicorn.Config(
            application(config, keys, port),
            access_log=False,
            log_level="warning",
            server_header=False,
            lifespan="off",
        )
    )
    server.run(sockets=[sock])
