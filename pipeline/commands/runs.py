"""`cleancrawl runs`: every crawl of a database with its status and counts."""

from __future__ import annotations

import json

import click

# Columns of the table, as (runs column, heading).
TABLE_COLUMNS = (
    ("id", "run"), ("started_at", "started"), ("duration", "took"), ("status", "status"),
    ("requests", "requests"), ("responses_200", "200s"), ("responses_304", "304s"),
    ("new", "new"), ("updated", "updated"), ("unchanged", "unchanged"), ("skipped", "skipped"),
    ("failed", "failed"), ("bytes", "bytes"),
)


def load_runs(db_path: str, limit: int | None = None) -> list[dict]:
    """Runs newest first; a 'running' row whose process is gone is shown as 'interrupted'."""
    import sqlite3

    from pipeline.locking import pid_alive
    from pipeline.store import RUN_COLUMNS

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        present = {r[1] for r in conn.execute("pragma table_info(runs)")}
        cols = [c for c in RUN_COLUMNS if c in present]
        sql = f"select {', '.join(cols)} from runs order by id desc"
        rows = [dict(r) for r in conn.execute(sql + (" limit ?" if limit else ""), [limit] if limit else [])]
    finally:
        conn.close()
    for row in rows:
        if row.get("status") == "running" and not pid_alive(row.get("pid")):
            row["status"] = "interrupted"
        row["duration"] = duration(row.get("started_at"), row.get("finished_at"))
    return rows


def duration(started: str | None, finished: str | None) -> float | None:
    """Seconds between two ISO timestamps, or None."""
    from datetime import datetime

    if not started or not finished:
        return None
    return (datetime.fromisoformat(finished) - datetime.fromisoformat(started)).total_seconds()


def human_bytes(n) -> str:
    """1234567 -> '1.2 MB'."""
    n = float(n or 0)
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"


def cell(key: str, value) -> str:
    """How one value reads in the table."""
    if value is None:
        return "—" if key == "duration" else ""
    if key == "duration":
        return f"{value:.0f}s"
    if key == "bytes":
        return human_bytes(value)
    return str(value)


STATUS_STYLES = {"finished": "green", "running": "cyan", "failed": "red", "interrupted": "yellow"}


@click.command(name="runs")
@click.option("--db", "db_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="The cleancrawl database.")
@click.option("--limit", type=int, default=None, help="Only the N most recent runs.")
@click.option("--json", "as_json", is_flag=True, help="One JSON array of runs.")
def command(db_path, limit, as_json):
    """Show every crawl of a database: status, requests, 200s, 304s, new, updated, unchanged, failed, bytes.

    \b
    Example:
        cleancrawl runs --db news.db
        cleancrawl runs --db news.db --limit 5 --json
    """
    rows = load_runs(db_path, limit)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Runs of {db_path}")
    for key, heading in TABLE_COLUMNS:
        table.add_column(heading, justify="left" if key in ("started_at", "status") else "right")
    for row in rows:
        cells = [cell(key, row.get(key)) for key, _ in TABLE_COLUMNS]
        style = STATUS_STYLES.get(row.get("status"))
        cells[3] = f"[{style}]{cells[3]}[/]" if style else cells[3]
        table.add_row(*cells)
    Console().print(table)
    if not rows:
        click.echo("no runs yet")
