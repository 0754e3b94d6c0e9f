"""Deploy with scrapyd-deploy to a real scrapyd on loopback, schedule a crawl, find it stored."""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, crawl
from pipeline.demosite import REVIEWS, DemoServer

BIN = Path(sys.executable).parent
# What the egg is built from: the project as a fresh clone has it, nothing else.
PROJECT_FILES = ("pipeline", "crawler", "pyproject.toml", "setup.py", "scrapy.cfg", "README.md")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base: str, endpoint: str, data: list[tuple[str, str]] | None = None) -> dict:
    """GET (or POST form data to) a scrapyd JSON endpoint."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(f"{base}/{endpoint}", data=body, timeout=30) as resp:
        return json.loads(resp.read())


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory):
    """A real scrapyd on a free loopback port, working in a temporary directory."""
    home = tmp_path_factory.mktemp("scrapyd")
    port = free_port()
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        f"bind_address = 127.0.0.1\nhttp_port = {port}\n"
        f"eggs_dir = {home / 'eggs'}\nlogs_dir = {home / 'logs'}\ndbs_dir = {home / 'dbs'}\n"
        "items_dir =\nmax_proc = 1\npoll_interval = 0.5\n")
    log = open(home / "scrapyd.out", "w")
    proc = subprocess.Popen([str(BIN / "scrapyd")], cwd=home, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if call(base, "daemonstatus.json")["status"] == "ok":
                    break
            except OSError:
                pass
            assert proc.poll() is None, (home / "scrapyd.out").read_text()
            assert time.monotonic() < deadline, "scrapyd did not start"
            time.sleep(0.3)
        yield base, home
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def deploy(base: str, workdir: Path) -> subprocess.CompletedProcess:
    """scrapyd-deploy a copy of the project to `base`, as its [deploy] section describes."""
    project = workdir / "project"
    project.mkdir()
    for name in PROJECT_FILES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(src, project / name)
    # A user-level target on our port; the project's own scrapy.cfg is used as it is.
    (workdir / ".scrapy.cfg").write_text(f"[deploy:loopback]\nurl = {base}/\nproject = cleancrawl\n")
    return subprocess.run([str(BIN / "scrapyd-deploy"), "loopback"], cwd=project, capture_output=True,
                          text=True, timeout=180, env={**os.environ, "HOME": str(workdir)})


def test_scrapy_cfg_deploys_the_cleancrawl_project():
    import configparser

    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "scrapy.cfg")
    assert cfg["settings"]["default"] == "crawler.settings"
    assert cfg["deploy"]["project"] == "cleancrawl"
    assert urllib.parse.urlsplit(cfg["deploy"]["url"]).hostname == "127.0.0.1"


def test_job_scheduled_through_scrapyd_stores_articles_like_the_cli(scrapyd, tmp_path):
    base, home = scrapyd
    done = deploy(base, tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert '"status": "ok"' in done.stdout
    assert call(base, "listspiders.json?project=cleancrawl")["spiders"] == ["site"]
    db, cli_db = tmp_path / "scrapyd.db", tmp_path / "cli.db"
    with DemoServer() as site:
        job = call(base, "schedule.json", [
            ("project", "cleancrawl"), ("spider", "site"), ("start_urls", site.url + "/"),
            ("setting", f"CLEANCRAWL_DB={db}"), ("setting", "CLEANCRAWL_WORKERS=0"),
            ("setting", "DOWNLOAD_DELAY=0"), ("setting", "AUTOTHROTTLE_ENABLED=False"),
        ])
        assert job["status"] == "ok", job
        deadline = time.monotonic() + 120
        while not any(j["id"] == job["jobid"] for j in call(base, "listjobs.json?project=cleancrawl")["finished"]):
            assert time.monotonic() < deadline, "the scrapyd job did not finish"
            time.sleep(0.5)
        crawl(site.url + "/", db=cli_db, args=("--workers", "0"))
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("select status, command from runs").fetchall() == [("finished", "crawl")]
        got = conn.execute("select url, title, content_hash, language from articles order by url").fetchall()
    finally:
        conn.close()
    conn = sqlite3.connect(cli_db)
    try:
        expected = conn.execute("select url, title, content_hash, language from articles order by url").fetchall()
    finally:
        conn.close()
    assert len(got) >= len(REVIEWS)
    assert got == expected
    assert not Path(str(db) + ".lock").exists()  # the job took the database's lock and gave it back
