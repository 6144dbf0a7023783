"""Build the ninth adversarial collection: the statements of `adv9_text` put in the places
of the second collection's mails and documents, by the second collection's builder.

    .venv/bin/python tests/adversarial9/adv9_build.py OUT_DIR

Its case ids start with `c9-`. Both copies of a statement are in the same half, frozen by
the same fixed hash of the statement's id: never tune the rules on them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "adversarial2")]

from adv2_build import Case, Texts  # noqa: E402
from adv2_build import all_cases as _all_cases  # noqa: E402
from adv2_build import build as _build  # noqa: E402
from adv9_text import ANONYMOUS, CONSENT, FORMS, MIXED, REFUSALS  # noqa: E402

NINTH = Texts(
    REFUSALS, ANONYMOUS, CONSENT, MIXED, FORMS, prefix="c9-", whole_statements=True, others=False
)


def all_cases() -> list[Case]:
    return _all_cases(NINTH)


def build(out: Path) -> list[dict[str, Any]]:
    """Write OUT/messages/*.eml and OUT/labels.json; return the labels."""
    return _build(out, NINTH)


if __name__ == "__main__":
    target = Path(sys.argv[1])
    built = build(target)
    print(f"{len(built)} messages in {target}")
