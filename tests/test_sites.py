"""sites.toml configs, `crawl --sites`, progress on a terminal and `cleancrawl runs`."""

from __future__ import annotations

import json
import os
import pty
import re
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FAST_SETTINGS, ROOT, run_cli
from crawler.sites import SiteConfigError, load_sites, parse_duration, site_for_url
from pipeline import progress
from pipeline.cli import cli
from pipeline.demosite import REVIEWS, DemoServer

# Reviews whose slug starts with a-m are this config's articles; the rest count as listings.
ARTICLE_PATTERN = r"/reviews/[a-m][^/]*/$"


def write_sites(path: Path, url: str, **extra: str) -> Path:
    lines = ["[defaults]", 'recrawl_after = "1d"', "", "[sites.demo]", f'start_urls = ["{url}/"]',
             f'sitemaps = ["{url}/sitemap.xml"]', f"article_patterns = ['{ARTICLE_PATTERN}']",
             'language = "en"', *(f"{k} = {v}" for k, v in extra.items()), "",
             "[sites.elsewhere]", 'start_urls = ["http://127.0.0.1:9/"]']
    path.write_text("\n".join(lines) + "\n")
    return path


# -- the config file ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, seconds", [("0", 0), ("90", 90), ("45s", 45), ("30m", 1800),
                                           ("6h", 21600), ("7d", 604800), ("2w", 1209600), (3, 3)])
def test_durations_read_with_their_unit(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "six hours", "6x", "-1h", "h"])
def test_durations_that_mean_nothing_are_refused(text):
    with pytest.raises(SiteConfigError):
        parse_duration(text)


def test_example_sites_file_loads():
    sites = load_sites(ROOT / "sites.example.toml")
    demo = next(s for s in sites if s.name == "demo")
    news = next(s for s in sites if s.name == "example-news")
    assert demo.recrawl_after == 6 * 3600 and news.recrawl_after == 86400  # own value, [defaults]
    assert demo.download_delay == 0.0 and news.download_delay == 1.0
    assert news.language == "de"
    assert news.is_article_url("https://news.example.com/2026/05/31/a-story")
    assert not news.is_article_url("https://news.example.com/politics/")
    assert site_for_url(sites, "http://127.0.0.1:8000/reviews/x/") is demo
    assert site_for_url(sites, "http://127.0.0.1:8001/") is None


def test_unknown_keys_and_site_names_are_reported(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[sites.a]\nstart_urls = ["http://127.0.0.1/"]\nstart_url = "typo"\n')
    with pytest.raises(SiteConfigError, match="unknown key.*start_url"):
        load_sites(bad)
    good = write_sites(tmp_path / "sites.toml", "http://127.0.0.1:1")
    with pytest.raises(SiteConfigError, match=r"no site named 'nope'.*demo, elsewhere"):
        load_sites(good, only="nope")


def test_crawl_refuses_a_bad_recrawl_interval_and_an_unknown_site(tmp_path):
    sites = write_sites(tmp_path / "sites.toml", "http://127.0.0.1:1")
    runner = CliRunner()
    result = runner.invoke(cli, ["crawl", "http://127.0.0.1:1/", "--db", str(tmp_path / "x.db"),
                                 "--recrawl-after", "soon"])
    assert result.exit_code == 2 and "not a duration" in result.output
    result = runner.invoke(cli, ["crawl", "--sites", str(sites), "--site", "nope", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "no site named 'nope'" in result.output
    assert not (tmp_path / "x.db").exists()


def test_progress_is_wanted_only_on_a_terminal_and_not_when_quiet():
    master, slave = pty.openpty()
    with os.fdopen(slave, "w") as tty, open(os.devnull, "w") as devnull:
        assert progress.wanted(False, tty)
        assert not progress.wanted(True, tty)
        assert not progress.wanted(False, devnull)
    os.close(master)


# -- crawling from a sites file -------------------------------------------------------------------
def run_on_terminal(*args: str) -> tuple[int, str, str]:
    """Run `cleancrawl ARGS` with stderr on a pseudo-terminal; returns (code, stdout, terminal text)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-c", "from pipeline.cli import cli; cli()", *args],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=slave, text=True,
                            env={**os.environ, "TERM": "xterm", "COLUMNS": "200"})
    os.close(slave)
    chunks: list[bytes] = []

    def drain():
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:  # the terminal closed
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    out, _ = proc.communicate(timeout=300)
    reader.join(timeout=10)
    os.close(master)
    return proc.returncode, out, b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture(scope="module")
def sites_crawl(tmp_path_factory):
    """Two runs from a sites file: on a terminal, then (piped) again inside the recrawl interval."""
    tmp = tmp_path_factory.mktemp("sites")
    db = tmp / "sites.db"
    with DemoServer() as site:
        sites = write_sites(tmp / "sites.toml", site.url, recrawl_after='"7d"')
        settings = [a for s in FAST_SETTINGS for a in ("-s", s)]
        code, out, terminal = run_on_terminal("crawl", "--sites", str(sites), "--site", "demo",
                                              "--db", str(db), "--workers", "0", *settings)
        assert code == 0, terminal[-3000:]
        first_requests = list(site.requests)
        site.requests.clear()
        again = run_cli("crawl", "--sites", str(sites), "--db", str(db), "--site", "demo", "--json",
                        "--workers", "0", *settings)
        yield {"db": db, "url": site.url, "terminal": terminal, "first": first_requests,
               "again": again, "again_requests": list(site.requests)}


def test_sites_file_crawl_stores_only_pages_matching_the_article_patterns(sites_crawl):
    conn = sqlite3.connect(sites_crawl["db"])
    try:
        articles = [u for (u,) in conn.execute("select url from articles")]
        outside = [u for (u,) in conn.execute("select url from pages where is_article = 0")
                   if re.search(r"/reviews/[^/]+/$", u)]
        start_urls = conn.execute("select start_urls from runs order by id").fetchone()[0]
    finally:
        conn.close()
    expected = sum(1 for r in REVIEWS if re.match("[a-m]", r["slug"]))
    assert len(articles) == expected
    assert all(re.search(ARTICLE_PATTERN, u) for u in articles)
    assert len(outside) == len(REVIEWS) - expected  # fetched, kept as pages, not as articles
    assert json.loads(start_urls) == [sites_crawl["url"] + "/"]  # only the chosen site
    assert not any("127.0.0.1:9" in t for _, t, _ in sites_crawl["first"])


def test_progress_shows_on_a_terminal_and_not_in_a_pipe(sites_crawl):
    assert re.search(r"\d+ pages · \d+ articles .* · \d+ failures · [\d.]+ pages/s", sites_crawl["terminal"])
    assert "pages/s" not in sites_crawl["again"].stderr


def test_recrawl_interval_from_the_sites_file_spares_stored_articles(sites_crawl):
    summary = json.loads(sites_crawl["again"].stdout.splitlines()[-1])
    stored = {t for _, t, status in sites_crawl["first"] if re.search(ARTICLE_PATTERN, t)}
    assert stored
    assert not [t for _, t, _ in sites_crawl["again_requests"] if t in stored]
    assert summary["skipped"] == len(stored)
    assert summary["status"] == "finished"


def test_runs_command_lists_every_run_with_its_counts(sites_crawl):
    runner = CliRunner()
    result = runner.invoke(cli, ["runs", "--db", str(sites_crawl["db"]), "--json"])
    assert result.exit_code == 0, result.output
    runs = json.loads(result.output)
    assert [r["status"] for r in runs] == ["finished", "finished"]
    newest, first = runs
    assert newest["id"] > first["id"]
    assert first["new"] > 0 and first["responses_200"] >= first["new"]
    assert newest["new"] == 0 and newest["skipped"] == first["new"]
    table = runner.invoke(cli, ["runs", "--db", str(sites_crawl["db"])], env={"COLUMNS": "200"})
    assert table.exit_code == 0
    for heading in ("run", "status", "requests", "200s", "304s", "new", "updated", "unchanged", "failed", "bytes"):
        assert heading in table.output
    assert table.output.count("finished") == 2
