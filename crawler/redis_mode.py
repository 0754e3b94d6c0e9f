"""Distributed crawls: workers share one scrapy-redis frontier and push cleaned pages to Redis.

`cleancrawl crawl URL... --redis redis://HOST:PORT/N` sets CLEANCRAWL_REDIS_URL, which switches
the RedisMode add-on on: scrapy-redis's scheduler and dupefilter (one frontier for any number of
worker processes on any number of machines), start requests seeded by the first worker only,
RedisPipeline instead of SQLite storage, and a stop once the frontier stayed empty (issue 9).
`cleancrawl ingest` (pipeline/ingest.py) is the single writer that stores what workers push.
"""

from __future__ import annotations

import json
import logging
import time
import warnings

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured, ScrapyDeprecationWarning

from crawler.pipelines import CleanCrawlPipeline, tune_gc
from pipeline.ingest import (ITEMS_KEY, KEY_PREFIX, WORKERS_KEY, connect, failure_message,
                             page_message, unchanged_message, worker_id)

logger = logging.getLogger(__name__)

# scrapy-redis 0.9 still passes `spider` to the stats collector on every request; nothing to fix here.
warnings.filterwarnings("ignore", category=ScrapyDeprecationWarning, module="scrapy_redis")

# scrapy-redis keys, in cleancrawl's namespace; %(spider)s is the spider's name.
QUEUE_KEY = f"{KEY_PREFIX}:%(spider)s:requests"
DUPEFILTER_KEY = f"{KEY_PREFIX}:%(spider)s:dupefilter"
SEEDED_KEY = f"{KEY_PREFIX}:%(spider)s:seeded"    # set by the worker that queued the start requests
ACTIVE_KEY = f"{KEY_PREFIX}:%(spider)s:active"    # exists while some worker saw activity recently

# Settings the add-on applies. The frontier persists: a worker that stops first must not wipe
# the queue and fingerprints the others still use (scrapy-redis clears them on close otherwise).
REDIS_SETTINGS = {
    "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
    "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
    "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
    "SCHEDULER_PERSIST": True,
    "SCHEDULER_QUEUE_KEY": QUEUE_KEY,
    "SCHEDULER_DUPEFILTER_KEY": DUPEFILTER_KEY,
    # A blocking pop would stall the reactor; idleness is handled by StopWhenFrontierIdle.
    "SCHEDULER_IDLE_BEFORE_CLOSE": 0,
}


def key(template: str, spider) -> str:
    """A per-spider Redis key."""
    return template % {"spider": spider.name}


class RedisMode:
    """Scrapy add-on: turns a crawl into a distributed worker when CLEANCRAWL_REDIS_URL is set."""

    def update_settings(self, settings) -> None:
        url = settings.get("CLEANCRAWL_REDIS_URL")
        if not url:
            raise NotConfigured
        settings.set("REDIS_URL", url, priority="addon")
        for name, value in REDIS_SETTINGS.items():
            settings.set(name, value, priority="addon")
        pipelines = settings.getdict("ITEM_PIPELINES")
        priority = pipelines.pop("crawler.pipelines.CleanCrawlPipeline", None) or 300
        pipelines["crawler.redis_mode.RedisPipeline"] = priority
        settings.set("ITEM_PIPELINES", pipelines, priority=settings.getpriority("ITEM_PIPELINES"))
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", SeedOnceMiddleware, 10)
        settings.set_in_component_priority_dict("EXTENSIONS", StopWhenFrontierIdle, 500)


class SeedOnceMiddleware:
    """Lets only the first worker of a crawl queue the start requests (robots, sitemaps, feeds)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.redis = connect(crawler.settings["CLEANCRAWL_REDIS_URL"])
        self.worker = crawler.settings.get("CLEANCRAWL_WORKER_ID") or worker_id()

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("CLEANCRAWL_REDIS_URL"):
            raise NotConfigured
        return cls(crawler)

    async def process_start(self, start):
        spider = self.crawler.spider
        if not self.redis.set(key(SEEDED_KEY, spider), self.worker, nx=True):
            logger.info("start requests already queued by %s; joining the frontier",
                        self.redis.get(key(SEEDED_KEY, spider)).decode())
            return
        async for request_or_item in start:
            yield request_or_item


class StopWhenFrontierIdle:
    """Closes a worker once the shared frontier stayed empty and no worker was busy for a while.

    scrapy-redis workers otherwise wait forever. Activity (a request queued, a response received)
    by any worker keeps ACTIVE_KEY alive for CLEANCRAWL_IDLE_SECONDS; Redis expires it, so the
    machines' clocks never need to agree. Scrapy re-checks idleness every 5 seconds.
    """

    def __init__(self, crawler, idle_seconds: float):
        self.crawler = crawler
        self.redis = connect(crawler.settings["CLEANCRAWL_REDIS_URL"])
        self.idle_ms = max(1, int(idle_seconds * 1000))
        self.last_touch = 0.0

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("CLEANCRAWL_REDIS_URL"):
            raise NotConfigured
        ext = cls(crawler, crawler.settings.getfloat("CLEANCRAWL_IDLE_SECONDS", 30))
        for signal in (signals.spider_opened, signals.request_scheduled, signals.response_received):
            crawler.signals.connect(ext.touch, signal=signal)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        return ext

    def touch(self, *args, **kwargs) -> None:
        """Mark the crawl as active (at most a few times a second: it is a network round trip)."""
        moment = time.monotonic()
        if moment - self.last_touch >= 0.25:
            self.last_touch = moment
            self.redis.set(key(ACTIVE_KEY, self.crawler.spider), b"1", px=self.idle_ms)

    def spider_idle(self, spider) -> None:
        # Scrapy only signals idle when this worker's scheduler (the shared queue) was empty.
        if self.redis.exists(key(ACTIVE_KEY, spider)):
            raise DontCloseSpider
        logger.info("frontier empty for %.1f s: stopping this worker", self.idle_ms / 1000)


class RedisSink:
    """What CleanCrawlPipeline calls on its Store, as pushes to the Redis list ingest reads."""

    def __init__(self, url: str, worker: str):
        self.redis = connect(url)
        self.worker = worker

    def record_failure(self, url: str, reason: str, run_id=None, stage: str = "fetch") -> None:
        self.redis.rpush(ITEMS_KEY, failure_message(url, reason, stage))

    def mark_unchanged(self, url: str, fetched_at: str, run_id=None) -> None:
        self.redis.rpush(ITEMS_KEY, unchanged_message(url, fetched_at))

    def save_pages(self, pages, run_id=None) -> list[str]:
        """Push a batch with one RPUSH (atomic: ingest sees all of it or none)."""
        self.redis.rpush(ITEMS_KEY, *(page_message(page, fetch) for page, fetch in pages))
        return ["page" if not page.is_article else "queued" for page, _ in pages]

    def report(self, counts: dict, status: str) -> None:
        """Publish this worker's counts (read by `cleancrawl crawl --redis` and `ingest`)."""
        counts = {"pages": 0, "articles": 0, "non_articles": 0, "failed": 0, **counts}
        self.redis.hset(WORKERS_KEY, self.worker, json.dumps({**counts, "status": status}))

    def close(self) -> None:
        self.redis.close()


class RedisPipeline(CleanCrawlPipeline):
    """CleanCrawlPipeline's cleaning pool and back-pressure, storing to Redis instead of SQLite."""

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("CLEANCRAWL_REDIS_URL"):
            raise NotConfigured("CLEANCRAWL_REDIS_URL is not set")
        return cls(crawler)

    def open_spider(self):
        settings = self.crawler.settings
        self.lock = None  # no database here: ingest is the one writer
        self.worker = settings.get("CLEANCRAWL_WORKER_ID") or worker_id()
        self.store = RedisSink(settings["CLEANCRAWL_REDIS_URL"], self.worker)
        self.run_id = None
        self.crawler.spider.run_id = None
        self.store.report(self.counts, "running")
        if self.workers:
            self.pool = self._new_pool()
        tune_gc(settings.getint("CLEANCRAWL_GC_THRESHOLD", 0))

    def flush(self) -> None:
        """Push buffered pages to Redis in one command and publish the counts."""
        self.last_flush = time.monotonic()
        if not self.buffer:
            return
        batch, self.buffer = self.buffer, []
        for outcome in self.store.save_pages(batch):
            self.counts["pages"] += 1
            self.counts["non_articles" if outcome == "page" else "articles"] += 1
        dict.update(self.counts, self.fetch_counts())  # set, not add
        self.store.report(self.counts, "running")

    def close_spider(self):
        self.flush()
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def spider_closed(self, spider, reason):
        if not hasattr(self, "store"):
            return
        dict.update(self.counts, self.fetch_counts())
        status = "finished" if reason in ("finished", "closespider_pagecount", "closespider_itemcount") \
            else "interrupted" if reason == "shutdown" else "failed"
        self.store.report(self.counts, status)
        self.store.close()
        logger.info("worker %s %s: %s", self.worker, status, dict(self.counts))
