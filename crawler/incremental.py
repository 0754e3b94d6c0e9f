"""Incremental crawling: skip stored articles that are not due, ask the rest conditionally.

An article already in the database is not requested again until its recrawl interval has
passed; a sitemap `lastmod` or feed date newer than the stored copy makes it due at once, and
one no newer lets a due article be skipped without a request. A due article is requested with
If-None-Match / If-Modified-Since from the stored ETag / Last-Modified, and a 304 is let
through to the spider (HttpErrorMiddleware drops it otherwise). Listing pages, sitemaps and
feeds are never stored as articles, so they are always fetched: they are how new articles
are found.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from email.utils import parsedate_to_datetime

from scrapy import Request
from scrapy.exceptions import NotConfigured

from crawler.sites import parse_duration, site_for_url

# Request.meta keys the spider sets from sitemaps and feeds.
DATE_META_KEYS = ("lastmod", "feed_date")


def parse_date(value) -> datetime | None:
    """A sitemap/feed date as an aware datetime; a bare day counts as its last second."""
    if not value:
        return None
    text = str(value).strip()
    try:
        if len(text) == 10:  # YYYY-MM-DD: the page may have changed any time that day
            day = datetime.fromisoformat(text).date()
            return datetime.combine(day, time.max, tzinfo=timezone.utc)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


@dataclass
class StoredArticle:
    """What the database knows about an article's last fetch."""

    checked_at: datetime | None
    etag: str | None
    last_modified: str | None


def decide(stored: StoredArticle | None, recrawl_after: float, source_date: datetime | None,
           at: datetime) -> str:
    """'fetch' (not stored), 'skip' (no request) or 'revalidate' (conditional request)."""
    if stored is None:
        return "fetch"
    last = stored.checked_at
    if last is None:
        return "revalidate"
    if source_date is not None and source_date > last:
        return "revalidate"  # the site says it changed since our copy
    if at - last < timedelta(seconds=recrawl_after):
        return "skip"
    if source_date is not None and recrawl_after > 0:
        return "skip"  # due, but the sitemap/feed says it has not changed
    return "revalidate"


def conditional_headers(stored: StoredArticle) -> dict[str, str]:
    """If-None-Match / If-Modified-Since for the stored copy's validators."""
    headers = {}
    if stored.etag:
        headers["If-None-Match"] = stored.etag
    if stored.last_modified:
        headers["If-Modified-Since"] = stored.last_modified
    return headers


class ArticleIndex:
    """Read-only lookups of the articles stored before this run (a second connection: WAL lets
    it read while the pipeline writes).

    The URLs stored are read once, as a set of their hashes: a link to a page never stored, the
    common case, costs a set lookup instead of a query (issue 9). Articles this run stores are
    not in it; Scrapy's duplicate filter drops their URLs anyway.
    """

    QUERY = ("select a.fetched_at, p.fetched_at, a.etag, a.last_modified from articles a "
             "left join pages p on p.url = a.url where a.url = ?")

    def __init__(self, db_path: str):
        self.db_path = db_path
        self.conn: sqlite3.Connection | None = None
        self.known: set[int] | None = None  # hash(url) of every stored article

    def load(self) -> set[int]:
        """hash(url) of the stored articles, read on first use."""
        if self.known is None:
            self.conn = sqlite3.connect(self.db_path, timeout=30, check_same_thread=False)
            try:
                self.known = {hash(url) for (url,) in self.conn.execute("select url from articles")}
            except sqlite3.OperationalError:  # no schema yet: nothing is stored
                self.known = set()
        return self.known

    def get(self, url: str) -> StoredArticle | None:
        """The stored state of an article, or None if it was not stored before this run."""
        if hash(url) not in self.load():
            return None
        try:
            row = self.conn.execute(self.QUERY, [url]).fetchone()
        except sqlite3.OperationalError:  # no schema yet: nothing is stored
            return None
        if row is None:
            return None
        times = [t for t in (parse_date(row[0]), parse_date(row[1])) if t is not None]
        return StoredArticle(max(times) if times else None, row[2], row[3])

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        self.known = None


class IncrementalMiddleware:
    """Spider middleware: drops requests for stored articles not due, revalidates the rest."""

    def __init__(self, crawler, db_path: str, recrawl_after: float | None):
        self.crawler = crawler
        self.index = ArticleIndex(db_path)
        self.recrawl_override = recrawl_after
        self.skipped: set[str] = set()  # an article linked from ten pages is skipped once
        # A due article found by a link waits until the spider is idle: by then the sitemaps and
        # feeds have been read, and their date may spare the request.
        self.dates: dict[str, datetime] = {}
        self.held: dict[str, tuple[Request, StoredArticle]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.get("CLEANCRAWL_DB") or not settings.getbool("CLEANCRAWL_INCREMENTAL", True):
            raise NotConfigured
        value = settings.get("CLEANCRAWL_RECRAWL_AFTER")
        override = None if value in (None, "") else parse_duration(value)
        from scrapy import signals

        mw = cls(crawler, settings.get("CLEANCRAWL_DB"), override)
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(mw.spider_idle, signal=signals.spider_idle)
        return mw

    def recrawl_after(self, url: str) -> float:
        """--recrawl-after if given, else the site's configured interval, else 0 (always check)."""
        if self.recrawl_override is not None:
            return self.recrawl_override
        site = site_for_url(getattr(self.crawler.spider, "sites", None) or [], url)
        return site.recrawl_after if site and site.recrawl_after is not None else 0.0

    def filter(self, request: Request) -> Request | None:
        """The request to send instead (maybe conditional), or None to skip it."""
        if request.meta.get("always_fetch") or request.method != "GET":
            return request
        if request.url in self.skipped:  # found again by a link: still not due
            return None
        stored = self.index.get(request.url)
        if stored is None:
            return request
        source_date = next((parse_date(request.meta[k]) for k in DATE_META_KEYS if request.meta.get(k)), None)
        if source_date is not None:
            self.dates[request.url] = source_date
            self.held.pop(request.url, None)
        source_date = source_date or self.dates.get(request.url)
        interval = self.recrawl_after(request.url)
        verdict = decide(stored, interval, source_date, datetime.now(timezone.utc))
        if verdict == "revalidate" and source_date is None and interval > 0:
            self.held.setdefault(request.url, (request, stored))
            return None
        return self.apply(verdict, request, stored)

    def apply(self, verdict: str, request: Request, stored: StoredArticle) -> Request | None:
        """Carry out a decision: None for a skip, else the request to send."""
        if verdict == "skip":
            self.skipped.add(request.url)
            self.crawler.stats.set_value("cleancrawl/skipped", len(self.skipped))
            return None
        self.crawler.stats.inc_value("cleancrawl/revalidated")
        allowed = list(request.meta.get("handle_httpstatus_list", [])) + [304]
        headers = dict(request.headers.to_unicode_dict())
        headers.update(conditional_headers(stored))
        return request.replace(headers=headers,
                               meta={**request.meta, "handle_httpstatus_list": allowed, "revalidate": True})

    def process_spider_output(self, response, result):
        for item in result:
            if isinstance(item, Request):
                item = self.filter(item)
                if item is None:
                    continue
            yield item

    async def process_spider_output_async(self, response, result):
        async for item in result:
            if isinstance(item, Request):
                item = self.filter(item)
                if item is None:
                    continue
            yield item

    def spider_idle(self, spider):
        """Decide the held requests now that every sitemap and feed date is known."""
        from scrapy.exceptions import DontCloseSpider

        held, self.held = self.held, {}
        sent = 0
        for url, (request, stored) in held.items():
            verdict = decide(stored, self.recrawl_after(url), self.dates.get(url), datetime.now(timezone.utc))
            request = self.apply(verdict, request, stored)
            if request is not None:
                self.crawler.engine.crawl(request)
                sent += 1
        if sent:
            raise DontCloseSpider

    def spider_closed(self, spider):
        self.index.close()
