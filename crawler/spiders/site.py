"""SiteSpider: crawl whole sites from their start URLs via sitemaps, then feeds, then links."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest, StopDownload
from scrapy.utils.sitemap import sitemap_urls_from_robots

from crawler import links as page_links
from crawler.discovery import SitemapError, feed_entries, sitemap_body, sitemap_entries
from crawler.guard import refusal
from crawler.items import FetchedPage, FetchFailure
from crawler.middlewares import AddressRefused, PageBudgetExceeded
from crawler.sites import load_sites, site_for_url
from pipeline.store import now

logger = logging.getLogger(__name__)

# Discovery order of preference, as request priorities: sitemap entries first, feeds next, links last.
PRIORITY_SITEMAP_FILE = 30
PRIORITY_FEED_FILE = 25
PRIORITY_SITEMAP_URL = 20
PRIORITY_FEED_URL = 15
PRIORITY_START = 5
PRIORITY_LINK = 0

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/xml", "text/xml")
# Extensions of links that are never pages worth fetching.
SKIP_EXTENSIONS = ["pdf", "zip", "gz", "mp3", "mp4", "jpg", "jpeg", "png", "gif", "webp", "svg",
                   "css", "js", "ico", "woff", "woff2", "avi", "mov", "doc", "docx", "xls", "xlsx"]
SKIPPED = page_links.extensions(SKIP_EXTENSIONS)


def split_urls(value) -> list[str]:
    """Start URLs from a list, or a comma/whitespace separated string (-a start_urls=...)."""
    if not value:
        return []
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    return [u.strip() for u in value if u.strip()]


def markup_of(response) -> tuple[bytes, str]:
    """(body bytes, encoding) to scan for links: re-encoded as UTF-8 when the page's own
    encoding is not ASCII-compatible (UTF-16), so the byte patterns see its tags."""
    encoding = response.encoding
    if "<a".encode(encoding, errors="replace") == b"<a":
        return response.body, encoding
    return response.text.encode("utf-8"), "utf-8"


QUEUE_PREFIX = "cleancrawl-queue-"


def remove_abandoned_queues() -> None:
    """Delete the temporary queues of crawls that were killed (their pid is in the name)."""
    from pipeline.locking import pid_alive

    for path in Path(tempfile.gettempdir()).glob(QUEUE_PREFIX + "*"):
        pid = path.name[len(QUEUE_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not pid_alive(int(pid)):
            shutil.rmtree(path, ignore_errors=True)


def spill_queue_to_disk(crawler) -> None:
    """Keep the crawl's request queue on disk, in a temporary JOBDIR, when none was given.

    Scrapy holds queued requests in memory: a sitemap of 20,000 URLs queues 20,000 Request
    objects at once, ~60 MB more in the crawl process than 5,000 (issue 9). With a JOBDIR its
    scheduler pickles them to disk queues instead, so memory stays flat as sites grow. Not for
    Redis workers, whose queue is Redis; `--jobdir DIR` keeps its own for resuming.
    """
    settings = crawler.settings
    if settings.get("JOBDIR") or settings.get("CLEANCRAWL_REDIS_URL") \
            or not settings.getbool("CLEANCRAWL_DISK_QUEUE", True):
        return
    remove_abandoned_queues()
    jobdir = tempfile.mkdtemp(prefix=f"{QUEUE_PREFIX}{os.getpid()}-")
    settings.set("JOBDIR", jobdir, priority="spider")
    logger.debug("request queue on disk in %s", jobdir)
    crawler.signals.connect(lambda: shutil.rmtree(jobdir, ignore_errors=True),
                            signal=scrapy.signals.engine_stopped, weak=False)


class SiteSpider(scrapy.Spider):
    """Discovers every page of the given sites and yields them as FetchedPage items."""

    name = "site"

    def __init__(self, start_urls=None, *args, sites=None, site=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_urls = split_urls(start_urls)
        # -a sites=sites.toml [-a site=NAME]: start URLs, sitemaps, feeds, hints per site (issue 6).
        self.sites = load_sites(sites, only=site or None) if sites else []
        for conf in self.sites:
            self.start_urls += [u for u in conf.start_urls if u not in self.start_urls]
        if not self.start_urls:
            raise ValueError("SiteSpider needs start_urls (-a start_urls=URL[,URL...])")
        self.allowed_domains = sorted({urlsplit(u).hostname for u in self.start_urls if urlsplit(u).hostname})
        self.sitemap_bytes: dict[int, int] = {}
        self.off_site: set[int] = set()  # hash(URL) of links to other hosts, each judged once
        # hash(link URL) -> depth of the shallowest page it was requested from (see parse_page).
        self.linked: dict[int, int] = {}

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.cap_sitemap_download, signal=scrapy.signals.bytes_received)
        # Per-site politeness: one download slot per configured host (settings are still open here).
        slots = dict(crawler.settings.getdict("DOWNLOAD_SLOTS"))
        for conf in spider.sites:
            polite = {k: v for k, v in (("delay", conf.download_delay), ("concurrency", conf.concurrency))
                      if v is not None}
            for host in conf.hosts if polite else ():
                slots[host.split(":")[0]] = {**slots.get(host.split(":")[0], {}), **polite}
        if slots:
            crawler.settings.set("DOWNLOAD_SLOTS", slots, priority="spider")
        spill_queue_to_disk(crawler)
        return spider

    def cap_sitemap_download(self, data, request, spider=None):
        """Stop reading a sitemap at CLEANCRAWL_SITEMAP_MAXSIZE and parse what arrived (issue 10).

        A sitemap of millions of URLs is read in part instead of being cancelled whole.
        """
        if request.callback != self.parse_sitemap:
            return
        key = id(request)
        self.sitemap_bytes[key] = self.sitemap_bytes.get(key, 0) + len(data)
        if self.sitemap_bytes[key] >= self.settings.getint("CLEANCRAWL_SITEMAP_MAXSIZE", 10 * 1024 * 1024):
            del self.sitemap_bytes[key]
            raise StopDownload(fail=False)

    async def start(self):
        """Ask each site for its robots.txt (sitemaps) and its start page (feeds, links)."""
        for url in self.start_urls:
            robots = urljoin(url, "/robots.txt")
            yield scrapy.Request(robots, callback=self.parse_robots, errback=self.robots_failed,
                                 priority=PRIORITY_SITEMAP_FILE, dont_filter=True,
                                 meta={"handle_httpstatus_list": [404, 410, 403, 401]})
            yield scrapy.Request(url, callback=self.parse_page, errback=self.page_failed,
                                 priority=PRIORITY_START, cb_kwargs={"via": "start"})
        for conf in self.sites:
            for sitemap in conf.sitemaps:
                yield self.sitemap_request(sitemap)
            for feed in conf.feeds:
                yield scrapy.Request(feed, callback=self.parse_feed, errback=self.discovery_failed,
                                     priority=PRIORITY_FEED_FILE)

    # -- sitemaps -----------------------------------------------------------------------------
    def parse_robots(self, response):
        """Follow the sitemaps robots.txt names, or /sitemap.xml when it names none."""
        sitemaps = []
        if response.status == 200:
            sitemaps = list(sitemap_urls_from_robots(response.body, base_url=response.url))
        if not sitemaps:
            yield self.sitemap_request(urljoin(response.url, "/sitemap.xml"), guessed=True)
        for sm in sitemaps:
            yield self.sitemap_request(sm)

    def robots_failed(self, failure):
        """No robots.txt: still look for /sitemap.xml."""
        yield self.sitemap_request(urljoin(failure.request.url, "/sitemap.xml"), guessed=True)

    def sitemap_request(self, url: str, guessed: bool = False) -> scrapy.Request:
        # The protocol allows 50 MB sitemaps; cap_sitemap_download stops reading well before.
        return scrapy.Request(url, callback=self.parse_sitemap, errback=self.discovery_failed,
                              priority=PRIORITY_SITEMAP_FILE,
                              meta={"sitemap_guessed": guessed, "download_maxsize": 50 * 1024 * 1024})

    def parse_sitemap(self, response):
        """Queue the URLs of a sitemap (or the sitemaps of an index); record what was wrong with it."""
        self.sitemap_bytes.pop(id(response.request), None)
        try:
            body = sitemap_body(response.body, self.settings.getint("DOWNLOAD_MAXSIZE"))
            if body is None:
                self.logger.info("not a sitemap: %s", response.url)
                if not response.meta.get("sitemap_guessed"):
                    yield FetchFailure(url=response.url, reason="not a sitemap (no XML)",
                                       fetched_at=now(), stage="sitemap")
                return
            for kind, loc, lastmod in sitemap_entries(body):
                loc = urljoin(response.url, loc)
                if kind == "sitemap":
                    yield self.sitemap_request(loc)
                else:
                    yield scrapy.Request(loc, callback=self.parse_page, errback=self.page_failed,
                                         priority=PRIORITY_SITEMAP_URL,
                                         cb_kwargs={"via": "sitemap"}, meta={"lastmod": lastmod})
        except SitemapError as exc:
            reason = str(exc)
            if "download_stopped" in response.flags:
                reason += f" (read the first {len(response.body)} bytes only)"
            self.logger.warning("%s: %s", response.url, reason)
            yield FetchFailure(url=response.url, reason=reason, fetched_at=now(), stage="sitemap")

    # -- feeds --------------------------------------------------------------------------------
    def parse_feed(self, response):
        """Queue the entries of an RSS/Atom feed."""
        for link, date in feed_entries(response.body):
            yield scrapy.Request(urljoin(response.url, link), callback=self.parse_page,
                                 errback=self.page_failed, priority=PRIORITY_FEED_URL,
                                 cb_kwargs={"via": "feed"}, meta={"feed_date": date})

    def discovery_failed(self, failure):
        """A sitemap or feed that could not be fetched; only a missing guessed /sitemap.xml is no failure."""
        self.logger.info("discovery file unavailable: %s (%s)", failure.request.url, failure.value)
        response = getattr(failure.value, "response", None)
        if failure.request.meta.get("sitemap_guessed") and response is not None \
                and response.status in (404, 410):
            return
        yield FetchFailure(url=failure.request.url, reason=failure_reason(failure), fetched_at=now(),
                           stage="guard" if failure.check(AddressRefused) else "discovery")

    # -- pages --------------------------------------------------------------------------------
    def parse_page(self, response, via: str = "link"):
        """Hand the page to the item pipeline and follow its feeds and links."""
        conf = site_for_url(self.sites, response.url)
        extra = {}
        if conf is not None and not conf.is_article_url(response.url):
            extra["article_allowed"] = False  # outside the site's article_patterns
        if response.status == 304:
            # Revalidated and unchanged (crawler/incremental.py): nothing to clean or follow.
            yield FetchedPage(url=response.url, final_url=response.url, status=304, headers={},
                              body=b"", fetched_at=now(), discovered_via=via)
            return
        yield FetchedPage(
            url=response.request.meta.get("redirect_urls", [response.url])[0],
            final_url=response.url,
            status=response.status,
            headers={k.decode("latin-1"): b",".join(v).decode("latin-1")
                     for k, v in response.headers.items()},
            body=response.body,
            fetched_at=now(),
            discovered_via=via,
            language_hint=conf.language if conf is not None else None,
            extra=extra,
        )
        if not isinstance(response, scrapy.http.TextResponse):
            return
        # Regular expressions over the markup, not an lxml tree per page: LinkExtractor took a
        # third of the crawl process's CPU (issue 9; crawler/links.py).
        try:
            markup, encoding = markup_of(response)
            feeds, links = page_links.targets(markup, response.url, encoding, SKIPPED)
        except (ValueError, LookupError) as exc:  # undecodable: nothing to follow
            self.logger.info("no links followed from %s: %s", response.url, exc)
            return
        depth = response.meta.get("depth", 0)
        for url in feeds:
            yield scrapy.Request(url, callback=self.parse_feed,
                                 errback=self.discovery_failed, priority=PRIORITY_FEED_FILE)
        for url in links:
            # A link already requested from a page no deeper is not requested again: on news
            # sites most links repeat, and building, filtering and fingerprinting the repeats cost
            # the crawl process more CPU than storing the page (issue 9). Depth is kept so that
            # DEPTH_LIMIT still lets a shallower page reach what a deeper one could not. Checked
            # first: only followed links are in it, and it is cheaper than parsing the host.
            key = hash(url)
            if self.linked.get(key, depth + 1) <= depth:
                continue
            if key in self.off_site:
                continue
            if urlsplit(url).hostname not in self.allowed_domains:
                # Off-site links are not followed; one into a private network is also recorded
                # (literal addresses only: no DNS lookup per outbound link).
                self.off_site.add(key)
                reason = refusal(url, self.allowed_domains, resolve=None)
                if reason:
                    yield FetchFailure(url=url, reason=reason, fetched_at=now(), stage="guard")
                continue
            self.linked[key] = depth
            yield scrapy.Request(url, callback=self.parse_page, errback=self.page_failed,
                                 priority=PRIORITY_LINK)

    def page_failed(self, failure):
        """Every page that could not be fetched becomes a failure row."""
        if failure.check(PageBudgetExceeded) or (
            failure.check(IgnoreRequest) and "robots" in str(failure.value).lower()
        ):
            return
        request = failure.request
        # A failed redirect chain is recorded under the URL that was linked, not the last hop.
        url = request.meta.get("redirect_urls", [request.url])[0]
        yield FetchFailure(url=url, reason=failure_reason(failure), fetched_at=now(),
                           stage="guard" if failure.check(AddressRefused) else "fetch")


def failure_reason(failure) -> str:
    """A readable reason for a failed request: the HTTP status, the guard's words, or the error."""
    response = getattr(failure.value, "response", None)
    if response is not None:
        return f"HTTP {response.status}"
    if failure.check(AddressRefused):
        return str(failure.value)
    detail = str(failure.value).strip() or (failure.type.__doc__ or "").strip().split("\n")[0]
    return f"{failure.type.__name__}: {detail}"
