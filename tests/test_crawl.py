"""End-to-end crawls with the real crawler against recorded pages served on loopback."""

from __future__ import annotations

import gzip
import os
import socket
import subprocess
import sys
import time

import sqlite_utils

from conftest import FAST_SETTINGS, ROOT, crawl
from pagesserver import PagesServer, article_page

WORDS = ("river lantern harvest signal orchard canvas meadow thunder archive compass "
         "velvet harbour glacier cinder quartz marble falcon ember willow saffron").split()


def paragraphs(seed: int, count: int = 4) -> list[str]:
    """Distinct, deterministic article paragraphs for page number `seed`."""
    out = []
    for p in range(count):
        words = [WORDS[(seed * 7 + p * 3 + i) % len(WORDS)] for i in range(45)]
        out.append(f"Story {seed} part {p}: " + " ".join(words) + ".")
    return out


def urlset(urls: list[str]) -> str:
    entries = "".join(f"<url><loc>{u}</loc><lastmod>2026-01-0{1 + i % 9}</lastmod></url>"
                      for i, u in enumerate(urls))
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'


def stored_urls(db) -> set[str]:
    return {r["url"] for r in sqlite_utils.Database(db)["articles"].rows}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_sitemap_index_named_in_robots_txt_with_gzip_is_followed(fresh_db):
    with PagesServer({}) as srv:
        urls = [f"{srv.url}/s/{i}" for i in range(3)]
        srv.pages.update({
            "/": ("text/html", "<html><body><p>Welcome</p></body></html>"),
            "/robots.txt": ("text/plain", f"User-agent: *\nSitemap: {srv.url}/maps/index.xml\n"),
            "/maps/index.xml": ("application/xml",
                                '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                f"<sitemap><loc>{srv.url}/maps/a.xml.gz</loc></sitemap></sitemapindex>"),
            "/maps/a.xml.gz": ("application/x-gzip", gzip.compress(urlset(urls).encode())),
            **{f"/s/{i}": ("text/html", article_page(f"Sitemap story {i}", paragraphs(i))) for i in range(3)},
        })
        summary = crawl(srv.url + "/", db=fresh_db)
    assert stored_urls(fresh_db) == set(urls)
    assert summary["status"] == "finished"
    assert summary["new"] == 3


def test_sitemap_xml_is_tried_when_robots_txt_names_none(fresh_db):
    with PagesServer({}) as srv:
        urls = [f"{srv.url}/s/{i}" for i in range(2)]
        srv.pages.update({
            "/": ("text/html", "<html><body><p>Welcome</p></body></html>"),
            "/sitemap.xml": ("application/xml", urlset(urls)),
            **{f"/s/{i}": ("text/html", article_page(f"Fallback story {i}", paragraphs(10 + i))) for i in range(2)},
        })
        crawl(srv.url + "/", db=fresh_db)
        assert srv.hits["/robots.txt"] >= 1
    assert stored_urls(fresh_db) == set(urls)


def test_feed_linked_from_a_page_is_followed(fresh_db):
    with PagesServer({}) as srv:
        urls = [f"{srv.url}/f/{i}" for i in range(3)]
        items = "".join(f"<item><title>t{i}</title><link>{u}</link></item>" for i, u in enumerate(urls))
        srv.pages.update({
            "/": ("text/html", '<html><head><link rel="alternate" type="application/rss+xml" href="/feed">'
                               "</head><body><p>Welcome</p></body></html>"),
            "/feed": ("application/rss+xml", f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'),
            **{f"/f/{i}": ("text/html", article_page(f"Feed story {i}", paragraphs(20 + i))) for i in range(3)},
        })
        crawl(srv.url + "/", db=fresh_db)
    assert stored_urls(fresh_db) == set(urls)


def test_links_inside_the_site_are_followed_and_other_hosts_are_not(fresh_db):
    with PagesServer({}) as srv:
        srv.pages.update({
            "/": ("text/html", '<html><body><a href="/l/0">first</a>'
                               '<a href="http://127.0.0.2:9/elsewhere">other host</a></body></html>'),
            **{f"/l/{i}": ("text/html", article_page(f"Linked story {i}", paragraphs(30 + i), [f"/l/{i + 1}"]))
               for i in range(3)},
        })
        crawl(srv.url + "/", db=fresh_db)
    assert stored_urls(fresh_db) == {f"{srv.url}/l/{i}" for i in range(3)}


def test_only_links_a_browser_would_follow_are_crawled(fresh_db):
    # Links are read from the markup without a parse (crawler/links.py): anchors in comments,
    # scripts and templates are no links, <base href> moves relative ones, entities are decoded.
    with PagesServer({}) as srv:
        srv.pages.update({
            "/": ("text/html", '<html><head><base href="/l/"></head><body>'
                               '<!-- <a href="/hidden/comment">old</a> -->'
                               '<script>document.write(\'<a href="/hidden/script">x</a>\')</script>'
                               '<template><a href="/hidden/template">t</a></template>'
                               '<a class="x" title="a > b" href="0">relative to base</a>'
                               '<A HREF=\'/l/1?a=1&amp;b=2\'>entity</A>'
                               '<a data-href="/hidden/data" href="/l/2">data attribute first</a>'
                               '<a href="mailto:desk@example.com">mail</a><a href="/l/report.pdf">pdf</a>'
                               "</body></html>"),
            "/l/0": ("text/html", article_page("Linked story 0", paragraphs(40))),
            "/l/1?a=1&b=2": ("text/html", article_page("Linked story 1", paragraphs(41))),
            "/l/2": ("text/html", article_page("Linked story 2", paragraphs(42))),
            **{f"/hidden/{k}": ("text/html", article_page(f"Hidden {k}", paragraphs(50 + i)))
               for i, k in enumerate(("comment", "script", "template", "data"))},
        })
        crawl(srv.url + "/", db=fresh_db)
        hits = dict(srv.hits)
    assert stored_urls(fresh_db) == {f"{srv.url}/l/0", f"{srv.url}/l/1?a=1&b=2", f"{srv.url}/l/2"}
    assert not [path for path in hits if path.startswith("/hidden") or path.endswith(".pdf")]


def test_hostile_tag_soup_costs_link_reading_one_pass():
    # Start tags that never close, quotes that never end: each pattern was once a scan to the
    # end of the page per "<a", minutes of the reactor thread for a megabyte.
    from crawler import links

    for soup in (b"<a x=1 " * 150_000, b"<a '" * 250_000, b"<base " * 200_000,
                 b"<link rel=alternate " * 50_000, b"<a href " + b"= " * 500_000):
        started = time.monotonic()
        links.targets(soup, "http://site.test/", "utf-8")
        assert time.monotonic() - started < 5


def test_broken_pages_binary_bodies_and_unreachable_urls_become_failures(fresh_db):
    dead = f"http://127.0.0.1:{free_port()}/gone"
    with PagesServer({}) as srv:
        srv.pages.update({
            "/": ("text/html", f'<html><body><a href="/good">g</a><a href="/boom">b</a>'
                               f'<a href="/image">i</a><a href="/empty">e</a></body></html>'),
            "/good": ("text/html", article_page("Good story", paragraphs(40))),
            "/boom": (500, "text/html", "<html><body>Internal error</body></html>"),
            "/image": ("text/html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
            "/empty": ("text/html", b""),
        })
        crawl(srv.url + "/", dead, db=fresh_db)
    db = sqlite_utils.Database(fresh_db)
    reasons = {r["url"].rsplit("/", 1)[-1]: r["reason"] for r in db["failures"].rows}
    assert "500" in reasons["boom"]
    assert "PNG" in reasons["image"]
    assert "empty" in reasons["empty"]
    assert "gone" in reasons
    assert stored_urls(fresh_db) == {f"{srv.url}/good"}


def test_max_pages_bounds_a_run(fresh_db):
    with PagesServer({}) as srv:
        srv.pages.update({
            "/": ("text/html", "".join(f'<a href="/l/{i}">{i}</a>' for i in range(30))),
            **{f"/l/{i}": ("text/html", article_page(f"Story {i}", paragraphs(50 + i))) for i in range(30)},
        })
        summary = crawl(srv.url + "/", db=fresh_db, args=("--max-pages", "5"))
    assert summary["status"] == "finished"
    assert 0 < len(stored_urls(fresh_db)) < 30


def test_scrapy_crawl_works_without_the_cli(fresh_db):
    with PagesServer({}) as srv:
        srv.pages.update({
            "/": ("text/html", '<a href="/l/0">x</a>'),
            "/l/0": ("text/html", article_page("Direct story", paragraphs(90))),
        })
        cmd = [sys.executable, "-m", "scrapy", "crawl", "site", "-a", f"start_urls={srv.url}/",
               "-s", f"CLEANCRAWL_DB={fresh_db}"]
        for s in FAST_SETTINGS:
            cmd += ["-s", s]
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120,
                              env={k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    db = sqlite_utils.Database(fresh_db)
    assert stored_urls(fresh_db) == {f"{srv.url}/l/0"}
    assert db["runs"].get(1)["status"] == "finished"
