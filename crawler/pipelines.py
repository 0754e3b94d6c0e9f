"""Thin adapters: hand fetched pages to pipeline/ for cleaning and storage, nothing else."""

from __future__ import annotations

import asyncio
import fcntl
import gc
import logging
import multiprocessing
import os
import sqlite3
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from scrapy import signals
from scrapy.exceptions import NotConfigured

from crawler import cleaning
from crawler.items import FetchedPage, FetchFailure
from pipeline.errors import CleanCrawlError, StoreFull
from pipeline.locking import hold_lock
from pipeline.store import Store, is_disk_full

logger = logging.getLogger(__name__)

# A page whose cleaning takes longer than this is recorded as a failure (pathological HTML).
CLEAN_TIMEOUT_SECONDS = 120
# Pipe room for the cleaning pool (see widen_pipes): 1 MB, Linux's default pipe-max-size.
PIPE_BYTES = 1 << 20


def worker_count(setting) -> int:
    """CLEANCRAWL_WORKERS: None or '' means one per core; 0 means clean inline."""
    if setting in (None, ""):
        return os.cpu_count() or 1
    return max(0, int(setting))


def widen_pipes(pool: ProcessPoolExecutor, size: int = PIPE_BYTES) -> int:
    """Give the pool's page and result pipes room for a whole page each; returns how many grew.

    A page (~170 KB of HTML) does not fit a default 64 KB pipe: the pool's feeder thread then
    writes it in pieces, each waiting for the crawl process's GIL while the worker waits for the
    rest. Worker time spent waiting for pages fell from ~1.5% to ~0.7% (issue 9). Linux only;
    elsewhere, or past /proc/sys/fs/pipe-max-size, the pipes stay as they are.
    """
    if not hasattr(fcntl, "F_SETPIPE_SZ"):
        return 0
    grown = 0
    ends = (getattr(getattr(pool, "_call_queue", None), "_writer", None),
            getattr(getattr(pool, "_result_queue", None), "_reader", None))
    for end in ends:
        try:
            fcntl.fcntl(end.fileno(), fcntl.F_SETPIPE_SZ, size)
            grown += 1
        except (AttributeError, OSError, ValueError):
            pass
    return grown


def tune_gc(threshold: int) -> None:
    """Freeze the objects of start-up and collect young objects every `threshold` allocations.

    Every page allocates Deferreds, requests and responses: with Python's default of 700 the
    crawl process ran ~900 collections for 2,000 pages, 0.23 ms a page, and 25 with 20,000 and
    the frozen start-up objects, 0.04 ms (issue 9). 0 keeps Python's default.
    """
    if threshold <= 0:
        return
    gc.collect()
    gc.freeze()
    gc.set_threshold(threshold, *gc.get_threshold()[1:])


class CleanCrawlPipeline:
    """Cleans pages in a process pool and writes them to SQLite in batches, as one writer."""

    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.db_path = settings.get("CLEANCRAWL_DB")
        self.workers = worker_count(settings.get("CLEANCRAWL_WORKERS"))
        self.batch_size = settings.getint("CLEANCRAWL_BATCH_SIZE", 50)
        self.flush_seconds = settings.getfloat("CLEANCRAWL_FLUSH_SECONDS", 2.0)
        self.counts: Counter = Counter()
        self.buffer: list = []
        self.last_flush = time.monotonic()
        self.pool = None
        per_worker = max(1, settings.getint("CLEANCRAWL_PAGES_PER_WORKER", 2))
        self.cleaning = asyncio.Semaphore(per_worker * max(1, self.workers))  # see _clean
        self.in_flight = 0
        self.in_flight_since = None  # when in_flight last changed, once the first page was handed over
        self.short = 0.0  # worker-seconds with fewer pages in the pool than workers: starved workers
        self.store_full: StoreFull | None = None  # set once the database refused a batch
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("CLEANCRAWL_DB"):
            raise NotConfigured("CLEANCRAWL_DB is not set: nothing will be stored")
        return cls(crawler)

    def open_spider(self):
        # One crawl per database (issue 6); `cleancrawl crawl` takes the lock and passes it down.
        settings = self.crawler.settings
        self.lock = hold_lock(self.db_path, settings.get("CLEANCRAWL_LOCK_FD")) \
            if settings.getbool("CLEANCRAWL_LOCK", True) else None
        self.store = Store(self.db_path)
        self.store.templates.enabled = settings.getbool("CLEANCRAWL_TEMPLATES", True)
        self.store.close_abandoned_runs()
        spider = self.crawler.spider
        self.run_id = self.crawler.settings.getint("CLEANCRAWL_RUN_ID") or self.store.start_run(
            "crawl", getattr(spider, "start_urls", [])
        )
        spider.run_id = self.run_id
        if self.workers:
            self.pool = self._new_pool()
        tune_gc(settings.getint("CLEANCRAWL_GC_THRESHOLD", 0))

    def _new_pool(self) -> ProcessPoolExecutor:
        # forkserver: forking a process that runs Twisted threads is unsafe. The forkserver stays
        # small (no cleaning libraries: see crawler/cleaning_warm.py); each worker loads them.
        method = self.crawler.settings.get("CLEANCRAWL_POOL_START") or "forkserver"
        context = multiprocessing.get_context(method)
        if method == "forkserver":
            context.set_forkserver_preload(["crawler.items"])
        nice = self.crawler.settings.getint("CLEANCRAWL_WORKER_NICE", 0)
        pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=cleaning.start_worker,
                                   initargs=(nice,))
        widen_pipes(pool)
        # The pool starts a worker only when a page finds none idle, and each then loads and
        # warms the cleaning code for a second or two: started here, they do it while robots.txt
        # and the sitemaps are fetched, not while the first pages wait (issue 9).
        self.warming = [pool.submit(cleaning.ready) for _ in range(self.workers)]
        return pool

    async def process_item(self, item):
        if isinstance(item, FetchFailure):
            self.counts["failed"] += 1
            self.store.record_failure(item.url, item.reason, self.run_id, item.stage)
            return item
        if not isinstance(item, FetchedPage):
            return item
        if item.status == 304:  # revalidated: the stored copy is current, nothing to clean
            self.store.mark_unchanged(item.url, item.fetched_at, self.run_id)
            self.counts.update(pages=1, articles=1, unchanged=1)
            return item
        # Workers prepare what the writer stores besides SQL; only a SQLite store takes it
        # (RedisPipeline's sink sends pages as JSON). Inline, the writer would do it anyway.
        prepare = self.pool is not None and isinstance(self.store, Store)
        try:
            page = await self._clean(item, prepare)
        except CleanCrawlError as exc:
            self.counts["failed"] += 1
            self.store.record_failure(item.final_url, str(exc), self.run_id, "clean")
            return item
        except (asyncio.TimeoutError, BrokenProcessPool) as exc:
            self.counts["failed"] += 1
            reason = "cleaning timed out" if isinstance(exc, asyncio.TimeoutError) else "cleaning worker crashed"
            self.store.record_failure(item.final_url, reason, self.run_id, "clean")
            if isinstance(exc, BrokenProcessPool):
                self.pool = self._new_pool()
            return item
        headers = {k.lower(): v for k, v in item.headers.items()}
        fetch = {"status": item.status, "fetched_at": item.fetched_at,
                 "etag": headers.get("etag"), "last_modified": headers.get("last-modified"),
                 "content_type": headers.get("content-type")}
        if prepare:
            page, fetch["prepared"] = page  # the raw HTML is in it, compressed
        else:
            fetch["html"] = item.body  # kept compressed so `cleancrawl reclean` needs no fetch (issue 4)
        self.buffer.append((page, fetch))
        if len(self.buffer) >= self.batch_size or time.monotonic() - self.last_flush > self.flush_seconds:
            self.flush()
        return item

    async def _clean(self, item: FetchedPage, prepare: bool = False):
        if self.pool is None:
            return cleaning.clean_fetched(item, prepare)
        # Back-pressure (issue 9): at most 2 pages per worker in the pool (one cleaning, one
        # queued), so no worker idles and the timeout counts cleaning, not queueing. Pages waiting
        # here keep their response in Scrapy's scraper slot, whose SCRAPER_SLOT_MAX_ACTIVE_SIZE
        # then stops new downloads: memory stays bounded however slow cleaning is.
        async with self.cleaning:
            self._count_in_flight(+1)
            self.crawler.stats.max_value("cleancrawl/cleaning_in_flight_max", self.in_flight)
            try:
                future = asyncio.wrap_future(self.pool.submit(cleaning.clean_fetched, item, prepare))
                return await asyncio.wait_for(future, CLEAN_TIMEOUT_SECONDS)
            finally:
                self._count_in_flight(-1)

    def _count_in_flight(self, delta: int) -> None:
        """Track pages in the pool, and the worker-seconds it held fewer than one per worker."""
        now = time.monotonic()
        if self.in_flight_since is not None:
            self.short += max(0, self.workers - self.in_flight) * (now - self.in_flight_since)
        self.in_flight += delta
        self.in_flight_since = now

    def flush(self) -> None:
        """Write buffered pages in one transaction and save the run's counts."""
        self.last_flush = time.monotonic()
        if not self.buffer:
            return
        try:
            self._flush()
        finally:
            self.crawler.stats.inc_value("cleancrawl/flush_seconds", time.monotonic() - self.last_flush)

    def _flush(self) -> None:
        batch, self.buffer = self.buffer, []
        if self.store_full is not None:
            return self.refuse_batch(batch)
        try:
            outcomes = self.store.save_pages(batch, self.run_id)
        except StoreFull as exc:
            # Disk full (issue 10): the batch was rolled back whole; say so and stop the crawl.
            logger.error("%s; stopping the crawl", exc)
            self.store_full = exc
            self.refuse_batch(batch)
            asyncio.ensure_future(self.crawler.engine.close_spider_async(reason="disk_full"))
            return
        for outcome in outcomes:
            self.counts["pages"] += 1
            if outcome == "page":
                self.counts["non_articles"] += 1
            else:
                self.counts["articles"] += 1
                self.counts[outcome] += 1
        dict.update(self.counts, self.fetch_counts())  # set, not add
        self.store.update_run_counts(self.run_id, self.counts)

    def refuse_batch(self, batch) -> None:
        """Count pages a full database could not take, and record each where there is room."""
        self.counts["failed"] += len(batch)
        for page, _ in batch:
            if not self.best_effort(self.store.record_failure, page.url, str(self.store_full),
                                    self.run_id, "store"):
                break

    @staticmethod
    def best_effort(write, *args) -> bool:
        """Run a small write that a full disk may refuse; True if it was stored."""
        try:
            write(*args)
        except sqlite3.OperationalError as exc:
            if not is_disk_full(exc):
                raise
            return False
        return True

    def fetch_counts(self) -> dict:
        """The downloader's counts so far, as `runs` columns."""
        stats = self.crawler.stats
        return {
            "requests": stats.get_value("downloader/request_count", 0),
            "responses_200": stats.get_value("downloader/response_status_count/200", 0),
            "responses_304": stats.get_value("downloader/response_status_count/304", 0),
            "bytes": stats.get_value("downloader/response_bytes", 0),
            "skipped": stats.get_value("cleancrawl/skipped", 0),
        }

    def close_spider(self):
        self.flush()
        if self.pool is not None:  # how long workers waited for pages: see benchmarks/crawl.py
            self.crawler.stats.set_value("cleancrawl/worker_short_seconds", round(self.short, 2))
        with self.store.transaction():  # big sites' early pages, re-checked once (issue 4)
            self.store.templates.finish(self.run_id)
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def spider_closed(self, spider, reason):
        if not hasattr(self, "run_id"):
            return  # never opened (the database was locked)
        dict.update(self.counts, self.fetch_counts())  # set, not add
        status = "finished" if reason in ("finished", "closespider_pagecount", "closespider_itemcount") \
            else "interrupted" if reason == "shutdown" else "failed"
        if not self.best_effort(self.store.finish_run, self.run_id, status, self.counts):
            logger.error("could not record the end of run %s: %s", self.run_id, self.store_full)
        self.store.close()
        if self.lock is not None:
            self.lock.release()
        logger.info("run %s %s: %s", self.run_id, status, dict(self.counts))
