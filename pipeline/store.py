"""SQLite storage: schema, upserts by URL, runs, failures and removals (sqlite-utils)."""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from . import rows, templates
from .errors import StoreFull
from .dedup import signature_row


def _import_sqlite_utils():
    """sqlite_utils, without letting it import numpy into a process that has none.

    sqlite-utils imports numpy, when installed, only to map numpy scalar types to column types;
    cleancrawl never stores numpy values, and the crawl process and the CLI would each carry
    ~15 MB of numpy for it (issue 9). A process that already has numpy (a cleaning worker) is
    left as it is.
    """
    import importlib
    import sys

    if "numpy" in sys.modules or "sqlite_utils" in sys.modules:
        return importlib.import_module("sqlite_utils")
    sys.modules["numpy"] = None  # `import numpy` raises ImportError while this stands
    try:
        return importlib.import_module("sqlite_utils")
    finally:
        del sys.modules["numpy"]


sqlite_utils = _import_sqlite_utils()

if TYPE_CHECKING:  # not imported to run: the cleaning libraries cost a storing process ~30 MB
    from .page import CleanedPage

ARTICLE_COLUMNS = {
    "url": str,
    "site": str,
    "site_name": str,
    "canonical_url": str,
    "title": str,
    "author": str,
    # issue 5: all authors, tags and categories as JSON lists; review ratings
    "authors": str,
    "tags": str,
    "categories": str,
    "rating": float,
    "rating_best": float,
    "rating_worst": float,
    "item_reviewed": str,
    "item_reviewed_type": str,
    "published_at": str,
    "modified_at": str,
    "description": str,
    "image": str,
    "language": str,
    "language_confidence": float,
    "text": str,
    "word_count": int,
    "content_hash": str,
    "fetched_at": str,
    "first_seen_at": str,
    "updated_at": str,
    "run_id": int,
    # HTTP validators of the stored copy, sent back as If-None-Match / If-Modified-Since (issue 6)
    "etag": str,
    "last_modified": str,
}
RUN_COUNTS = (
    "requests", "responses_200", "responses_304", "pages", "articles", "new", "updated",
    "unchanged", "non_articles", "failed", "bytes",
    "skipped",  # stored articles not requested at all: recrawl interval or sitemap/feed date
)
RUN_STATUSES = ("running", "finished", "failed", "interrupted")
# The copy of an article a change replaced (issue 6).
VERSION_COLUMNS = {
    "id": int, "url": str, "title": str, "text": str, "content_hash": str, "fetched_at": str,
    "replaced_at": str, "run_id": int,
}
RUN_COLUMNS = {
    "id": int, "started_at": str, "finished_at": str, "status": str, "command": str,
    "start_urls": str, "pid": int, **{c: int for c in RUN_COUNTS},
}
FAILURE_COLUMNS = {
    "id": int, "url": str, "run_id": int, "stage": str, "reason": str, "failed_at": str,
}
REMOVAL_COLUMNS = {"id": int, "article_url": str, "site": str, "rule": str, "text": str, "run_id": int}
PAGE_COLUMNS = {
    "url": str, "site": str, "status": int, "is_article": int, "page_kind": str,
    "fetched_at": str, "run_id": int,
}
# MinHash of each article's text, computed once at insert so export's near-dedup reads it (issue 8)
SIGNATURE_COLUMNS = {"url": str, "content_hash": str, "scheme": str, "minhash": bytes}


def is_disk_full(exc: BaseException) -> bool:
    """True for SQLite's SQLITE_FULL ("database or disk is full")."""
    return isinstance(exc, sqlite3.OperationalError) and (
        getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "is full" in str(exc))


def now() -> str:
    """Current UTC time, ISO 8601 with seconds."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (and create or migrate) a cleancrawl database in WAL mode."""
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA busy_timeout = 30000")
    db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
    ensure_schema(db)
    return db


def _ensure_table(db, name: str, columns: dict, pk: str, **kwargs) -> None:
    table = db[name]
    if not table.exists():
        table.create(columns, pk=pk, **kwargs)
    else:
        missing = {c: t for c, t in columns.items() if c not in table.columns_dict}
        for col, typ in missing.items():
            table.add_column(col, typ)


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the tables, indexes and full-text search; add columns that newer code needs."""
    _ensure_table(db, "runs", RUN_COLUMNS, "id")
    # Foreign keys are declared (not enforced) so Datasette links rows and labels them (issue 7).
    by_run = [("run_id", "runs", "id")]
    _ensure_table(db, "articles", ARTICLE_COLUMNS, "url", not_null={"url"}, foreign_keys=by_run)
    _ensure_table(db, "failures", FAILURE_COLUMNS, "id", foreign_keys=by_run)
    _ensure_table(db, "removals", REMOVAL_COLUMNS, "id",
                  foreign_keys=by_run + [("article_url", "articles", "url")])
    _ensure_table(db, "pages", PAGE_COLUMNS, "url", foreign_keys=by_run)
    _ensure_table(db, "article_signatures", SIGNATURE_COLUMNS, "url",
                  foreign_keys=[("url", "articles", "url")])
    _ensure_table(db, "article_versions", VERSION_COLUMNS, "id", foreign_keys=by_run)
    db["article_versions"].create_index(["url"], if_not_exists=True)
    db["articles"].create_index(["site"], if_not_exists=True)
    db["articles"].create_index(["published_at"], if_not_exists=True)
    db["articles"].create_index(["content_hash"], if_not_exists=True)
    db["articles"].create_index(["canonical_url"], if_not_exists=True)
    db["removals"].create_index(["article_url"], if_not_exists=True)
    db["failures"].create_index(["run_id"], if_not_exists=True)
    if not db["articles"].detect_fts():
        db["articles"].enable_fts(["title", "text"], create_triggers=True, tokenize="porter")
    narrow_fts_update_trigger(db)
    templates.ensure_schema(db)  # site_templates + page_html (issue 4)


FTS_COLUMNS = ("title", "text")


def narrow_fts_update_trigger(db) -> None:
    """Re-index an article for search only when its title or text changes.

    sqlite-utils' update trigger re-indexes the whole text on any update; a re-crawl that finds an
    article unchanged only updates its fetch columns, and the re-index was most of that write.
    Databases made by earlier versions get the narrow trigger when they are opened.
    """
    def wide():
        row = db.execute("select sql from sqlite_master where type = 'trigger' and name = 'articles_au'").fetchone()
        return row is not None and "UPDATE OF" not in row[0].upper()

    if not wide():
        return
    cols = ", ".join(f'"{c}"' for c in FTS_COLUMNS)
    old = ", ".join(f'old."{c}"' for c in FTS_COLUMNS)
    new = ", ".join(f'new."{c}"' for c in FTS_COLUMNS)
    db.execute("BEGIN IMMEDIATE")
    try:
        if wide():  # another process may have narrowed it while this one waited for the lock
            db.execute('DROP TRIGGER "articles_au"')
            db.execute(f'CREATE TRIGGER "articles_au" AFTER UPDATE OF {cols} ON "articles" BEGIN\n'
                       f'  INSERT INTO "articles_fts" ("articles_fts", rowid, {cols}) '
                       f"VALUES('delete', old.rowid, {old});\n"
                       f'  INSERT INTO "articles_fts" (rowid, {cols}) VALUES (new.rowid, {new});\nEND')
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


class Store:
    """One writer over one cleancrawl database."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.db = open_db(path)
        # Per-site template learning; it rewrites earlier articles through _save_one (issue 4).
        self.templates = templates.SiteTemplates(self.db, save=self._save_one)

    def close(self) -> None:
        """Close the connection."""
        self.db.conn.close()

    # -- runs -------------------------------------------------------------------------------
    def start_run(self, command: str = "crawl", start_urls: Iterable[str] = ()) -> int:
        """Insert a run row with status 'running' and return its id."""
        row = {"started_at": now(), "status": "running", "command": command,
               "start_urls": json.dumps(list(start_urls)), "pid": os.getpid()}
        row.update({c: 0 for c in RUN_COUNTS})
        return self.db["runs"].insert(row).last_pk

    def finish_run(self, run_id: int, status: str, counts: dict) -> None:
        """Record the end of a run with its final counts."""
        update = {"finished_at": now(), "status": status}
        update.update({k: int(v) for k, v in counts.items() if k in RUN_COUNTS})
        self.db["runs"].update(run_id, update)

    def update_run_counts(self, run_id: int, counts: dict) -> None:
        """Save counts of a run in progress, so a killed run still shows what it did."""
        # Plain SQL: sqlite-utils' Table.update reads the table's schema on every call, ~2% of
        # the crawl process's CPU when it ran after every batch (issue 9).
        values = {k: int(v) for k, v in counts.items() if k in RUN_COUNTS}
        if values:
            with self.transaction():
                rows.update(self.db.conn, "runs", run_id, values, pk="id")

    def close_abandoned_runs(self) -> list[int]:
        """Mark 'running' runs whose process is gone as 'interrupted' (SIGKILL, power loss)."""
        from .locking import pid_alive

        dead = [r["id"] for r in self.db.query("select id, pid from runs where status = 'running'")
                if not pid_alive(r["pid"])]
        for run_id in dead:
            self.db["runs"].update(run_id, {"status": "interrupted", "finished_at": now()})
        return dead

    def mark_unchanged(self, url: str, fetched_at: str, run_id: int | None) -> None:
        """A 304 for a stored article: note when it was checked; the article row stays as it is."""
        self.db.execute("update pages set status = 304, fetched_at = ?, run_id = ? where url = ?",
                        [fetched_at, run_id, url])

    # -- pages ------------------------------------------------------------------------------
    def record_failure(self, url: str, reason: str, run_id: int | None = None, stage: str = "fetch") -> None:
        """Record a page that could not be fetched, cleaned or stored."""
        self.db["failures"].insert(
            {"url": url, "run_id": run_id, "stage": stage, "reason": reason[:2000], "failed_at": now()}
        )

    def save_pages(self, pages: list[tuple[CleanedPage, dict]], run_id: int | None = None) -> list[str]:
        """Store a batch of cleaned pages in one transaction; return 'new'/'updated'/'unchanged'/'page' per page."""
        with self.transaction():
            pages = self.templates.prepare(pages)  # keeps raw HTML, learns, strips site templates
            outcomes = [self._save_one(page, fetch, run_id) for page, fetch in pages]
            self.templates.recheck(run_id)  # earlier pages of a site, once more is known
            return outcomes

    @contextmanager
    def transaction(self):
        """BEGIN IMMEDIATE ... COMMIT: takes the write lock up front, so no deadlock on upgrade."""
        self.db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
            self.db.conn.execute("COMMIT")  # inside: a full disk can fail the commit itself
        except BaseException as exc:
            if self.db.conn.in_transaction:
                self.db.conn.execute("ROLLBACK")
            if is_disk_full(exc):
                raise StoreFull(f"cannot write to {self.path}: the disk or the database size limit is "
                                f"full; nothing of this batch was stored") from exc
            raise

    def _stored(self, page: CleanedPage) -> tuple[str, tuple | None]:
        """The stored row a page is (its own URL, or the article sharing its canonical URL),
        with that row's (content_hash, first_seen_at), or None when it is new."""
        found = self.db.execute(
            "select content_hash, first_seen_at from articles where url = ?", [page.url]).fetchone()
        canon = page.canonical_url
        if found is None and canon and canon != page.url:
            row = self.db.execute(
                "select url, content_hash, first_seen_at from articles where url = ? or canonical_url = ? "
                "order by first_seen_at limit 1", [canon, canon]).fetchone()
            if row:
                return row[0], row[1:]
        return page.url, found

    def _save_one(self, page: CleanedPage, fetch: dict, run_id: int | None) -> str:
        fetched_at = fetch.get("fetched_at") or now()
        conn = self.db.conn  # plain SQL on the hot path: pipeline/rows.py
        rows.upsert(conn, "pages",
                    {"url": page.url, "site": page.site, "status": fetch.get("status", 200),
                     "is_article": int(page.is_article), "page_kind": page.page_kind,
                     "fetched_at": fetched_at, "run_id": run_id}, pk="url")
        if not page.is_article:
            return "page"
        key, existing = self._stored(page)
        if key != page.url:  # the same article under another URL: one row, keyed by the first
            page = dataclasses.replace(page, url=key)
        row = {c: getattr(page, c) for c in ARTICLE_COLUMNS if hasattr(page, c)}
        row.update({"fetched_at": fetched_at, "run_id": run_id, "updated_at": now()})
        validators = {"etag": fetch.get("etag"), "last_modified": fetch.get("last_modified")}
        row.update(validators)
        if existing is None:
            row["first_seen_at"] = fetched_at
            rows.insert(conn, "articles", row)
            outcome = "new"
        elif existing[0] == page.content_hash:
            rows.update(conn, "articles", page.url, {"fetched_at": fetched_at, "run_id": run_id, **validators},
                        pk="url")
            return "unchanged"
        else:
            row["first_seen_at"] = existing[1]
            # Keep the copy this change replaces (issue 6).
            self.db.execute(
                "insert into article_versions (url, title, text, content_hash, fetched_at, replaced_at, run_id) "
                "select url, title, text, content_hash, fetched_at, ?, ? from articles where url = ?",
                [now(), run_id, page.url])
            rows.update(conn, "articles", page.url, row, pk="url")
            outcome = "updated"
        prep = fetch.get("prepared")
        # Signed by the cleaning worker, unless a site template was cut from the text since (issue 9).
        signed = {"minhash": prep.minhash} if prep is not None and prep.signed and prep.same_text(page) else {}
        rows.upsert(conn, "article_signatures", signature_row(page.url, page.content_hash, page.text, **signed),
                    pk="url")
        self.db.execute("delete from removals where article_url = ?", [page.url])
        if page.removed:
            rows.insert_many(conn, "removals", (
                {"article_url": page.url, "site": page.site, "rule": r.rule, "text": r.text,
                 "run_id": run_id}
                for r in page.removed))
        return outcome
