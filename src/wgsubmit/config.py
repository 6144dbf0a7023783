"""The call's configuration: found, read, checked, and turned into typed records.

Every key of the configuration (docs/config.md) is declared once in ``_SCHEMA``; an unknown
key, a missing required one or a wrong value is a ConfigError naming the key.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import tomllib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from wgsubmit.config_records import (
    AcknowledgeConfig,
    CallConfig,
    Config,
    Deadline,
    ExtractConfig,
    Group,
    ImapConfig,
    OAuth2Config,
    OtherCall,
    PublicationConfig,
    ServeConfig,
    SmtpConfig,
    make_deadline,
)
from wgsubmit.config_values import (
    date_value,
    deadline_value,
    group_list,
    nonempty_string,
    nonnegative_int,
    nonnegative_number,
    one_of,
    positive_int,
    positive_number,
    string,
    string_list,
    string_or_list,
    timezone_name,
)
from wgsubmit.domain import DEFAULT_GROUPS
from wgsubmit.errors import ConfigError

CONFIG_ENV = "WGSUBMIT_CONFIG"
DEFAULT_CONFIG_NAME = "config.toml"


# The records are declared in config_records; they are read from here as ever.
__all__ = [
    "CONFIG_ENV",
    "DEFAULT_CONFIG_NAME",
    "DEFAULT_GROUPS",
    "AcknowledgeConfig",
    "CallConfig",
    "Config",
    "Deadline",
    "ExtractConfig",
    "Group",
    "ImapConfig",
    "OAuth2Config",
    "OtherCall",
    "PublicationConfig",
    "SmtpConfig",
    "find_config_path",
    "is_loopback",
    "load_config",
    "make_deadline",
    "parse_config",
]

# The languages a page can be written in, and the default groups' titles in each, as
# OHCHR's pages title them.
PAGE_LANGUAGES = ("en", "fr", "es")
DEFAULT_TITLES = {
    "en": ("Member States", "Other stakeholders"),
    "fr": ("États membres", "Autres parties prenantes"),
    "es": ("Estados Miembros", "Otras partes interesadas"),
}


_REQUIRED = object()

# section -> key -> (checker, default). Nested tables are sections "a.b".
_SCHEMA: dict[str, dict[str, tuple[Callable[[Any], Any], Any]]] = {
    "call": {
        "title": (nonempty_string, _REQUIRED),
        "deadline": (deadline_value, _REQUIRED),
        "timezone": (timezone_name, _REQUIRED),
        "languages": (string_list, ["en", "fr", "es"]),
        "own_addresses": (string_list, []),
        "max_words": (positive_int, 10000),
        "max_pages": (positive_int, 20),
        "opened": (date_value, None),
        "keywords": (string_list, []),
    },
    "other_calls": {
        "title": (nonempty_string, _REQUIRED),
        "deadline": (deadline_value, _REQUIRED),
        "keywords": (string_list, []),
    },
    "imap": {
        "host": (nonempty_string, _REQUIRED),
        "port": (positive_int, 993),
        "security": (one_of("tls", "starttls", "plain"), "tls"),
        "username": (nonempty_string, _REQUIRED),
        "password_env": (nonempty_string, None),
        "password_command": (nonempty_string, None),
        "mailbox": (string_or_list, ["INBOX"]),
        "ca_file": (string, ""),
        "auth": (one_of("password", "oauth2"), "password"),
        "timeout": (positive_number, 60.0),
    },
    "imap.oauth2": {
        "flow": (one_of("device", "client_credentials"), "device"),
        "token_command": (nonempty_string, None),
        "client_id": (nonempty_string, None),
        "authority": (nonempty_string, "https://login.microsoftonline.com/organizations"),
        "scopes": (string_list, []),
        "client_secret_env": (nonempty_string, None),
        "client_secret_command": (nonempty_string, None),
        "token_cache": (string, "wgsubmit-tokens.json"),
        "ca_file": (string, ""),
    },
    "store": {
        "path": (nonempty_string, "wgsubmit-data"),
    },
    "extract": {
        "timeout": (positive_number, 10.0),
        "memory_mb": (positive_int, 1024),
        "workers": (nonnegative_int, 0),
        "timeout_per_mb": (nonnegative_number, 4.0),
    },
    "publication": {
        "unspecified": (one_of("publish", "withhold"), "publish"),
        "groups": (group_list, DEFAULT_GROUPS),
        "language": (one_of(*PAGE_LANGUAGES), "en"),
    },
    "acknowledge": {
        "reply_by_days": (positive_int, 7),
        "drafts_folder": (nonempty_string, "Drafts"),
        "from": (nonempty_string, None),
    },
    "serve": {
        "session_idle_minutes": (positive_int, 30),
    },
    "smtp": {
        "host": (nonempty_string, None),
        "port": (positive_int, None),
        "security": (one_of("tls", "starttls", "plain"), None),
        "username": (nonempty_string, None),
        "password_env": (nonempty_string, None),
        "password_command": (nonempty_string, None),
    },
}


def _check_section(name: str, table: Any) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise ConfigError(f"{name}: must be a table [{name}]")
    schema = _SCHEMA[name]
    subsections = {s.split(".", 1)[1] for s in _SCHEMA if s.startswith(name + ".")}
    if name in ("imap", "smtp") and "password" in table:
        raise ConfigError(
            f"{name}.password: a password must never be written in the config file; "
            f'set {name}.password_env = "WGSUBMIT_IMAP_PASSWORD" (and export that variable) '
            f"or {name}.password_command"
        )
    for key in table:
        if key not in schema and key not in subsections:
            raise ConfigError(f"{name}.{key}: unknown key (see config.example.toml)")
    values: dict[str, Any] = {}
    for key, (check, default) in schema.items():
        if key not in table:
            if default is _REQUIRED:
                raise ConfigError(f"{name}.{key}: required key is missing")
            values[key] = default
            continue
        try:
            values[key] = check(table[key])
        except ValueError as err:
            raise ConfigError(f"{name}.{key}: {err}") from None
    return values


def _start_of(day: dt.date | None, timezone: str) -> dt.datetime | None:
    """The first instant of a day in the call's time zone, in UTC."""
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(0), tzinfo=ZoneInfo(timezone)).astimezone(dt.UTC)


def _other_call(table: Any, timezone: str) -> OtherCall:
    values = _check_section("other_calls", table)
    return OtherCall(
        values["title"], make_deadline(values["deadline"], timezone), tuple(values["keywords"])
    )


def is_loopback(host: str) -> bool:
    """Whether a host (to connect to, or to listen on) is this computer only."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def parse_config(data: dict[str, Any], path: Path | None) -> Config:
    """Check a config's TOML tables and build the typed Config."""
    for section in data:
        if section not in {name for name in _SCHEMA if "." not in name}:
            raise ConfigError(f"{section}: unknown section (see config.example.toml)")
    for required in ("call", "imap"):
        if required not in data:
            raise ConfigError(f"{required}: required section [{required}] is missing")
    call = _check_section("call", data["call"])
    imap = _check_section("imap", data["imap"])
    oauth2 = _check_section("imap.oauth2", data["imap"].get("oauth2", {}))
    store = _check_section("store", data.get("store", {}))
    publication = _check_section("publication", data.get("publication", {}))
    extract = _check_section("extract", data.get("extract", {}))
    acknowledge, smtp = _replies(data, imap["host"])
    serve = _check_section("serve", data.get("serve", {}))

    base = path.parent if path else Path.cwd()
    others = data.get("other_calls", [])
    if not isinstance(others, list):
        raise ConfigError("other_calls: must be a list of tables [[other_calls]]")
    other_calls = tuple(_other_call(o, call["timezone"]) for o in others)
    groups = publication["groups"]
    if groups is DEFAULT_GROUPS:
        titles = DEFAULT_TITLES[publication["language"]]
        groups = [
            replace(g, title=title)
            for g, title in zip(group_list(DEFAULT_GROUPS), titles, strict=True)
        ]

    return Config(
        path=path,
        call=CallConfig(
            title=call["title"],
            deadline=make_deadline(call["deadline"], call["timezone"]),
            timezone=call["timezone"],
            languages=tuple(call["languages"]),
            own_addresses=tuple(a.lower() for a in call["own_addresses"]),
            max_words=call["max_words"],
            max_pages=call["max_pages"],
            opened=_start_of(call["opened"], call["timezone"]),
            keywords=tuple(call["keywords"]),
            other_calls=other_calls,
        ),
        imap=_imap_config(imap, oauth2, base),
        store_path=(base / store["path"]).resolve(),
        publication=PublicationConfig(
            unspecified=publication["unspecified"],
            groups=tuple(groups),
            language=publication["language"],
        ),
        extract=ExtractConfig(**extract),
        acknowledge=acknowledge,
        smtp=smtp,
        serve=ServeConfig(**serve),
    )


def _imap_config(imap: dict[str, Any], oauth2: dict[str, Any], base: Path) -> ImapConfig:
    """`[imap]` and `[imap.oauth2]` checked together: how the mailbox is reached."""
    if imap["auth"] == "password" and not (imap["password_env"] or imap["password_command"]):
        raise ConfigError(
            'imap.password_env: required with auth = "password" (or set imap.password_command)'
        )
    if imap["security"] == "plain" and not is_loopback(imap["host"]):
        raise ConfigError(
            f'imap.security: "plain" sends the password in clear text and is refused for '
            f'{imap["host"]}; use "tls" or "starttls" (plain is for loopback only)'
        )
    ca_file = (base / imap["ca_file"]).resolve() if imap["ca_file"] else None
    if ca_file is not None and not ca_file.is_file():
        raise ConfigError(f"imap.ca_file: no such file: {ca_file}")
    if imap["auth"] == "oauth2" and not oauth2["token_command"]:
        if not oauth2["client_id"]:
            raise ConfigError(
                "imap.oauth2.client_id: required to sign in (the app registration's id), "
                "unless imap.oauth2.token_command is set"
            )
        if oauth2["flow"] == "client_credentials" and not (
            oauth2["client_secret_env"] or oauth2["client_secret_command"]
        ):
            raise ConfigError(
                'imap.oauth2.client_secret_env: required with flow = "client_credentials" '
                "(or set imap.oauth2.client_secret_command)"
            )
    cache = oauth2["token_cache"].strip()
    if not cache:
        raise ConfigError('imap.oauth2.token_cache: "keyring" or a file path')
    oauth2_ca = (base / oauth2["ca_file"]).resolve() if oauth2["ca_file"] else None
    if oauth2_ca is not None and not oauth2_ca.is_file():
        raise ConfigError(f"imap.oauth2.ca_file: no such file: {oauth2_ca}")
    if not oauth2["authority"].startswith("https://"):
        raise ConfigError("imap.oauth2.authority: an https:// address of the sign-in service")
    return ImapConfig(
        host=imap["host"],
        port=imap["port"],
        security=imap["security"],
        username=imap["username"],
        password_env=imap["password_env"],
        password_command=imap["password_command"],
        mailboxes=tuple(imap["mailbox"]),
        ca_file=ca_file,
        auth=imap["auth"],
        timeout=imap["timeout"],
        oauth2=OAuth2Config(
            flow=oauth2["flow"],
            token_command=oauth2["token_command"],
            client_id=oauth2["client_id"],
            authority=oauth2["authority"],
            scopes=tuple(oauth2["scopes"]),
            client_secret_env=oauth2["client_secret_env"],
            client_secret_command=oauth2["client_secret_command"],
            token_cache=None if cache == "keyring" else (base / cache).resolve(),
            ca_file=oauth2_ca,
        ),
    )


def _replies(data: dict[str, Any], imap_host: str) -> tuple[AcknowledgeConfig, SmtpConfig]:
    """`[acknowledge]` and `[smtp]`: how submitters are answered."""
    acknowledge = _check_section("acknowledge", data.get("acknowledge", {}))
    smtp = _check_section("smtp", data.get("smtp", {}))
    if smtp["security"] == "plain" and not is_loopback(smtp["host"] or imap_host):
        raise ConfigError(
            'smtp.security: "plain" sends the password in clear text; use "tls" or "starttls"'
        )
    return (
        AcknowledgeConfig(
            acknowledge["reply_by_days"], acknowledge["drafts_folder"], acknowledge["from"]
        ),
        SmtpConfig(**smtp),
    )


def find_config_path(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV])
    return Path(DEFAULT_CONFIG_NAME)


def load_config(explicit: str | None = None) -> Config:
    path = find_config_path(explicit)
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"no config at {path}: run `wgsubmit init` to write one, "
            f"or give --config PATH or ${CONFIG_ENV}"
        ) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"cannot read config {path}: {err}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: not valid TOML: {err}") from None
    return parse_config(data, path.resolve())
