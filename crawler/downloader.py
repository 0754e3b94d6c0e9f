"""Scrapy's downloader with each slot's concurrency kept on the asyncio reactor.

Scrapy 2.19 counts a request as transferring only once its download task runs, and asyncio
runs a task on a later turn of the loop: one pass over a slot's queue started every request in
it. With CONCURRENT_REQUESTS_PER_DOMAIN=8 and no download delay, 31 requests were open to one
host at once (issue 9's benchmark; `tests/test_politeness.py`). A delay hides the bug, since
Scrapy then starts one request per pass. Here a request counts as transferring from the moment
its task is created; Scrapy's own `_download` adds it again (a set: no change) and removes it.
"""

from __future__ import annotations

from time import monotonic

from scrapy.core.downloader import Downloader
from scrapy.utils.asyncio import call_later
from scrapy.utils.defer import _schedule_coro


class SlotLimitedDownloader(Downloader):
    """`Downloader` whose slots never transfer more requests than their concurrency."""

    def _process_queue(self, slot) -> None:
        if slot.latercall:
            return  # a delayed pass is due already
        now = monotonic()
        delay = slot.download_delay()
        if delay:
            penalty = delay - now + slot.lastseen
            if penalty > 0:
                slot.latercall = call_later(penalty, self._latercall, slot)
                return
        while slot.queue and slot.free_transfer_slots() > 0:
            slot.lastseen = now
            request, queue_dfd = slot.queue.popleft()
            slot.transferring.add(request)  # the fix: counted before its task runs
            _schedule_coro(self._wait_for_download(slot, request, queue_dfd))
            if delay:  # one request per delay, as Scrapy does
                self._process_queue(slot)
                break


if not hasattr(Downloader, "_wait_for_download"):  # a Scrapy whose loop this does not copy
    SlotLimitedDownloader = Downloader  # noqa: F811
