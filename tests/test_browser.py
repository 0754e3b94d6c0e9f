"""End to end: `cleancrawl serve` on loopback, searched from Debian's headless Chromium."""

from __future__ import annotations

import html
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import psutil
import pytest

from conftest import ROOT, crawl
from pipeline.demosite import REVIEWS

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--window-size=1280,1400")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chromium(tmp_path: Path, *args: str) -> str:
    """Run headless Chromium with a throwaway profile; returns what it printed on stdout."""
    profile = tmp_path / "chromium-profile"
    proc = subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


@pytest.fixture
def served(demo_site, tmp_path):
    """`cleancrawl serve` over a fresh crawl of the demo site; yields (base URL, db path, pid)."""
    db = tmp_path / "test.db"
    assert crawl(demo_site.url + "/", db=db)["status"] == "finished"
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-c", "from pipeline.cli import cli; cli()",
                                 "serve", "--db", str(db), "--port", str(port)], cwd=ROOT,
                                stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise AssertionError(f"serve did not start: {log.read_text()[-2000:]}")
            time.sleep(0.2)
    yield base, db, proc.pid
    proc.terminate()
    proc.wait(timeout=10)


def test_search_in_chromium_finds_the_review_and_shows_it(served, tmp_path):
    base, db, pid = served
    # Served on loopback only, as the command promises by default.
    listening = {c.laddr.ip for c in psutil.Process(pid).net_connections("inet")
                 if c.status == psutil.CONN_LISTEN}
    assert listening == {"127.0.0.1"}

    review = REVIEWS[1]
    # Submit the table page's search form the way the browser would: its action and field name.
    table_dom = chromium(tmp_path, "--dump-dom", f"{base}/test/articles")
    form = re.search(r'<form[^>]*class="[^"]*filters[^"]*"[^>]*action="([^"]+)"', table_dom)
    assert form and 'name="_search"' in table_dom
    query = urlencode({"_search": review["item_name"]})
    search_url = base + html.unescape(form.group(1)) + "?" + query

    dom = chromium(tmp_path, "--dump-dom", search_url)
    screenshot = tmp_path / "page.png"
    chromium(tmp_path, f"--screenshot={screenshot}", search_url)

    conn = sqlite3.connect(db)
    terms = " ".join(f'"{w}"' for w in review["item_name"].split())
    expected = conn.execute("select count(*) from articles_fts where articles_fts match ?",
                            [terms]).fetchone()[0]
    conn.close()
    assert expected >= 1
    rows_found = re.search(r"(\d+) rows? where search matches", dom)
    assert rows_found and int(rows_found.group(1)) == expected
    assert html.escape(review["title"], quote=False) in dom
    assert 'class="cleancrawl-text"' in dom  # article text rendered as paragraphs
    assert '<details class="cleancrawl-columns">' in dom  # descriptions folded above the rows
    assert screenshot.stat().st_size > 10_000 and screenshot.read_bytes()[:4] == b"\x89PNG"
