"""The cleaning pool: workers at a lower priority, all started at once; the crawl process's
garbage collector."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
import multiprocessing

from crawler import cleaning


def test_workers_started_with_a_nice_increment_run_that_much_lower():
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(1, mp_context=context, initializer=cleaning.start_worker, initargs=(3,)) as pool:
        worker_nice = pool.submit(os.nice, 0).result(timeout=120)
    assert worker_nice == os.nice(0) + 3


def test_opening_the_pipeline_starts_every_worker_before_the_first_page():
    from scrapy.utils.test import get_crawler

    from crawler.pipelines import CleanCrawlPipeline

    crawler = get_crawler(settings_dict={"CLEANCRAWL_DB": "unused.db", "CLEANCRAWL_WORKERS": 2})
    pipeline = CleanCrawlPipeline(crawler)
    pool = pipeline._new_pool()
    try:
        # Both processes exist before any page (ProcessPoolExecutor's own table of them: the
        # answers below may all come from whichever worker warmed up first).
        started = set(pool._processes)
        answered = {f.result(timeout=120) for f in pipeline.warming}
    finally:
        pool.shutdown(wait=True)
    assert len(started) == 2 and os.getpid() not in started
    assert answered <= started


def test_the_crawl_process_collects_young_objects_less_often_and_never_walks_start_up_objects():
    import subprocess
    import sys

    code = ("import gc; from crawler.pipelines import tune_gc; before = gc.get_threshold(); tune_gc(0); "
            "same = gc.get_threshold() == before; tune_gc(20000); "
            "print(same, gc.get_threshold()[0], gc.get_freeze_count() > 1000)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "20000", "True"]



def test_the_pool_pipes_hold_a_whole_page_and_pages_still_round_trip():
    import fcntl

    from crawler.items import FetchedPage
    from crawler.pipelines import PIPE_BYTES, widen_pipes

    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(1, mp_context=context, initializer=cleaning.start_worker) as pool:
        assert widen_pipes(pool) == 2
        sizes = [fcntl.fcntl(end.fileno(), fcntl.F_GETPIPE_SZ)
                 for end in (pool._call_queue._writer, pool._result_queue._reader)]
        body = b"<html><body><h1>Wide pipes</h1>" + b"<p>" + b"word " * 60_000 + b"</p></body></html>"
        page = FetchedPage(url="http://127.0.0.1/a", final_url="http://127.0.0.1/a", status=200,
                           headers={"Content-Type": "text/html"}, body=body, fetched_at="2026-01-01T00:00:00")
        cleaned = pool.submit(cleaning.clean_fetched, page).result(timeout=120)
    assert sizes == [PIPE_BYTES, PIPE_BYTES]
    assert cleaned.text.count("word") == 60_000
