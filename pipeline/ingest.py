"""The Redis hand-off of distributed crawls: workers push cleaned pages, one ingest writes SQLite.

Workers on any number of machines append JSON messages to one Redis list; `cleancrawl ingest`
reads them in order and stores them with Store, so SQLite keeps a single writer (issue 9).
A batch leaves Redis only after its transaction committed: a crash re-reads it, and the upsert
by URL makes that harmless.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import time
import uuid
import zlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from .page import Removal
from .page import CleanedPage
from .store import now

# Every key cleancrawl uses in Redis starts with this, so one Redis database holds one crawl.
KEY_PREFIX = "cleancrawl"
ITEMS_KEY = f"{KEY_PREFIX}:items"          # list of messages, oldest first
WORKERS_KEY = f"{KEY_PREFIX}:workers"      # hash: worker id -> its counts as JSON
INGEST_LOCK_KEY = f"{KEY_PREFIX}:ingest"   # held by the one ingest writing this Redis to SQLite
INGEST_LOCK_SECONDS = 30
# Workers keep a key like this alive while their crawl is busy; it expires on its own.
ACTIVE_PATTERN = f"{KEY_PREFIX}:*:active"
# Message kinds, as pushed by crawler/redis_mode.py.
PAGE, FAILURE, UNCHANGED = "page", "failure", "unchanged"


def connect(url: str):
    """A Redis client for a redis:// URL (bytes in, bytes out)."""
    import redis

    return redis.Redis.from_url(url)


def worker_id() -> str:
    """A name for one worker process: host, pid and a random suffix."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


# -- messages ----------------------------------------------------------------------------------
def page_message(page: CleanedPage, fetch: dict) -> bytes:
    """A cleaned page and its fetch facts as JSON; raw HTML travels zlib-compressed in base64."""
    fetch = dict(fetch)
    html = fetch.pop("html", None)
    if html is not None:
        fetch["html_z"] = base64.b64encode(zlib.compress(html, 1)).decode("ascii")
    return json.dumps({"kind": PAGE, "page": page.to_dict(), "fetch": fetch},
                      ensure_ascii=False).encode("utf-8")


def failure_message(url: str, reason: str, stage: str) -> bytes:
    """A page a worker could not fetch or clean."""
    return json.dumps({"kind": FAILURE, "url": url, "reason": reason, "stage": stage,
                       "failed_at": now()}).encode("utf-8")


def unchanged_message(url: str, fetched_at: str) -> bytes:
    """A stored page the site answered 304 Not Modified for."""
    return json.dumps({"kind": UNCHANGED, "url": url, "fetched_at": fetched_at}).encode("utf-8")


def page_from_message(msg: dict) -> tuple[CleanedPage, dict]:
    """(CleanedPage, fetch dict) back from a page message."""
    data = dict(msg["page"])
    data["removed"] = [Removal(**r) for r in data.get("removed") or []]
    fetch = dict(msg.get("fetch") or {})
    if "html_z" in fetch:
        fetch["html"] = zlib.decompress(base64.b64decode(fetch.pop("html_z")))
    return CleanedPage(**data), fetch


# -- ingest ------------------------------------------------------------------------------------
class IngestLocked(RuntimeError):
    """Another ingest is already writing this Redis into a database."""


@dataclass
class Ingest:
    """Moves messages from Redis into a Store in batches, as the only writer."""

    redis: object
    store: object
    run_id: int | None = None
    batch_size: int = 200
    poll_seconds: float = 0.2
    counts: Counter = field(default_factory=Counter)
    token: str = field(default_factory=worker_id)

    def acquire(self) -> None:
        """Take the ingest lock of this Redis, or raise IngestLocked."""
        if not self.redis.set(INGEST_LOCK_KEY, self.token, nx=True, ex=INGEST_LOCK_SECONDS):
            holder = (self.redis.get(INGEST_LOCK_KEY) or b"?").decode()
            raise IngestLocked(f"another ingest ({holder}) is writing from this Redis")

    def release(self) -> None:
        """Give the lock up if it is still ours."""
        if (self.redis.get(INGEST_LOCK_KEY) or b"").decode() == self.token:
            self.redis.delete(INGEST_LOCK_KEY)

    def run(self, until_idle: float | None = None, stop: Callable[[], bool] = lambda: False) -> Counter:
        """Ingest until stop(), or (with until_idle) until no message came and no crawl was busy that long."""
        last_busy = time.monotonic()
        while not stop():
            self.redis.expire(INGEST_LOCK_KEY, INGEST_LOCK_SECONDS)
            if self.step() or self.crawl_active():
                last_busy = time.monotonic()
            elif until_idle is not None and time.monotonic() - last_busy >= until_idle:
                break
            else:
                time.sleep(self.poll_seconds)
        return self.counts

    def crawl_active(self) -> bool:
        """True while some worker's frontier saw activity lately (crawler/redis_mode.py ACTIVE_KEY)."""
        return bool(self.redis.keys(ACTIVE_PATTERN))

    def step(self) -> int:
        """Store the oldest batch of messages; returns how many there were."""
        raw = self.redis.lrange(ITEMS_KEY, 0, self.batch_size - 1)
        if not raw:
            return 0
        self.store_batch([json.loads(m) for m in raw])
        # Only now does the batch leave Redis: a crash before this line re-reads it.
        self.redis.ltrim(ITEMS_KEY, len(raw), -1)
        if self.run_id is not None:
            self.store.update_run_counts(self.run_id, self.counts)
        return len(raw)

    def store_batch(self, messages: list[dict]) -> None:
        """Failures and 304s in one transaction, then the pages in Store.save_pages' own."""
        pages = [page_from_message(m) for m in messages if m.get("kind") == PAGE]
        others = [m for m in messages if m.get("kind") != PAGE]
        if others:
            with self.store.transaction():
                for m in others:
                    if m["kind"] == FAILURE:
                        self.store.record_failure(m["url"], m["reason"], self.run_id, m.get("stage", "fetch"))
                        self.counts["failed"] += 1
                    elif m["kind"] == UNCHANGED:
                        self.store.mark_unchanged(m["url"], m["fetched_at"], self.run_id)
                        self.counts.update(pages=1, articles=1, unchanged=1)
        if pages:
            for outcome in self.store.save_pages(pages, self.run_id):
                self.counts["pages"] += 1
                if outcome == "page":
                    self.counts["non_articles"] += 1
                else:
                    self.counts.update(articles=1, **{outcome: 1})


def worker_counts(redis) -> dict[str, dict]:
    """Counts each worker reported at its end (or so far), by worker id."""
    return {k.decode(): json.loads(v) for k, v in redis.hgetall(WORKERS_KEY).items()}


def worker_summary(url: str, worker: str, exit_code: int) -> dict:
    """What one `cleancrawl crawl --redis` worker did, from the counts it published."""
    client = connect(url)
    try:
        raw = client.hget(WORKERS_KEY, worker)
    finally:
        client.close()
    counts = json.loads(raw) if raw else {}
    if counts.get("status", "running") == "running":  # the worker died before reporting its end
        counts["status"] = "interrupted" if exit_code in (-2, 130) else "failed"
    return {"worker": worker, "redis": url, "exit_code": exit_code, **counts}
