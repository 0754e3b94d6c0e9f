"""Row writes for the storing hot path: plain SQL, statements made once per column set.

sqlite-utils checks that a table exists and reads its columns on every insert or upsert: about
35 extra statements a page in the single writer (issue 9). The schema is settled once when the
store opens (pipeline/store.py `ensure_schema`), so the per-page writes go straight to SQL here,
storing values the way sqlite-utils does (lists and dicts as JSON text).
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Iterable


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def value(v):
    """A Python value as sqlite-utils stores it: lists, tuples and dicts as JSON text."""
    if isinstance(v, (dict, list, tuple)):
        return json.dumps(v, default=repr, ensure_ascii=False)
    return v


@lru_cache(maxsize=64)
def _insert_sql(table: str, columns: tuple[str, ...], pk: str | None) -> str:
    sql = (f"insert into {_quote(table)} ({', '.join(map(_quote, columns))}) "
           f"values ({', '.join('?' * len(columns))})")
    if pk is None:
        return sql
    updates = ", ".join(f"{_quote(c)} = excluded.{_quote(c)}" for c in columns if c != pk)
    return sql + f" on conflict ({_quote(pk)}) do " + (f"update set {updates}" if updates else "nothing")


@lru_cache(maxsize=64)
def _update_sql(table: str, columns: tuple[str, ...], pk: str) -> str:
    sets = ", ".join(f"{_quote(c)} = ?" for c in columns)
    return f"update {_quote(table)} set {sets} where {_quote(pk)} = ?"


def insert(conn, table: str, row: dict) -> None:
    """Insert one row."""
    columns = tuple(row)
    conn.execute(_insert_sql(table, columns, None), [value(row[c]) for c in columns])


def insert_many(conn, table: str, rows: Iterable[dict]) -> None:
    """Insert rows that all have the same columns."""
    rows = list(rows)
    if rows:
        columns = tuple(rows[0])
        conn.executemany(_insert_sql(table, columns, None), [[value(r[c]) for c in columns] for r in rows])


def upsert(conn, table: str, row: dict, pk: str) -> None:
    """Insert one row, or update the given columns of the row with the same primary key."""
    columns = tuple(row)
    conn.execute(_insert_sql(table, columns, pk), [value(row[c]) for c in columns])


def update(conn, table: str, key, row: dict, pk: str) -> None:
    """Update the given columns of the row whose primary key is key."""
    columns = tuple(row)
    conn.execute(_update_sql(table, columns, pk), [*(value(row[c]) for c in columns), key])
