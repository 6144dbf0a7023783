"""Score wgsubmit's publication decisions against the second adversarial collection.

    .venv/bin/python tests/adversarial2/adv2_score.py            # figures of both halves
    .venv/bin/python tests/adversarial2/adv2_score.py --verbose  # ... each leak and miss (tune)
    .venv/bin/python tests/adversarial2/adv2_score.py --json

It runs the documented flow as an officer would, with the default config of the eval
(import, triage --auto, export --format json --files upload/, list --json --all), the same
way as tests/adversarial/score.py, and reads every expectation from labels.json. A leak
is a refused or cannot-tell submission on the page, an anonymous one named or its author
in a copied file, or a non-submission on the page. Exit 1 when the tune half leaks.
Details are printed for the tune half only: the frozen half is reported in aggregate.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "adversarial")]

from adv2_build import build  # noqa: E402
from score import scorer  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    return scorer(argv, __doc__, build, detailed="tune")


if __name__ == "__main__":
    sys.exit(main())
