"""Downloader and spider middlewares, one small class per concern."""


# -- address guard and polite retries (issue 10) ----------------------------------------------
import asyncio  # noqa: E402
import time  # noqa: E402
from email.utils import parsedate_to_datetime  # noqa: E402
from urllib.parse import urljoin, urlsplit  # noqa: E402

from scrapy import Request  # noqa: E402
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware  # noqa: E402
from scrapy.downloadermiddlewares.retry import RetryMiddleware  # noqa: E402
from scrapy.http import HtmlResponse  # noqa: E402
from scrapy.exceptions import IgnoreRequest, NotConfigured  # noqa: E402
from scrapy.utils.httpobj import urlparse_cached  # noqa: E402
from scrapy.utils.misc import load_object  # noqa: E402
from scrapy.utils.response import response_status_message  # noqa: E402

from crawler.guard import refusal  # noqa: E402
from crawler.items import FetchFailure  # noqa: E402
from pipeline.store import now  # noqa: E402


class AddressRefused(IgnoreRequest):
    """The address guard refused a request before any connection was made."""


class AddressGuard:
    """Verdicts of the address guard for one crawl: named hosts, the resolver, a cache per host."""

    def __init__(self, crawler):
        settings = crawler.settings
        if not settings.getbool("CLEANCRAWL_ADDRESS_GUARD", True):
            raise NotConfigured
        self.crawler = crawler
        self.resolve = load_object(settings.get("CLEANCRAWL_RESOLVER") or "crawler.guard.system_resolve")
        self.allowed_hosts = set(settings.getlist("CLEANCRAWL_ALLOWED_HOSTS"))
        self.verdicts: dict[str, str | None] = {}  # host -> refusal reason (None = allowed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def named_hosts(self) -> set[str]:
        """Hosts of the start URLs, plus CLEANCRAWL_ALLOWED_HOSTS."""
        urls = getattr(self.crawler.spider, "start_urls", None) or []
        return {urlsplit(u).hostname for u in urls if urlsplit(u).hostname} | self.allowed_hosts

    async def refusal(self, url: str) -> str | None:
        """Why url must not be fetched, or None; resolving blocks, so it runs in a thread."""
        host = urlsplit(url).hostname or ""
        if host not in self.verdicts:
            self.verdicts[host] = await asyncio.to_thread(refusal, url, self.named_hosts(), self.resolve)
        if self.verdicts[host]:
            self.crawler.stats.inc_value("address_guard/refused")
        return self.verdicts[host]


class AddressGuardMiddleware(AddressGuard):
    """Downloader side: no request to a private address the user did not name reaches a socket.

    Runs first in the downloader chain, before robots.txt handling, DNS and connecting; catches
    whatever the spider and redirect guards did not see (robots.txt of new hosts, other spiders).
    """

    async def process_request(self, request):
        reason = await self.refusal(request.url)
        if reason:
            raise AddressRefused(reason)
        return None


class RedirectGuardMiddleware(AddressGuard):
    """A redirect into a private network fails the request that was redirected, with the reason.

    Sits after RedirectMiddleware (600) in the response chain: the redirected request would be
    dropped silently by the offsite filter, leaving no trace of what the site tried.
    """

    async def process_response(self, request, response):
        location = response.headers.get("Location")
        if response.status in (301, 302, 303, 307, 308) and location:
            target = urljoin(request.url, location.decode("latin-1"))
            reason = await self.refusal(target)
            if reason:
                raise AddressRefused(f"redirect to {target} refused: {reason}")
        return response


class AddressGuardSpiderMiddleware(AddressGuard):
    """Spider side: a sitemap or feed entry into a private network becomes a recorded failure."""

    async def process_spider_output(self, response, result):
        async for item in result:
            if isinstance(item, Request):
                reason = await self.refusal(item.url)
                if reason:
                    yield FetchFailure(url=item.url, reason=reason, fetched_at=now(), stage="guard")
                    continue
            yield item


def retry_after_seconds(value: bytes | str | None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or HTTP-date); None if absent or bad."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, but spaced out: Retry-After is honoured, otherwise exponential backoff.

    Scrapy retries at once, which hammers a struggling server and ignores a 429's Retry-After.
    A Retry-After beyond CLEANCRAWL_RETRY_AFTER_MAX gives the page up rather than stall the crawl.
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff = settings.getfloat("CLEANCRAWL_RETRY_BACKOFF", 1.0)
        self.backoff_max = settings.getfloat("CLEANCRAWL_RETRY_BACKOFF_MAX", 30.0)
        self.retry_after_max = settings.getfloat("CLEANCRAWL_RETRY_AFTER_MAX", 120.0)

    def backoff_delay(self, retry_request) -> float:
        """base * 2^(n-1) seconds before the n-th retry, capped."""
        n = max(1, retry_request.meta.get("retry_times", 1))
        return min(self.backoff_max, self.backoff * 2 ** (n - 1))

    async def process_response(self, request, response):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        if wait is not None and wait > self.retry_after_max:
            return response  # the spider records it as an HTTP failure
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        await asyncio.sleep(wait if wait is not None else self.backoff_delay(retry))
        return retry

    async def process_exception(self, request, exception):
        retry = super().process_exception(request, exception)
        if retry is not None:
            await asyncio.sleep(self.backoff_delay(retry))
        return retry


class QuickMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's meta-refresh redirects, without decoding pages that cannot have one.

    Scrapy looks for <meta http-equiv="refresh"> in the first 4,096 characters of
    `response.text`, which decodes the whole body and keeps the text on the response for as
    long as the page waits for a cleaning worker: 18 MB for 50 pages in flight, and decoding
    time, in the crawl process (issue 9). A page whose head bytes do not even spell "refresh"
    has none; the rest (and bodies that are not ASCII-compatible, e.g. UTF-16) go to Scrapy.
    """

    # 4,096 characters are at most this many bytes in any ASCII-compatible encoding (UTF-8).
    HEAD_BYTES = 4 * 4096

    def process_response(self, request, response):
        if isinstance(response, HtmlResponse) and not may_refresh(response.body[:self.HEAD_BYTES]):
            return response
        return super().process_response(request, response)


def may_refresh(head: bytes) -> bool:
    """False only when these bytes surely hold no meta refresh: ASCII-compatible, no 'refresh'."""
    if b"\x00" in head[:256]:  # UTF-16/32: the word could be spelled with NULs in between
        return True
    return b"refresh" in head.lower()


class RedirectLoopMiddleware:
    """Fails a redirect that leads back into its own chain, so the loop is recorded, not dropped.

    Without it the scheduler's duplicate filter swallows the looping request silently.
    Sits after RedirectMiddleware (600) in the response chain.
    """

    def process_response(self, request, response):
        location = response.headers.get("Location")
        if response.status not in (301, 302, 303, 307, 308) or not location:
            return response
        target = urljoin(request.url, location.decode("latin-1"))
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target in chain:
            raise IgnoreRequest("redirect loop: " + " -> ".join([*chain[chain.index(target):], target]))
        return response


class PageBudgetExceeded(IgnoreRequest):
    """The run's --max-pages budget is spent; the request is dropped quietly."""


class PageBudgetMiddleware:
    """Fetch at most CLEANCRAWL_MAX_PAGES pages; robots.txt, sitemaps and feeds do not count.

    Counted after the dupefilter, at download time, so the bound is exact however many
    requests discovery queued (CLOSESPIDER_PAGECOUNT lets in-flight requests through). Once
    the budget is spent the spider is closed, so a huge queue is not drained one by one.
    """

    def __init__(self, crawler, limit: int):
        self.crawler = crawler
        self.limit = limit
        self.fetched = 0
        self.closing = False

    @classmethod
    def from_crawler(cls, crawler):
        limit = crawler.settings.getint("CLEANCRAWL_MAX_PAGES")
        if limit <= 0:
            raise NotConfigured
        return cls(crawler, limit)

    def process_request(self, request):
        if getattr(request.callback, "__name__", "") != "parse_page" or request.meta.get("redirect_times"):
            return None
        if self.fetched >= self.limit:
            if not self.closing:
                self.closing = True
                asyncio.ensure_future(self.crawler.engine.close_spider_async(reason="closespider_pagecount"))
            raise PageBudgetExceeded(f"--max-pages {self.limit} reached")
        self.fetched += 1
        return None
