"""The command line: wiring from options to the plain functions that do the work.

Heavy libraries are imported inside the commands that use them, so that
`wgsubmit --help` and `wgsubmit list` start at once.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from wgsubmit import __version__
from wgsubmit.domain import OFFICER_CALLS, Kind, Publication, choices
from wgsubmit.errors import (
    EXIT_INTERRUPTED,
    EXIT_OPERATIONAL,
    PublishError,
    StoreError,
    UsageError,
    ValueRefused,
    WgsubmitError,
)

if TYPE_CHECKING:
    from rich.console import Console

    from wgsubmit.acknowledge import Plan
    from wgsubmit.config import Config
    from wgsubmit.pipeline import Progress, RunReport
    from wgsubmit.publish import PublishList
    from wgsubmit.store import Store, StoredMessage


class WgsubmitGroup(click.Group):
    """Turns every error a user can cause into one line on stderr and a named exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ValueRefused as err:
            click.echo(f"Error: {_as_options(err)}", err=True)
            raise click.exceptions.Exit(err.exit_code) from None
        except WgsubmitError as err:
            click.echo(f"Error: {err}", err=True)
            raise click.exceptions.Exit(err.exit_code) from None
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
        except sqlite3.DatabaseError as err:
            click.echo(f"Error: the store's database cannot be used: {err}", err=True)
            raise click.exceptions.Exit(EXIT_OPERATIONAL) from None
        except OSError as err:
            where = f": {err.filename}" if err.filename else ""
            click.echo(f"Error: {err.strerror or err}{where}", err=True)
            raise click.exceptions.Exit(EXIT_OPERATIONAL) from None


# The option (or argument) that gives a field the library may refuse, where it is not
# the field's name as an option (--country).
_OPTION_OF = {"withhold_files": "--withhold-file", "keep_files": "--keep-file", "tag": "TAG"}


def _as_options(err: ValueRefused) -> str:
    """A refused value as the command line gives it: "--country: 'X' is not a …"."""

    def option(field: str) -> str:
        return _OPTION_OF.get(field, "--" + field.replace("_", "-"))

    if err.together_with:
        return f"{option(err.field)} and {option(err.together_with)} {err.message}"
    return f"{option(err.field)}: {err.message}"


@click.group(cls=WgsubmitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wgsubmit")
@click.option(
    "--config",
    "config_path",
    metavar="PATH",
    help="Config file (default: $WGSUBMIT_CONFIG, else ./config.toml).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress, only results and errors.")
@click.option("-v", "--verbose", is_flag=True, help="Debug logging (may show addresses).")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, quiet: bool, verbose: bool) -> None:
    """Collect, read and publish the submissions to a call for inputs.

    Fetches the submissions mailbox (or imports exported messages) into a
    local store, reads every message and attachment, and lists them.

    \b
    Example:
        wgsubmit demo              # try it on sample messages
        wgsubmit init              # write config.toml for your call
        wgsubmit fetch             # download and read new messages
        wgsubmit list              # see the submissions
    """
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s: %(message)s",
        stream=sys.stderr,
    )
    # mail-parser warns about every MIME type it does not render; that is noise here.
    logging.getLogger("mailparser").setLevel(logging.DEBUG if verbose else logging.ERROR)
    ctx.obj = {"config_path": config_path, "quiet": quiet}


def _config(ctx: click.Context) -> Config:
    from wgsubmit.config import load_config  # not at start-up: `--help` reads no config

    return load_config(ctx.obj["config_path"])


def _command_name() -> str:
    """What a waiting writer is told holds the store: "wgsubmit fetch"."""
    return click.get_current_context().command_path


def _stderr() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, emoji=False)


def _stdout() -> Console:
    from rich.console import Console

    # emoji=False: ":warning:" in a subject stays as written.
    return Console(highlight=False, emoji=False)


@contextlib.contextmanager
def _progress(quiet: bool) -> Iterator[Progress]:
    """A rich progress bar on a terminal, a few plain lines when piped, nothing with --quiet."""
    if quiet:
        yield lambda stage, done, total: None
        return
    console = _stderr()
    labels = {
        "download": "Downloading",
        "import": "Storing",
        "read": "Reading",
        "check": "Checking",
        "backup": "Copying",
    }
    if not console.is_terminal:
        last: dict[str, int] = {}

        def plain(stage: str, done: int, total: int | None) -> None:
            step = max(100, (total or 0) // 10)
            if done == total or done - last.get(stage, 0) >= step:
                last[stage] = done
                of = f" of {total}" if total is not None else ""
                unit = "files" if stage in ("check", "backup") else "messages"
                console.print(f"{labels.get(stage, stage)}: {done}{of} {unit}")

        yield plain
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    tasks: dict[str, Any] = {}
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=False,
    ) as bar:

        def rich_progress(stage: str, done: int, total: int | None) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(labels.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield rich_progress


def _summary(report: RunReport, quiet: bool, what: str) -> None:
    if quiet:
        return
    parts = [f"{report.stored} new message{'s' if report.stored != 1 else ''} stored"]
    if report.seen != report.stored:
        parts.append(f"{report.seen - report.stored} already in the store")
    if report.processed or report.failed:
        parts.append(f"{report.processed} read")
    if report.failed:
        parts.append(f"{report.failed} could not be read (see `wgsubmit list --all`)")
    _stderr().print(f"{what}: " + ", ".join(parts) + ".")


# --- commands ---


@cli.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
def init(directory: Path | None) -> None:
    """Write a config.toml for a new call and create its store.

    The config is the documented example: edit the call's title, deadline and
    mailbox in it. An existing config.toml is never overwritten.

    \b
    Example:
        wgsubmit init mercenaries-2020
    """
    from wgsubmit.config import load_config
    from wgsubmit.shipped import EXAMPLE_CONFIG, shipped
    from wgsubmit.store import Store

    folder = directory or Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "config.toml"
    if target.exists():
        raise UsageError(f"{target} exists already; edit it, or choose another folder")
    example = shipped(EXAMPLE_CONFIG).read_text("utf-8")
    target.write_text(example, encoding="utf-8")
    config = load_config(str(target))
    with Store.open_for_writing(config.store_path, _command_name()):
        pass
    click.echo(f"Wrote {target} and created the store {config.store_path}.")
    click.echo("Edit the [call] and [imap] sections, then run `wgsubmit fetch`.")
    from wgsubmit.acknowledge import TEMPLATE_FOLDER, package_templates

    click.echo(
        f"The acknowledgements' wording is in {package_templates()}; a copy of en.txt.j2, "
        f"fr.txt.j2 or es.txt.j2 in {folder / TEMPLATE_FOLDER} is used instead."
    )


@cli.command()
@click.option("--download-only", is_flag=True, help="Only store the raw messages; read them later.")
@click.option(
    "--watch",
    is_flag=True,
    help="Stay connected and read each new message as it arrives (IMAP IDLE); Ctrl-C stops.",
)
@click.pass_context
def fetch(ctx: click.Context, download_only: bool, watch: bool) -> None:
    """Download every new message of the mailbox and read it.

    The mailbox is opened read-only: nothing is marked seen, moved or deleted.
    Only messages not yet in the store are downloaded. With --watch it stays
    connected, and each message is stored and read as it arrives, so that
    `list` in another terminal shows it within seconds.

    \b
    Example:
        WGSUBMIT_IMAP_PASSWORD=… wgsubmit fetch
        wgsubmit fetch --watch
    """
    config = _config(ctx)
    _read_soon(download_only)
    from wgsubmit.pipeline import run_fetch
    from wgsubmit.store import Store

    quiet = ctx.obj["quiet"]
    if watch:
        if download_only:
            raise UsageError("--watch reads each message as it comes: not with --download-only")
        _watch(config, quiet)
        return
    with (
        Store.open_for_writing(config.store_path, _command_name()) as store,
        _progress(quiet) as progress,
    ):
        report = run_fetch(store, config, download_only=download_only, progress=progress)
    _summary(report, quiet, "fetch")


def _read_soon(download_only: bool) -> None:
    """A command that will read mail starts its workers' server first (workers.start_early)."""
    if not download_only:
        from wgsubmit.workers import start_early

        start_early()


def _watch(config: Config, quiet: bool) -> None:
    import datetime as dt

    from wgsubmit.pipeline import run_watch

    def report(result: RunReport) -> None:
        if result.stored and not quiet:
            now = dt.datetime.now().strftime("%H:%M:%S")
            _stderr().print(f"{now} {result.stored} new, {result.processed} read.", markup=False)

    if not quiet:
        _stderr().print(
            f"Watching {', '.join(config.imap.mailboxes)} on {config.imap.host}; Ctrl-C stops.",
            markup=False,
        )
    try:
        run_watch(config, lambda stage, done, total: None, report)
    except KeyboardInterrupt:
        if not quiet:
            _stderr().print("Stopped.")
        raise click.exceptions.Exit(EXIT_INTERRUPTED) from None


@cli.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--download-only", is_flag=True, help="Only store the raw messages; read them later.")
@click.pass_context
def import_(ctx: click.Context, paths: tuple[Path, ...], download_only: bool) -> None:
    """Import messages from .eml files, folders of them, mbox files or Maildir folders.

    Files are recognised by their content, whatever their names. A file that
    is not a message is kept and flagged `unparseable`.

    \b
    Example:
        wgsubmit import ~/Exports/submissions/ archive.mbox
    """
    config = _config(ctx)
    _read_soon(download_only)
    from wgsubmit.pipeline import run_import
    from wgsubmit.store import Store

    quiet = ctx.obj["quiet"]
    with (
        Store.open_for_writing(config.store_path, _command_name()) as store,
        _progress(quiet) as progress,
    ):
        report = run_import(store, config, list(paths), download_only, progress)
    _summary(report, quiet, "import")


def _list_options(function: Callable[..., Any]) -> Callable[..., Any]:
    function = click.option("--json", "as_json", is_flag=True, help="Print JSON (docs/json.md).")(
        function
    )
    function = click.option(
        "--all", "include_all", is_flag=True, help="Every stored message, not only submissions."
    )(function)
    function = click.option(
        "--limit",
        type=click.IntRange(min=0),
        default=None,
        help="Rows in the table (default 50; 0 for all). JSON holds all unless given.",
    )(function)
    filters = [
        click.option("--language", metavar="CODE", help="Only this language (ISO 639-1, e.g. fr)."),
        click.option(
            "--confidentiality",
            type=click.Choice(choices(Publication)),
            help="Only this publication request.",
        ),
        click.option(
            "--kind",
            type=click.Choice(choices(Kind)),
            help="Only this kind of message (implies --all for other kinds).",
        ),
        click.option("--late/--on-time", "late", default=None, help="Only late, or on-time, ones."),
        click.option("--flag", "flags", multiple=True, metavar="FLAG", help="Only with this flag."),
        click.option("--search", metavar="TEXT", help="Only those whose text holds these words."),
        click.option("--tag", metavar="TAG", help="Only those with this tag."),
    ]
    for option in reversed(filters):
        function = option(function)
    return function


@cli.command(name="list")
@_list_options
@click.pass_context
def list_(
    ctx: click.Context,
    /,
    as_json: bool,
    include_all: bool,
    limit: int | None,
    **filters: Any,
) -> None:
    """List the submissions: received time, on time, sender, subject, attachments.

    Filters combine: every one given must hold. --search looks in the subject,
    sender, body and the text of every attachment.

    \b
    Example:
        wgsubmit list
        wgsubmit list --language fr --confidentiality confidential
        wgsubmit list --search "border management" --late
        wgsubmit list --json --all > messages.json
    """
    from wgsubmit.records import FLAGS
    from wgsubmit.store import Store
    from wgsubmit.views import Filters, submission_json

    config = _config(ctx)
    chosen = Filters(**filters)
    if chosen.flags and not set(chosen.flags) <= FLAGS:
        raise UsageError(f"--flag: unknown flag; one of: {', '.join(sorted(FLAGS))}")
    with Store.open_for_reading(config.store_path) as store:
        matching = store.search(chosen.search) if chosen.search else None
        messages = store.messages(include_all=include_all or chosen.kind is not None)
    messages = [m for m in messages if chosen.matches(m, config, matching)]
    if as_json:
        selected = messages[-limit:] if limit else messages
        # One object per line: readable, and json's fast C encoder (indent= is pure Python).
        lines = (json.dumps(submission_json(m, config), ensure_ascii=False) for m in selected)
        sys.stdout.write("[\n" + ",\n".join(lines) + "\n]\n" if selected else "[]\n")
        return
    from wgsubmit.views import render_table

    render_table(_stdout(), messages, config, 50 if limit is None else limit, len(messages))


@cli.command()
@click.pass_context
def reprocess(ctx: click.Context) -> None:
    """Read every stored message again, with this version's rules.

    Parses the raw messages kept in the store, reads their attachments and runs
    the detectors again; nothing is downloaded. What an officer decided stays as
    it is. Record ids do not change.

    \b
    Example:
        wgsubmit reprocess
    """
    config = _config(ctx)
    _read_soon(download_only=False)
    from wgsubmit.pipeline import reprocess as run_reprocess
    from wgsubmit.store import Store

    quiet = ctx.obj["quiet"]
    with (
        Store.open_for_writing(config.store_path, _command_name()) as store,
        _progress(quiet) as progress,
    ):
        report = run_reprocess(store, config, progress)
    if not quiet:
        failed = f", {report.failed} could not be read" if report.failed else ""
        _stderr().print(f"reprocess: {report.processed} messages read again{failed}.")


@cli.command()
@click.argument("message_id", metavar="ID", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the record as JSON.")
@click.option(
    "--save",
    "save_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write the documents (PDF, Word, OpenDocument, RTF, text) into this folder, "
    "readable by you alone, under their own (cleaned) names.",
)
@click.pass_context
def show(ctx: click.Context, message_id: int, as_json: bool, save_dir: Path | None) -> None:
    """Show one message: headers, body excerpt, attachments, flags.

    \b
    Example:
        wgsubmit show 12
        wgsubmit show 12 --save ~/Desktop/submission-12
    """
    from wgsubmit.store import Store
    from wgsubmit.views import render_history, render_message, save_documents, submission_json

    config = _config(ctx)
    with Store.open_for_reading(config.store_path) as store:
        message = store.message(message_id)
        if message is None:
            raise UsageError(f"no message with id {message_id} (see `wgsubmit list --all`)")
        if save_dir is not None:
            saved = save_documents(store, message, save_dir)
            for path in saved.written:
                _stderr().print(f"saved {path}", markup=False, soft_wrap=True)
            for line in saved.not_saved:
                _stderr().print(line, markup=False, soft_wrap=True)
        events = store.events(message_id)
    if as_json:
        click.echo(json.dumps(submission_json(message, config), ensure_ascii=False, indent=2))
    elif save_dir is None:
        render_message(_stdout(), message, config)
        render_history(_stdout(), events, config)


@cli.command()
@click.argument("message_id", metavar="[ID]", type=int, required=False)
@click.option("--auto", is_flag=True, help="Keep the suggestions for every undecided one.")
@click.option("--type", "type_", metavar="TYPE", help="Submitter type (e.g. civil_society).")
@click.option("--name", metavar="NAME", help="Submitter's name.")
@click.option("--country", metavar="CODE", help="ISO 3166-1 alpha-3 code (or a State's name).")
@click.option(
    "--confidentiality", metavar="VALUE", help="publish, confidential, unspecified or unclear."
)
@click.option("--kind", metavar="KIND", help="submission, auto_reply, bounce or not_submission.")
@click.option("--withhold", metavar="REASON", help="Keep it out of the export, for this reason.")
@click.option("--supersedes", metavar="ID", type=int, help="This one replaces submission ID.")
@click.option("--not-superseded", is_flag=True, help="Nothing replaces this one.")
@click.option(
    "--withhold-file",
    "withhold_files",
    metavar="N",
    type=int,
    multiple=True,
    help="Keep attachment N (as `show` numbers them) off the page.",
)
@click.option(
    "--keep-file",
    "keep_files",
    metavar="N",
    type=int,
    multiple=True,
    help="Let a withheld attachment N back on the page.",
)
@click.option(
    "--call",
    type=click.Choice(OFFICER_CALLS),
    help="Which of the mandate's calls it answers: this one, or another.",
)
@click.option(
    "--received",
    metavar="TIME",
    help='When the server received it: "2020-03-16 14:03" (call\'s time zone) or RFC 3339.',
)
@click.pass_context
def triage(
    ctx: click.Context,
    /,
    message_id: int | None,
    auto: bool,
    type_: str | None,
    **values: Any,
) -> None:
    """Confirm or correct, one by one, who sent each submission and its publication.

    Without an ID, walks the submissions no officer has decided yet, oldest
    first, and resumes where the last session stopped. Enter accepts what is
    suggested; keys change the type, name, country, publication or kind,
    withhold it or one file, open an attachment, tag, skip or quit. With an ID
    and options, sets those values directly. What an officer decides is kept by
    every later run.

    \b
    Example:
        wgsubmit triage
        wgsubmit triage --auto
        wgsubmit triage 12 --type member_state --country MEX
        wgsubmit triage 14 --confidentiality confidential
        wgsubmit triage 15 --withhold "sent twice by mistake"
        wgsubmit triage 16 --received "2020-03-16 14:03"
        wgsubmit triage 17 --confidentiality publish --withhold-file 2
        wgsubmit triage 18 --call other
    """
    from wgsubmit.store import Store
    from wgsubmit.triage import Decision, apply, apply_suggestions, check, user

    config = _config(ctx)
    values["withhold_files"] = tuple(values["withhold_files"])
    values["keep_files"] = tuple(values["keep_files"])
    decision = check(Decision(type=type_, **values), config.call.timezone)
    direct = decision != Decision()
    if direct and message_id is None:
        raise UsageError("give the ID of the submission to set these values on")
    if auto and (direct or message_id is not None):
        raise UsageError("--auto applies to every undecided submission: no ID or values with it")
    if not auto and not direct and not _interactive():
        raise UsageError(
            "interactive triage needs a terminal; use `wgsubmit triage --auto` "
            "or `wgsubmit triage ID --type …`"
        )
    who = user()
    with Store.open_for_writing(config.store_path, _command_name()) as store:
        if auto:
            _print_kept(apply_suggestions(store, who))
            return
        if direct:
            assert message_id is not None
            changed = apply(store, message_id, decision, who)
            _stderr().print(f"triage: #{message_id}: {changed} values set.")
            return
        _triage_session(store, config, message_id)


def _print_kept(done: list[StoredMessage]) -> None:
    """`triage --auto`: each submission whose suggestions were kept, then how many."""
    for message in done:
        _stdout().print(
            f"#{message.id}  {message.submitter.type or '?'}  "
            f"{message.submitter.name or '?'}  {message.publication.request or '?'}",
            markup=False,
            highlight=False,
        )
    _stderr().print(f"triage: suggestions kept for {len(done)} submissions.")


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _triage_session(store: Store, config: Config, start: int | None) -> None:
    from wgsubmit.triage import POSITION, Session, run_interactive, user

    if start is not None:
        store.set_setting(POSITION, str(start - 1))
    session = Session(_stdout(), click.getchar, click.prompt)
    decided, left = run_interactive(store, config, session, user())
    _stderr().print(f"triage: {decided} decided, {left} left.")


@cli.command()
@click.argument("tag")
@click.argument("ids", metavar="ID...", nargs=-1, required=True, type=int)
@click.pass_context
def tag(ctx: click.Context, tag: str, ids: tuple[int, ...]) -> None:
    """Put a label on submissions (it never changes what is published).

    \b
    Example:
        wgsubmit tag follow-up 12 14
    """
    _tag(ctx, tag, ids, remove=False)


@cli.command()
@click.argument("tag")
@click.argument("ids", metavar="ID...", nargs=-1, required=True, type=int)
@click.pass_context
def untag(ctx: click.Context, tag: str, ids: tuple[int, ...]) -> None:
    """Take a label off submissions.

    \b
    Example:
        wgsubmit untag follow-up 12
    """
    _tag(ctx, tag, ids, remove=True)


def _tag(ctx: click.Context, tag: str, ids: tuple[int, ...], remove: bool) -> None:
    from wgsubmit.store import Store
    from wgsubmit.triage import user, valid_tag

    config = _config(ctx)
    with Store.open_for_writing(config.store_path, _command_name()) as store:
        messages = [store.message(i) for i in ids]
        missing = [i for i, m in zip(ids, messages, strict=True) if m is None]
        if missing:
            raise UsageError(f"no message with id {', '.join(map(str, missing))}")
        # A tag stored before tags were checked can still be taken off, as it is.
        held = remove and any(m is not None and tag.strip() in m.tags for m in messages)
        tag = tag.strip() if held else valid_tag(tag)
        changed = store.tag(ids, tag, user(), remove=remove)
    verb = "untagged" if remove else "tagged"
    _stderr().print(f"{verb} {len(changed)} of {len(ids)} with {tag!r}.", markup=False)


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "csv", "md", "html"]),
    help="Default: from --output's extension, else json.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the list to this file instead of printing it.",
)
@click.option(
    "--files",
    "files_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Copy the documents to publish into this new or empty folder.",
)
@click.option("--dry-run", is_flag=True, help="Show every submission's verdict; write nothing.")
@click.option(
    "--require-reviewed",
    is_flag=True,
    help="Refuse while a submission to publish has not been confirmed by an officer.",
)
@click.option("--include-late", is_flag=True, help="Publish late submissions too.")
@click.option(
    "--check", is_flag=True, help="Print what to check before publishing; exit 1 if anything."
)
@click.option(
    "--register",
    is_flag=True,
    help="Write instead the office's register of every message to -o FILE.xlsx or .csv.",
)
@click.pass_context
def export(
    ctx: click.Context,
    fmt: str | None,
    output: Path | None,
    files_dir: Path | None,
    dry_run: bool,
    require_reviewed: bool,
    include_late: bool,
    check: bool,
    register: bool,
) -> None:
    """The publish list for the call's web page, and the files to upload.

    Lists the submissions that are on time, not superseded, and neither
    confidential nor unclear, in the config's groups, sorted by name; an
    officer's withhold keeps one out. --files copies their documents under clean
    names ("Mexico.pdf", "Mexico-2.docx") that the list links to.

    \b
    Example:
        wgsubmit export --dry-run
        wgsubmit export --check
        wgsubmit export --require-reviewed -o inputs.html --files upload/
        wgsubmit export --format csv > inputs.csv
        wgsubmit export --register -o register.xlsx
    """
    from wgsubmit.publish import build
    from wgsubmit.publish_formats import render
    from wgsubmit.store import Store

    config = _config(ctx)
    if register or check:  # neither writes the page
        return (_export_register if register else _export_check)(ctx.params, config)
    fmt = fmt or _format_of(output)
    if output is not None and not output.parent.is_dir():
        raise UsageError(f"--output: no folder {output.parent}")
    with Store.open_for_reading(config.store_path) as store:
        unread = store.unread()
        if not dry_run:
            _refuse_unread(unread)
        messages = store.messages(include_all=True)
        publish_list = build(messages, config, include_late, store.attachment_texts, _reader(store))
        if dry_run:
            _dry_run(publish_list, config, unread)
            return
        if require_reviewed:
            _refuse_unreviewed(publish_list)
        text = render(publish_list, fmt)
        written = _export_written(publish_list, text, output, files_dir, store.file_path)
    if files_dir is not None:
        _stderr().print(f"export: {len(written)} files copied to {files_dir}.", markup=False)
    if output is None:
        sys.stdout.write(text)
    else:
        entries = len(publish_list.entries)
        _stderr().print(f"export: {entries} submissions written to {output}.", markup=False)


def _refuse_unread(unread: int) -> None:
    """No page while stored messages are unread: a fetch or reprocess still reading (or
    killed while it read), links between messages and requests made later may not be
    known yet."""
    if unread:
        raise PublishError(
            f"{unread} stored messages are not read yet: let the running command finish, "
            "or run `wgsubmit reprocess`"
        )


def _dry_run(publish_list: PublishList, config: Config, unread: int) -> None:
    """`export --dry-run`: every submission's verdict; nothing written."""
    from wgsubmit.publish import render_dry_run

    if unread:
        _stderr().print(f"{unread} stored messages are not read yet.", markup=False)
    render_dry_run(_stdout(), publish_list, config, f"export --dry-run: {config.call.title}")
    _stderr().print("Nothing written.")


def _export_written(
    publish_list: PublishList,
    text: str,
    output: Path | None,
    files_dir: Path | None,
    file_path: Callable[[str], Path],
) -> list[Path]:
    """The files copied (all of them or none) and the list written; the files copied."""
    from wgsubmit.upload import files_copied

    copying: contextlib.AbstractContextManager[list[Path]] = (
        files_copied(publish_list, files_dir, file_path)
        if files_dir is not None
        else contextlib.nullcontext([])
    )
    with copying as written:
        if output is not None:
            _write_atomically(output, text)
    return written


@cli.command()
@click.argument("ids", metavar="[ID]...", nargs=-1, type=int)
@click.option("--dry-run", is_flag=True, help="Print the messages it would write; write nothing.")
@click.option("--send", is_flag=True, help="Send through SMTP instead of writing drafts.")
@click.option("--yes", is_flag=True, help="With --send, do not ask before sending.")
@click.option(
    "--resend-unconfirmed",
    is_flag=True,
    help="Send again those recorded for sending that a stopped run may not have sent.",
)
@click.pass_context
def acknowledge(
    ctx: click.Context,
    ids: tuple[int, ...],
    dry_run: bool,
    send: bool,
    yes: bool,
    resend_unconfirmed: bool,
) -> None:
    """Tell each submitter what was received and what we understood about publication.

    With no ID, every submission not yet acknowledged, and those whose
    publication changed since. Each message is a reply in the submission's
    language, written as a draft into the mailbox's Drafts folder; --send
    sends them through SMTP instead (asking once, unless --yes).

    \b
    Example:
        wgsubmit acknowledge --dry-run
        wgsubmit acknowledge
        wgsubmit acknowledge 12 --send --yes
    """
    from wgsubmit.acknowledge import plan, send_all, sender_address, shown, write_drafts
    from wgsubmit.store import Store
    from wgsubmit.triage import user

    config = _config(ctx)
    sender_address(config)  # no address to write from: say so before anything else
    opened = Store.open_for_reading if dry_run else Store.open_for_writing
    with opened(config.store_path) as store:
        err = _stderr()
        unread = store.unread()
        if unread and not dry_run:  # a later request may not be linked yet: say nothing
            raise PublishError(
                f"{unread} stored messages are not read yet: let the running command finish, "
                "or run `wgsubmit reprocess`"
            )
        if unread:
            err.print(f"{unread} stored messages are not read yet.", markup=False)
        due = plan(store, config, ids, resend_unconfirmed=resend_unconfirmed)
        _not_acknowledged(err, due, bool(ids))
        if dry_run:
            for draft in due.drafts:
                click.echo(f"=== #{draft.submission} to {draft.to}: {draft.understanding.state}")
                click.echo(shown(draft))
            err.print(f"{len(due.drafts)} acknowledgements; nothing written.", markup=False)
            return
        if not due.drafts:
            err.print("Nothing to acknowledge.", markup=False)
            return
        if send:
            if not yes:
                click.confirm(f"Send {len(due.drafts)} acknowledgements now?", abort=True)
            done = send_all(store, config, due.drafts, user())
            err.print(f"acknowledge: {done} sent.", markup=False)
        else:
            new = write_drafts(store, config, due.drafts, user())
            err.print(
                f"acknowledge: {len(due.drafts)} drafts in the Drafts folder ({new} new).",
                markup=False,
            )


def _not_acknowledged(err: Console, due: Plan, asked: bool) -> None:
    """Why some get no message: said for each asked for, and for the others unless they
    were told the same already."""
    for skipped in due.skipped:
        if asked or not skipped.reason.startswith("already"):
            err.print(f"#{skipped.submission}: not acknowledged: {skipped.reason}", markup=False)
    for ack in due.unconfirmed:
        err.print(
            f"#{ack.message}: recorded for sending at {ack.recorded_at} but not known to be"
            " sent: skipped (--resend-unconfirmed sends it again)",
            markup=False,
        )


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write a one-page report with a chart of arrivals to this file.",
)
@click.pass_context
def stats(ctx: click.Context, as_json: bool, html_path: Path | None) -> None:
    """Count the submissions: by type, language, publication request, on time or
    late, kind of message, and day received.

    \b
    Example:
        wgsubmit stats
        wgsubmit stats --html report.html
    """
    from wgsubmit.stats import compute, render, report_html
    from wgsubmit.store import Store

    config = _config(ctx)
    if html_path is not None and not html_path.parent.is_dir():
        raise UsageError(f"--html: no folder {html_path.parent}")
    with Store.open_for_reading(config.store_path) as store:
        counted = compute(store.messages(include_all=True), config)
    if as_json:
        click.echo(json.dumps(counted.as_json(), ensure_ascii=False, indent=2))
    else:
        render(_stdout(), counted)
    if html_path is not None:
        _write_atomically(html_path, report_html(counted))
        _stderr().print(f"stats: report written to {html_path}.", markup=False)


def _export_check(params: dict[str, Any], config: Config) -> None:
    """`export --check`: one warning a line on stdout; exit 1 when there is any. It writes
    nothing, so --output, --files and --dry-run are refused."""
    from wgsubmit.checks import findings
    from wgsubmit.domain import language_ok
    from wgsubmit.publish import build
    from wgsubmit.store import Store

    include_late = params["include_late"]
    if any(params[name] is not None for name in ("output", "files_dir")) or params["dry_run"]:
        raise UsageError("--check writes nothing: give it without --output, --files or --dry-run")
    with Store.open_for_reading(config.store_path) as store:
        messages = store.messages(include_all=True)
        publish_list = build(messages, config, include_late, store.attachment_texts, _reader(store))
    found = findings(publish_list, messages, lambda m: language_ok(m, config))
    for finding in found:
        click.echo(finding.line())
    if found:
        _stderr().print(f"export --check: {len(found)} things to check.", markup=False)
        raise click.exceptions.Exit(EXIT_OPERATIONAL)
    _stderr().print("export --check: nothing to check.", markup=False)


def _export_register(params: dict[str, Any], config: Config) -> None:
    """`export --register`: every message that `list --all` lists, a row each."""
    from wgsubmit.publish import build
    from wgsubmit.register import as_csv, as_xlsx, format_of, rows
    from wgsubmit.store import Store

    output, include_late = params["output"], params["include_late"]
    if any(params[name] for name in ("fmt", "files_dir", "dry_run", "require_reviewed", "check")):
        raise UsageError("--register: give only -o (and --include-late), not a page's options")
    if output is None or format_of(output) is None:
        raise UsageError("--register: give -o FILE.xlsx or -o FILE.csv")
    if not output.parent.is_dir():
        raise UsageError(f"--output: no folder {output.parent}")
    with Store.open_for_reading(config.store_path) as store:
        messages = store.messages(include_all=True)
        publish_list = build(messages, config, include_late, store.attachment_texts)
        register = rows(messages, config, publish_list, store.events)
    data = (as_xlsx if format_of(output) == "xlsx" else as_csv)(register, config)
    _write_atomically(output, data)
    _stderr().print(f"export: {len(register)} messages written to {output}.", markup=False)


def _refuse_unreviewed(publish_list: PublishList) -> None:
    """`--require-reviewed`: nothing goes out while an officer has yet to confirm one."""
    unreviewed = publish_list.unreviewed()
    for m in unreviewed:
        _stderr().print(
            f"#{m.id} {m.submitter.name or m.sender.address or '?'}: not confirmed", markup=False
        )
    if unreviewed:
        raise PublishError(
            f"{len(unreviewed)} submissions to publish are not confirmed by an officer; "
            "run `wgsubmit triage` first"
        )


_SUFFIX_FORMATS = {".json": "json", ".csv": "csv", ".md": "md", ".html": "html", ".htm": "html"}


def _reader(store: Store) -> Callable[[str], bytes]:
    """A stored file's bytes, by its sha256."""
    return lambda sha256: store.file_path(sha256).read_bytes()


def _format_of(output: Path | None) -> str:
    if output is None:
        return "json"
    if output.suffix.lower() not in _SUFFIX_FORMATS:
        raise UsageError(f"--output: give --format for {output.name} (json, csv, md or html)")
    return _SUFFIX_FORMATS[output.suffix.lower()]


def _write_atomically(path: Path, text: str | bytes) -> None:
    """The whole file or the old one, never half of it; a file to publish, so not 0600."""
    from wgsubmit.atomic import write_atomically

    data = text.encode("utf-8") if isinstance(text, str) else text
    write_atomically(path, data, private=False)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
@click.pass_context
def demo(ctx: click.Context, as_json: bool) -> None:
    """Try wgsubmit on sample messages, in a temporary store.

    Imports the sample submissions shipped with wgsubmit (English, French and
    Spanish; on time and late; a forward, an auto-reply, a duplicate) and
    lists them. Nothing outside a temporary folder is touched.

    \b
    Example:
        wgsubmit demo
    """
    from wgsubmit.demo import run_demo
    from wgsubmit.publish import build, render_dry_run
    from wgsubmit.views import render_table, submission_json

    quiet = ctx.obj["quiet"]
    with _progress(quiet) as progress:
        config, messages = run_demo(progress)
    if as_json:
        click.echo(
            json.dumps([submission_json(m, config) for m in messages], ensure_ascii=False, indent=2)
        )
        return
    render_table(_stdout(), messages, config, 0, len(messages))
    _stdout().print()
    render_dry_run(_stdout(), build(messages, config), config, "What `export` would publish")
    if not quiet:
        _stderr().print(
            "This was a temporary store. To set up a real call: `wgsubmit init`, then "
            "`wgsubmit fetch` or `wgsubmit import PATH`, `wgsubmit triage`, `wgsubmit export`."
        )


@cli.command()
@click.pass_context
def check(ctx: click.Context) -> None:
    """Verify the store: the database's integrity, and every raw message and attachment
    against its sha256. Exit status 1 when anything is wrong.

    \b
    Example:
        wgsubmit check
    """
    from wgsubmit.safekeeping import check as check_store
    from wgsubmit.store import Store

    config = _config(ctx)
    with Store.open_for_reading(config.store_path) as store, _progress(ctx.obj["quiet"]) as bar:
        report = check_store(store, lambda done, total: bar("check", done, total))
    for problem in report.problems:
        click.echo(problem)
    if report.leftovers:
        _stderr().print(
            f"{report.leftovers} temporary files of an interrupted run (harmless).", markup=False
        )
    summary = f"{report.messages} messages and {report.files} files ({report.size:,} bytes) checked"
    if not report.ok:
        raise StoreError(f"{summary}: {len(report.problems)} problems (listed above)")
    click.echo(f"{summary}: all whole.")


@cli.command()
@click.argument("destination", type=click.Path(file_okay=False, path_type=Path))
@click.pass_context
def backup(ctx: click.Context, destination: Path) -> None:
    """Copy the store into a new or empty folder, while other commands may run.

    The database is copied as it stands at one moment (SQLite's backup), then
    every file it names, each verified against its sha256. The copy is a store
    of its own: to use it, point `store.path` at it.

    \b
    Example:
        wgsubmit backup /media/usb/wgsubmit-2020-03-18
    """
    from wgsubmit.safekeeping import backup as backup_store
    from wgsubmit.store import Store

    config = _config(ctx)
    with Store.open_for_reading(config.store_path) as store, _progress(ctx.obj["quiet"]) as bar:
        report = backup_store(store, destination, lambda done, total: bar("backup", done, total))
    for problem in report.problems:
        click.echo(problem)
    summary = f"{report.messages} messages and {report.files} files ({report.size:,} bytes)"
    if not report.ok:
        raise StoreError(
            f"backup in {destination} is incomplete: {len(report.problems)} problems "
            "(listed above); run `wgsubmit check`"
        )
    click.echo(f"Backed up {summary} to {destination}.")


@cli.command()
@click.pass_context
def login(ctx: click.Context) -> None:
    """Sign in to the mailbox once (OAuth2 device code): open the page shown, type the
    code, sign in; then `fetch` renews its access by itself.

    \b
    Example:
        wgsubmit login
    """
    from wgsubmit.oauth import cache_location
    from wgsubmit.oauth import login as sign_in

    config = _config(ctx)
    if config.imap.auth != "oauth2":
        raise UsageError('wgsubmit login is for imap.auth = "oauth2"')
    who = sign_in(config.imap, lambda text: _stderr().print(text, markup=False))
    click.echo(f"Signed in as {who}; tokens kept in {cache_location(config.imap)}.")


@cli.command()
@click.option("--offline", is_flag=True, help="Do not connect to the mail server.")
@click.pass_context
def doctor(ctx: click.Context, offline: bool) -> None:
    """Check the config, the store, the mail server and the optional helper tools.

    \b
    Example:
        wgsubmit doctor
    """
    from wgsubmit.doctor import run_doctor

    ok = run_doctor(_config(ctx), _stdout(), offline=offline)
    if not ok:
        raise click.exceptions.Exit(EXIT_OPERATIONAL)


@cli.command()
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=0,
    help="Port on 127.0.0.1 (default 0: a free one).",
)
@click.option("--no-browser", is_flag=True, help="Print the address; do not open a browser.")
@click.option(
    "--host",
    metavar="ADDR",
    default="127.0.0.1",
    help="Address to listen on; any but this computer's needs --cert, --key and officers.",
)
@click.option(
    "--cert",
    type=click.Path(dir_okay=False, path_type=Path),
    help="TLS certificate (PEM) for team mode.",
)
@click.option(
    "--key", type=click.Path(dir_okay=False, path_type=Path), help="Its private key (PEM)."
)
@click.pass_context
def serve(
    ctx: click.Context,
    port: int,
    no_browser: bool,
    host: str,
    cert: Path | None,
    key: Path | None,
) -> None:
    """Review and decide in a web browser, on this computer or for a team.

    Prints the page's address, with a token for you alone, as its first line and
    opens it. The page lists what needs an officer first, shows each submission
    with its documents and verdict, the page before publishing, and records
    decisions as `triage` does. It never connects to the mailbox. Ctrl-C stops it.

    With --cert and --key (needed for any --host but this computer's) it serves
    a team over TLS: each officer signs in with the name and password given by
    `wgsubmit officer add`, and the history records their name.

    \b
    Example:
        wgsubmit serve
        wgsubmit serve --port 8765 --no-browser
        wgsubmit serve --host 0.0.0.0 --port 8443 --cert cert.pem --key key.pem
    """
    from wgsubmit.accounts import team_tls
    from wgsubmit.serve import run

    def announce(address: str) -> None:
        click.echo(address)
        sys.stdout.flush()

    tls = team_tls(host, cert, key)
    run(_config(ctx), port, not no_browser and tls is None, announce, tls)


@cli.group()
def officer() -> None:
    """The officers who sign in to `serve` in team mode.

    \b
    Example:
        wgsubmit officer add "Ana Pérez"
        wgsubmit officer list
        wgsubmit officer remove "Ana Pérez"
    """


@officer.command(name="add")
@click.argument("name")
@click.pass_context
def officer_add(ctx: click.Context, name: str) -> None:
    """Add an officer (or give them a new password): asks the password twice.

    The password is stored only as an scrypt hash with its own salt.
    """
    from wgsubmit.accounts import check_password, hash_password, officer_name
    from wgsubmit.store import Store

    config = _config(ctx)
    name = officer_name(name)
    password = click.prompt(
        f"Password for {name}", hide_input=True, confirmation_prompt=True, err=True
    )
    check_password(password)
    with Store.open_for_writing(config.store_path, _command_name()) as store:
        new = store.set_officer(name, hash_password(password))
    said = "added" if new else "has a new password"
    _stderr().print(f"officer: {name} {said}.", markup=False)


@officer.command(name="list")
@click.pass_context
def officer_list(ctx: click.Context) -> None:
    """Every officer, with when they were added."""
    from wgsubmit.store import Store

    with Store.open_for_reading(_config(ctx).store_path) as store:
        for name, added in store.officers():
            click.echo(f"{name}\t{added}")


@officer.command(name="remove")
@click.argument("name")
@click.pass_context
def officer_remove(ctx: click.Context, name: str) -> None:
    """Remove an officer: they are signed out at their next page."""
    from wgsubmit.accounts import officer_name
    from wgsubmit.store import Store

    name = officer_name(name)
    with Store.open_for_writing(_config(ctx).store_path, _command_name()) as store:
        if not store.remove_officer(name):
            raise UsageError(f"NAME: no officer {name}")
    _stderr().print(f"officer: {name} removed.", markup=False)


def main() -> None:
    cli(prog_name="wgsubmit")
