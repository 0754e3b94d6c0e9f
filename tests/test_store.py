"""Storage: schema, WAL, idempotent upserts by URL, runs and failures."""

from __future__ import annotations

import pytest

from pipeline.chrome import Removal
from pipeline.clean import CleanedPage
from pipeline.store import Store


def article(url="https://site.example/a/1", text="First version of the article text.", **kw):
    from pipeline.clean import content_hash

    return CleanedPage(url=url, site="site.example", is_article=True, page_kind="test", title="A title",
                       text=text, word_count=len(text.split()), content_hash=content_hash(text),
                       removed=[Removal("Log In", "login-prompt")], **kw)


def test_database_is_created_in_wal_mode_with_the_documented_tables(fresh_db):
    store = Store(fresh_db)
    tables = set(store.db.table_names())
    assert {"articles", "runs", "failures", "removals", "pages"} <= tables
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    cols = set(store.db["articles"].columns_dict)
    for col in ("url", "site", "title", "author", "published_at", "language", "language_confidence",
                "text", "word_count", "content_hash", "fetched_at", "first_seen_at", "run_id"):
        assert col in cols


def test_saving_twice_never_duplicates_and_keeps_first_seen(fresh_db):
    store = Store(fresh_db)
    run1 = store.start_run("crawl", ["https://site.example/"])
    assert store.save_pages([(article(), {"fetched_at": "2026-01-01T00:00:00+00:00"})], run1) == ["new"]
    run2 = store.start_run("crawl", ["https://site.example/"])
    assert store.save_pages([(article(), {"fetched_at": "2026-01-02T00:00:00+00:00"})], run2) == ["unchanged"]
    changed = article(text="Second, longer version of the article text.")
    assert store.save_pages([(changed, {"fetched_at": "2026-01-03T00:00:00+00:00"})], run2) == ["updated"]
    rows = list(store.db["articles"].rows)
    assert len(rows) == 1
    assert rows[0]["first_seen_at"] == "2026-01-01T00:00:00+00:00"
    assert rows[0]["text"].startswith("Second")
    assert store.db["removals"].count == 1


def test_non_articles_are_recorded_as_pages_not_articles(fresh_db):
    store = Store(fresh_db)
    page = CleanedPage(url="https://site.example/tag/drama/", site="site.example", is_article=False,
                       page_kind="non-article url")
    assert store.save_pages([(page, {"status": 200})], None) == ["page"]
    assert store.db["articles"].count == 0
    assert store.db["pages"].get("https://site.example/tag/drama/")["is_article"] == 0


def test_failed_batch_leaves_no_partial_rows(fresh_db):
    store = Store(fresh_db)
    good = article(url="https://site.example/a/2")
    bad = article(url=None)  # url is NOT NULL: the batch must roll back as a whole
    with pytest.raises(Exception):
        store.save_pages([(good, {}), (bad, {})], None)
    assert store.db["articles"].count == 0


def test_runs_record_status_and_counts(fresh_db):
    store = Store(fresh_db)
    run = store.start_run("crawl", ["https://site.example/"])
    assert store.db["runs"].get(run)["status"] == "running"
    store.finish_run(run, "finished", {"new": 3, "failed": 1})
    row = store.db["runs"].get(run)
    assert (row["status"], row["new"], row["failed"]) == ("finished", 3, 1)
    store.record_failure("https://site.example/x", "HTTP 500", run)
    assert store.db["failures"].count == 1


def test_pages_sharing_a_canonical_url_are_one_article(fresh_db):
    store = Store(fresh_db)
    canon = "https://site.example/a/1"
    first = article(url="https://site.example/a/1?utm_source=feed", canonical_url=canon)
    second = article(url="https://m.site.example/a/1", canonical_url=canon)
    assert store.save_pages([(first, {}), (second, {})], None) == ["new", "unchanged"]
    rows = list(store.db["articles"].rows)
    assert [r["url"] for r in rows] == [first.url]
    assert store.db["pages"].count == 2  # both URLs are still recorded as fetched


def _search(store, word):
    return [r[0] for r in store.db.execute(
        "select url from articles where rowid in (select rowid from articles_fts where articles_fts match ?)",
        [word])]


def test_refetching_an_unchanged_article_does_not_reindex_its_text_but_a_change_does(fresh_db):
    store = Store(fresh_db)
    store.save_pages([(article(), {"fetched_at": "2026-01-01T00:00:00+00:00"})], None)
    segments = store.db["articles_fts_data"].count  # each re-index writes a new index segment
    assert store.save_pages([(article(), {"fetched_at": "2026-01-02T00:00:00+00:00"})], None) == ["unchanged"]
    assert store.db["articles_fts_data"].count == segments
    assert store.db["articles"].get("https://site.example/a/1")["fetched_at"] == "2026-01-02T00:00:00+00:00"
    assert _search(store, "first") == ["https://site.example/a/1"]
    store.save_pages([(article(text="Second, longer version of the piece."),
                       {"fetched_at": "2026-01-03T00:00:00+00:00"})], None)
    assert _search(store, "first") == []
    assert _search(store, "longer") == ["https://site.example/a/1"]


def test_a_database_with_the_wide_search_trigger_gets_the_narrow_one_when_opened(fresh_db):
    import sqlite_utils

    store = Store(fresh_db)
    store.save_pages([(article(), {"fetched_at": "2026-01-01T00:00:00+00:00"})], None)
    store.close()
    db = sqlite_utils.Database(fresh_db)  # rebuild the trigger as earlier versions had it
    db.execute('DROP TRIGGER "articles_au"')
    db["articles"].enable_fts(["title", "text"], create_triggers=True, tokenize="porter", replace=True)
    assert "UPDATE OF" not in db.execute("select sql from sqlite_master where name = 'articles_au'").fetchone()[0]
    db.conn.close()
    store = Store(fresh_db)
    sql = store.db.execute("select sql from sqlite_master where name = 'articles_au'").fetchone()[0]
    assert 'AFTER UPDATE OF "title", "text"' in sql
    assert _search(store, "first") == ["https://site.example/a/1"]
