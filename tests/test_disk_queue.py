"""The crawl's request queue lives on disk in a temporary JOBDIR, removed when the crawl ends."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import sqlite_utils

from conftest import crawl
from crawler.spiders.site import QUEUE_PREFIX, remove_abandoned_queues
from pagesserver import PagesServer, article_page
from test_crawl import paragraphs, urlset


def test_sitemap_requests_are_queued_on_disk_and_the_queue_is_removed_after(fresh_db):
    with PagesServer({}) as srv:
        urls = [f"{srv.url}/s/{i}" for i in range(6)]
        srv.pages.update({
            "/": ("text/html", "<html><body><p>Welcome</p></body></html>"),
            "/sitemap.xml": ("application/xml", urlset(urls)),
            **{f"/s/{i}": ("text/html", article_page(f"Queued story {i}", paragraphs(30 + i))) for i in range(6)},
        })
        summary = crawl(srv.url + "/", db=fresh_db, settings=("LOG_LEVEL=DEBUG", "LOG_FILE=" + str(fresh_db) + ".log"))
    log = Path(str(fresh_db) + ".log").read_text()
    assert {r["url"] for r in sqlite_utils.Database(fresh_db)["articles"].rows} == set(urls)
    assert summary["status"] == "finished"
    assert "scheduler/enqueued/disk" in log  # Scrapy's stats: requests went through the disk queue
    # This crawl's own queue (other tests may be crawling beside it, with queues of their own).
    jobdir = Path(re.search(r"request queue on disk in (\S+)", log).group(1))
    assert jobdir.name.startswith(QUEUE_PREFIX)
    assert not jobdir.exists()


def test_queues_of_dead_crawls_are_removed_and_live_ones_kept():
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    gone = Path(tempfile.mkdtemp(prefix=f"{QUEUE_PREFIX}{dead}-"))
    live = Path(tempfile.mkdtemp(prefix=f"{QUEUE_PREFIX}{os.getpid()}-"))
    try:
        remove_abandoned_queues()
        assert not gone.exists()
        assert live.exists()
    finally:
        for path in (gone, live):
            if path.exists():
                path.rmdir()
