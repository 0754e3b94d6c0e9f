"""Imported by each cleaning worker as it starts: clean one page before the first real one.

The first page a worker cleans loads langdetect's profiles, trafilatura's stop lists and other
lazy state. Loaded here, then gc.freeze(): the garbage collector never walks those long-lived
objects again, which made every later collection slower (issue 9).

Workers load this themselves rather than fork from a forkserver that loaded it: RSS, which the
memory target sums over processes, counts shared pages once per process, so a loaded
forkserver cost ~100 MB of it while its workers' own RSS hardly fell.
"""

from __future__ import annotations

import gc

from crawler.cleaning import clean_fetched
from crawler.items import FetchedPage

PARAGRAPH = ("The reviewer spent three weeks with the new espresso machine, pulling shots every "
             "morning and steaming milk for the household, and found it quiet, quick to heat and "
             "easy to clean, though its drip tray fills faster than it should. ")
PAGE = (f"<!DOCTYPE html><html lang='en'><head><title>A warm-up review</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>A warm-up review</h1>"
        f"{''.join(f'<p>{PARAGRAPH * 2}</p>' for _ in range(6))}</article>"
        f"<footer>Copyright</footer></body></html>").encode()


def warm_up() -> None:
    """Clean (and prepare) one page, then freeze what it loaded."""
    clean_fetched(FetchedPage(url="http://warm-up.invalid/review", final_url="http://warm-up.invalid/review",
                              status=200, headers={"Content-Type": "text/html; charset=utf-8"}, body=PAGE,
                              fetched_at="1970-01-01T00:00:00+00:00"), prepare=True)
    gc.collect()
    gc.freeze()


warm_up()
