"""`wgsubmit demo`: the whole line run on the sample messages shipped with wgsubmit."""

from __future__ import annotations

import tempfile
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


def demo_config(folder: Path) -> Config:
    data = {
        "call": dict(DEMO_CALL),
        "imap": {
            "host": "imap.example.org",
            "username": "wg-submissions@example.org",
            "password_env": "WGSUBMIT_IMAP_PASSWORD",
        },
        "store": {"path": str(folder / "store")},
    }
    return parse_config(data, folder / "config.toml")


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
