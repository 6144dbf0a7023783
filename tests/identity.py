"""A stand-in of Microsoft's sign-in service on loopback, over TLS with a test CA (MSAL
speaks only https): OpenID discovery, the device-code flow, refresh tokens that rotate,
and client credentials. The access tokens it issues go into a shared table that the
token-introspection endpoint answers from, so dovecot accepts exactly these."""

from __future__ import annotations

import base64
import json
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import trustme

CLIENT_ID = "11111111-2222-3333-4444-555555555555"
SECRET = "app-secret-for-the-tests"
TENANT = "22222222-aaaa-bbbb-cccc-333333333333"


def _b64(data: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


class IdentityProvider:
    def __init__(self, folder: Path, user: str, tokens: dict[str, str], lifetime: int = 3600):
        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        self.ca_file = folder / "idp-ca.pem"
        ca.cert_pem.write_to_path(str(self.ca_file))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        cert.configure_cert(context)
        self.user = user
        self.tokens = tokens  # access token -> user, shared with the introspection endpoint
        self.lifetime = lifetime
        self.refresh_tokens: set[str] = set()
        self.grants: list[str] = []
        self.issued = 0
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self, status: int, body: dict[str, object]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                if self.path.endswith("/.well-known/openid-configuration"):
                    self._answer(200, provider.discovery())
                else:
                    self._answer(404, {"error": "not_found"})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                status, body = provider.answer(self.path, form)
                self._answer(status, body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        base = f"https://127.0.0.1:{self.server.server_address[1]}"
        self.authority = f"{base}/{TENANT}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def discovery(self) -> dict[str, object]:
        return {
            "issuer": f"{self.authority}/v2.0",
            "authorization_endpoint": f"{self.authority}/oauth2/v2.0/authorize",
            "token_endpoint": f"{self.authority}/oauth2/v2.0/token",
            "device_authorization_endpoint": f"{self.authority}/oauth2/v2.0/devicecode",
        }

    def answer(self, path: str, form: dict[str, str]) -> tuple[int, dict[str, object]]:
        if path.endswith("/devicecode"):
            return 200, {
                "device_code": "device-code-1",
                "user_code": "WGSB-TEST",
                "verification_uri": "https://127.0.0.1/devicelogin",
                "expires_in": 900,
                "interval": 1,
                "message": "To sign in, open https://127.0.0.1/devicelogin and enter WGSB-TEST.",
            }
        grant = form.get("grant_type", "")
        self.grants.append(grant)
        if form.get("client_id") != CLIENT_ID:
            return 400, {"error": "unauthorized_client", "error_description": "unknown app"}
        if grant == "urn:ietf:params:oauth:grant-type:device_code":
            return 200, self._issue(refresh=True)  # the person has signed in at once
        if grant == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return 400, {"error": "invalid_grant", "error_description": "AADSTS70000 used"}
            self.refresh_tokens.discard(form["refresh_token"])  # rotated: each works once
            return 200, self._issue(refresh=True)
        if grant == "client_credentials":
            if form.get("client_secret") != SECRET:
                return 401, {"error": "invalid_client", "error_description": "AADSTS7000215"}
            return 200, self._issue(refresh=False)
        return 400, {"error": "unsupported_grant_type"}

    def _issue(self, refresh: bool) -> dict[str, object]:
        self.issued += 1
        access = f"access-{self.issued}"
        self.tokens[access] = self.user
        now = int(time.time())
        answer: dict[str, object] = {
            "token_type": "Bearer",
            "access_token": access,
            "expires_in": self.lifetime,
            "scope": "https://outlook.office365.com/IMAP.AccessAsUser.All",
        }
        if refresh:
            token = f"refresh-{self.issued}"
            self.refresh_tokens.add(token)
            claims = {
                "iss": f"{self.authority}/v2.0",
                "sub": "subject-1",
                "aud": CLIENT_ID,
                "oid": "object-1",
                "tid": TENANT,
                "preferred_username": self.user,
                "iat": now,
                "exp": now + 3600,
            }
            answer |= {
                "refresh_token": token,
                "id_token": f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(claims)}.",
                "client_info": _b64({"uid": "object-1", "utid": TENANT}),
            }
        return answer

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
