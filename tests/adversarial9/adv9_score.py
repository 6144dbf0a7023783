"""Score wgsubmit's publication decisions against the ninth adversarial collection.

    .venv/bin/python tests/adversarial9/adv9_score.py            # figures of both halves
    .venv/bin/python tests/adversarial9/adv9_score.py --json

The first collection's runner on the ninth collection's messages (built by the second
collection's builder): the same flow, the same leaks. The whole collection is held out:
no rule is ever tuned on it, so it says how the rules fare on wordings they were not made
from. Its cases are never listed (no `--verbose`), only its figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "adversarial2"), str(HERE.parent / "adversarial")]

from adv9_build import build  # noqa: E402
from score import scorer  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--verbose" in args:
        print("the ninth collection is held out: its cases are never listed", file=sys.stderr)
        return 2
    return scorer(args, __doc__, build, detailed="tune")


if __name__ == "__main__":
    sys.exit(main())
