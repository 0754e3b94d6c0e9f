"""Incremental crawls of the demo site: skip what is not due, revalidate the rest, keep old versions."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

import pytest

from conftest import crawl
from crawler.incremental import StoredArticle, conditional_headers, decide, parse_date
from pipeline.demosite import REVIEWS, DemoServer, build_site

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)


def rows(db, sql, args=()):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def article_rows(db) -> list[tuple]:
    return rows(db, "select * from articles order by url")


def article_paths(db) -> set[str]:
    return {urlsplit(url).path for (url,) in rows(db, "select url from articles")}


def article_requests(server, paths: set[str]) -> list[tuple[str, int]]:
    """(path, status) of every request the server answered for a stored article."""
    return [(t, status) for _, t, status in server.requests if t in paths]


# -- the decision, on plain values ----------------------------------------------------------
def test_an_article_not_stored_is_fetched():
    assert decide(None, 3600, None, NOW) == "fetch"


def test_an_article_inside_its_recrawl_interval_is_skipped():
    stored = StoredArticle(NOW - timedelta(hours=1), '"abc"', None)
    assert decide(stored, 6 * 3600, None, NOW) == "skip"
    assert decide(stored, 0, None, NOW) == "revalidate"


def test_a_sitemap_date_newer_than_the_stored_copy_makes_it_due_at_once():
    stored = StoredArticle(NOW - timedelta(hours=1), None, None)
    assert decide(stored, 7 * 86400, NOW - timedelta(minutes=5), NOW) == "revalidate"


def test_a_due_article_whose_sitemap_date_is_older_is_skipped_without_request():
    stored = StoredArticle(NOW - timedelta(days=2), None, None)
    assert decide(stored, 86400, NOW - timedelta(days=30), NOW) == "skip"
    assert decide(stored, 86400, None, NOW) == "revalidate"


def test_a_bare_sitemap_day_counts_until_its_end():
    assert parse_date("2026-05-31") == datetime(2026, 5, 31, 23, 59, 59, 999999, tzinfo=timezone.utc)
    assert parse_date("Sun, 31 May 2026 10:00:00 GMT") == datetime(2026, 5, 31, 10, tzinfo=timezone.utc)
    assert parse_date("2026-05-31T10:00:00Z") == datetime(2026, 5, 31, 10, tzinfo=timezone.utc)
    assert parse_date("yesterday") is None


def test_conditional_headers_come_from_the_stored_validators():
    stored = StoredArticle(NOW, '"v1"', "Sun, 31 May 2026 10:00:00 GMT")
    assert conditional_headers(stored) == {"If-None-Match": '"v1"',
                                           "If-Modified-Since": "Sun, 31 May 2026 10:00:00 GMT"}


# -- real crawls of the demo site -------------------------------------------------------------
@pytest.fixture(scope="module")
def site():
    """A demo site of this module's own: tests here change its pages."""
    with DemoServer() as server:
        yield server


@pytest.fixture(scope="module")
def crawled(site, tmp_path_factory):
    """A database holding one full crawl of the demo site (copied by each test)."""
    db = tmp_path_factory.mktemp("incremental") / "first.db"
    summary = crawl(site.url + "/", db=db, args=("--workers", "0"))
    assert summary["new"] >= len(REVIEWS)
    conn = sqlite3.connect(db)
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    return db


@pytest.fixture
def db(crawled, tmp_path):
    copy = tmp_path / "again.db"
    shutil.copy(crawled, copy)
    return copy


def test_second_run_over_unchanged_site_only_gets_304s_and_changes_no_row(site, db):
    before, stored = article_rows(db), article_paths(db)
    site.requests.clear()
    summary = crawl(site.url + "/", db=db, args=("--workers", "0", "--recrawl-after", "0"))
    requests = article_requests(site, stored)
    assert {path for path, _ in requests} == stored
    assert {status for _, status in requests} == {304}
    assert article_rows(db) == before
    assert rows(db, "select count(*) from article_versions") == [(0,)]
    assert summary["responses_304"] == len(stored)
    assert summary["unchanged"] == len(stored)
    assert summary["new"] == summary["updated"] == 0
    # Listing pages are how new articles are found: they are fetched in full every time.
    assert ("/", 200) in [(t, s) for _, t, s in site.requests]


def test_articles_inside_their_recrawl_interval_are_not_requested(site, db):
    before, stored = article_rows(db), article_paths(db)
    site.requests.clear()
    summary = crawl(site.url + "/", db=db, args=("--workers", "0", "--recrawl-after", "7d"))
    assert article_requests(site, stored) == []
    assert summary["skipped"] == len(stored)
    assert article_rows(db) == before
    assert site.hits["/sitemap.xml"] >= 1


def test_due_articles_whose_sitemap_lastmod_is_older_are_skipped_without_request(site, db):
    before, stored = article_rows(db), article_paths(db)
    site.requests.clear()
    summary = crawl(site.url + "/", db=db, args=("--workers", "0", "--recrawl-after", "1s"))
    assert article_requests(site, stored) == []
    assert summary["skipped"] == len(stored)
    assert article_rows(db) == before


def test_changed_page_is_updated_and_its_previous_version_kept(site, db):
    review = REVIEWS[3]
    path = f"/reviews/{review['slug']}/"
    url = site.url + path
    ctype, body = build_site(site.url)[path]
    first = review["paragraphs"][0]
    changed = "Update: the studio re-edited this release and the new cut is tighter. " + first
    assert first.encode() in body
    (old_text, old_hash, old_fetched), = rows(db, "select text, content_hash, fetched_at from articles where url = ?", [url])
    stored = article_paths(db)
    site.set_page(path, ctype, body.replace(first.encode(), changed.encode()))
    try:
        site.requests.clear()
        summary = crawl(site.url + "/", db=db, args=("--workers", "0", "--recrawl-after", "0"))
    finally:
        site.set_page(path, ctype, body)
    assert (path, 200) in article_requests(site, stored)
    assert summary["updated"] == 1
    assert summary["unchanged"] == len(stored) - 1
    (text,), = rows(db, "select text from articles where url = ?", [url])
    assert "the new cut is tighter" in text
    versions = rows(db, "select text, content_hash, fetched_at, run_id from article_versions where url = ?", [url])
    assert versions == [(old_text, old_hash, old_fetched, summary["id"])]
    assert rows(db, "select count(*) from article_versions") == [(1,)]
