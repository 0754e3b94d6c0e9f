"""Cleaning off the reactor: bounded pages in flight, and Ctrl-C that loses nothing half-done."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time

from conftest import ROOT

from pipeline.demosite import DemoServer

CLEANING_WORKERS = 2


def stored_pages(db) -> int:
    """Rows in `pages` so far (0 while the database is being created)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("select count(*) from pages").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_ctrl_c_finishes_the_pages_in_flight_and_writes_no_half_page(tmp_path):
    db = tmp_path / "interrupted.db"
    # A site slow enough that Ctrl-C lands mid-crawl, fast enough that cleaning is the backlog.
    with DemoServer(delay=0.1) as site:
        args = ["crawl", site.url + "/", "--db", str(db), "--workers", str(CLEANING_WORKERS), "--json"]
        for s in ("DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=False", "LOG_LEVEL=INFO",
                  "CONCURRENT_REQUESTS_PER_DOMAIN=2", "CLEANCRAWL_BATCH_SIZE=5"):
            args += ["-s", s]
        # A session of its own, so the SIGINT below reaches it as a terminal's Ctrl-C would:
        # every process of the foreground group at once.
        proc = subprocess.Popen([sys.executable, "-c", "from pipeline.cli import cli; cli()", *args],
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                start_new_session=True)
        deadline = time.monotonic() + 60
        while stored_pages(db) < 5 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=90)
        discovery = sum(1 for _, target, status in site.requests
                        if status == 200 and not target.endswith("/"))
    summary = json.loads(out.strip().splitlines()[-1])
    assert summary["status"] == "interrupted", err[-3000:]
    assert proc.returncode == 1
    assert "forcing unclean shutdown" not in err

    conn = sqlite3.connect(db)
    pages = conn.execute("select count(*) from pages").fetchone()[0]
    clean_failures = conn.execute("select count(*) from failures where stage = 'clean'").fetchone()[0]
    # Every page Scrapy received was cleaned and stored, or recorded as a failure.
    assert pages + clean_failures == summary["responses_200"] - discovery
    assert pages == summary["pages"]
    # Whole pages only: each article has its page row, its signature and its text.
    assert conn.execute(
        "select count(*) from articles a left join pages p on p.url = a.url "
        "left join article_signatures s on s.url = a.url "
        "where p.url is null or s.url is null or a.text is null or p.is_article = 0").fetchone()[0] == 0
    assert conn.execute("select count(*) from articles").fetchone()[0] == summary["articles"]

    # Back-pressure: never more than two pages per cleaning worker handed to the pool.
    peak = int(re.search(r"'cleancrawl/cleaning_in_flight_max': (\d+)", err).group(1))
    assert 1 <= peak <= 2 * CLEANING_WORKERS
    # The closing stats say how long the single writer took and how long workers waited for pages.
    flush = float(re.search(r"'cleancrawl/flush_seconds': ([\d.e-]+)", err).group(1))
    short = float(re.search(r"'cleancrawl/worker_short_seconds': ([\d.e-]+)", err).group(1))
    assert flush > 0 and short >= 0
