"""Storage under faults: SIGKILL mid-write with readers attached, a full disk, hostile values."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest
from datasette.utils import tilde_encode

from conftest import FAST_SETTINGS, ROOT, run_cli
from faultserver import ARTICLE_MARKER, FaultServer, article_html, hostile_crawl
from pipeline.clean import clean_html
from pipeline.errors import StoreFull
from pipeline.store import Store


def integrity(db: Path) -> list:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("pragma integrity_check")]
    finally:
        conn.close()


def assert_rows_whole(db: Path) -> int:
    """Every stored article is complete and indexed; returns how many there are."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("select url, text, word_count from articles").fetchall()
        for url, text, words in rows:
            n = int(url.rstrip("/").split("/")[-2 if "/big/" in url else -1])
            assert f"{ARTICLE_MARKER}{n}" in text and len(text.split()) == words, url
        conn.execute("insert into articles_fts(articles_fts) values('integrity-check')")
        pages = {r[0] for r in conn.execute("select url from pages where is_article = 1")}
        assert {r[0] for r in rows} <= pages
    finally:
        conn.close()
    return len(rows)


class Readers:
    """A plain SQLite reader and Datasette, both reading the database until stopped."""

    def __init__(self, db: Path):
        self.db, self.stop, self.errors, self.reads = db, threading.Event(), [], {"sqlite": 0, "datasette": 0}
        self.threads = [threading.Thread(target=self.plain), threading.Thread(target=self.datasette)]

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for t in self.threads:
            t.join(30)

    def plain(self):
        while not self.stop.is_set():
            if not self.db.exists():  # the crawl has not created it yet
                time.sleep(0.05)
                continue
            try:
                conn = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=30)
                conn.execute("select count(*), sum(length(text)) from articles").fetchone()
                conn.execute("select count(*) from articles_fts where articles_fts match 'review'").fetchone()
                conn.close()
                self.reads["sqlite"] += 1
            except sqlite3.OperationalError as exc:
                if "no such table" not in str(exc):  # the crawl has not created it yet
                    self.errors.append(repr(exc))
            time.sleep(0.05)

    def datasette(self):
        from datasette.app import Datasette

        async def loop():
            while not self.db.exists() and not self.stop.is_set():
                await asyncio.sleep(0.05)
            ds = Datasette([str(self.db)])
            name = self.db.stem
            while not self.stop.is_set():
                resp = await ds.client.get(f"/{name}/articles.json?_size=5&_shape=array")
                if resp.status_code == 200:
                    self.reads["datasette"] += 1
                elif resp.status_code != 404:
                    self.errors.append(f"datasette {resp.status_code}: {resp.text[:200]}")
                await asyncio.sleep(0.1)

        asyncio.run(loop())


def test_sigkill_during_writes_leaves_a_clean_database_while_datasette_reads(tmp_path):
    db = tmp_path / "killed.db"
    with FaultServer() as server:
        start = server.hub("/hub/kill", [f"/article/{n}" for n in range(200)])
        cmd = [sys.executable, "-c", "from pipeline.cli import cli; cli()", "crawl", start,
               "--db", str(db), "--workers", "0", "--quiet", "-s", "CLEANCRAWL_BATCH_SIZE=3"]
        for s in FAST_SETTINGS:
            cmd += ["-s", s]
        with Readers(db) as readers:
            cli = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 60
            stored = 0
            while stored < 12 and time.monotonic() < deadline and cli.poll() is None:
                time.sleep(0.2)
                try:
                    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
                    stored = conn.execute("select count(*) from articles").fetchone()[0]
                    conn.close()
                except sqlite3.OperationalError:
                    pass
            scrapy = [p for p in psutil.Process(cli.pid).children(recursive=True)
                      if "scrapy" in " ".join(p.cmdline())]
            assert scrapy and stored >= 12, "the crawl should be writing when it is killed"
            os.kill(scrapy[0].pid, signal.SIGKILL)
            cli.wait(timeout=60)
    assert readers.errors == []
    assert readers.reads["sqlite"] > 5 and readers.reads["datasette"] > 5
    assert integrity(db) == ["ok"]
    assert assert_rows_whole(db) >= stored


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MB tmpfs: the database on it fills up after a few large articles."""
    mount = tmp_path / "small"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def test_a_full_disk_stops_the_crawl_with_a_clear_error_and_no_partial_row(small_disk):
    db = small_disk / "full.db"
    with FaultServer() as server:
        start = server.hub("/hub/full", [f"/big/{n}/80" for n in range(40)])
        summary, proc = hostile_crawl(start, db=db, settings=("CLEANCRAWL_BATCH_SIZE=1",))
    assert proc.returncode != 0 and summary["status"] == "failed"
    assert "disk or the database size limit is full" in proc.stderr
    assert integrity(db) == ["ok"]
    stored = assert_rows_whole(db)
    assert 0 < stored < 40
    conn = sqlite3.connect(db)
    reasons = [r[0] for r in conn.execute("select reason from failures where stage = 'store'")]
    conn.close()
    # A failure row is written only while it still fits: on a disk that is full to the last
    # page none may fit, so the run's status and the message above carry the news; any row
    # that did fit names the cause.
    assert all("full" in r for r in reasons)


def test_a_database_at_its_size_limit_refuses_the_whole_batch(tmp_path):
    store = Store(tmp_path / "limit.db")
    small = clean_html(article_html(1).encode(), "http://127.0.0.1/article/1")
    store.save_pages([(small, {"status": 200})])
    pages = store.db.execute("pragma page_count").fetchone()[0]
    store.db.execute(f"pragma max_page_count = {pages + 2}")
    big = [(clean_html(article_html(n, paragraphs=200).encode(), f"http://127.0.0.1/big/{n}/200"),
            {"status": 200}) for n in (2, 3)]
    with pytest.raises(StoreFull, match="nothing of this batch was stored"):
        store.save_pages(big)
    assert store.db.execute("select url from articles").fetchall() == [("http://127.0.0.1/article/1",)]
    store.close()
    assert integrity(tmp_path / "limit.db") == ["ok"]


HOSTILE_TITLE = '<script>alert("title")</script>'
HOSTILE_TEXT = '<img src=x onerror=alert(1)> "quoted" & <b>bold</b>'


@pytest.fixture
def hostile_db(tmp_path):
    db = tmp_path / "hostile.db"
    store = Store(db)
    page = clean_html(article_html(7).encode(), "http://127.0.0.1/article/7")
    page.title, page.text = HOSTILE_TITLE, HOSTILE_TEXT + " " + page.text
    store.save_pages([(page, {"status": 200})])
    store.close()
    return db


@pytest.mark.parametrize("path", ["/hostile/articles", "/hostile/articles?_search=bold",
                                  "/hostile/articles/" + tilde_encode("http://127.0.0.1/article/7")])
def test_datasette_never_renders_page_html_unescaped(hostile_db, path):
    proc = subprocess.run([sys.executable, "-m", "datasette", str(hostile_db), "--get", path],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    html = proc.stdout
    assert "alert(" in html  # the values are on the page ...
    assert '<script>alert("title")' not in html and "<img src=x onerror" not in html  # ... escaped
    assert "&lt;script&gt;" in html or "&lt;img" in html


@pytest.mark.parametrize("where", [
    "1=1; drop table articles",
    "1=1) union select * from runs --",
    "url in (select url from articles); delete from articles",
    "load_extension('/tmp/x')",
])
def test_export_where_cannot_inject_sql(hostile_db, tmp_path, where):
    before = integrity(hostile_db), sqlite3.connect(hostile_db).execute("select count(*) from articles").fetchone()
    proc = run_cli("export", "--db", str(hostile_db), "--out", str(tmp_path / "o.jsonl"),
                   "--where", where, check=False)
    assert proc.returncode != 0
    conn = sqlite3.connect(hostile_db)
    assert (integrity(hostile_db), conn.execute("select count(*) from articles").fetchone()) == before
    conn.close()


def test_export_writes_only_inside_the_chosen_path(hostile_db, tmp_path):
    area = tmp_path / "area"
    area.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (area / "data").symlink_to(outside, target_is_directory=True)  # a planted link out of --out
    run_cli("export", "--db", str(hostile_db), "--out", str(area / "ds"))
    written = [p for p in (area / "ds").rglob("*") if p.is_file()]
    assert written and list(outside.iterdir()) == []
    assert all(Path(os.path.realpath(p)).is_relative_to(area / "ds") for p in written)
