"""Score wgsubmit's publication decisions against the third adversarial collection.

    .venv/bin/python tests/adversarial3/adv3_score.py            # figures of both halves
    .venv/bin/python tests/adversarial3/adv3_score.py --verbose  # ... each leak and miss (tune)
    .venv/bin/python tests/adversarial3/adv3_score.py --json

The second collection's scorer, run on the third collection's messages: the same flow,
the same leaks, details for the tune half only. Exit 1 when the tune half leaks.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "adversarial2"), str(HERE.parent / "adversarial")]

from adv2_score import main  # noqa: E402
from adv3_build import THIRD  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(texts=THIRD, doc=__doc__))
