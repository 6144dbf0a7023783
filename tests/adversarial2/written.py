"""A collection of statements written by hand, put in the places of the second collection's
mails and documents by its builder: the third, seventh, eighth and ninth collections are
each one of these, told apart by their statements and their id prefix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from adv2_build import Case, Texts
from adv2_build import all_cases as _all_cases
from adv2_build import build as _build

Cases = Callable[[], list[Case]]
Builder = Callable[[Path], list[dict[str, Any]]]


def collection(text: ModuleType, prefix: str) -> tuple[Cases, Builder]:
    """The collection's cases and its builder (OUT/messages/*.eml and OUT/labels.json, the
    labels returned), from a module holding its five lists of statements."""
    texts = Texts(
        text.REFUSALS,
        text.ANONYMOUS,
        text.CONSENT,
        text.MIXED,
        text.FORMS,
        prefix=prefix,
        whole_statements=True,
        others=False,
    )

    def all_cases() -> list[Case]:
        return _all_cases(texts)

    def build(out: Path) -> list[dict[str, Any]]:
        return _build(out, texts)

    return all_cases, build


def write_to(build: Builder, target: str) -> None:
    """The builder's command line: write the collection to TARGET."""
    built = build(Path(target))
    print(f"{len(built)} messages in {target}")
