"""Shared test helpers: build a project into a folder, serve a folder over HTTP, copy the fixture course."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "fixtures" / "mini"
CHROMIUM = "/usr/bin/chromium"
# Flags that stop Chromium itself from calling home, so the "no third-party request" tests see only the site.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-domain-reliability"]


def build(config: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """Run `mkdocs build --strict` for a project; returns the finished process (check returncode yourself)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-q",
                           "-f", str(config), "-d", str(site_dir)],
                          capture_output=True, text=True, env=env, cwd=config.parent)


def copy_mini(destination: Path) -> Path:
    """A writable copy of the two-module fixture course whose theme and code paths still resolve."""
    shutil.copytree(MINI, destination, ignore=shutil.ignore_patterns("site"))
    config = destination / "mkdocs.yml"
    text = config.read_text().replace("../../../", f"{ROOT.as_posix()}/")
    config.write_text(text)
    return destination


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


class Server:
    """Serve a folder on 127.0.0.1 on a free port, in a background thread."""

    def __init__(self, folder: Path):
        handler = functools.partial(_Quiet, directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
