"""Sending acknowledgements through the account's SMTP server (`acknowledge --send`).

Each setting not given in `[smtp]` is the IMAP account's: the same login, the same
password or OAuth2 token, and the host's usual SMTP peer. Certificates are always
verified; a password never crosses the network in clear text.
"""

from __future__ import annotations

import base64
import contextlib
import smtplib
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from wgsubmit.config import Config
from wgsubmit.credentials import imap_password, smtp_password
from wgsubmit.errors import MailServerError

# The SMTP server that goes with a provider's IMAP server, where it is not "smtp." + the
# rest of the name. Sources: Microsoft 365 "POP, IMAP, and SMTP settings"; Google
# Workspace "Use IMAP to check Gmail on other email clients".
USUAL_PEERS = {
    "outlook.office365.com": ("smtp.office365.com", "starttls"),
    "imap.gmail.com": ("smtp.gmail.com", "tls"),
}
PORTS = {"tls": 465, "starttls": 587, "plain": 25}


@dataclass(frozen=True)
class SmtpServer:
    host: str
    port: int
    security: str  # tls (implicit), starttls, or plain (loopback only)
    username: str
    auth: str  # password or oauth2 (XOAUTH2)
    ca_file: Path | None
    timeout: float


def usual_peer(imap_host: str) -> tuple[str, str | None]:
    """The SMTP host that goes with an IMAP host, and its security when it is known."""
    lowered = imap_host.lower()
    if lowered in USUAL_PEERS:
        return USUAL_PEERS[lowered]
    if lowered.startswith("imap."):
        return "smtp." + imap_host[5:], None
    return imap_host, None


def server(config: Config) -> SmtpServer:
    """Where to send, each key not set in `[smtp]` taken from the IMAP account."""
    smtp, imap = config.smtp, config.imap
    host, known_security = usual_peer(imap.host)
    by_port = {port: name for name, port in PORTS.items()}.get(smtp.port or 0)
    security = smtp.security or by_port or known_security or imap.security
    return SmtpServer(
        host=smtp.host or host,
        port=smtp.port or PORTS[security],
        security=security,
        username=smtp.username or imap.username,
        auth=imap.auth,
        ca_file=imap.ca_file,
        timeout=imap.timeout,
    )


def xoauth2(username: str, token: str) -> str:
    """The XOAUTH2 initial response (Microsoft's and Google's SMTP sign-in with a token)."""
    raw = f"user={username}\x01auth=Bearer {token}\x01\x01"
    return base64.b64encode(raw.encode()).decode()


@contextlib.contextmanager
def connection(config: Config) -> Iterator[smtplib.SMTP]:
    """A signed-in SMTP connection, or MailServerError with one line."""
    where = server(config)
    place = f"{where.host}:{where.port}"
    context = ssl.create_default_context(cafile=str(where.ca_file) if where.ca_file else None)
    try:
        client: smtplib.SMTP
        if where.security == "tls":
            client = smtplib.SMTP_SSL(
                where.host, where.port, timeout=where.timeout, context=context
            )
        else:
            client = smtplib.SMTP(where.host, where.port, timeout=where.timeout)
            if where.security == "starttls":
                client.starttls(context=context)
    except ssl.SSLCertVerificationError as err:
        raise MailServerError(
            f"the TLS certificate of {place} is not trusted ({err.verify_message})"
        ) from None
    except (OSError, smtplib.SMTPException) as err:
        raise MailServerError(f"cannot connect to {place}: {err}") from None
    try:
        _login(client, where, config)
        yield client
    finally:
        with contextlib.suppress(OSError, smtplib.SMTPException):
            client.quit()


def _login(client: smtplib.SMTP, where: SmtpServer, config: Config) -> None:
    try:
        if where.auth == "oauth2":
            from wgsubmit.oauth import oauth2_token

            token = oauth2_token(config.imap)
            client.ehlo()
            code, answer = client.docmd("AUTH", "XOAUTH2 " + xoauth2(where.username, token))
            if code == 334:  # the server's error details; an empty line ends the exchange
                code, answer = client.docmd("")
            if code != 235:
                raise smtplib.SMTPAuthenticationError(code, answer)
        else:
            password = (
                smtp_password(config.smtp)
                if config.smtp.password_env or config.smtp.password_command
                else imap_password(config.imap)
            )
            client.login(where.username, password)
    except smtplib.SMTPAuthenticationError:
        raise MailServerError(
            f"{where.host}:{where.port} refused the login of {where.username}"
        ) from None
    except smtplib.SMTPException as err:
        raise MailServerError(f"{where.host}:{where.port}: {err}") from None


def send(client: smtplib.SMTP, mail: EmailMessage) -> None:
    """Send one message to its To: address."""
    try:
        refused = client.send_message(mail)
    except smtplib.SMTPException as err:
        raise MailServerError(
            f"the server did not take the message to {mail['To']}: {err}"
        ) from None
    if refused:
        raise MailServerError(f"the server refused {', '.join(refused)}")
