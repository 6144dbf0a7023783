"""What every reading worker would otherwise load for itself, loaded once.

The process the workers are forked from (multiprocessing's forkserver) imports this
module: the readers are imported, the detectors' rules compiled and their data read, and
langdetect's profiles loaded, once; each worker, and each one started again after a hostile
file, begins with all of it done.
"""

from __future__ import annotations

import datetime as dt

import wgsubmit.extract  # noqa: F401  (the readers, which every worker runs)
from wgsubmit.config_records import CallConfig, Deadline, OtherCall
from wgsubmit.detect import detect
from wgsubmit.detect.language import detect_language
from wgsubmit.records import Address, Message

_DAY = Deadline(dt.datetime(2020, 3, 17, tzinfo=dt.UTC), whole_day=True)
_CALL = CallConfig(
    title="Call for inputs on private security at borders",
    deadline=_DAY,
    timezone="UTC",
    languages=("en", "fr", "es"),
    own_addresses=("secretariat@example.org",),
    max_words=10_000,
    max_pages=30,
    opened=dt.datetime(2019, 12, 10, tzinfo=dt.UTC),
    keywords=("border", "migration"),
    other_calls=(OtherCall("Call for inputs on the extractive industry", _DAY, ("mining",)),),
)
_BODY = """Dear Secretariat,

Please find attached the submission of the Border Rights Network (BRN) to your call for
inputs on private security at borders. We do not object to its publication, but please do
not mention the names of our staff.

Kind regards,
Ana Pérez
Coordinator, Border Rights Network
"""


def prepare() -> None:
    """Read one made-up submission as a worker would: every rule and table it needs loads."""
    message = Message(
        "<preload@example.org>", Address("Ana Pérez", "ana@brn.example.org"), (), (),
        "Submission to the call for inputs", None, None, _BODY, (),
    )  # fmt: skip
    detect(message, (), _CALL, [detect_language(_BODY)])


prepare()
