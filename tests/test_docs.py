"""The documentation says what the code does: the README's command table is the commands'
own help (made with cog), and docs/ names every flag, config key, JSON name and module.
Each test fails when the code changes and its documentation does not."""

from __future__ import annotations

import io
import json
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from click.testing import Result

from conftest import CONFIDENTIAL, REPO
from wgsubmit.cli import cli

README = REPO / "README.md"
DOCS = REPO / "docs"
Run = Callable[..., Result]


def _section(text: str, heading: str) -> str:
    """The text under a `## ` heading, up to the next one."""
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def _rows(text: str) -> dict[str, list[str]]:
    """A Markdown table's rows whose first cell is `code`: that name, and the other cells."""
    rows = {}
    for line in text.splitlines():
        found = re.match(r"\| `([^`]+)` \|(.*)\|\s*$", line)
        if found:
            rows[found[1]] = [cell.strip() for cell in found[2].split(" | ")]
    return rows


def test_the_readme_command_table_is_the_commands_help() -> None:
    from cogapp import Cog

    out, err = io.StringIO(), io.StringIO()
    cog = Cog()
    cog.set_output(stdout=out, stderr=err)
    status = cog.main(["cog", "--check", str(README)])
    assert status == 0, (
        "README.md's command table differs from the commands' help: "
        "run `cog -r README.md`\n" + out.getvalue() + err.getvalue()
    )
    table = _rows(README.read_text("utf-8").split("[[[end]]]")[0].rsplit("]]] -->", 1)[1])
    assert {usage.split()[0] for usage in table} == set(cli.commands)


def test_every_command_and_option_has_help_text() -> None:
    for name, command in cli.commands.items():
        short = command.get_short_help_str(limit=300)
        assert len(short) > 15 and not short.endswith("..."), f"{name}: no short help"
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.opts[0]}: no help"
    for param in cli.params:
        if isinstance(param, click.Option):
            assert param.help, f"wgsubmit {param.opts[0]}: no help"


def test_every_flag_is_documented_and_announced_ones_are_not_set_yet() -> None:
    from wgsubmit.records import FLAGS

    text = (DOCS / "flags.md").read_text("utf-8")
    current, announced = text.split("\n## Flags announced but not set yet\n")
    documented = set(re.findall(r"^### `(\w+)`$", current, re.MULTILINE))
    coming = set(re.findall(r"^### `(\w+)`$", announced, re.MULTILINE))
    assert documented == set(FLAGS), "docs/flags.md and records.FLAGS differ"
    assert coming >= {"active_content", "timed_out", "other_call", "before_call"} - set(FLAGS)
    assert not coming & set(FLAGS), "now set: move it up in docs/flags.md"


def test_every_config_key_is_documented_with_its_default() -> None:
    from wgsubmit.config import _REQUIRED, _SCHEMA, DEFAULT_GROUPS

    text = (DOCS / "config.md").read_text("utf-8")
    for section, keys in _SCHEMA.items():
        rows = _rows(_section(text, f"`[{section}]`"))
        assert set(rows) == set(keys), f"[{section}]: documented {sorted(rows)}"
        for key, (_, default) in keys.items():
            cell = rows[key][0]
            if default is _REQUIRED:
                assert cell == "required", f"{section}.{key}"
            elif default is None:
                assert cell == "not set", f"{section}.{key}"
            elif default is DEFAULT_GROUPS:
                block = re.findall(r"```toml\n(.*?)```", text, re.DOTALL)[0]  # then finer ones
                assert tomllib.loads(block)["groups"] == DEFAULT_GROUPS
            else:
                shown = tomllib.loads(f"value = {cell.strip('`')}")["value"]
                assert shown == default, f"{section}.{key}: {cell}, but the code says {default!r}"


def _shape(value: Any) -> Any:
    """The names of a JSON value, recursively; a list by its first object."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return [_shape(value[0])]
    return "value"


def test_the_json_examples_hold_exactly_the_names_the_commands_print(
    run: Run, samples: Path
) -> None:
    text = (DOCS / "json.md").read_text("utf-8")
    examples = re.findall(r"```json\n(.*?)```", text, re.DOTALL)
    record, publish_list, counts = (json.loads(example) for example in examples)
    shown = json.loads(run("show", str(CONFIDENTIAL), "--json").stdout)
    listed = json.loads(run("list", "--json", "--all").stdout)
    exported = json.loads(run("export", "--format", "json").stdout)
    counted = json.loads(run("stats", "--json").stdout)

    assert _shape(record) == _shape(shown)
    assert all(set(item) == set(shown) for item in listed)
    assert _shape(publish_list) == _shape(exported)
    assert set(counts) == set(counted) and set(counts["call"]) == set(counted["call"])
    # Every name has its row in the tables.
    rows = _rows(_section(text, "Records: `list --json`, `show --json`"))
    assert set(shown) | set(shown["submitter"]) | set(shown["attachments"][0]) <= set(rows)
    rows = _rows(_section(text, "The publish list: `export --format json`"))
    assert {"call.title", "call.deadline", "groups", "groups[].title", "groups[].entries"} | {
        f"entries[].{name}" for name in exported["groups"][0]["entries"][0]
    } <= set(rows)
    assert set(counted) <= set(_rows(_section(text, "The counts: `stats --json`")))


def test_the_architecture_map_names_every_module() -> None:
    text = (DOCS / "architecture.md").read_text("utf-8")
    package = REPO / "src" / "wgsubmit"
    modules = [p.stem for p in package.glob("*.py") if not p.stem.startswith("__")]
    for path in (package / "detect").glob("*.py"):
        modules.append("detect/__init__" if path.stem == "__init__" else path.stem)
    missing = [m for m in modules if f"| `{m}` |" not in text]
    assert not missing, f"docs/architecture.md does not name {missing}"


def test_every_link_of_the_readme_and_the_docs_leads_somewhere() -> None:
    pages = [README, *sorted(DOCS.glob("*.md"))]
    assert len(pages) >= 6
    for page in pages:
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", page.read_text("utf-8")):
            if "://" in target or target.startswith("mailto:"):
                continue
            assert (page.parent / target).exists(), f"{page.name} links to missing {target}"
