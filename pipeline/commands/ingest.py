"""`cleancrawl ingest`: write what distributed workers pushed to Redis into SQLite, as one writer."""

from __future__ import annotations

import json
import signal
import sys

import click


@click.command(name="ingest")
@click.option("--redis", "redis_url", required=True, metavar="URL",
              help="Redis the workers push to, e.g. redis://127.0.0.1:6379/0.")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
              help="SQLite database to store articles in.")
@click.option("--until-idle", type=float, default=None, metavar="SECONDS",
              help="Stop once nothing arrived for this long (default: run until Ctrl-C).")
@click.option("--batch-size", type=click.IntRange(1), default=200, show_default=True,
              help="Pages written per transaction.")
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON.")
def command(redis_url, db_path, until_idle, batch_size, as_json):
    """Store the articles and failures that `cleancrawl crawl --redis` workers push.

    \b
    Example:
        cleancrawl ingest --redis redis://127.0.0.1:6379/0 --db news.db
        cleancrawl ingest --redis redis://127.0.0.1:6379/0 --db news.db --until-idle 60 --json
    """
    from ..ingest import Ingest, IngestLocked, connect, worker_counts
    from ..locking import DatabaseLock, DatabaseLocked
    from ..store import Store

    lock = DatabaseLock(db_path)
    try:
        lock.acquire()
    except DatabaseLocked as exc:
        click.echo(f"cleancrawl: {exc}", err=True)
        sys.exit(75)
    store = Store(db_path)
    store.close_abandoned_runs()
    ingest = Ingest(connect(redis_url), store, batch_size=batch_size)
    try:
        ingest.acquire()
    except IngestLocked as exc:
        store.close()
        lock.release()
        click.echo(f"cleancrawl: {exc}", err=True)
        sys.exit(75)
    ingest.run_id = store.start_run("ingest", [redis_url])
    lock.describe(ingest.run_id)
    # Ctrl-C ends the loop between batches: the batch being written is finished, never cut.
    stopping = []
    previous = signal.signal(signal.SIGINT, lambda *_: stopping.append(True))
    try:
        counts = ingest.run(until_idle=until_idle, stop=lambda: bool(stopping))
        store.finish_run(ingest.run_id, "finished", counts)
        summary = {**store.db["runs"].get(ingest.run_id), "workers": worker_counts(ingest.redis),
                   "articles_in_db": store.db["articles"].count, "db": db_path}
    finally:
        signal.signal(signal.SIGINT, previous)
        ingest.release()
        store.close()
        lock.release()
    if as_json:
        click.echo(json.dumps(summary, default=str))
    else:
        click.echo(f"ingested {summary['pages']} pages ({summary['new']} new, {summary['updated']} "
                   f"updated, {summary['unchanged']} unchanged), {summary['failed']} failures; "
                   f"{summary['articles_in_db']} articles in {db_path}")
