"""Scrapy settings for cleancrawl. Project settings are prefixed CLEANCRAWL_."""

BOT_NAME = "cleancrawl"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# --- Identity and politeness -----------------------------------------------------------------
USER_AGENT = "cleancrawl/0.1 (+https://github.com/cleancrawl/cleancrawl)"
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 8
DOWNLOAD_DELAY = 0.25

# --- Timeouts, retries, size caps --------------------------------------------------------------
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# Pages larger than this are aborted; also caps decompressed sizes (gzip bombs).
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
REDIRECT_MAX_TIMES = 10
DEPTH_LIMIT = 20

# --- Item processing ---------------------------------------------------------------------------
# Cleaning happens in worker processes; a few items in flight per response are plenty, and
# Scrapy's default of 100 costs CPU for nothing (issue 9).
CONCURRENT_ITEMS = 16
# Back-pressure (issue 9): the pipeline hands at most 2 pages per cleaning worker to the pool;
# pages waiting for a worker keep their response in the scraper, and once those responses add
# up to this many bytes Scrapy stops starting downloads. Memory stays bounded whatever the site.
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 5_000_000
ITEM_PIPELINES = {"crawler.pipelines.CleanCrawlPipeline": 300}
SPIDER_MIDDLEWARES = {
    # Skips stored articles that are not due and revalidates the rest (issue 6); nearest the
    # spider, so the requests it drops never reach depth or offsite accounting.
    "crawler.incremental.IncrementalMiddleware": 950,
    # Sitemap/feed entries into private networks become failure rows before scheduling (issue 10).
    "crawler.middlewares.AddressGuardSpiderMiddleware": 550,
}
# Keeps CONCURRENT_REQUESTS_PER_DOMAIN on the asyncio reactor, which Scrapy 2.19 does not
# without a download delay (crawler/downloader.py).
DOWNLOADER = "crawler.downloader.SlotLimitedDownloader"
DOWNLOADER_MIDDLEWARES = {
    # Before offsite (50) and robots.txt (100): a refused address is never touched (issue 10).
    "crawler.middlewares.AddressGuardMiddleware": 40,
    # --max-pages: an exact bound on pages fetched, discovery files excluded.
    "crawler.middlewares.PageBudgetMiddleware": 45,
    # Scrapy's retry, spaced out with backoff and Retry-After (issue 10).
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    # Meta refresh without decoding every page's whole body in the crawl process (issue 9).
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.middlewares.QuickMetaRefreshMiddleware": 580,
    "crawler.middlewares.RedirectLoopMiddleware": 610,
    "crawler.middlewares.RedirectGuardMiddleware": 620,
}

# --- Nothing listens unless asked (issue 10) -------------------------------------------------
# The telnet console (a Python shell on a port) starts only with `cleancrawl crawl --telnet`,
# which sets TELNETCONSOLE_ENABLED=True. RemoteControl runs code sent to it over HTTP and writes
# its token under the user's home: never wanted here.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
EXTENSIONS = {
    "scrapy.extensions.remote_control.RemoteControl": None,
}

# --- cleancrawl --------------------------------------------------------------------------------
CLEANCRAWL_DB = None             # path of the SQLite database; required for storage
CLEANCRAWL_WORKERS = None        # cleaning processes; None = one per core, 0 = inline
CLEANCRAWL_PAGES_PER_WORKER = 2  # pages handed to the pool per worker at once (4: no faster, 5,000 pages)
CLEANCRAWL_WORKER_NICE = 5       # workers' nice increment: the crawl process that feeds them goes first
# How cleaning workers start (issue 9). "forkserver": one process loads the cleaning code and
# its data once and the workers fork from it, sharing those pages (least memory: PSS); each
# worker's RSS still counts them. "spawn": each worker loads its own copy, no forkserver process.
CLEANCRAWL_POOL_START = "forkserver"
CLEANCRAWL_GC_THRESHOLD = 20_000  # crawl process: young-object collections every this many allocations
CLEANCRAWL_BATCH_SIZE = 50       # articles written per transaction
CLEANCRAWL_DISK_QUEUE = True     # queued requests on disk (a temporary JOBDIR): flat memory on big sites
CLEANCRAWL_FLUSH_SECONDS = 2.0   # ... or at least this often
CLEANCRAWL_TEMPLATES = True      # learn each site's template across its pages (pipeline/templates.py)
# Incremental runs (issue 6): a stored article is re-requested (conditionally) once this long
# has passed since it was last fetched; None = the site's recrawl_after from sites.toml, else 0.
CLEANCRAWL_RECRAWL_AFTER = None
CLEANCRAWL_INCREMENTAL = True
CLEANCRAWL_LOCK = True           # one crawl per database: DB.lock (pipeline/locking.py)
CLEANCRAWL_LOCK_FD = None        # set by `cleancrawl crawl`, which holds the lock already
# Address guard (crawler/guard.py): private/loopback/metadata addresses are refused unless named.
CLEANCRAWL_ADDRESS_GUARD = True
CLEANCRAWL_ALLOWED_HOSTS = []    # hosts allowed besides the start URLs' hosts
CLEANCRAWL_RESOLVER = "crawler.guard.system_resolve"  # host -> addresses; tests stub it
# Connections resolve through the guard too, so the address judged is the address connected to.
TWISTED_DNS_RESOLVER = "crawler.guard.GuardedResolver"
# Retries: base * 2^n seconds apart; a Retry-After longer than the cap gives the page up.
CLEANCRAWL_RETRY_BACKOFF = 1.0
CLEANCRAWL_RETRY_BACKOFF_MAX = 30.0
CLEANCRAWL_RETRY_AFTER_MAX = 120.0
# Sitemaps are read up to this many bytes; the rest of a larger one is dropped, not the whole.
CLEANCRAWL_SITEMAP_MAXSIZE = 10 * 1024 * 1024

# --- Distributed crawls (issue 9) -------------------------------------------------------------
# `cleancrawl crawl --redis URL` sets CLEANCRAWL_REDIS_URL; the add-on then switches to the
# scrapy-redis frontier and pushes cleaned pages to Redis for `cleancrawl ingest`.
ADDONS = {"crawler.redis_mode.RedisMode": 0}
CLEANCRAWL_REDIS_URL = None
CLEANCRAWL_IDLE_SECONDS = 30     # a worker stops once the shared frontier was idle this long
CLEANCRAWL_WORKER_ID = None      # name in Redis of this worker's counts; default host:pid:random

# --- Framework ---------------------------------------------------------------------------------
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
HTTPCACHE_ENABLED = False
