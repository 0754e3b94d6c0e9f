"""Cleaning workers run at a lower priority than the crawl process that feeds them."""

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
