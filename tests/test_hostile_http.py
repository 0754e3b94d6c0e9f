"""HTTP faults: slow, timing out, reset, failing then recovering, rate-limited, redirecting forever."""

from __future__ import annotations

import pytest
import sqlite_utils

from faultserver import ARTICLE_MARKER, FaultServer, hostile_crawl

GOOD = [1, 2, 3]
BACKOFF = 0.5
SETTINGS = ("DOWNLOAD_TIMEOUT=3", "RETRY_TIMES=2", f"CLEANCRAWL_RETRY_BACKOFF={BACKOFF}",
            "CLEANCRAWL_RETRY_AFTER_MAX=10")


@pytest.fixture(scope="module")
def faulty(tmp_path_factory):
    """One crawl through every HTTP fault, with good articles mixed in; robots.txt answers 500."""
    db = tmp_path_factory.mktemp("http") / "http.db"
    with FaultServer() as server:
        server.robots = "500"
        start = server.hub("/hub/http", [
            *[f"/article/{n}" for n in GOOD],
            "/slow/1/20",          # slow but within the timeout: stored
            "/slow/30/21",         # never answers in time
            "/trickle/22",         # headers at once, then a byte every 0.2 s
            "/reset/23",           # connection reset mid-body
            "/flaky/2/24",         # 503 twice, then fine: stored after backoff
            "/flaky/99/25",        # 503 forever
            "/ratelimited/2/26",   # 429 Retry-After: 2, then fine
            "/ratelimited/3600/27",  # 429 asking for an hour: given up, not waited for
            "/loop/a",             # a -> b -> a
            "/chain/4/28",         # four redirects, then the article
            "/chain/15/29",        # more redirects than REDIRECT_MAX_TIMES
        ])
        summary, proc = hostile_crawl(start, db=db, settings=SETTINGS)
        yield {"summary": summary, "proc": proc, "server": server, "db": sqlite_utils.Database(db)}


def stored(ctx) -> dict[str, str]:
    return {r["url"]: r["text"] for r in ctx["db"].query("select url, text from articles")}


def failures(ctx) -> dict[str, str]:
    return {r["url"].replace(ctx["server"].url, ""): r["reason"]
            for r in ctx["db"].query("select url, reason from failures")}


def test_the_crawl_finishes_despite_every_fault(faulty):
    assert faulty["summary"]["status"] == "finished", faulty["proc"].stderr[-3000:]


def test_every_good_article_is_stored_when_robots_txt_errors(faulty):
    url = faulty["server"].url
    articles = stored(faulty)
    for n in (*GOOD, 20, 24, 26, 28):
        page = f"{url}/chain/0/28" if n == 28 else next(u for u in articles if u.endswith(f"/{n}"))
        assert f"{ARTICLE_MARKER}{n}" in articles[page]


@pytest.mark.parametrize("path, words", [
    ("/slow/30/21", "TimeoutError"),
    ("/trickle/22", "TimeoutError"),
    ("/reset/23", "DataLoss"),
    ("/flaky/99/25", "HTTP 503"),
    ("/ratelimited/3600/27", "HTTP 429"),
    ("/loop/a", "redirect loop"),
    ("/chain/15/29", "max redirections"),
])
def test_each_fault_is_recorded_with_its_reason(faulty, path, words):
    assert words in failures(faulty)[path]


def test_retries_back_off_exponentially(faulty):
    times = faulty["server"].times["/flaky/2/24"]
    assert len(times) == 3
    assert times[1] - times[0] >= BACKOFF * 0.9
    assert times[2] - times[1] >= 2 * BACKOFF * 0.9


def test_retry_after_is_honoured(faulty):
    times = faulty["server"].times["/ratelimited/2/26"]
    assert len(times) == 2 and times[1] - times[0] >= 1.9


def test_a_retry_after_beyond_the_cap_is_not_retried(faulty):
    assert faulty["server"].hits["/ratelimited/3600/27"] == 1


def test_a_broken_page_is_retried_a_bounded_number_of_times(faulty):
    assert faulty["server"].hits["/flaky/99/25"] == 3  # first try + RETRY_TIMES


def test_a_redirect_loop_is_followed_once_around(faulty):
    hits = faulty["server"].hits
    assert hits["/loop/a"] == 1 and hits["/loop/b"] == 1


@pytest.mark.parametrize("mode", ["reset"])
def test_a_broken_robots_txt_does_not_stop_the_crawl(tmp_path, mode):
    with FaultServer() as server:
        server.robots = mode
        summary, proc = hostile_crawl(server.hub("/hub/r", ["/article/5"]), db=tmp_path / "r.db")
        assert summary["status"] == "finished", proc.stderr[-3000:]
        db = sqlite_utils.Database(tmp_path / "r.db")
        assert db.execute("select count(*) from articles where url = ?",
                          [f"{server.url}/article/5"]).fetchone()[0] == 1
