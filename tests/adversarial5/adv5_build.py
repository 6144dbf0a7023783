"""Build the fifth adversarial collection: every case as an .eml file (with real PDF and
DOCX attachments) and labels.json.

    .venv/bin/python tests/adversarial5/adv5_build.py OUT_DIR

The messages are written whole in `adv5_en.py`, `adv5_fr.py` and `adv5_es.py`, read by
`adv5_cases.py`, and written out by the second collection's `write`. Half of the cases
are frozen by a fixed hash of their id: never tune the rules on them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "adversarial2")]

from adv2_build import write  # noqa: E402
from adv5_cases import all_cases  # noqa: E402


def build(out: Path) -> list[dict[str, Any]]:
    """Write OUT/messages/*.eml and OUT/labels.json; return the labels."""
    return write(out, all_cases())


if __name__ == "__main__":
    target = Path(sys.argv[1])
    built = build(target)
    print(f"{len(built)} messages in {target}")
