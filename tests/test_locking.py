"""One crawl per database: overlapping runs are refused, killed runs leave it intact, --jobdir resumes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import psutil
import pytest

from conftest import FAST_SETTINGS, ROOT, run_cli
from pipeline.demosite import REVIEWS, DemoServer
from pipeline.locking import DatabaseLock, DatabaseLocked, is_locked, lock_path

# One request at a time to a slow server: a crawl that lasts long enough to overlap or kill.
SLOW = ("-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "CLEANCRAWL_FLUSH_SECONDS=0.3")


def crawl_cmd(url: str, db, *args: str) -> list[str]:
    cmd = [sys.executable, "-c", "from pipeline.cli import cli; cli()", "crawl", url, "--db", str(db),
           "--json", "--workers", "0", *SLOW, *args]
    for s in FAST_SETTINGS:
        cmd += ["-s", s]
    return cmd


def start_crawl(url: str, db, *args: str) -> subprocess.Popen:
    """A crawl in the background."""
    return subprocess.Popen(crawl_cmd(url, db, *args), cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def kill_all(proc: subprocess.Popen) -> None:
    """SIGKILL the CLI and its Scrapy child (which runs in a process group of its own)."""
    try:
        family = [proc.pid] + [c.pid for c in psutil.Process(proc.pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        family = [proc.pid]
    for pid in family:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    proc.communicate()


def query(db, sql: str):
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:  # not created yet
        return None
    finally:
        conn.close()


def wait_for_articles(db, n: int, proc: subprocess.Popen, timeout: float = 60) -> int:
    """Wait until the running crawl has stored at least n articles."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the crawl ended before it could be interrupted"
        count = (query(db, "select count(*) from articles") or [(0,)])[0][0]
        if count >= n:
            return count
        time.sleep(0.1)
    raise AssertionError(f"fewer than {n} articles after {timeout}s")


@pytest.fixture
def slow_site():
    with DemoServer(delay=0.4) as server:
        yield server


# -- the lock itself --------------------------------------------------------------------------
def test_second_lock_on_a_database_is_refused_naming_the_holder(fresh_db):
    lock = DatabaseLock(fresh_db).acquire(run_id=7)
    try:
        with pytest.raises(DatabaseLocked, match=rf"run 7, pid {os.getpid()}"):
            DatabaseLock(fresh_db).acquire()
        assert is_locked(fresh_db)
    finally:
        lock.release()
    assert not is_locked(fresh_db)
    assert not lock_path(fresh_db).exists()
    DatabaseLock(fresh_db).acquire().release()


def test_lock_of_a_killed_process_does_not_block_the_next_run(fresh_db):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom pipeline.locking import DatabaseLock\n"
         "DatabaseLock(sys.argv[1]).acquire()\nprint('locked', flush=True)\ntime.sleep(60)", str(fresh_db)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseLocked, match=f"pid {holder.pid}"):
            DatabaseLock(fresh_db).acquire()
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert lock_path(fresh_db).exists()  # left behind by the dead process, yet no obstacle
    DatabaseLock(fresh_db).acquire().release()


# -- real crawls ------------------------------------------------------------------------------
def test_overlapping_run_is_refused_and_a_sigkilled_run_is_finished_by_the_next(slow_site, fresh_db):
    # Scheduled runs of one database: a second overlapping run stops with a clear message;
    # the first dies by SIGKILL mid-crawl; the database is intact and the next run completes it.
    first = start_crawl(slow_site.url + "/", fresh_db)
    try:
        before = wait_for_articles(fresh_db, 3, first)
        second = run_cli("crawl", slow_site.url + "/", "--db", str(fresh_db), "--json", check=False)
    finally:
        kill_all(first)
    assert second.returncode == 75
    assert "another crawl is already writing to" in second.stderr
    assert f"pid {first.pid}" in second.stderr
    assert query(fresh_db, "pragma integrity_check") == [("ok",)]
    assert query(fresh_db, "select id, status from runs") == [(1, "running")]  # the second wrote nothing
    assert before < len(REVIEWS)
    slow_site.delay = 0
    nxt = run_cli(*crawl_cmd(slow_site.url + "/", fresh_db)[3:])
    summary = json.loads(nxt.stdout.splitlines()[-1])
    assert summary["status"] == "finished"
    assert query(fresh_db, "pragma integrity_check") == [("ok",)]
    assert query(fresh_db, "select id, status from runs order by id") == [(1, "interrupted"), (2, "finished")]
    stored = [u for (u,) in query(fresh_db, "select url from articles")]
    assert len(stored) >= len(REVIEWS)
    assert len(set(stored)) == len(stored)
    kept = query(fresh_db, "select count(*) from articles where run_id = 1")[0][0]
    assert kept > 0
    assert summary["new"] == len(stored) - kept


def test_jobdir_resumes_an_interrupted_crawl_without_fetching_its_pages_again(slow_site, fresh_db, tmp_path):
    jobdir = tmp_path / "job"
    first = start_crawl(slow_site.url + "/", fresh_db, "--jobdir", str(jobdir))
    try:
        wait_for_articles(fresh_db, 3, first)
        first.send_signal(signal.SIGINT)  # the CLI passes one Ctrl-C on: a graceful stop
        first.communicate(timeout=60)
    finally:
        if first.poll() is None:
            kill_all(first)
    assert query(fresh_db, "select status from runs") == [("interrupted",)]
    fetched_first = {t for _, t, status in slow_site.requests if status == 200} - {"/robots.txt"}
    slow_site.requests.clear()
    slow_site.delay = 0
    resumed = run_cli(*crawl_cmd(slow_site.url + "/", fresh_db, "--jobdir", str(jobdir))[3:])
    assert json.loads(resumed.stdout.splitlines()[-1])["status"] == "finished"
    fetched_again = {t for _, t, _ in slow_site.requests} & fetched_first
    assert fetched_again == set()
    assert query(fresh_db, "select count(*) from articles")[0][0] >= len(REVIEWS)
