"""`cleancrawl reclean`: the whole cleaning re-run from stored raw HTML, without fetching."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import ExitStack

import pytest
from conftest import BENCHMARKS, crawl, run_cli
from sitegen import TEMPLATES, SiteServer, build_site, chrome_lines, load_articles

SITES = [("kitchen-blog", "127.0.0.1", 0), ("cinema-columns", "127.0.0.2", 8)]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """Two templated sites crawled with learning off; their servers are gone afterwards."""
    db = tmp_path_factory.mktemp("reclean") / "crawled.db"
    sites, servers = [], []
    with ExitStack() as stack:
        for name, host, skip in SITES:
            template = next(t for t in TEMPLATES if t.name == name)
            articles = load_articles(BENCHMARKS, 8, skip=skip)
            servers.append(stack.enter_context(SiteServer(build_site(template, articles), host=host)))
            sites.append((template, host, articles))
        summary = crawl(*[s.url + "/" for s in servers], db=db, settings=("CLEANCRAWL_TEMPLATES=False",))
    assert summary["status"] == "finished"
    return db, sites


@pytest.fixture
def db(crawled, tmp_path):
    """A private copy of the crawled database."""
    path = tmp_path / "copy.db"
    shutil.copy(crawled[0], path)
    return path


def leaked(conn, sites, only=None) -> int:
    """Chrome lines across the stored articles of the sites (or of one host)."""
    total = 0
    for template, host, articles in sites:
        if only and host != only:
            continue
        for (text,) in conn.execute("select text from articles where site = ?", [host]):
            total += len(chrome_lines(template, text))
    return total


def snapshot(conn):
    return (conn.execute("select url, text, content_hash from articles order by url").fetchall(),
            conn.execute("select article_url, rule, text from removals order by 1, 2, 3").fetchall())


def test_reclean_strips_learned_templates_from_stored_html_without_fetching(crawled, db):
    sites = crawled[1]
    conn = sqlite3.connect(db)
    assert leaked(conn, sites) >= 8 * 2 * 8  # learning was off: the chrome is in the articles
    articles_before = conn.execute("select count(*) from articles").fetchone()[0]
    conn.close()

    summary = json.loads(run_cli("reclean", "--db", str(db), "--json").stdout)
    assert summary["failed"] == 0 and summary["articles"] == articles_before

    conn = sqlite3.connect(db)
    assert leaked(conn, sites) == 0
    assert conn.execute("select count(*) from articles").fetchone()[0] == articles_before
    assert conn.execute("select count(*) from removals where rule = 'site-template'").fetchone()[0] >= 16 * 8
    assert conn.execute("select count(*) from site_templates where template = 1").fetchone()[0] >= 16
    first = snapshot(conn)
    conn.close()

    run_cli("reclean", "--db", str(db))  # idempotent: same rows, no duplicates
    conn = sqlite3.connect(db)
    assert snapshot(conn) == first


def test_reclean_of_one_site_leaves_the_others_alone(crawled, db):
    sites = crawled[1]
    conn = sqlite3.connect(db)
    other_before = conn.execute("select url, text from articles where site = '127.0.0.1' order by url").fetchall()
    conn.close()

    run_cli("reclean", "--db", str(db), "--site", "127.0.0.2")

    conn = sqlite3.connect(db)
    assert leaked(conn, sites, only="127.0.0.2") == 0
    assert leaked(conn, sites, only="127.0.0.1") > 0
    assert conn.execute("select url, text from articles where site = '127.0.0.1' order by url").fetchall() \
        == other_before
    assert {r[0] for r in conn.execute("select distinct site from site_templates")} == {"127.0.0.2"}
