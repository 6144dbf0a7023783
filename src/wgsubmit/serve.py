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

import datetime as dt
import socket
from typing import TYPE_CHECKING, Any

from wgsubmit import serve_forms as forms
from wgsubmit.config import Config
from wgsubmit.errors import Changed, StoreError, UsageError, ValueRefused
from wgsubmit.records import CONFIDENTIALITY, FLAGS, KINDS
from wgsubmit.serve_door import PAGE_POLICY, Door, Secrets, same, secure_headers
from wgsubmit.serve_queue import Attention, KeptQueue, Shown
from wgsubmit.store import Store, StoredAttachment, StoredMessage

if TYPE_CHECKING:
    from markupsafe import Markup
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response

    from wgsubmit.accounts import Team, TeamTLS

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
PDF_POLICY = "default-src 'none'; object-src 'self'; frame-ancestors 'self'"
FILE_POLICY = "sandbox; default-src 'none'"


def highlighted(body: str, evidence: str | None) -> tuple[str, str, str]:
    """The body split around the sentence that decided publication: (before, it, after);
    the template escapes each part and marks the middle one."""
    if evidence and evidence in body:
        start = body.index(evidence)
        return body[:start], evidence, body[start + len(evidence) :]
    return body, "", ""


def attachment(message: StoredMessage, number: int) -> StoredAttachment | None:
    """Attachment ``number`` as `show` numbers them (from 1)."""
    return next((a for a in message.attachments if a.position + 1 == number), None)


def media_type(item: StoredAttachment) -> str:
    return MEDIA_TYPES.get(item.format or "", "application/octet-stream")


class Pages:
    """The routes: each opens the store for the one request (to read, or to write under
    the store's lock), so that a `fetch` or `triage` running beside it is seen. They are
    plain functions, which Starlette runs in its threads, off the event loop."""

    def __init__(self, config: Config, door: Door) -> None:
        from jinja2 import Environment, PackageLoader, StrictUndefined

        self.config, self.door = config, door
        self.kept = KeptQueue(config, config.store_path)
        self._datalists: Markup | None = None
        self._written: dict[dt.datetime | None, str] = {}
        self._rows: dict[int, tuple[Attention, Markup]] = {}
        self.env = Environment(
            loader=PackageLoader("wgsubmit", "templates/serve"),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def page(self, name: str, status: int = 200, **values: Any) -> Response:
        from starlette.responses import HTMLResponse

        values = {"call": self.config.call.title, "csrf": self.door.keys.csrf, **values}
        text = self.env.get_template(name).render(**values)
        response = HTMLResponse(text, status_code=status)
        secure_headers(response, PAGE_POLICY)
        return response

    def datalists(self) -> Markup:
        """The completions of a name and a country, the same on every submission's page:
        some thousand options, rendered (and escaped) once."""
        from markupsafe import Markup

        if self._datalists is None:
            template = self.env.get_template("datalists.html.j2")
            self._datalists = Markup(template.render(completions=forms.completions()))
        return self._datalists

    def problem(self, status: int, text: str, back: str = "/") -> Response:
        return self.page("problem.html.j2", status=status, text=text, back=back)

    def home(self, request: Request) -> Response:
        from wgsubmit.views import Filters

        params = request.query_params
        chosen = forms.filters(params, params.getlist("flag"))
        with Store.open_for_reading(self.config.store_path) as store:
            # A kind asked for: every message of that kind, as `list --kind` lists them.
            every = self.kept.items(store, every=chosen.kind is not None)
            found = store.search(chosen.search) if chosen.search else None
        items = every
        if chosen != Filters():
            items = [i for i in every if chosen.matches(i.message, self.config, found)]
        shown = Shown.of(items, params.get("from", ""), params.multi_items())
        return self.page(
            "queue.html.j2",
            first=[i for i in shown.items if i.reasons],
            rest=[i for i in shown.items if not i.reasons],
            shown=shown,
            search=chosen.search or "",
            params=params,
            kinds=KINDS,
            publication=CONFIDENTIALITY,
            flags=sorted(FLAGS),
            row=self.row,
        )

    def row(self, item: Attention) -> Markup:
        """One row of the queue, rendered once for each row worked out: between two
        requests most rows are the very same."""
        from markupsafe import Markup

        found = self._rows.get(item.message.id)
        if found is None or found[0] is not item:
            template = self.env.get_template("queue_row.html.j2")
            text = template.render(item=item, m=item.message, when=self.when)
            found = self._rows[item.message.id] = (item, Markup(text))
        return found[1]

    def when(self, message: StoredMessage) -> str:
        """A received time as the pages write it, worked out once for each (the same few
        thousand on every page of the queue)."""
        from wgsubmit.views import when

        found = self._written.get(message.received_at)
        if found is None:
            found = self._written[message.received_at] = when(message.received_at, self.config)
        return found

    def submission(self, request: Request) -> Response:
        from wgsubmit.publish import verdict as verdict_of
        from wgsubmit.views import on_time_text, sender_text, visible_name, when

        number = int(request.path_params["id"])
        with Store.open_for_reading(self.config.store_path) as store:
            # This message and those that bear on its verdict, not the whole store.
            message = store.message(number)
            if message is None:
                return self.problem(404, f"No message #{number}.")
            texts = store.attachment_texts(number)
            verdict = verdict_of(message, store.related(number), self.config, texts)
            events = store.events(number)
            neighbours = store.neighbours(number)
            replaced = store.replaced(number)
        thread = forms.thread(message, neighbours)
        return self.page(
            "submission.html.j2",
            m=message,
            verdict=verdict,
            events=events,
            thread=thread,
            notes=forms.notes(events),
            undoable=forms.undoable,
            last_undo=max((e.id for e in events if forms.undoable(e)), default=None),
            when=lambda m: when(m.received_at, self.config),
            forms=forms.FORM,
            datalists=self.datalists(),
            sender=sender_text(message),
            received=when(message.received_at, self.config),
            on_time=on_time_text(message, self.config),
            body=highlighted(message.body, message.confidentiality_evidence),
            name_of=lambda a: visible_name(a.filename or "") or "(no name)",
            shown=lambda field: forms.shown(message, field, replaced),
            choices=forms.choices(message, thread),
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

    def officer(self, request: Request) -> str:
        """Whose name goes into the history: the officer signed in, in team mode."""
        from wgsubmit.accounts import officer_of
        from wgsubmit.triage import user

        return officer_of(request.scope) or user()

    async def decide(self, request: Request) -> Response:
        number = int(request.path_params["id"])
        form = await request.form()
        if not same(_text(form.get("csrf")), self.door.keys.csrf):
            return self.problem(403, "This form is not from this page: open it again.")
        field, value = _text(form.get("field")), _text(form.get("value"))
        if field not in forms.FORM or value is None:
            return self.problem(400, "Choose what to decide.")
        shown = _text(form.get("shown"))
        return await self.written(number, self.record, field, value, shown, self.officer(request))

    async def written(self, number: int, action: Any, *args: Any) -> Response:
        from starlette.concurrency import run_in_threadpool

        # The store's lock and SQLite block: off the event loop, as the other pages are.
        return await run_in_threadpool(self.write, number, action, *args)

    def write(self, number: int, action: Any, *args: Any) -> Response:
        """One write under the store's lock, then back to the submission; a refusal is
        said on a page of its own."""
        from starlette.responses import RedirectResponse

        back = f"/submission/{number}"
        try:
            with Store.open_for_writing(self.config.store_path, "serve") as store:
                if store.message(number) is None:
                    return self.problem(404, f"No message #{number}.")
                action(store, number, *args)
        except Changed as err:
            return self.problem(409, f"{err} Look at it again before deciding.", back=back)
        except ValueRefused as err:
            return self.problem(400, str(err), back=back)
        except (StoreError, UsageError) as err:
            return self.problem(503, str(err), back=back)
        return RedirectResponse(back, status_code=303)

    def record(
        self, store: Store, number: int, field: str, value: str, shown: str | None, who: str
    ) -> None:
        """One decision, unless the value the officer was shown has changed meanwhile."""
        from wgsubmit.triage import apply, check

        message = store.message(number)
        assert message is not None
        replaced = store.replaced(number)
        now = forms.shown(message, field, replaced)
        if forms.FORM[field].checked and now != shown:
            raise Changed(
                f"#{number}'s {forms.FORM[field].label.lower()} was changed meanwhile (it is "
                f"now “{now or '—'}”): nothing was changed."
            )
        chosen = forms.decisions(message, field, value, replaced)
        checked = [(target, check(d, self.config.call.timezone)) for target, d in chosen]
        for target, decision in checked:
            apply(store, target, decision, who)

    async def undo(self, request: Request) -> Response:
        number = int(request.path_params["id"])
        form = await request.form()
        if not same(_text(form.get("csrf")), self.door.keys.csrf):
            return self.problem(403, "This form is not from this page: open it again.")
        event = _text(form.get("event")) or ""
        if not event.isdigit():
            return self.problem(400, "Choose the change to undo.")
        args = (int(event), self.officer(request), self.config)
        return await self.written(number, _undo, *args)

    async def attach(self, request: Request) -> Response:
        """A document for a submission (the one behind its link): stored, read like the
        message's own, and the message read again with it."""
        number = int(request.path_params["id"])
        async with request.form(max_files=1, max_fields=10) as form:
            if not same(_text(form.get("csrf")), self.door.keys.csrf):
                return self.problem(403, "This form is not from this page: open it again.")
            upload = form.get("file")
            if isinstance(upload, str) or upload is None or not upload.filename:
                return self.problem(400, "Choose a file to attach.", f"/submission/{number}")
            data = await upload.read(MAX_UPLOAD + 1)
            name, kind = upload.filename, upload.content_type or "application/octet-stream"
        if len(data) > MAX_UPLOAD or not data:
            return self.problem(400, "The file is empty or over 100 MB.", f"/submission/{number}")
        args = (self.config, name, kind, data, self.officer(request))
        return await self.written(number, _attach, *args)

    async def sign_out(self, request: Request) -> Response:
        """The session ends on the server: its cookie, even sent again, opens nothing."""
        from starlette.responses import RedirectResponse

        form = await request.form()
        if not same(_text(form.get("csrf")), self.door.keys.csrf):
            return self.problem(403, "This form is not from this page: open it again.")
        self.door.sign_out(request)
        if self.door.team is not None:
            response: Response = RedirectResponse("/signin", status_code=303)
        else:
            response = self.page("signed_out.html.j2")
        response.delete_cookie(self.door.cookie, path="/")
        return response

    def script(self, request: Request) -> Response:
        from importlib import resources

        from starlette.responses import Response

        text = resources.files("wgsubmit").joinpath("templates/serve/keys.js").read_bytes()
        response = Response(text, media_type="text/javascript; charset=utf-8")
        secure_headers(response, "default-src 'none'")
        return response


MAX_UPLOAD = 100 * 1024 * 1024


def _undo(store: Store, number: int, event: int, who: str, config: Config) -> None:
    from wgsubmit.pipeline import process

    undone = store.undo(number, event, who)
    if undone.action in ("attach", "detach"):  # read again with the files it has now
        process(store, config, [number], lambda stage, done, total: None)


def _attach(
    store: Store, number: int, config: Config, name: str, kind: str, data: bytes, who: str
) -> None:
    from wgsubmit.pipeline import process

    store.add_file(number, name, kind, data, who)
    process(store, config, [number], lambda stage, done, total: None)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def application(config: Config, keys: Secrets, port: int, team: Team | None = None) -> Starlette:
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.routing import Route

    from wgsubmit import serve_publish
    from wgsubmit.serve_door import Guard

    door = Door(keys, port, team)
    pages = Pages(config, door)
    routes = [
        Route("/", pages.home),
        Route("/submission/{id:int}", pages.submission),
        Route("/submission/{id:int}/file/{n:int}", pages.file),
        Route("/submission/{id:int}/file/{n:int}/text", pages.file),
        Route("/submission/{id:int}/decide", pages.decide, methods=["POST"]),
        *serve_publish.routes(pages, secure_headers),
        Route("/submission/{id:int}/undo", pages.undo, methods=["POST"]),
        Route("/submission/{id:int}/attach", pages.attach, methods=["POST"]),
        Route("/signout", pages.sign_out, methods=["POST"]),
        Route("/keys.js", pages.script),
    ]
    if team is not None:  # officers sign in; the TLS certificate vouches for the host name
        from wgsubmit.accounts import TeamGuard

        guard = Middleware(
            TeamGuard, team=team, render=pages.page, secure=secure_headers, policy=PAGE_POLICY
        )
        return Starlette(routes=routes, middleware=[guard])
    return Starlette(routes=routes, middleware=[Middleware(Guard, door=door, port=port)])


def listening(port: int, host: str = "127.0.0.1") -> socket.socket:
    """The socket on 127.0.0.1 (0: a free port), bound before the address is printed."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as err:
        sock.close()
        raise ValueRefused("port", f"cannot listen on {host}:{port} ({err.strerror})") from None
    sock.listen(64)
    return sock


def run(
    config: Config, port: int, browser: bool, announce: Any, tls: TeamTLS | None = None
) -> None:
    """Serve until interrupted; ``announce`` gets the address with its token first (in team
    mode, the address of the sign-in page)."""
    import uvicorn

    from wgsubmit.accounts import Team

    with Store.open_for_reading(config.store_path) as store:
        # no store, or one from another version: say so before listening
        if tls is not None and not store.officers():
            raise UsageError("team mode needs officers: add one with `wgsubmit officer add NAME`")
    sock = listening(port, tls.host if tls else "127.0.0.1")
    port = sock.getsockname()[1]
    keys = Secrets.new()
    idle = config.serve.session_idle_minutes * 60.0
    team = Team(config.store_path, port, idle=idle) if tls else None
    address = tls.address(port) if tls else f"http://127.0.0.1:{port}/?token={keys.token}"
    announce(address)
    if browser:
        import webbrowser

        webbrowser.open(address)
    server = uvicorn.Server(
        uvicorn.Config(
            application(config, keys, port, team),
            ssl_certfile=tls.cert if tls else None,
            ssl_keyfile=tls.key if tls else None,
            access_log=False,
            log_level="warning",
            server_header=False,
            lifespan="off",
        )
    )
    server.run(sockets=[sock])
