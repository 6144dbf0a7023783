"""Detections before and after a change, field for field: kind, publication request with its
evidence and flags, submitter, language and languages, flags, revision, amendment, main
document, for every message in the folders given, as the pipeline reads them (archives
unpacked, identical bytes read once), with the CPU each version spent in detection; and the
language of every text file, PDF and Word document in the folders.

    python bench/detection_compare.py --src OLD/src FOLDER ...     # both, then the differences
    python bench/detection_compare.py --dump OUT.json FOLDER ...   # this version's only
    python bench/detection_compare.py --before OUT.json FOLDER ... # against a dump

Each version runs in a process of its own (`--src` is its PYTHONPATH), so old and new never
share a module; the folders are searched for `.eml` files.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CONFIG = REPO / "tests" / "eval" / "config.toml"
DOCUMENTS = (".txt", ".pdf", ".docx")  # files whose language alone is compared


def dump(folders: list[Path], out: Path) -> None:
    """Every message's detection, by file, into `out` (JSON), and the CPU seconds of it."""
    from wgsubmit.archive_members import expand_archives
    from wgsubmit.config import load_config
    from wgsubmit.detect import detect
    from wgsubmit.extract import extract_document
    from wgsubmit.parse import parse_message
    from wgsubmit.records import Extraction, RawMessage

    call = load_config(str(CONFIG)).call
    seen: dict[str, Extraction] = {}
    found: dict[str, Any] = {}
    spent = 0.0
    for folder in folders:
        for path in sorted(folder.rglob("*.eml")):
            message = parse_message(RawMessage(path.read_bytes(), "file", str(path)))
            message = replace(message, attachments=expand_archives(message.attachments))
            for a in message.attachments:
                if a.sha256 not in seen:
                    seen[a.sha256] = extract_document(a.data, a.filename, a.content_type)
            texts = [seen[a.sha256] for a in message.attachments]
            started = time.process_time()
            detection = detect(message, texts, call)
            spent += time.process_time() - started
            found[str(path)] = asdict(detection)
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() in DOCUMENTS and path.stat().st_size < 2_000_000:
                found.update(_languages_of(path))
    out.write_text(json.dumps({"cpu": spent, "detections": found}, ensure_ascii=False))


def _languages_of(path: Path) -> dict[str, Any]:
    """A document's language, as the workers tell it; a text file's, whole and line by
    line (a corpus of sentences, one a line)."""
    from wgsubmit.detect.language import detect_language
    from wgsubmit.extract import extract_document

    data = path.read_bytes()
    if path.suffix != ".txt":
        text = extract_document(data, path.name, "").text
        return {str(path): {"language": asdict(detect_language(text))}}
    text = data.decode("utf-8", "replace")
    found = {str(path): {"language": asdict(detect_language(text))}}
    for i, line in enumerate(text.splitlines()):
        found[f"{path}:{i + 1}"] = {"language": asdict(detect_language(line))}
    return found


def run(folders: list[Path], out: Path, src: str | None) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=src) if src else dict(os.environ)
    args = [sys.executable, __file__, "--dump", str(out), *map(str, folders)]
    subprocess.run(args, check=True, env=env)
    loaded: dict[str, Any] = json.loads(out.read_text())
    return loaded


def differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """One line per field that differs, named by file and field."""
    lines = []
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name, {}), after.get(name, {})
        for field in sorted(set(old) | set(new)):
            if old.get(field) != new.get(field):
                lines.append(f"{name}: {field}: {old.get(field)!r} -> {new.get(field)!r}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--src", help="PYTHONPATH of the version to compare with")
    parser.add_argument("--dump", type=Path, help="write this version's detections only")
    parser.add_argument("--before", type=Path, help="a --dump of the version to compare with")
    args = parser.parse_args()
    if args.dump:
        dump(args.folders, args.dump)
        return
    with tempfile.TemporaryDirectory() as work:
        before = (
            json.loads(args.before.read_text())
            if args.before
            else run(args.folders, Path(work) / "before.json", args.src)
        )
        after = run(args.folders, Path(work) / "after.json", None)
    lines = differences(before["detections"], after["detections"])
    print("\n".join(lines[:200]))
    count = len(after["detections"])
    print(f"{count} messages; {len(lines)} fields differ; detection CPU "
          f"{before['cpu']:.1f} s before, {after['cpu']:.1f} s after")  # fmt: skip
    sys.exit(1 if lines else 0)


if __name__ == "__main__":
    main()
