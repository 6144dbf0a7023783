"""The files shipped beside the code: the example config `init` copies and the sample
messages `demo` reads.

They live at the repository's top level, where people look for them. A wheel carries
them inside the package (pyproject's force-include); an editable install runs the code
from `src/`, so there they are found two folders up.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from wgsubmit.errors import WgsubmitError

EXAMPLE_CONFIG = "config.example.toml"
SAMPLES = "fixtures"


def shipped(name: str) -> Traversable:
    """The shipped file or folder ``name``, inside the installed package or, for an
    editable install, at the top of the source tree."""
    inside = resources.files("wgsubmit").joinpath(name)
    if inside.is_file() or inside.is_dir():
        return inside
    beside = Path(__file__).resolve().parent.parent.parent / name
    if beside.exists():
        return beside
    raise WgsubmitError(f"{name} is missing from this installation of wgsubmit: reinstall it")
