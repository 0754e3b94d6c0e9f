"""pipeline/rows.py stores rows exactly as sqlite-utils would, with fewer statements."""

from __future__ import annotations

import sqlite3

import sqlite_utils

from pipeline import rows

COLUMNS = {"url": str, "title": str, "authors": str, "rating": float, "words": int}
FIRST = {"url": "https://a.example/1", "title": "Première", "authors": ["Ana Ruiz", "Bo Li"],
         "rating": 4.5, "words": 310}
CHANGED = {"url": "https://a.example/1", "title": None, "authors": {"lead": "Ana Ruiz"}, "words": 12}


def table(path, write) -> list[tuple]:
    db = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    db["t"].create(COLUMNS, pk="url")
    write(db)
    return db.execute("select url, title, authors, rating, words from t order by url").fetchall()


def test_upsert_insert_and_update_store_what_sqlite_utils_stores(tmp_path):
    def ours(db):
        rows.upsert(db.conn, "t", FIRST, pk="url")
        rows.upsert(db.conn, "t", CHANGED, pk="url")
        rows.insert(db.conn, "t", {"url": "https://a.example/2", "authors": ("X",)})
        rows.update(db.conn, "t", "https://a.example/2", {"rating": 1.0, "title": "Two"}, pk="url")
        rows.insert_many(db.conn, "t", [{"url": f"https://a.example/{n}", "words": n} for n in (3, 4)])

    def theirs(db):
        db["t"].upsert(FIRST, pk="url")
        db["t"].upsert(CHANGED, pk="url")
        db["t"].insert({"url": "https://a.example/2", "authors": ("X",)})
        db["t"].update("https://a.example/2", {"rating": 1.0, "title": "Two"})
        db["t"].insert_all([{"url": f"https://a.example/{n}", "words": n} for n in (3, 4)])

    mine = table(tmp_path / "ours.db", ours)
    assert mine == table(tmp_path / "theirs.db", theirs)
    assert mine[0] == ("https://a.example/1", None, '{"lead": "Ana Ruiz"}', 4.5, 12)  # upsert kept rating
