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
ITEM_PIPELINES = {"crawler.pipelines.CleanCrawlPipeline": 300}
SPIDER_MIDDLEWARES = {}
DOWNLOADER_MIDDLEWARES = {}

# --- Nothing listens unless asked (issue 10) -------------------------------------------------
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
EXTENSIONS = {
    "scrapy.extensions.telnet.TelnetConsole": None,
    "scrapy.extensions.remote_control.RemoteControl": None,
}

# --- cleancrawl --------------------------------------------------------------------------------
CLEANCRAWL_DB = None             # path of the SQLite database; required for storage
CLEANCRAWL_WORKERS = None        # cleaning processes; None = one per core, 0 = inline
CLEANCRAWL_BATCH_SIZE = 50       # articles written per transaction
CLEANCRAWL_FLUSH_SECONDS = 2.0   # ... or at least this often

# --- Framework ---------------------------------------------------------------------------------
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
HTTPCACHE_ENABLED = False
