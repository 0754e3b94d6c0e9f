"""The bundled demo site crawled for real: every review stored clean, nothing else stored."""

from __future__ import annotations

import re

import pytest
import sqlite_utils

from conftest import crawl, run_cli
from test_crawl import free_port
from pipeline.demosite import CHROME_SNIPPETS, REVIEWS


def review_url(site, review) -> str:
    return f"{site.url}/reviews/{review['slug']}/"


@pytest.fixture(scope="module")
def demo_db(demo_site, tmp_path_factory):
    """A database made by one real crawl of the demo site."""
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    summary = crawl(demo_site.url + "/", db=db)
    return db, summary


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def test_every_review_is_stored_once_and_nothing_else(demo_site, demo_db):
    db, summary = demo_db
    rows = list(sqlite_utils.Database(db)["articles"].rows)
    assert sorted(r["url"] for r in rows) == sorted(review_url(demo_site, r) for r in REVIEWS)
    assert summary["new"] == len(REVIEWS)
    assert summary["non_articles"] > 0  # home, listings, tags, login, privacy, terms were fetched


def test_non_article_pages_are_fetched_but_not_stored(demo_site, demo_db):
    db, _ = demo_db
    pages = {r["url"]: r for r in sqlite_utils.Database(db)["pages"].rows}
    for path in ("/", "/reviews/", "/reviews/page/2/", "/privacy/", "/terms/", "/login/"):
        assert pages[demo_site.url + path]["is_article"] == 0, path


def test_stored_text_is_the_review_and_no_chrome(demo_site, demo_db):
    db, _ = demo_db
    stored = {r["url"]: r for r in sqlite_utils.Database(db)["articles"].rows}
    for review in REVIEWS:
        text = stored[review_url(demo_site, review)]["text"]
        for para in review["paragraphs"]:
            assert norm(para) in norm(text), (review["slug"], para[:60])
        leaked = [s for s in CHROME_SNIPPETS if norm(s) in norm(text)]
        assert not leaked, (review["slug"], leaked)


def test_title_language_and_counts_are_stored(demo_site, demo_db):
    db, _ = demo_db
    stored = {r["url"]: r for r in sqlite_utils.Database(db)["articles"].rows}
    for review in REVIEWS:
        row = stored[review_url(demo_site, review)]
        assert row["title"] == review["title"]
        assert row["language"] == review["language"]
        assert row["word_count"] >= sum(len(p.split()) for p in review["paragraphs"]) * 0.95


def test_robots_txt_is_obeyed(demo_site, demo_db):
    assert demo_site.hits["/robots.txt"] >= 1
    assert demo_site.hits["/admin/secret/"] == 0


def test_second_crawl_duplicates_nothing(demo_site, demo_db, tmp_path):
    db, _ = demo_db
    before = sqlite_utils.Database(db)["articles"].count
    summary = crawl(demo_site.url + "/", db=db, settings=("CLEANCRAWL_RECRAWL_AFTER=0",),
                    args=("--recrawl-after", "0"))
    database = sqlite_utils.Database(db)
    assert database["articles"].count == before
    assert summary["new"] == 0
    assert database.execute("select count(*) from runs").fetchone()[0] == 2


def test_demo_command_crawls_and_prints_how_to_open_datasette(tmp_path):
    db = tmp_path / "demo.db"
    port = str(free_port())
    proc = run_cli("demo", "--db", str(db), "--port", port)
    assert "datasette" in proc.stdout.lower()
    assert "Run 1: finished" in proc.stdout
    assert sqlite_utils.Database(db)["articles"].count == len(REVIEWS)
    # A second run works too, and stores nothing twice.
    run_cli("demo", "--db", str(db), "--port", port)
    assert sqlite_utils.Database(db)["articles"].count == len(REVIEWS)
