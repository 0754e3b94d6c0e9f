"""SiteSpider: crawl whole sites from their start URLs via sitemaps, then feeds, then links."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.sitemap import sitemap_urls_from_robots

from crawler.discovery import feed_entries, sitemap_body, sitemap_entries
from crawler.items import FetchedPage, FetchFailure
from pipeline.store import now

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


def split_urls(value) -> list[str]:
    """Start URLs from a list, or a comma/whitespace separated string (-a start_urls=...)."""
    if not value:
        return []
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    return [u.strip() for u in value if u.strip()]


class SiteSpider(scrapy.Spider):
    """Discovers every page of the given sites and yields them as FetchedPage items."""

    name = "site"

    def __init__(self, start_urls=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_urls = split_urls(start_urls)
        if not self.start_urls:
            raise ValueError("SiteSpider needs start_urls (-a start_urls=URL[,URL...])")
        self.allowed_domains = sorted({urlsplit(u).hostname for u in self.start_urls if urlsplit(u).hostname})
        # Hosts are checked here rather than with allow_domains, which compares host:port.
        self.link_extractor = LinkExtractor(deny_extensions=SKIP_EXTENSIONS, unique=True)

    async def start(self):
        """Ask each site for its robots.txt (sitemaps) and its start page (feeds, links)."""
        for url in self.start_urls:
            robots = urljoin(url, "/robots.txt")
            yield scrapy.Request(robots, callback=self.parse_robots, errback=self.robots_failed,
                                 priority=PRIORITY_SITEMAP_FILE, dont_filter=True,
                                 meta={"handle_httpstatus_list": [404, 410, 403, 401]})
            yield scrapy.Request(url, callback=self.parse_page, errback=self.page_failed,
                                 priority=PRIORITY_START, cb_kwargs={"via": "start"})

    # -- sitemaps -----------------------------------------------------------------------------
    def parse_robots(self, response):
        """Follow the sitemaps robots.txt names, or /sitemap.xml when it names none."""
        sitemaps = []
        if response.status == 200:
            sitemaps = list(sitemap_urls_from_robots(response.body, base_url=response.url))
        if not sitemaps:
            sitemaps = [urljoin(response.url, "/sitemap.xml")]
        for sm in sitemaps:
            yield self.sitemap_request(sm)

    def robots_failed(self, failure):
        """No robots.txt: still look for /sitemap.xml."""
        yield self.sitemap_request(urljoin(failure.request.url, "/sitemap.xml"))

    def sitemap_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_sitemap, errback=self.discovery_failed,
                              priority=PRIORITY_SITEMAP_FILE)

    def parse_sitemap(self, response):
        """Queue the URLs of a sitemap (or the sitemaps of an index)."""
        body = sitemap_body(response.body, self.settings.getint("DOWNLOAD_MAXSIZE"))
        if body is None:
            self.logger.info("not a sitemap: %s", response.url)
            return
        for kind, loc, lastmod in sitemap_entries(body):
            loc = urljoin(response.url, loc)
            if kind == "sitemap":
                yield self.sitemap_request(loc)
            else:
                yield scrapy.Request(loc, callback=self.parse_page, errback=self.page_failed,
                                     priority=PRIORITY_SITEMAP_URL,
                                     cb_kwargs={"via": "sitemap"}, meta={"lastmod": lastmod})

    # -- feeds --------------------------------------------------------------------------------
    def parse_feed(self, response):
        """Queue the entries of an RSS/Atom feed."""
        for link, date in feed_entries(response.body):
            yield scrapy.Request(urljoin(response.url, link), callback=self.parse_page,
                                 errback=self.page_failed, priority=PRIORITY_FEED_URL,
                                 cb_kwargs={"via": "feed"}, meta={"feed_date": date})

    def discovery_failed(self, failure):
        """A sitemap or feed that could not be fetched: logged, not a page failure."""
        self.logger.info("discovery file unavailable: %s (%s)", failure.request.url, failure.value)

    # -- pages --------------------------------------------------------------------------------
    def parse_page(self, response, via: str = "link"):
        """Hand the page to the item pipeline and follow its feeds and links."""
        yield FetchedPage(
            url=response.request.meta.get("redirect_urls", [response.url])[0],
            final_url=response.url,
            status=response.status,
            headers={k.decode("latin-1"): b",".join(v).decode("latin-1")
                     for k, v in response.headers.items()},
            body=response.body,
            fetched_at=now(),
            discovered_via=via,
        )
        if not isinstance(response, scrapy.http.TextResponse):
            return
        try:
            feeds = response.xpath(
                "//link[@rel='alternate'][contains(@type,'rss') or contains(@type,'atom')]/@href"
            ).getall()
            links = self.link_extractor.extract_links(response)
        except (ValueError, AttributeError) as exc:  # not parseable as HTML: nothing to follow
            self.logger.info("no links followed from %s: %s", response.url, exc)
            return
        for href in feeds:
            yield scrapy.Request(response.urljoin(href), callback=self.parse_feed,
                                 errback=self.discovery_failed, priority=PRIORITY_FEED_FILE)
        for link in links:
            if urlsplit(link.url).hostname not in self.allowed_domains:
                continue
            yield scrapy.Request(link.url, callback=self.parse_page, errback=self.page_failed,
                                 priority=PRIORITY_LINK)

    def page_failed(self, failure):
        """Every page that could not be fetched becomes a failure row."""
        if failure.check(IgnoreRequest) and "robots" in str(failure.value).lower():
            return
        request = failure.request
        response = getattr(failure.value, "response", None)
        reason = f"HTTP {response.status}" if response is not None else \
            f"{failure.type.__name__}: {failure.value}"
        yield FetchFailure(url=request.url, reason=reason, fetched_at=now())
