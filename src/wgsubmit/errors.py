"""Errors a user can cause or meet; the CLI turns each into one line and an exit code."""

EXIT_OK = 0
EXIT_OPERATIONAL = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class WgsubmitError(Exception):
    exit_code = EXIT_OPERATIONAL


class ConfigError(WgsubmitError):
    """A missing, unknown or wrong configuration key, or no config at all."""

    exit_code = EXIT_USAGE


class UsageError(WgsubmitError):
    exit_code = EXIT_USAGE


class StoreError(WgsubmitError):
    """The store is missing, locked, damaged or the disk is full."""


class MailServerError(WgsubmitError):
    """The IMAP server is unreachable, refuses the login or drops the connection."""


class ConnectionLost(MailServerError):
    """The connection dropped and did not come back after the retries: worth waiting for."""


class PublishError(WgsubmitError):
    """The publish list cannot be made as asked: submissions an officer has not reviewed."""
