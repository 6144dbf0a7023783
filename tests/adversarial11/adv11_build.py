"""Build the eleventh adversarial collection: the statements of `adv11_text` put in the places
of the second collection's mails and documents, by the second collection's builder.

    .venv/bin/python tests/adversarial11/adv11_build.py OUT_DIR

Its case ids start with `c11-`. Both copies of a statement are in the same half, frozen by
the same fixed hash of the statement's id: never tune the rules on them."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "adversarial2")]

import adv11_text  # noqa: E402
from written import collection, write_to  # noqa: E402

all_cases, build = collection(adv11_text, "c11-")

if __name__ == "__main__":
    write_to(build, sys.argv[1])
