"""The README's screenshots of `wgsubmit serve`: the queue, a submission and the page
before publishing, taken in Chromium (Playwright) on the sample messages.

    .venv/bin/python scripts/screenshots.py            # writes docs/screenshots/*.png
    .venv/bin/python scripts/screenshots.py --chromium /path/to/chromium

The samples are imported into a temporary store, as `wgsubmit demo` does; nothing else is
touched.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from wgsubmit.demo import config_text

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "screenshots"
CONFIG = config_text(
    {"host": "127.0.0.1", "username": "officer@example.org", "password_env": "WGSUBMIT_PASSWORD"}
)
# What each screenshot shows: the page, and the file it is saved as.
PAGES = [
    ("/", "queue.png"),
    ("/submission/3", "submission.png"),  # the confidential one: its sentence marked
    ("/publish", "publish.png"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wgsubmit-screens-") as work:
        config = Path(work) / "config.toml"
        config.write_text(CONFIG)
        env = {**os.environ, "WGSUBMIT_CONFIG": str(config)}
        run = [sys.executable, "-m", "wgsubmit"]
        subprocess.run([*run, "-q", "import", str(REPO / "fixtures")], check=True, env=env)
        server = subprocess.Popen(
            [*run, "serve", "--no-browser", "--port", "0"],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            assert server.stdout is not None
            address = server.stdout.readline().strip()
            base = address.split("/?", 1)[0]
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=args.chromium, args=["--no-sandbox", "--headless"]
                )
                page = browser.new_page(viewport={"width": 1280, "height": 1000})
                page.goto(address)  # the token buys the session cookie
                for path, name in PAGES:
                    page.goto(base + path)
                    page.wait_for_load_state("load")
                    page.screenshot(path=str(OUT / name))
                    print(f"{OUT.relative_to(REPO) / name}: {path}")
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
