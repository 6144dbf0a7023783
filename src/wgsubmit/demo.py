"""`wgsubmit demo`: the whole line run on the sample messages shipped with wgsubmit."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

from wgsubmit.config import Config, parse_config
from wgsubmit.pipeline import Progress, run_import
from wgsubmit.shipped import SAMPLES, shipped
from wgsubmit.store import Store, StoredMessage

# The call the samples answer: the Working Group on the use of mercenaries'
# 2020 call on private military and security companies at borders.
DEMO_CALL = {
    "title": "The role of private military and security companies in immigration "
    "and border management",
    "deadline": "2020-03-17",
    "timezone": "Europe/Zurich",
    "own_addresses": ["wg-submissions@example.org"],
}


def config_data(
    imap: Mapping[str, object], store: str = "store", **call: object
) -> dict[str, dict[str, object]]:
    """A config for the samples' call (``call`` changes its settings): the mailbox to
    read and where the store is."""
    return {"call": {**DEMO_CALL, **call}, "imap": dict(imap), "store": {"path": store}}


def config_text(imap: Mapping[str, object], store: str = "store", **call: object) -> str:
    """`config_data` as the config.toml a test, a benchmark or a screenshot run writes."""
    lines = []
    for section, values in config_data(imap, store, **call).items():
        lines += [f"[{section}]", *(f"{k} = {_toml(v)}" for k, v in values.items()), ""]
    return "\n".join(lines)


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)  # a TOML basic string


def demo_config(folder: Path) -> Config:
    imap = {
        "host": "imap.example.org",
        "username": "wg-submissions@example.org",
        "password_env": "WGSUBMIT_IMAP_PASSWORD",
    }
    return parse_config(config_data(imap, str(folder / "store")), folder / "config.toml")


def run_demo(progress: Progress) -> tuple[Config, list[StoredMessage]]:
    """Import the samples into a temporary store and return every stored message."""
    with tempfile.TemporaryDirectory(prefix="wgsubmit-demo-") as tmp:
        config = demo_config(Path(tmp))
        samples = shipped(SAMPLES)
        with (
            resources.as_file(samples) as folder,
            Store.open_for_writing(config.store_path, "wgsubmit demo") as store,
        ):
            run_import(store, config, [Path(folder)], progress=progress)
            return config, store.messages(include_all=True)
