"""The publish list written out for the call's page: JSON in the shape docs/json.md gives,
CSV that a spreadsheet shows as text and never runs, Markdown, and the HTML fragment to
paste into the page."""

from __future__ import annotations

import csv
import io
import json

from wgsubmit.errors import ValueRefused
from wgsubmit.markup import markdown_text
from wgsubmit.publish import PublishList
from wgsubmit.wording import word

FORMATS = ("json", "csv", "md", "html")


def as_json(publish_list: PublishList) -> dict[str, object]:
    """The shape docs/json.md gives, exactly."""
    return {
        "call": {"title": publish_list.title, "deadline": publish_list.deadline},
        "groups": [
            {
                "title": g.title,
                "entries": [
                    {
                        "id": e.id,
                        "name": e.name,
                        "country": e.country,
                        "files": [f.name for f in e.files],
                    }
                    for e in g.entries
                ],
            }
            for g in publish_list.groups
        ],
    }


def render(publish_list: PublishList, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(as_json(publish_list), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return render_csv(publish_list)
    if fmt == "md":
        return render_md(publish_list)
    if fmt == "html":
        return render_html(publish_list)
    raise ValueRefused("format", f"one of {', '.join(FORMATS)}")


def spreadsheet_safe(value: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def render_csv(publish_list: PublishList) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["group", "id", "name", "country", "files"])
    for group in publish_list.groups:
        for e in group.entries:
            row = [
                group.title,
                str(e.id),
                e.name,
                e.country or "",
                "; ".join(f.name for f in e.files),
            ]
            writer.writerow([spreadsheet_safe(cell) for cell in row])
    return out.getvalue()


def render_md(publish_list: PublishList) -> str:
    deadline = word("deadline", publish_list.language)
    lines = [
        f"# {markdown_text(publish_list.title)}",
        "",
        f"{deadline}: {publish_list.deadline_text}",
    ]
    for group in publish_list.groups:
        if not group.entries:
            continue
        lines += ["", f"## {markdown_text(group.title)}", ""]
        for e in group.entries:
            links = ", ".join(f"[{markdown_text(f.label)}]({f.name})" for f in e.files)
            lines.append(
                f"- {markdown_text(e.name)}: {links or word('no_file', publish_list.language)}"
            )
    return "\n".join(lines) + "\n"


def render_html(publish_list: PublishList) -> str:
    """A fragment to paste into the call's page: no script, no style, every value escaped."""
    from wgsubmit.pages import page_template

    deadline = word("deadline", publish_list.language)
    page = page_template("publish.html.j2")
    return page.render(publish_list=publish_list, deadline=deadline) + "\n"
