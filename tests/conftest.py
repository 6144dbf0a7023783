from __future__ import annotations

import email.policy
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from hypothesis import settings

from wgsubmit.cli import cli
from wgsubmit.demo import config_text

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
# Third-party messages and documents, with their licences (tests/data/corpus/README.md).
CORPUS = REPO / "tests" / "data" / "corpus"
IN_CI = os.environ.get("CI", "").lower() == "true"

# Examples are judged by what they give, never by how long one took: a loaded machine
# (or a rule compiled at its first use) must not fail a property test.
settings.register_profile("busy-machine", deadline=None)
settings.load_profile("busy-machine")


def need(condition: bool, reason: str) -> None:
    """Skip outside CI when a real part is missing; under CI, fail instead."""
    if not condition:
        if IN_CI:
            pytest.fail(f"required under CI: {reason}")
        pytest.skip(reason)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WGSUBMIT_CONFIG", raising=False)
    monkeypatch.setenv("WGSUBMIT_LOCK_TIMEOUT", "2")


@pytest.fixture
def corpus() -> Path:
    need(CORPUS.is_dir(), f"the test corpus is not at {CORPUS}")
    return CORPUS


def imap_settings(**values: Any) -> dict[str, Any]:
    """The [imap] section of the tests' configs: a local server, its certificate
    authority when given (``ca_file``), the password from WGSUBMIT_TEST_PASSWORD."""
    return {
        "host": "127.0.0.1",
        "port": 993,
        "security": "tls",
        "username": "officer@example.org",
        "password_env": "WGSUBMIT_TEST_PASSWORD",
        "mailbox": "INBOX",
        "ca_file": "",
        "timeout": 10,
        **values,
    }


@pytest.fixture
def write_config(tmp_path: Path) -> Callable[..., Path]:
    written: list[Path] = []

    def write(**values: Any) -> Path:
        # Each call its own file (the store is shared: store.path is "store").
        path = tmp_path / ("config.toml" if not written else f"config-{len(written)}.toml")
        path.write_text(config_text(imap_settings(**values)))
        written.append(path)
        return path

    return write


@pytest.fixture
def config_path(write_config: Callable[..., Path]) -> Path:
    return write_config()


@pytest.fixture
def run(config_path: Path) -> Callable[..., Result]:
    """Run wgsubmit in-process with the test config."""

    def invoke(*args: str, config: Path | None = None, input: str | None = None) -> Result:
        runner = CliRunner()
        return runner.invoke(
            cli,
            ["--config", str(config or config_path), *args],
            input=input,
            catch_exceptions=False,
        )

    return invoke


Scored = Callable[[int], tuple[subprocess.CompletedProcess[str], Path]]


@pytest.fixture(scope="session")
def scored(tmp_path_factory: pytest.TempPathFactory) -> Scored:
    """Score an adversarial collection by its number (tests/adversarial/collection.py score
    N --json) once a session: what it printed, and the folder where it built the collection
    and ran the documented flow on it, kept so that the collection's own tests read what was
    scored rather than build it again."""
    done: dict[int, tuple[subprocess.CompletedProcess[str], Path]] = {}
    script = REPO / "tests" / "adversarial" / "collection.py"

    def score(number: int) -> tuple[subprocess.CompletedProcess[str], Path]:
        if number not in done:
            work = tmp_path_factory.mktemp(f"adversarial{number}")
            command = [sys.executable, str(script), "score", str(number), "--json"]
            result = subprocess.run(
                [*command, "--work", str(work)], capture_output=True, text=True, encoding="utf-8"
            )
            done[number] = (result, work)
        return done[number]

    return score


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[Any]:
    from imapserver import Dovecot, dovecot_available

    need(dovecot_available(), "dovecot is not installed (apt-get install dovecot-imapd)")
    server = Dovecot.create()
    server.start()
    yield server
    server.cleanup()


@pytest.fixture
def imap(dovecot_server: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The session's dovecot with an empty mailbox for this test."""
    from imapserver import PASSWORD

    monkeypatch.setenv("WGSUBMIT_TEST_PASSWORD", PASSWORD)
    if dovecot_server.process is None or dovecot_server.process.poll() is not None:
        dovecot_server.start()
    dovecot_server.reset_mail()
    yield dovecot_server


@pytest.fixture(scope="session")
def _chromium() -> Iterator[Any]:
    """One headless Chromium for the session (Playwright driving Debian's chromium), since
    starting it is slow."""
    chromium = Path("/usr/bin/chromium")
    need(chromium.exists(), "Chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(chromium), args=["--no-sandbox", "--headless", "--disable-gpu"]
        )
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def browser(_chromium: Any) -> Iterator[Any]:
    """The session's Chromium; each test opens contexts of its own, closed after it, so
    tests share no cookie, page or storage."""
    yield _chromium
    for context in _chromium.contexts:
        context.close()


def copy_fixtures(target: Path, names: list[str] | None = None) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(FIXTURES.glob("*.eml")):
        if names is None or path.name in names:
            shutil.copy(path, target / path.name)
    return target


GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("WGSUBMIT_UPDATE_GOLDEN") == "1"

# What the samples are (fixtures/, in import order).
SUPERSEDED, FRANCE, CONFIDENTIAL, LATE_ANONYMOUS, FORWARDED = 1, 2, 3, 4, 5
DUPLICATE, NHRI, COMPANY, REVISED, MEXICO, LINK_ONLY = 7, 8, 9, 10, 11, 12


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples imported once; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("samples")
    config = folder / "config.toml"
    config.write_text(config_text(imap_settings()))
    messages = copy_fixtures(folder / "in")
    result = CliRunner().invoke(cli, ["--config", str(config), "-q", "import", str(messages)])
    assert result.exit_code == 0, result.output
    return folder / "store"


@pytest.fixture
def samples(sample_store: Path, config_path: Path) -> Path:
    store = config_path.parent / "store"
    shutil.copytree(sample_store, store)
    return store


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
    expected = path.read_text(encoding="utf-8") if path.exists() else ""
    assert text == expected, f"{name} differs; WGSUBMIT_UPDATE_GOLDEN=1 rewrites it"


RECEIVED = "Mon, 16 Mar 2020 10:00:05 +0000"


def mail(
    sender: str,
    subject: str,
    body: str,
    *,
    received: str | None = RECEIVED,
    date: str | None = None,
    message_id: str | None = None,
    files: tuple[tuple[str, str, bytes], ...] = (),
) -> EmailMessage:
    """A message as a mail program sends it to the secretariat. ``received`` is the
    server's Received: time (None: no such header), ``date`` the sender's Date: (by
    default the same); ``files`` are (name, content type, bytes)."""
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = sender
    message["To"] = "wg-submissions@example.org"
    message["Subject"] = subject
    if received is not None:
        message["Received"] = f"from mail.example.net by mx.example.org; {received}"
    if date or received:
        message["Date"] = date or received
    digest = hashlib.sha256((sender + subject).encode()).hexdigest()[:16]
    message["Message-ID"] = message_id or f"<{digest}@example.net>"
    message.set_content(body)
    for name, content_type, data in files:
        maintype, subtype = content_type.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message


def write_mail(folder: Path, *args: Any, **kwargs: Any) -> Path:
    """mail(...) written into folder as the next .eml file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{len(list(folder.iterdir()))}.eml"
    path.write_bytes(mail(*args, **kwargs).as_bytes())
    return path


def text_pdf(text: str) -> bytes:
    """A real one-page PDF holding this text (fpdf2)."""
    from fpdf import FPDF

    doc = FPDF()
    doc.add_page()
    doc.set_font("Helvetica", size=11)
    doc.multi_cell(0, 6, text)
    return bytes(doc.output())


def pages_pdf(*pages: str) -> bytes:
    """A real PDF with one page per text (fpdf2)."""
    from fpdf import FPDF

    doc = FPDF()
    doc.set_font("helvetica", size=12)
    for text in pages:
        doc.add_page()
        doc.multi_cell(0, 8, text)
    return bytes(doc.output())


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under pytest-xdist (``--dist loadgroup``), keep together the tests that share an
    expensive fixture, so that each is built once: a collection scored by its number, a
    mailbox or an eval set run through the whole flow, and otherwise a test file."""
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if "scored" in params:
            group = f"mailbox-{params['scored']}"
        elif "evaluated" in params:
            group = f"eval-{params['evaluated']}"
        elif "scored" in getattr(item, "fixturenames", ()) and "number" in params:
            group = f"collection-{params['number']}"
        else:
            group = item.nodeid.split("::")[0]
        item.add_marker(pytest.mark.xdist_group(group))
