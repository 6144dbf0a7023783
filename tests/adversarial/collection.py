"""Build or score an adversarial collection, named by its number.

    .venv/bin/python tests/adversarial/collection.py build 11 OUT_DIR
    .venv/bin/python tests/adversarial/collection.py score 11            # figures of both halves
    .venv/bin/python tests/adversarial/collection.py score 11 --verbose  # ... each leak and miss
    .venv/bin/python tests/adversarial/collection.py score 11 --json

`build` writes OUT_DIR/messages/*.eml and OUT_DIR/labels.json. `score` builds the collection
into a temporary folder (or `--work DIR`, kept) and runs the first collection's runner on it
(score.py: import, triage --auto, export --format json --files upload/, list --json --all).
From the second collection on, details are printed for the tune half only and the frozen half
is reported in aggregate; exit 1 when the tune half leaks. The first collection is its own
build.py and score.py (`--half` chooses the half shown there).

Collection N is the folder tests/adversarialN/, read by what it holds:

- `advN_build.py` with `build(out)`: a writer of its own (the second, the sixth), its cases
  from `advN_cases.py` when there is one;
- `advN_cases.py` with `all_cases()`: whole cases written out by the second collection's
  writer (the fourth's grammar, the fifth's messages);
- `advN_text.py`, or `advN_en.py` and `advN_fres.py` read in that order, each with five lists
  of `(language, label, text)` (REFUSALS, ANONYMOUS, CONSENT, MIXED, FORMS): statements put
  in the places of the second collection's mails and documents by its builder, case ids
  `cN-`, both copies of a statement in the half the hash of its id chooses.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
sys.path[:0] = [str(HERE), str(TESTS / "adversarial2")]

import adv2_build  # noqa: E402

Labels = list[dict[str, Any]]
LISTS = ("REFUSALS", "ANONYMOUS", "CONSENT", "MIXED", "FORMS")
# The files a written collection's statements may be in, read in this order.
STATEMENT_FILES = (("text",), ("en", "fres"))


@dataclass(frozen=True)
class Collection:
    """A collection's cases and its builder (OUT/messages/*.eml and OUT/labels.json, the
    labels returned)."""

    number: int
    all_cases: Callable[[], list[Any]]
    build: Callable[[Path], Labels]


def folder(number: int) -> Path:
    return HERE if number == 1 else TESTS / f"adversarial{number}"


def find(number: int) -> Collection:
    """Collection `number`, found by the modules its folder holds (see the top)."""
    if number == 1:
        import build as first

        return Collection(1, first.all_cases, first.build)
    if not folder(number).is_dir():
        raise LookupError(f"no adversarial collection {number}: {folder(number).name} is missing")
    own, cases = _module(number, "build"), _module(number, "cases")
    if cases is not None:
        all_cases = cases.all_cases
        if own is not None:
            return Collection(number, all_cases, own.build)
        return Collection(number, all_cases, lambda out: adv2_build.write(out, all_cases()))
    if own is not None:
        return Collection(number, own.all_cases, own.build)
    return written(number, _statements(number))


def written(number: int, parts: list[ModuleType]) -> Collection:
    """A collection of statements written by hand, put in the places of the second
    collection's mails and documents: each list the parts' lists end to end, so that a
    case's id never moves."""
    lists = [[s for part in parts for s in getattr(part, name)] for name in LISTS]
    texts = adv2_build.Texts(*lists, prefix=f"c{number}-", whole_statements=True, others=False)

    def all_cases() -> list[adv2_build.Case]:
        return adv2_build.all_cases(texts)

    def build(out: Path) -> Labels:
        return adv2_build.build(out, texts)

    return Collection(number, all_cases, build)


def _statements(number: int) -> list[ModuleType]:
    for names in STATEMENT_FILES:
        parts = [_module(number, name) for name in names]
        if all(part is not None for part in parts):
            return [part for part in parts if part is not None]
    wanted = " or ".join(
        " and ".join(f"adv{number}_{name}.py" for name in names) for names in STATEMENT_FILES
    )
    raise LookupError(f"adversarial collection {number} holds no {wanted}")


def _module(number: int, part: str) -> ModuleType | None:
    """`advN_part` from the collection's folder, None when it has no such file."""
    where = folder(number)
    name = f"adv{number}_{part}"
    if not (where / f"{name}.py").is_file():
        return None
    if str(where) not in sys.path:
        sys.path.insert(0, str(where))
    return importlib.import_module(name)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    number = "the collection's number: N for tests/adversarialN/, 1 for tests/adversarial/"
    build = commands.add_parser("build", help="write the collection's messages and labels")
    build.add_argument("number", type=int, help=number)
    build.add_argument("out", type=Path, help="folder to write messages/ and labels.json into")
    scoring = commands.add_parser(
        "score", help="score wgsubmit's publication decisions against the collection"
    )
    scoring.add_argument("number", type=int, help=number)
    scoring.add_argument(
        "options", nargs=argparse.REMAINDER, help="the scorer's: --verbose, --json, --work DIR"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    import score

    if args.number == 1:
        import build as first

        if args.command == "build":
            return first.main([str(args.out)])
        return score.main(args.options)
    try:
        chosen = find(args.number)
    except LookupError as err:
        parser.error(str(err))
    if args.command == "build":
        built = chosen.build(args.out)
        print(f"{len(built)} messages in {args.out}")
        return 0
    doc = f"Score wgsubmit's publication decisions against adversarial collection {args.number}."
    return score.scorer(args.options, doc, chosen.build, detailed="tune")


if __name__ == "__main__":
    sys.exit(main())
