"""Hostile sitemaps: malformed, entity expansion, external entities, bombs, loops, millions of URLs."""

from __future__ import annotations

import time

import pytest
import sqlite_utils

from crawler.discovery import SitemapError, sitemap_body, sitemap_entries
from faultserver import ARTICLE_MARKER, MILLION, FaultServer, hostile_crawl, sitemap_bomb

GOOD = [1, 2, 3]


@pytest.fixture(scope="module")
def sitemaps(tmp_path_factory):
    """One crawl whose robots.txt names every hostile sitemap; the good URLs are in them too."""
    tmp = tmp_path_factory.mktemp("sitemaps")
    secret = tmp / "secret.txt"
    sitemap_bomb()  # built before the crawl, so serving it is instant
    with FaultServer() as server:
        # If the external entity were read, its URL would be crawled.
        secret.write_text(f"{server.url}/canary/leaked-file")
        server.sitemap_articles = GOOD
        server.sitemaps = ["/sitemaps/malformed.xml", "/sitemaps/laughs.xml",
                           f"/sitemaps/xxe.xml?file={secret}", "/sitemaps/bomb.xml.gz",
                           "/sitemaps/loop-a.xml"]
        start = server.hub("/hub/empty", [])
        started = time.monotonic()
        summary, proc = hostile_crawl(start, db=tmp / "sm.db")
        yield {"summary": summary, "proc": proc, "server": server, "seconds": time.monotonic() - started,
               "db": sqlite_utils.Database(tmp / "sm.db")}


def sitemap_failures(ctx) -> dict[str, str]:
    return {r["url"].replace(ctx["server"].url, "").split("?")[0]: r["reason"]
            for r in ctx["db"].query("select url, reason from failures where stage = 'sitemap'")}


def test_the_crawl_finishes(sitemaps):
    assert sitemaps["summary"]["status"] == "finished", sitemaps["proc"].stderr[-3000:]


def test_good_entries_of_broken_and_looping_sitemaps_are_stored(sitemaps):
    texts = {r["url"]: r["text"] for r in sitemaps["db"].query("select url, text from articles")}
    for n in GOOD:
        assert f"{ARTICLE_MARKER}{n}" in texts[f"{sitemaps['server'].url}/article/{n}"]


@pytest.mark.parametrize("path, words", [
    ("/sitemaps/malformed.xml", "malformed sitemap, 4 entries read"),
    ("/sitemaps/laughs.xml", "declares XML entities"),
    ("/sitemaps/xxe.xml", "declares XML entities"),
    ("/sitemaps/bomb.xml.gz", "exceeded the specified maximum"),
])
def test_each_hostile_sitemap_is_recorded_with_its_reason(sitemaps, path, words):
    assert words in sitemap_failures(sitemaps)[path]


def test_external_entities_are_never_fetched_or_read(sitemaps):
    hits = sitemaps["server"].hits
    assert hits["/canary/xxe-fetch"] == 0
    assert hits["/canary/leaked-file"] == 0


def test_a_sitemap_index_loop_fetches_each_sitemap_once(sitemaps):
    hits = sitemaps["server"].hits
    assert hits["/sitemaps/loop-a.xml"] == 1 and hits["/sitemaps/loop-b.xml"] == 1


def test_billion_laughs_is_refused_without_expanding():
    with FaultServer() as server:
        server.sitemap_articles = GOOD
        import urllib.request
        body = urllib.request.urlopen(server.url + "/sitemaps/laughs.xml", timeout=10).read()
    started = time.monotonic()
    with pytest.raises(SitemapError, match="entities"):
        list(sitemap_entries(body))
    assert time.monotonic() - started < 1


def test_a_gzip_bomb_sitemap_stops_at_the_cap():
    with pytest.raises(SitemapError, match="maximum"):
        sitemap_body(sitemap_bomb(), max_size=1024 * 1024)


def test_a_sitemap_of_millions_of_urls_is_read_in_part_and_bounded(tmp_path):
    """2,000,000 URLs streamed: the crawler reads 1 MB of it, queues those, and moves on."""
    with FaultServer() as server:
        server.sitemaps = ["/sitemaps/million.xml"]
        summary, proc = hostile_crawl(server.hub("/hub/m", []), db=tmp_path / "m.db",
                                      settings=("CLEANCRAWL_SITEMAP_MAXSIZE=1000000",),
                                      args=("--max-pages", "25"))
        sent = server.sent["/sitemaps/million.xml"]
    assert summary["status"] == "finished", proc.stderr[-3000:]
    full_size = MILLION * len("<url><loc>http://127.0.0.1:65535/article/1000000</loc></url>\n")
    assert sent < full_size / 20
    db = sqlite_utils.Database(tmp_path / "m.db")
    assert db.execute("select count(*) from articles where text like ?",
                      [f"%{ARTICLE_MARKER}%"]).fetchone()[0] >= 10
    reason = db.execute("select reason from failures where stage = 'sitemap'").fetchone()[0]
    assert "read the first" in reason
