"""Progress of a running crawl on a terminal: pages, articles, failures, rate.

The crawl runs in its own process and saves its counts in its `runs` row as it goes, so the
progress display only reads that row: no pipe between the two processes.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

COUNT_COLUMNS = ("pages", "articles", "new", "updated", "unchanged", "skipped", "failed", "requests")
REFRESH_SECONDS = 0.5


def wanted(quiet: bool, stream=None) -> bool:
    """Show progress only when asked to talk and stderr is a terminal (not cron, not a pipe)."""
    stream = stream if stream is not None else sys.stderr
    return not quiet and hasattr(stream, "isatty") and stream.isatty()


def read_counts(db_path: str, run_id: int) -> dict | None:
    """The counts a run has saved so far, or None if they cannot be read right now."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
        try:
            row = conn.execute(f"select {', '.join(COUNT_COLUMNS)} from runs where id = ?",
                               [run_id]).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return None if row is None else {c: int(v or 0) for c, v in zip(COUNT_COLUMNS, row)}


def progress_line(counts: dict, elapsed: float) -> str:
    """One line: pages, articles (new/updated/unchanged), failures, pages per second."""
    rate = counts["pages"] / elapsed if elapsed > 0 else 0.0
    return (f"{counts['pages']} pages · {counts['articles']} articles "
            f"({counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged, "
            f"{counts['skipped']} skipped) · {counts['failed']} failures · {rate:.1f} pages/s · "
            f"{elapsed:.0f}s")


def watch(db_path: str, run_id: int, proc: subprocess.Popen, console=None) -> int:
    """Show a live progress line on stderr until the crawl process exits; return its exit code."""
    from rich.console import Console
    from rich.live import Live
    from rich.text import Text

    console = console or Console(stderr=True)
    started = time.monotonic()
    with Live(Text("crawl starting…"), console=console, refresh_per_second=4) as live:
        while True:
            try:
                code = proc.wait(timeout=REFRESH_SECONDS)
            except subprocess.TimeoutExpired:
                code = None
            counts = read_counts(db_path, run_id)
            if counts is not None:
                live.update(Text(progress_line(counts, time.monotonic() - started)))
            if code is not None:
                return code
