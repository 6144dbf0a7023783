"""A real dovecot on 127.0.0.1 for the IMAP tests, with a throwaway Maildir and TLS."""

from __future__ import annotations

import datetime as dt
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import trustme
from imapclient import IMAPClient

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
USER = "officer@example.org"
PASSWORD = "correct horse battery staple"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def dovecot_available() -> bool:
    return Path(DOVECOT).exists()


@dataclass
class Dovecot:
    """One dovecot instance: start() it, use host/ports/ca_file, stop() it."""

    root: Path
    imaps_port: int
    imap_port: int
    ca_file: Path
    process: subprocess.Popen[bytes] | None = None
    token: str | None = None  # with OAuth2: the access token the tests log in with

    @classmethod
    def create(cls, introspection_url: str | None = None, token: str | None = None) -> Dovecot:
        """A dovecot taking passwords, or with ``introspection_url`` only OAuth2 access
        tokens (XOAUTH2), which it checks with that token-introspection endpoint."""
        # Dovecot's unprivileged processes must reach the Maildir, so the
        # tree is world-traversable (pytest's own tmp dirs are 0700).
        root = Path(tempfile.mkdtemp(prefix="wgsubmit-dovecot-"))
        root.chmod(0o755)
        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        cert.private_key_and_cert_chain_pem.write_to_path(str(root / "server.pem"))
        ca.cert_pem.write_to_path(str(root / "ca.pem"))
        server = cls(root, free_port(), free_port(), root / "ca.pem", token=token)
        server._write_config(introspection_url)
        return server

    def _write_config(self, introspection_url: str | None) -> None:
        if os.geteuid() == 0:
            login_user, internal_user, mail_user = "dovenull", "dovecot", "nobody"
        else:
            login_user = internal_user = mail_user = pwd.getpwuid(os.geteuid()).pw_name
        entry = pwd.getpwnam(mail_user)
        mail = self.root / "mail"
        mail.mkdir()
        os.chown(mail, entry.pw_uid, entry.pw_gid)
        (self.root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
        mechanisms = "plain login"
        passdb = f"driver = passwd-file\n  args = scheme=PLAIN {self.root}/passwd"
        if introspection_url:
            mechanisms = "xoauth2 oauthbearer"
            passdb = f"driver = oauth2\n  args = {self.root}/oauth2.conf"
            (self.root / "oauth2.conf").write_text(
                f"introspection_mode = post\nintrospection_url = {introspection_url}\n"
                "username_attribute = username\nactive_attribute = active\n"
                "active_value = true\n"
            )
        (self.root / "dovecot.conf").write_text(
            f"""
base_dir = {self.root}/run
state_dir = {self.root}/state
log_path = {self.root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{self.root}/server.pem
ssl_key = <{self.root}/server.pem
disable_plaintext_auth = no
auth_mechanisms = {mechanisms}
default_login_user = {login_user}
default_internal_user = {internal_user}
mail_location = maildir:{mail}/%u
namespace inbox {{
  inbox = yes
  # A drafts folder under another name, found by its SPECIAL-USE attribute (RFC 6154).
  mailbox Brouillons {{
    special_use = \\Drafts
  }}
}}
passdb {{
  {passdb}
}}
userdb {{
  driver = static
  args = uid={entry.pw_uid} gid={entry.pw_gid} home={mail}/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.imaps_port}
    ssl = yes
  }}
}}
shutdown_clients = yes
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""
        )

    def start(self) -> None:
        self.process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(self.root / "dovecot.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode() if self.process.stderr else ""
                raise RuntimeError(f"dovecot exited: {err} {self.log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.imaps_port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not listen: {self.log()}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            # The server goes away as a crash would: its connections die with it.
            subprocess.run(["pkill", "-KILL", "-P", str(self.process.pid)], check=False)
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def client(self) -> IMAPClient:
        """A direct connection, to put messages in and look at them."""
        context = ssl.create_default_context(cafile=str(self.ca_file))
        client = IMAPClient("127.0.0.1", port=self.imaps_port, ssl=True, ssl_context=context)
        if self.token:
            client.oauth2_login(USER, self.token)
        else:
            client.login(USER, PASSWORD)
        return client

    def append(self, messages: list[tuple[bytes, dt.datetime]], folder: str = "INBOX") -> None:
        client = self.client()
        try:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for data, when in messages:
                client.append(folder, data, msg_time=when)
        finally:
            client.logout()

    def reset_mail(self) -> None:
        """Empty every folder of the test user (a fresh mailbox for each test)."""
        client = self.client()
        try:
            for _flags, _sep, name in client.list_folders():
                if name != "INBOX":
                    client.delete_folder(name)
            client.select_folder("INBOX")
            uids = client.search(["ALL"])
            if uids:
                client.delete_messages(uids)
                client.expunge()
        finally:
            client.logout()

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


class Introspection:
    """An OAuth2 token-introspection endpoint (RFC 7662) on loopback, as an identity
    provider runs it: dovecot asks it whether a token is valid, and for whom."""

    def __init__(self, valid: dict[str, str]) -> None:
        import json
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        from urllib.parse import parse_qs

        tokens = valid
        asked: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                form = parse_qs(self.rfile.read(length).decode())
                token = (form.get("token") or [""])[0]
                asked.append(token)
                user = tokens.get(token)
                answer = {"active": True, "username": user} if user else {"active": False}
                body = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.asked = asked
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/introspect"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
