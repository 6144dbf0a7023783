"""The config: found per SPEC, checked key by key, one-line errors, exit 2."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import REPO
from wgsubmit.config import make_deadline, parse_config
from wgsubmit.errors import ConfigError

BASE = {
    "call": {"title": "T", "deadline": "2020-03-17", "timezone": "Europe/Zurich"},
    "imap": {"host": "imap.example.org", "username": "u", "password_env": "PW"},
}


def with_(section: str, **values: object) -> dict[str, dict[str, object]]:
    data = {name: dict(table) for name, table in BASE.items()}
    data.setdefault(section, {}).update(values)
    return data


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("received", "on_time"),
    [
        ("2020-03-17T22:30:00", True),  # 23:30 in Geneva: on time
        ("2020-03-17T22:59:59.999", True),
        ("2020-03-17T23:00:00", False),  # midnight in Geneva: late
        ("2020-03-17T23:05:00", False),
        ("2020-03-16T09:00:00", True),
    ],
)
def test_a_date_deadline_is_the_whole_day_in_the_calls_timezone(
    received: str, on_time: bool
) -> None:
    deadline = make_deadline(dt.date(2020, 3, 17), "Europe/Zurich")
    assert deadline.is_met(utc(received)) is on_time
    assert deadline.display() == "2020-03-17T23:59:59.999+01:00"


def test_a_datetime_deadline_is_taken_as_given_and_inclusive() -> None:
    config = parse_config(with_("call", deadline="2020-03-17T18:00:00+01:00"), None)
    assert config.call.deadline.is_met(utc("2020-03-17T17:00:00"))
    assert not config.call.deadline.is_met(utc("2020-03-17T17:00:01"))


def test_a_toml_date_is_accepted(tmp_path: Path) -> None:
    config = parse_config(with_("call", deadline=dt.date(2020, 3, 17)), None)
    assert config.call.deadline.instant == utc("2020-03-17T23:00:00")


def test_defaults_are_spec_defaults() -> None:
    config = parse_config(with_("call"), Path("/calls/x/config.toml"))
    assert config.call.languages == ("en", "fr", "es")
    assert config.imap.port == 993 and config.imap.security == "tls"
    assert config.imap.mailboxes == ("INBOX",)
    assert config.store_path == Path("/calls/x/wgsubmit-data")
    assert [g.title for g in config.publication.groups] == ["Member States", "Other stakeholders"]
    assert config.publication.unspecified == "publish"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (with_("call", titel="x"), "call.titel: unknown key"),
        ({"imap": BASE["imap"]}, "call: required section"),
        (with_("call", title=""), "call.title: must not be empty"),
        (with_("call", deadline="17/03/2020"), "call.deadline:"),
        (with_("call", deadline="2020-03-17T18:00:00"), "call.deadline: a datetime needs"),
        (with_("call", timezone="Geneva"), "call.timezone:"),
        (with_("call", max_words=-3), "call.max_words: must be a positive"),
        (with_("imap", port="993"), "imap.port:"),
        (with_("imap", security="ssl"), 'imap.security: must be one of "tls"'),
        (with_("imap", password="hunter2"), "imap.password: a password must never"),
        (with_("imap", security="plain"), 'imap.security: "plain" sends the password'),
        (with_("imap", password_env=None), "imap.password_env:"),
        (with_("imap", mailbox=[]), "imap.mailbox:"),
        (with_("store", path=3), "store.path: must be a string"),
        (with_("publication", unspecified="maybe"), "publication.unspecified:"),
        (
            with_("publication", groups=[{"title": "All", "types": ["member_state"]}]),
            "publication.groups: every submitter type must be in a group",
        ),
        (
            with_(
                "publication",
                groups=[
                    {"title": "A", "types": ["member_state"]},
                    {"title": "B", "types": ["member_state"]},
                ],
            ),
            'publication.groups: "member_state" is in both',
        ),
        (
            with_(
                "publication",
                groups=[
                    {"title": "Inputs", "types": ["member_state", "observer_state"]},
                    {
                        "title": "Inputs",
                        "types": [
                            "nhri",
                            "international_org",
                            "civil_society",
                            "academic",
                            "private_sector",
                            "individual",
                            "other",
                        ],
                    },
                ],
            ),
            'publication.groups: two groups are titled "Inputs"',
        ),
        ({**BASE, "sendmail": {}}, "sendmail: unknown section"),
        ({**BASE, "smtp": {"password": "x"}}, "smtp.password: a password must never"),
        ({**BASE, "smtp": {"security": "plain", "host": "mail.example.org"}}, "smtp.security"),
        ({**BASE, "acknowledge": {"reply_by_days": 0}}, "acknowledge.reply_by_days"),
    ],
)
def test_bad_config_names_the_key(data: dict[str, dict[str, object]], message: str) -> None:
    data = {k: {kk: vv for kk, vv in v.items() if vv is not None} for k, v in data.items()}
    with pytest.raises(ConfigError) as caught:
        parse_config(data, None)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_plain_is_allowed_on_loopback() -> None:
    config = parse_config(with_("imap", security="plain", host="127.0.0.1"), None)
    assert config.imap.security == "plain"


def test_config_is_found_from_env_then_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from wgsubmit.cli import cli

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["list"])
    assert result.exit_code == 2
    assert "no config at config.toml" in result.output
    monkeypatch.setenv("WGSUBMIT_CONFIG", str(tmp_path / "elsewhere.toml"))
    result = CliRunner().invoke(cli, ["list"])
    assert result.exit_code == 2 and "elsewhere.toml" in result.output


def test_cli_reports_a_bad_key_in_one_line_with_exit_2(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from wgsubmit.cli import cli

    path = tmp_path / "config.toml"
    path.write_text(
        '[call]\ntitle = "T"\ndeadline = "2020-03-17"\ntimezone = "Europe/Zurich"\n'
        '[imap]\nhost = "h"\nusername = "u"\npassword = "s3cret"\n'
    )
    result = CliRunner().invoke(cli, ["--config", str(path), "list"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert result.output.startswith("Error: imap.password:")
    assert "s3cret" not in result.output


def test_init_writes_a_working_config_and_a_private_store(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from wgsubmit.cli import cli

    result = CliRunner().invoke(cli, ["init", str(tmp_path / "call")])
    assert result.exit_code == 0, result.output
    store = tmp_path / "call" / "wgsubmit-data"
    assert (store / "wgsubmit.db").exists()
    assert store.stat().st_mode & 0o777 == 0o700
    again = CliRunner().invoke(cli, ["init", str(tmp_path / "call")])
    assert again.exit_code == 2 and "exists already" in again.output
    listed = CliRunner().invoke(
        cli, ["--config", str(tmp_path / "call" / "config.toml"), "list", "--json"]
    )
    assert listed.exit_code == 0 and listed.output.strip() == "[]"


def test_example_config_documents_every_key() -> None:
    import tomllib

    from wgsubmit.config import _SCHEMA

    text = (REPO / "config.example.toml").read_text("utf-8")
    data = tomllib.loads(text)
    for section, keys in _SCHEMA.items():
        table: dict[str, object] = data
        for part in section.split("."):
            # An optional list of tables ([[other_calls]]) is shown commented out.
            table = table.get(part, {})  # type: ignore[assignment]
        for key in keys:
            assert key in table or f"# {key} =" in text, f"{section}.{key} not documented"


@pytest.mark.parametrize(
    ("imap_host", "smtp", "expected"),
    [
        ("outlook.office365.com", {}, ("smtp.office365.com", 587, "starttls", "u")),
        ("imap.gmail.com", {}, ("smtp.gmail.com", 465, "tls", "u")),
        ("imap.example.org", {}, ("smtp.example.org", 465, "tls", "u")),
        ("mail.example.org", {"port": 587}, ("mail.example.org", 587, "starttls", "u")),
        (
            "mail.example.org",
            {"host": "out.example.org", "username": "s"},
            ("out.example.org", 465, "tls", "s"),
        ),
    ],
)
def test_smtp_defaults_to_the_imap_accounts_usual_peer(
    imap_host: str, smtp: dict[str, object], expected: tuple[str, int, str, str]
) -> None:
    from wgsubmit.smtp import server

    data = {**BASE, "imap": {**BASE["imap"], "host": imap_host}, "smtp": smtp}
    found = server(parse_config(data, None))
    assert (found.host, found.port, found.security, found.username) == expected


def test_the_finer_groups_shown_commented_in_the_example_parse_when_uncommented() -> None:
    """GIVEN config.example.toml with its `groups` replaced by the commented alternative
    THEN it parses, into the six groups in their order, each type in one of them."""
    import re
    import tomllib

    text = (REPO / "config.example.toml").read_text("utf-8")
    shown = re.search(r"^groups = \[\n.*?^\]\n", text, re.MULTILINE | re.DOTALL)
    commented = re.search(r"^# groups = \[\n.*?^# \]\n", text, re.MULTILINE | re.DOTALL)
    assert shown is not None and commented is not None
    finer = re.sub(r"^# ?", "", commented.group(0), flags=re.MULTILINE)
    text = text.replace(shown.group(0), "").replace(commented.group(0), finer)
    config = parse_config(tomllib.loads(text), None)
    titles = [g.title for g in config.publication.groups]
    assert titles == [
        "States",
        "National human rights institutions",
        "International organizations",
        "Civil society",
        "Academia",
        "Others",
    ]
    assert config.publication.groups[0].types == ("member_state", "observer_state")


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        (None, ["Member States", "Other stakeholders"]),
        ("fr", ["États membres", "Autres parties prenantes"]),
        ("es", ["Estados Miembros", "Otras partes interesadas"]),
    ],
)
def test_the_default_groups_are_titled_in_the_pages_language(
    language: str | None, titles: list[str]
) -> None:
    data = with_("publication", language=language) if language else BASE
    config = parse_config(data, None)
    assert [g.title for g in config.publication.groups] == titles
    assert config.publication.language == (language or "en")
    # Groups an officer wrote keep their own titles, whatever the language.
    own = [{"title": "All", "types": ["member_state", "observer_state", "nhri",
            "international_org", "civil_society", "academic", "private_sector",
            "individual", "other"]}]  # fmt: skip
    config = parse_config(with_("publication", language="fr", groups=own), None)
    assert [g.title for g in config.publication.groups] == ["All"]


def test_a_page_language_without_words_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"publication\.language"):
        parse_config(with_("publication", language="de"), None)
