"""Fetch raw messages from the submissions mailbox, read-only, in batches.

Nothing on the server changes: folders are selected read-only and bodies are
fetched with BODY.PEEK[], so no message is marked seen, moved or deleted. The one
write is `acknowledge`'s: drafts appended to the Drafts folder, each once.
`fetch` yields batches of raw messages with where the mailbox stands after them, as
`mailfile` yields messages read from files; the pipeline stores each batch (its
messages and the mailbox's highest UID together) before it takes the next, so a run
that dies resumes where it stopped.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from wgsubmit.batching import batched_by_size
from wgsubmit.config import ImapConfig
from wgsubmit.credentials import imap_password
from wgsubmit.errors import ConnectionLost, MailServerError
from wgsubmit.records import RawMessage, as_utc

if TYPE_CHECKING:
    from imapclient import IMAPClient

    from wgsubmit.store import MailboxState

log = logging.getLogger(__name__)

BATCH_BYTES = 8 * 1024 * 1024  # a batch holds at most this much, or one larger message
BATCH_MAX_MESSAGES = 500  # keeps each UID FETCH command line short
SIZE_CHUNK = 1000  # UIDs per RFC822.SIZE query
RETRY_WAITS = (1.0, 2.0, 4.0)  # seconds before each reconnect after a dropped connection

T = TypeVar("T")


@dataclass(frozen=True)
class Batch:
    """Raw messages of one mailbox, and where the mailbox stands once they are stored:
    its UIDVALIDITY and the highest UID fetched so far. ``done`` of ``total`` messages of
    this mailbox's download are in this batch or before it."""

    mailbox: str
    uidvalidity: int
    last_uid: int
    raws: tuple[RawMessage, ...]
    done: int
    total: int


class Known(Protocol):
    """What is stored of a mailbox already (the store answers): where to resume."""

    def mailbox_state(self, name: str) -> MailboxState | None: ...

    def known_uids(self, mailbox: str, uidvalidity: int) -> set[int]: ...


class _Transient(Exception):
    """A dropped or timed-out connection: worth a reconnect."""


def connect(imap: ImapConfig) -> IMAPClient:
    """Open an authenticated connection, or raise MailServerError with one clear line."""
    from imapclient import IMAPClient
    from imapclient.exceptions import LoginError

    where = f"{imap.host}:{imap.port}"
    context = ssl.create_default_context(cafile=str(imap.ca_file) if imap.ca_file else None)
    try:
        client = IMAPClient(
            imap.host,
            port=imap.port,
            ssl=imap.security == "tls",
            ssl_context=context,
            timeout=imap.timeout,
        )
        client.normalise_times = False  # keep INTERNALDATE's offset, not local time
        if imap.security == "starttls":
            client.starttls(context)
    except ssl.SSLCertVerificationError as err:
        raise MailServerError(
            f"the TLS certificate of {where} is not trusted ({err.verify_message}); "
            "if the server uses a private certificate authority, set imap.ca_file"
        ) from None
    except TimeoutError:
        raise _Transient(f"{where} did not answer within {imap.timeout:g} s") from None
    except (OSError, ssl.SSLError, IMAPClient.AbortError, EOFError) as err:
        # Closed before its greeting (a server starting or stopping): worth a reconnect.
        raise _Transient(f"cannot connect to {where}: {_reason(err)}") from None
    except Exception as err:  # imapclient's own errors, e.g. STARTTLS not offered
        raise MailServerError(f"{where}: {_reason(err)}") from None
    try:
        if imap.auth == "oauth2":
            from wgsubmit.oauth import oauth2_token

            client.oauth2_login(imap.username, oauth2_token(imap))
        else:
            client.login(imap.username, imap_password(imap))
    except LoginError:
        _close(client)
        how = "access token" if imap.auth == "oauth2" else "password"
        raise MailServerError(
            f"{where} refused the login of {imap.username}: check the {how}"
            + (" (run `wgsubmit login`)" if imap.auth == "oauth2" else "")
        ) from None
    except (OSError, ssl.SSLError, IMAPClient.AbortError, EOFError) as err:
        _close(client)
        raise _Transient(f"connection to {where} lost during login: {_reason(err)}") from None
    return client


def _reason(err: BaseException) -> str:
    text = str(err).strip() or type(err).__name__
    return text.splitlines()[0][:200]


def _close(client: Any) -> None:
    try:
        client.logout()
    except Exception:
        with contextlib.suppress(Exception):
            client.shutdown()


def _transient_errors() -> tuple[type[BaseException], ...]:
    from imapclient import IMAPClient

    return (OSError, ssl.SSLError, IMAPClient.AbortError, EOFError)


def fetch(imap: ImapConfig, known: Known) -> Iterator[Batch]:
    """Every message ``known`` lacks, from each configured mailbox, a batch at a time.
    Store each batch before taking the next: after a dropped connection the download
    resumes from what ``known`` then says, so what it yielded is not fetched again."""
    for mailbox in imap.mailboxes:
        work = functools.partial(_mailbox_batches, known=known, mailbox=mailbox)
        yield from _retrying(imap, work)


_BACKOFF = re.compile(r"Suggested Backoff Time: (\d+) milliseconds", re.IGNORECASE)
MAX_BACKOFF = 300.0  # seconds: a longer wait is not waited out, it is said


def suggested_backoff(error: BaseException) -> float | None:
    """Microsoft 365 throttles busy mailboxes: "…Request is throttled. Suggested Backoff
    Time: 92415 milliseconds". The seconds it asks for, or None for any other error."""
    found = _BACKOFF.search(str(error))
    return int(found.group(1)) / 1000 if found else None


def _with_retries(imap: ImapConfig, work: Callable[[Any], T]) -> T:
    """Run work on a fresh connection, reconnecting after a drop (see `_retrying`)."""
    [result] = _retrying(imap, lambda client: iter([work(client)]))
    return result


def _retrying(imap: ImapConfig, work: Callable[[Any], Iterator[T]]) -> Iterator[T]:
    """Yield what work yields on a fresh connection; after a drop, reconnect and run it
    again (it resumes from what is stored), waiting longer each time, or as long as a
    throttling server asks."""
    from imapclient import IMAPClient

    transient = _transient_errors()
    last_error = ""
    wait = 0.0
    for attempt in range(len(RETRY_WAITS) + 1):
        if attempt:
            wait = max(wait, RETRY_WAITS[attempt - 1])
            log.warning("connection lost (%s); retrying in %g s", last_error, wait)
            time.sleep(wait)
        wait = 0.0
        try:
            client = connect(imap)
        except _Transient as err:
            last_error = str(err)
            continue
        try:
            yield from work(client)
            return
        except _Transient as err:
            last_error = str(err)
        except transient as err:
            last_error = f"{imap.host}:{imap.port}: {_reason(err)}"
        except IMAPClient.Error as err:
            asked = suggested_backoff(err)
            if asked is None or asked > MAX_BACKOFF:
                raise MailServerError(f"{imap.host}:{imap.port}: {_reason(err)}") from None
            last_error = f"{imap.host}:{imap.port} is throttling"
            wait = asked
        finally:
            _close(client)
    raise ConnectionLost(f"{last_error} (gave up after {len(RETRY_WAITS) + 1} attempts)")


def _select(client: Any, mailbox: str) -> dict[bytes, Any]:
    from imapclient import IMAPClient

    try:
        return dict(client.select_folder(mailbox, readonly=True))
    except IMAPClient.AbortError:
        raise
    except IMAPClient.Error as err:
        raise MailServerError(f"cannot open the mailbox {mailbox!r}: {_reason(err)}") from None


def new_uids(client: Any, known: Known, mailbox: str) -> tuple[int, list[int]]:
    """The mailbox's UIDVALIDITY and the UIDs it holds that the store has not yet got."""
    status = _select(client, mailbox)
    uidvalidity = int(status[b"UIDVALIDITY"])
    state = known.mailbox_state(mailbox)
    if state is not None and state.uidvalidity == uidvalidity:
        uidnext = status.get(b"UIDNEXT")
        if uidnext is not None and int(uidnext) <= state.last_uid + 1:
            return uidvalidity, []
        found = client.search(["UID", f"{state.last_uid + 1}:*"])
        return uidvalidity, sorted(u for u in found if u > state.last_uid)
    # First fetch, or the server renumbered the mailbox: list it all again; bytes
    # already stored are recognised by their sha256 and not stored twice.
    if state is not None:
        log.warning("UIDVALIDITY of %s changed: listing the mailbox again", mailbox)
    stored = known.known_uids(mailbox, uidvalidity)
    return uidvalidity, sorted(u for u in client.search(["ALL"]) if u not in stored)


def _sizes(client: Any, uids: list[int]) -> dict[int, int]:
    sizes: dict[int, int] = {}
    for start in range(0, len(uids), SIZE_CHUNK):
        chunk = uids[start : start + SIZE_CHUNK]
        for uid, data in client.fetch(chunk, ["RFC822.SIZE"]).items():
            sizes[uid] = int(data.get(b"RFC822.SIZE", 0))
    return sizes


def _mailbox_batches(client: Any, known: Known, mailbox: str) -> Iterator[Batch]:
    """Download what ``known`` lacks of one mailbox. A first look at an empty mailbox is
    one empty batch, so that its UIDVALIDITY is recorded."""
    uidvalidity, uids = new_uids(client, known, mailbox)
    if not uids:
        if known.mailbox_state(mailbox) is None:
            yield Batch(mailbox, uidvalidity, 0, (), 0, 0)
        return
    sizes = _sizes(client, uids)
    done = 0
    for uid_batch in batched_by_size(
        uids, lambda uid: sizes.get(uid, 0), BATCH_BYTES, BATCH_MAX_MESSAGES
    ):
        raws = _download(client, mailbox, uidvalidity, uid_batch)
        done += len(uid_batch)
        yield Batch(mailbox, uidvalidity, max(uid_batch), raws, done, len(uids))


def _download(
    client: Any, mailbox: str, uidvalidity: int, uids: list[int]
) -> tuple[RawMessage, ...]:
    response = client.fetch(uids, ["BODY.PEEK[]", "INTERNALDATE", "RFC822.SIZE"])
    raws = []
    for uid in uids:
        data = response.get(uid)
        if data is None or b"BODY[]" not in data:
            continue  # expunged meanwhile
        body = data[b"BODY[]"]
        raws.append(
            RawMessage(
                data=bytes(body) if body is not None else b"",
                origin="imap",
                source=f"{mailbox} uid {uid}",
                server_time=as_utc(data.get(b"INTERNALDATE")),
                mailbox=mailbox,
                uidvalidity=uidvalidity,
                uid=uid,
            )
        )
    return tuple(raws)


IDLE_RENEW = 9 * 60  # an IDLE is renewed before servers drop it (RFC 2177: 29 min; some 10)
POLL_SECONDS = 60.0  # where the server has no IDLE
WATCH_WAITS = (1.0, 2.0, 5.0, 10.0, 30.0, 60.0)  # between reconnections, the last repeated


def _idle(client: Any, mailbox: str, renew: float) -> None:
    """IDLE until the server tells of news or ``renew`` seconds have passed; a server gone
    while it idles is a _Transient."""
    client.idle()
    log.debug("waiting for news in %s (IDLE, renewed every %g s)", mailbox, renew)
    try:
        deadline = time.monotonic() + renew
        while (left := deadline - time.monotonic()) > 0:
            asked = min(left, 30.0)
            started = time.monotonic()
            responses = client.idle_check(timeout=asked)
            if any(r[1:2] in ((b"EXISTS",), (b"RECENT",)) for r in responses):
                log.debug("news in %s", mailbox)
                return
            if any(r[:1] == (b"BYE",) for r in responses) or (
                not responses and time.monotonic() - started < asked / 2
            ):  # nothing, long before the time asked: the server has gone
                raise _Transient("the server closed the connection")
    finally:
        with contextlib.suppress(Exception):
            client.idle_done()
    log.debug("no news in %g s: the IDLE is renewed", renew)


def wait_for_news(imap: ImapConfig, last_uid: int = 0, renew: float = IDLE_RENEW) -> None:
    """Return when the first mailbox has news (IMAP IDLE), or after ``renew`` seconds, or
    after a poll interval where the server has no IDLE. A message that came after the
    last one stored (``last_uid``) but before the wait began is news at once. A dropped
    connection is waited out and reconnected; only a refused login or a wrong mailbox
    ends the wait."""
    from imapclient import IMAPClient

    lost: tuple[type[BaseException], ...] = (_Transient, *_transient_errors())
    failures = 0
    while True:
        try:
            client = connect(imap)
        except _Transient as err:
            time.sleep(WATCH_WAITS[min(failures, len(WATCH_WAITS) - 1)])
            failures += 1
            log.warning("waiting for the server: %s", err)
            continue
        try:
            _select(client, imap.mailboxes[0])
            if any(u > last_uid for u in client.search(["UID", f"{last_uid + 1}:*"])):
                return  # arrived while the last round was storing
            if b"IDLE" not in client.capabilities():
                log.debug("the server has no IDLE: looking again in %g s", min(renew, POLL_SECONDS))
                time.sleep(min(renew, POLL_SECONDS))
                return
            _idle(client, imap.mailboxes[0], renew)
            return
        except lost as err:
            log.warning("connection lost while waiting: %s", _reason(err))
            time.sleep(WATCH_WAITS[min(failures, len(WATCH_WAITS) - 1)])
            failures += 1
        except IMAPClient.Error as err:
            if "EXISTS" in str(err):
                return  # news came before the server's go-ahead to IDLE
            asked_wait = suggested_backoff(err)
            if asked_wait is None:
                raise MailServerError(f"{imap.host}:{imap.port}: {_reason(err)}") from None
            log.warning("the server is throttling: waiting %g s", asked_wait)
            time.sleep(asked_wait)
        finally:
            _close(client)


@dataclass(frozen=True)
class MailboxInfo:
    name: str
    uidvalidity: int
    messages: int


def check_connection(imap: ImapConfig) -> tuple[list[str], list[MailboxInfo], list[str]]:
    """Log in and describe the server, for `wgsubmit doctor`: its capabilities, the
    configured mailboxes, and every folder there is (to choose `imap.mailbox` from)."""

    def work(client: Any) -> tuple[list[str], list[MailboxInfo], list[str]]:
        capabilities = [c.decode() for c in client.capabilities()]
        folders = [str(name) for _flags, _separator, name in client.list_folders()]
        infos = []
        for name in imap.mailboxes:
            status = _select(client, name)
            infos.append(MailboxInfo(name, int(status[b"UIDVALIDITY"]), int(status[b"EXISTS"])))
        return capabilities, infos, folders

    return _with_retries(imap, work)


def drafts_folder(client: Any, configured: str) -> str:
    """The folder marked \\Drafts (RFC 6154 SPECIAL-USE), else the configured one."""
    folders = client.list_folders()
    for flags, _separator, name in folders:
        if b"\\Drafts" in flags or "\\Drafts" in flags:
            return str(name)
    if any(str(name) == configured for _flags, _separator, name in folders):
        return configured
    raise MailServerError(
        f"no folder is marked \\Drafts and there is no folder {configured!r}: "
        "set [acknowledge] drafts_folder to the mailbox's drafts folder"
    )


def append_drafts(
    imap: ImapConfig,
    configured: str,
    drafts: list[tuple[str, bytes]],
    written: Callable[[str, bool], None],
) -> None:
    """Put each (Message-ID, message) into the Drafts folder as a draft, unless one with
    that Message-ID is there already (a run killed after APPEND); ``written(id, new)`` is
    called after each, so the caller records it before the next."""
    from imapclient import DRAFT, SEEN

    left = list(drafts)

    def work(client: Any) -> None:
        folder = drafts_folder(client, configured)
        client.select_folder(folder)
        while left:
            identity, data = left[0]
            found = client.search(["HEADER", "Message-ID", identity])
            if not found:
                client.append(folder, data, flags=(DRAFT, SEEN))
            written(identity, not found)
            left.pop(0)

    _with_retries(imap, work)
