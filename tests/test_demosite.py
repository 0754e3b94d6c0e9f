"""The bundled demo site: discovery files, review pages, validators and the server's test hooks."""

from __future__ import annotations

import gzip
import json
import urllib.error
import urllib.request
from collections import Counter
from email.utils import parsedate_to_datetime

import lxml.etree
import lxml.html
import pytest

from pipeline.demosite import CHROME_SNIPPETS, REVIEWS, SITE_NAME, DemoServer, build_site

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# No proxies: every request in these tests must stay on 127.0.0.1.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def fetch(url: str, headers: dict | None = None, method: str = "GET") -> tuple[int, dict, bytes]:
    """(status, headers, body) of a request; HTTP errors and 304s are returned, not raised."""
    request = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with _OPENER.open(request, timeout=10) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        with err:
            return err.code, dict(err.headers), err.read()


@pytest.fixture(scope="module")
def site():
    """A demo server private to this module (other tests count hits on the shared one)."""
    with DemoServer() as server:
        yield server


def review_url(site, review) -> str:
    return f"{site.url}/reviews/{review['slug']}/"


def test_ground_truth_is_well_formed():
    assert len(REVIEWS) >= 24
    assert len({r["slug"] for r in REVIEWS}) == len(REVIEWS)
    assert len({r["title"] for r in REVIEWS}) == len(REVIEWS)
    languages = Counter(r["language"] for r in REVIEWS)
    assert languages == {"en": len(REVIEWS) - 3, "es": 1, "fr": 1, "de": 1}
    for r in REVIEWS:
        assert r["item_type"] in ("TVSeries", "Movie")
        assert r["best"] == 10 and 1 <= r["rating"] <= 10
        assert r["modified"] >= r["published"]
        assert 4 <= len(r["paragraphs"]) <= 7, r["slug"]
        for para in r["paragraphs"]:
            assert 40 <= len(para.split()) <= 120, (r["slug"], para[:40])
            assert "<" not in para and "  " not in para


def test_chrome_snippets_never_occur_in_the_ground_truth():
    # Case-insensitive, so a test may check stored text either way without false alarms.
    for r in REVIEWS:
        text = " ".join([r["title"], *r["paragraphs"]]).lower()
        for snippet in CHROME_SNIPPETS:
            assert snippet.lower() not in text, (r["slug"], snippet)


def test_some_english_reviews_use_chrome_words_as_article_text():
    words = ("password", "privacy", "cookie", "newsletter", "logging in")
    hits = [r["slug"] for r in REVIEWS if r["language"] == "en"
            and sum(w in " ".join(r["paragraphs"]).lower() for w in words) >= 2]
    assert len(hits) >= 2, hits


def test_build_site_is_deterministic():
    assert build_site("http://127.0.0.1:1") == build_site("http://127.0.0.1:1/")


def test_robots_names_sitemap_and_disallows_admin(site):
    status, headers, body = fetch(site.url + "/robots.txt")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    lines = body.decode().splitlines()
    assert "User-agent: *" in lines and "Disallow: /admin/" in lines
    assert f"Sitemap: {site.url}/sitemap.xml" in lines


def test_sitemap_index_and_gzipped_review_sitemap(site):
    _, _, body = fetch(site.url + "/sitemap.xml")
    index = lxml.etree.fromstring(body)
    assert index.tag == SM + "sitemapindex"
    children = [loc.text for loc in index.iter(SM + "loc")]
    assert children == [site.url + "/sitemap-reviews.xml.gz", site.url + "/sitemap-pages.xml"]

    status, headers, body = fetch(children[0])
    assert status == 200 and headers["Content-Type"] == "application/x-gzip"
    urlset = lxml.etree.fromstring(gzip.decompress(body))
    listed = {u.findtext(SM + "loc"): u.findtext(SM + "lastmod") for u in urlset.iter(SM + "url")}
    assert listed == {review_url(site, r): r["modified"] for r in REVIEWS}

    _, _, body = fetch(children[1])
    pages = {loc.text for loc in lxml.etree.fromstring(body).iter(SM + "loc")}
    expected = ("/", "/reviews/", "/reviews/page/2/", "/about/", "/privacy/", "/terms/")
    assert {site.url + p for p in expected} <= pages


def test_feed_lists_latest_reviews_newest_first(site):
    status, headers, body = fetch(site.url + "/feed.xml")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    channel = lxml.etree.fromstring(body).find("channel")
    links = [item.findtext("link") for item in channel.iter("item")]
    newest = sorted(REVIEWS, key=lambda r: r["published"], reverse=True)[:10]
    assert links == [review_url(site, r) for r in newest]


@pytest.mark.parametrize("review", REVIEWS, ids=[r["slug"] for r in REVIEWS])
def test_review_page_carries_text_metadata_and_chrome(site, review):
    status, headers, body = fetch(review_url(site, review))
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    doc = lxml.html.fromstring(body)
    assert doc.get("lang") == review["language"]
    assert doc.findtext(".//title") == f"{review['title']} | {SITE_NAME}"
    page_paras = [p.text_content() for p in doc.iter("p")]
    for para in review["paragraphs"]:
        assert para in page_paras
    meta = {m.get("property") or m.get("name"): m.get("content") for m in doc.iter("meta")}
    assert meta["og:type"] == "article" and meta["og:site_name"] == SITE_NAME
    assert meta["author"] == review["author"]
    assert meta["article:published_time"].startswith(review["published"])
    assert doc.xpath("//link[@rel='canonical']/@href") == [review_url(site, review)]
    feeds = doc.xpath("//link[@rel='alternate'][@type='application/rss+xml']/@href")
    assert feeds == [site.url + "/feed.xml"]

    scripts = doc.xpath("//script[@type='application/ld+json']/text()")
    if review["markup"] == "microdata":
        assert not scripts
        (scope,) = doc.xpath("//*[@itemtype='https://schema.org/Review']")
        assert scope.xpath(".//*[@itemprop='datePublished']/@content") == [review["published"]]
        assert scope.xpath(".//*[@itemprop='ratingValue']/@content") == [str(review["rating"])]
    else:
        (data,) = [json.loads(s) for s in scripts]
        nodes = data["@graph"] if review["markup"] == "jsonld-graph" else [data]
        (node,) = [n for n in nodes if n["@type"] == "Review"]
        assert node["headline"] == review["title"]
        assert node["itemReviewed"] == {"@type": review["item_type"], "name": review["item_name"]}
        assert node["reviewRating"]["ratingValue"] == review["rating"]
        assert node["author"]["name"] == review["author"]
        assert node["datePublished"] == review["published"]
        assert node["publisher"]["name"] == SITE_NAME

    text = doc.text_content()
    for snippet in CHROME_SNIPPETS:
        assert snippet in text, snippet


def test_listing_pages_link_every_review_through_next_links(site):
    seen, path, pages = [], "/reviews/", 0
    while path:
        _, _, body = fetch(site.url + path)
        doc = lxml.html.fromstring(body)
        seen += doc.xpath("//article[@class='teaser']/h2/a/@href")
        nxt = doc.xpath("//a[@rel='next']/@href")
        path, pages = (nxt[0] if nxt else None), pages + 1
    assert pages >= 3 and "Previous page" in body.decode()
    newest_first = sorted(REVIEWS, key=lambda r: r["published"], reverse=True)
    assert seen == [f"/reviews/{r['slug']}/" for r in newest_first]


def test_other_pages_exist_and_admin_is_linked(site):
    for path in ("/", "/about/", "/privacy/", "/terms/", "/login/", "/tag/drama/"):
        status, _, body = fetch(site.url + path)
        assert status == 200, path
        assert b'<meta property="og:type" content="website">' in body
    _, _, home = fetch(site.url + "/")
    assert b'href="/admin/secret/"' in home


def test_etag_and_last_modified_give_304(site):
    url = review_url(site, REVIEWS[0])
    status, headers, body = fetch(url)
    etag, last_modified = headers["ETag"], headers["Last-Modified"]
    assert status == 200 and etag.startswith('"')
    assert parsedate_to_datetime(last_modified).date().isoformat() == REVIEWS[0]["modified"]
    assert fetch(url, {"If-None-Match": etag})[0] == 304
    assert fetch(url, {"If-None-Match": f'"other", W/{etag}'})[0] == 304
    assert fetch(url, {"If-None-Match": '"other"'})[0] == 200
    assert fetch(url, {"If-Modified-Since": last_modified})[0] == 304
    assert fetch(url, {"If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"})[0] == 200
    # If-None-Match wins over If-Modified-Since when both are sent.
    assert fetch(url, {"If-None-Match": '"other"', "If-Modified-Since": last_modified})[0] == 200


def test_head_unknown_paths_and_redirects(site):
    status, headers, body = fetch(site.url + "/", method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 0
    assert fetch(site.url + "/no/such/page/")[0] == 404
    review = REVIEWS[-1]
    status, _, body = fetch(site.url + f"/reviews/{review['slug']}")  # redirected to ".../"
    assert status == 200
    assert review["paragraphs"][0] in lxml.html.fromstring(body).text_content()


def test_hits_count_paths():
    with DemoServer() as server:
        fetch(server.url + "/about/")
        fetch(server.url + "/about/?utm_source=x", method="HEAD")
        fetch(server.url + "/missing/")
        assert server.hits == Counter({"/about/": 2, "/missing/": 1})
        assert server.requests[-1] == ("GET", "/missing/", 404)


def test_set_page_and_injected_pages():
    extra = {"/broken/": ("text/html", b"<html><body><p>unclosed"), "/about/": None,
             "/boom/": ("text/plain", "server error", 500)}
    with DemoServer(pages=extra, delay=0.01) as server:
        assert fetch(server.url + "/broken/")[2] == b"<html><body><p>unclosed"
        assert fetch(server.url + "/about/")[0] == 404
        assert fetch(server.url + "/boom/")[:1] == (500,)

        url = server.url + "/reviews/crumbs/"
        _, old_headers, _ = fetch(url)
        server.set_page("/reviews/crumbs/", "text/html; charset=utf-8", b"<p>rewritten</p>")
        status, headers, body = fetch(url, {"If-None-Match": old_headers["ETag"]})
        assert (status, body) == (200, b"<p>rewritten</p>")
        assert headers["ETag"] != old_headers["ETag"]
        # The page changed, so Last-Modified moved on and the old date no longer yields a 304.
        assert fetch(url, {"If-Modified-Since": old_headers["Last-Modified"]})[0] == 200
        assert fetch(url, {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    server.stop()  # idempotent
