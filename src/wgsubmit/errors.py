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


class ValueRefused(UsageError):
    """A value given for one field (a Decision's, a tag, an export's) that cannot be taken.

    The field is named in the domain's words ("country", "withhold_files"): the CLI says
    which of its options that is, and interactive triage shows it as it stands.
    `together_with` names a second field that cannot be given with the first.
    """

    def __init__(self, field: str, message: str, together_with: str | None = None) -> None:
        self.field = field
        self.message = message
        self.together_with = together_with
        fields = f"{field} and {together_with}" if together_with else field
        super().__init__(f"{fields.replace('_', ' ')}: {message}")


class StoreError(WgsubmitError):
    """The store is missing, locked, damaged or the disk is full."""


class Changed(WgsubmitError):
    """What an officer acted on changed meanwhile (another officer): nothing was done."""


class MailServerError(WgsubmitError):
    """The IMAP server is unreachable, refuses the login or drops the connection."""


class ConnectionLost(MailServerError):
    """The connection dropped and did not come back after the retries: worth waiting for."""


class PublishError(WgsubmitError):
    """The publish list cannot be made as asked: submissions an officer has not reviewed."""
