"""Meta-refresh redirects are followed, and pages without one are not decoded to look for it."""

from __future__ import annotations

import sqlite_utils

from conftest import crawl
from crawler.middlewares import QuickMetaRefreshMiddleware, may_refresh
from pagesserver import PagesServer, article_page
from test_crawl import paragraphs


def test_meta_refresh_pages_lead_to_their_targets_in_utf8_and_utf16(fresh_db):
    with PagesServer({}) as srv:
        refresh = '<html><head><META HTTP-EQUIV="Refresh" CONTENT="0; URL={}"></head><body>Moved</body></html>'
        srv.pages.update({
            "/": ("text/html", article_page("Front page", paragraphs(1), links=["/old-one/", "/old-two/"])),
            "/old-one/": ("text/html", refresh.format("/story-one/")),
            # UTF-16 spells "refresh" with NUL bytes between its letters: Scrapy's own check decides
            "/old-two/": ("text/html; charset=utf-16", ("\ufeff" + refresh.format("/story-two/")).encode("utf-16-le")),
            "/story-one/": ("text/html", article_page("Story one", paragraphs(2))),
            "/story-two/": ("text/html", article_page("Story two", paragraphs(3))),
        })
        crawl(srv.url + "/", db=fresh_db)
        assert srv.hits["/story-one/"] == 1
        assert srv.hits["/story-two/"] == 1
    stored = {r["url"] for r in sqlite_utils.Database(fresh_db)["articles"].rows}
    assert {srv.url + "/story-one/", srv.url + "/story-two/"} <= stored


def test_a_page_without_refresh_is_passed_on_undecoded():
    from scrapy.http import HtmlResponse, Request
    from scrapy.settings import Settings

    body = article_page("Plain", paragraphs(4)).encode()
    response = HtmlResponse("http://127.0.0.1/plain/", body=body)
    middleware = QuickMetaRefreshMiddleware(Settings())
    assert middleware.process_response(Request(response.url), response) is response
    assert response._cached_ubody is None  # Scrapy's decoded text: never made


def test_may_refresh_is_false_only_for_ascii_compatible_heads_without_the_word():
    assert may_refresh(b'<meta http-equiv="REFRESH" content="5">') is True
    assert may_refresh("<p>refresh</p>".encode("utf-16")) is True
    assert may_refresh(b"<html><head><title>Caf\xc3\xa9</title></head>") is False
