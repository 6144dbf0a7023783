"""Score wgsubmit's publication decisions against the eleventh adversarial collection.

    .venv/bin/python tests/adversarial11/adv11_score.py            # figures of both halves
    .venv/bin/python tests/adversarial11/adv11_score.py --verbose  # ... each leak and miss (tune)
    .venv/bin/python tests/adversarial11/adv11_score.py --json

The first collection's runner on the eleventh collection's messages (built by the second
collection's builder): the same flow, the same leaks. Details are printed for the tune
half only: the frozen half is reported in aggregate. Exit 1 when the tune half leaks.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "adversarial2"), str(HERE.parent / "adversarial")]

from adv11_build import build  # noqa: E402
from score import scorer  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    return scorer(argv, __doc__, build, detailed="tune")


if __name__ == "__main__":
    sys.exit(main())
