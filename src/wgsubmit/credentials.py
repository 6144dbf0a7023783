"""The secrets wgsubmit signs in with: read from the environment or a command when they
are needed, never from the config file, and never repeated in an error or a log."""

from __future__ import annotations

import os
import subprocess

from wgsubmit.config import ImapConfig, SmtpConfig
from wgsubmit.errors import ConfigError, MailServerError


def imap_password(imap: ImapConfig) -> str:
    """The IMAP password, from the environment or a command; never from the file."""
    return secret(imap.password_env, imap.password_command, "imap.password")


def smtp_password(smtp: SmtpConfig) -> str:
    """The SMTP password, when `[smtp]` names its own; else the IMAP one is used."""
    return secret(smtp.password_env, smtp.password_command, "smtp.password")


def secret(variable: str | None, command: str | None, key: str) -> str:
    """A secret from the environment variable named by ``{key}_env``, else the output of
    ``{key}_command``."""
    if variable:
        value = os.environ.get(variable)
        if value:
            return value
        if not command:
            raise ConfigError(f"{key}_env: the environment variable {variable} is not set")
    assert command is not None
    return run_secret_command(command, f"{key}_command")


def run_secret_command(command: str, key: str) -> str:
    try:
        done = subprocess.run(
            command, shell=True, capture_output=True, text=True, timeout=120, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        raise MailServerError(f"{key}: the command could not run: {type(err).__name__}") from None
    value = done.stdout.strip()
    # Its output is a secret: never repeat it, not even in the error.
    if done.returncode != 0 or not value:
        raise MailServerError(
            f"{key}: the command failed (exit status {done.returncode}) or printed nothing"
        )
    return value
