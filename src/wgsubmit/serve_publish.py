"""`wgsubmit serve`'s "Before publishing" page: the page as it will go out, the files that
will be copied, and what to check first.

The framed page is `export --format html`'s output, byte for byte (`publish_formats.render` of
`publish.build` with the same arguments, each file checked to be made safe as `export`
checks it), so what the officer reads is what the web editor will paste. The warnings are
`checks.findings`, as `export --check` prints them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from wgsubmit.config import Config
from wgsubmit.store import Store, StoredMessage

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    from wgsubmit.checks import Finding
    from wgsubmit.publish import PublishList

# The pre-publish page frames its own server's fragment, and nothing else.
FRAMING_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-src 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
# The fragment runs nothing and loads nothing; only this server's pages may frame it.
FRAGMENT_POLICY = "sandbox; default-src 'none'; frame-ancestors 'self'"


@dataclass(frozen=True)
class CopiedFile:
    """One file `export --files` will write: its clean name, whose it is, and where it
    comes from (an attachment, numbered as `show` numbers them, or the message's text)."""

    name: str
    entry_id: int
    entry_name: str
    attachment: int | None  # None: the message's own text
    source: str


@dataclass(frozen=True)
class BeforePublishing:
    publish_list: PublishList
    html: str  # exactly what `export --format html` prints
    files: tuple[CopiedFile, ...]
    findings: tuple[Finding, ...]
    unread: int  # stored messages not read yet: `export` refuses until they are


def copied_files(publish_list: PublishList, messages: dict[int, StoredMessage]) -> list[CopiedFile]:
    """The files `--files` copies, in its order, each with the attachment it comes from."""
    found = []
    for entry in publish_list.entries:
        message = messages[entry.id]
        for f in entry.files:
            item = next((a for a in message.attachments if a.sha256 == f.sha256), None)
            if f.sha256 is None or item is None:
                found.append(CopiedFile(f.name, entry.id, entry.name, None, "the message's text"))
            else:
                source = item.filename or f"attachment {item.position + 1}"
                found.append(CopiedFile(f.name, entry.id, entry.name, item.position + 1, source))
    return found


def before_publishing(config: Config, include_late: bool) -> BeforePublishing:
    """Everything `export --format html`, `--files` and `--check` would say, read once."""
    from wgsubmit.checks import findings
    from wgsubmit.domain import language_ok
    from wgsubmit.publish import build
    from wgsubmit.publish_formats import render

    with Store.open_for_reading(config.store_path) as store:
        unread = store.unread()
        messages = store.messages(include_all=True)
        publish_list = build(
            messages,
            config,
            include_late,
            store.attachment_texts,
            lambda sha256: store.file_path(sha256).read_bytes(),
        )
    by_id = {m.id: m for m in messages}
    return BeforePublishing(
        publish_list,
        render(publish_list, "html"),
        tuple(copied_files(publish_list, by_id)),
        tuple(findings(publish_list, messages, lambda m: language_ok(m, config))),
        unread,
    )


class PageMaker(Protocol):
    """What the routes need of `serve.Pages`: the config, and a page from a template."""

    config: Config

    def page(self, name: str, status: int = 200, **values: Any) -> Response: ...


Secure = Callable[["Response", str], None]  # `serve.secure_headers`


class PublishPages:
    """The two routes: the page with its frame, and the framed fragment."""

    def __init__(self, pages: PageMaker, secure: Secure) -> None:
        self.pages, self.secure = pages, secure

    def overview(self, request: Request) -> Response:
        late = request.query_params.get("late") == "1"
        seen = before_publishing(self.pages.config, late)
        response = self.pages.page(
            "publish.html.j2",
            seen=seen,
            late=late,
            fragment="/publish/page" + ("?late=1" if late else ""),
        )
        self.secure(response, FRAMING_POLICY)
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def fragment(self, request: Request) -> Response:
        from starlette.responses import PlainTextResponse, Response

        seen = before_publishing(self.pages.config, request.query_params.get("late") == "1")
        if seen.unread:
            answer: Response = PlainTextResponse(
                f"{seen.unread} stored messages are not read yet: `export` refuses until they "
                "are (run `wgsubmit reprocess`).\n",
                status_code=409,
            )
        else:
            answer = Response(seen.html.encode("utf-8"), media_type="text/html; charset=utf-8")
        self.secure(answer, FRAGMENT_POLICY)
        return answer


def routes(pages: PageMaker, secure: Secure) -> list[Route]:
    from starlette.routing import Route

    publish = PublishPages(pages, secure)
    return [Route("/publish", publish.overview), Route("/publish/page", publish.fragment)]
