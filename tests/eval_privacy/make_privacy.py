"""Write the second evaluation set: tests/eval_privacy/messages/*.eml and labels.json.

    .venv/bin/python tests/eval_privacy/make_privacy.py

The messages are invented inputs to a call of the Special Rapporteur on the right to privacy
(see _catalogue_privacy.py and README.md); the labels say what a careful secretariat officer
would decide. Built with the same blocks as tests/eval (messages, labels, receipt times), and
deterministic: running it twice writes the same bytes.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "eval"))

from _build import UTC  # noqa: E402
from _catalogue_privacy import SR, catalogue_privacy  # noqa: E402
from make_call_set import write_call_set  # noqa: E402

# The call went out on 27 January 2020; inputs arrive from early February until the
# deadline (17 March, 23:00 UTC); the few late ones carry their own receipt time.
SEASON = (
    dt.datetime(2020, 2, 3, 8, 15, tzinfo=UTC),
    dt.datetime(2020, 3, 17, 21, 30, tzinfo=UTC),
)

if __name__ == "__main__":
    random.seed(0)  # belt and braces: nothing below should draw from the global generator
    write_call_set(HERE, catalogue_privacy(), SEASON, SR)
