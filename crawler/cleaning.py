"""The cleaning workers' side of crawler/pipelines.py: what runs in the process pool.

Kept free of Scrapy: the forkserver imports this module and every worker forks from it, so a
Scrapy import here would cost each of them ~35 MB for nothing (issue 9).
"""

from __future__ import annotations

import ctypes
import os
import ctypes.util
import signal

from crawler.items import FetchedPage

# Every this many pages a worker hands the C heap's free memory back to the system: lxml's
# parse trees leave it fragmented, and each worker's RSS crept up ~20 MB more (issue 9).
TRIM_EVERY = 16
_pages = 0


def _malloc_trim():
    """glibc's malloc_trim, or None elsewhere (musl, macOS)."""
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


malloc_trim = _malloc_trim()


def start_worker(nice: int = 0) -> None:
    """Pool initializer: ignore Ctrl-C, lower priority by nice, load and warm the cleaning code.

    Ctrl-C reaches the whole process group, but only the crawler decides: Scrapy stops fetching
    on SIGINT and waits for the pages in flight; the workers finish them. A lower priority lets
    the crawl process, which feeds every worker, run as soon as it has work: with one worker per
    core it otherwise waits for a time slice while the workers run out of pages (issue 9).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if nice:
        os.nice(nice)
    import crawler.cleaning_warm  # noqa: F401 - cleans one page, then gc.freeze()


def ready() -> int:
    """Nothing: submitted once per worker when the pool opens, so every worker starts then."""
    return os.getpid()


def clean_fetched(page: FetchedPage, prepare: bool = False):
    """Clean one fetched page; with prepare, (page, Prepared).

    Prepared is what the store derives from a page without SQL (compressed HTML, lines, MinHash
    signature): made here, in parallel, rather than in the single writer (issue 9).
    """
    # Imported here, not at the top: the crawl process imports this module too, and with
    # workers it never cleans; the cleaning libraries cost it ~50 MB (issue 9).
    from pipeline.clean import clean_html
    from pipeline.templates import prepare_page

    cleaned = clean_html(
        page.body,
        page.final_url,
        content_type=page.headers.get("Content-Type"),
        language_hint=page.language_hint,
    )
    if page.extra.get("article_allowed") is False:
        cleaned.is_article = False  # the site's article_patterns say this is no article
    global _pages
    _pages += 1
    if malloc_trim is not None and _pages % TRIM_EVERY == 0:
        malloc_trim(0)
    return (cleaned, prepare_page(cleaned, page.body)) if prepare else cleaned
