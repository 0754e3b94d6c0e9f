"""Per-site template learning: unit behaviour, a real crawl of templated sites, `clean` across pages."""

from __future__ import annotations

import io
import json
import sqlite3
from contextlib import ExitStack

import pytest
from conftest import BENCHMARKS, crawl, run_cli
from sitegen import TEMPLATES, SiteServer, build_site, chrome_lines, load_articles, shingle_scores

from pipeline.clean import CleanedPage, clean_html
from pipeline.templates import MIN_PAGES, SHORT_MIN_PAGES, learn_and_strip

KITCHEN, CINEMA, GEAR = (next(t for t in TEMPLATES if t.name == n)
                         for n in ("kitchen-blog", "cinema-columns", "gear-magazine"))


# -- the learner on plain pages (no extraction) ------------------------------------------------
CHROME = ["Fresh takes on old films, every single week of the year",
          "The Film Ledger is written by four friends who still buy tickets at the box office."]


def page(n: int, body: list[str], site: str = "films.example", top=CHROME[:1], bottom=CHROME[1:]) -> CleanedPage:
    text = "\n".join([*top, *body, *bottom])
    return CleanedPage(url=f"https://{site}/review/{n}", site=site, is_article=True,
                       page_kind="text-dense page", text=text, word_count=len(text.split()))


def body(n: int) -> list[str]:
    return [f"Review number {n} opens with a long paragraph about film {n} and its director {n}.",
            f"Its second paragraph discusses the cast of film {n} at some length, as reviews do.",
            f"Finally the review of film {n} ends with a verdict that is entirely its own, {n}."]


def test_lines_repeated_across_pages_are_removed_with_their_rule():
    out = learn_and_strip([page(n, body(n)) for n in range(6)])
    for p in out:
        assert not any(c in p.text for c in CHROME)
        assert p.text.splitlines() == body(int(p.url.rsplit("/", 1)[1]))
        assert sorted(r.text for r in p.removed if r.rule == "site-template") == sorted(CHROME)


def test_a_block_seen_on_one_page_is_never_removed():
    pages = [page(0, body(0))] + [page(n, body(n), top=(), bottom=()) for n in range(1, 8)]
    out = learn_and_strip(pages)
    assert out[0].text == pages[0].text
    assert all(not p.removed for p in out)


def test_two_copies_of_one_page_are_not_evidence():
    a = page(1, body(1))
    b = CleanedPage(**{**a.__dict__, "url": "https://films.example/review/1?ref=home"})
    out = learn_and_strip([a, b])
    assert [p.text for p in out] == [a.text, b.text]


def test_short_lines_repeated_inside_articles_are_kept():
    # "Verdict" on every review, a series line on a few: both article text, between paragraphs.
    pages = []
    for n in range(12):
        b = body(n)
        b.insert(2, "Verdict")
        if n % 4 == 0:
            b.insert(0, "Part of our silent era season")
        pages.append(page(n, b))
    out = learn_and_strip(pages)
    for p, q in zip(pages, out):
        assert "Verdict" in q.text.splitlines()
        assert ("Part of our silent era season" in q.text) == ("Part of our silent era season" in p.text)
        assert not any(c in q.text for c in CHROME)


def test_short_chrome_lines_need_many_pages():
    few = [page(n, body(n), top=["Film Ledger"], bottom=["Letters"]) for n in range(SHORT_MIN_PAGES - 1)]
    assert all(p.text == q.text for p, q in zip(few, learn_and_strip(few)))
    many = [page(n, body(n), top=["Film Ledger"], bottom=["Letters"]) for n in range(SHORT_MIN_PAGES)]
    assert all(q.text.splitlines() == body(n) for n, q in enumerate(learn_and_strip(many)))


def test_sites_are_learned_apart():
    pages = [page(n, body(n), site="films.example") for n in range(MIN_PAGES)]
    pages += [page(n, body(n), site="other.example", top=(), bottom=()) for n in range(3)]
    pages.append(page(9, body(9), site="third.example"))  # same chrome text, but alone on its site
    out = learn_and_strip(pages)
    assert all(not any(c in p.text for c in CHROME) for p in out[:MIN_PAGES])
    assert out[-1].text == pages[-1].text


# -- generated sites: the chrome is real, and trafilatura alone keeps it -------------------------
@pytest.fixture(scope="module")
def kitchen_articles():
    return load_articles(BENCHMARKS, 30)


def test_generated_chrome_leaks_through_extraction_alone(kitchen_articles):
    site = build_site(KITCHEN, kitchen_articles[:4])
    leaked = [chrome_lines(KITCHEN, clean_html(site[f"/reviews/{a.slug}/"], f"http://x.test/reviews/{a.slug}/").text)
              for a in kitchen_articles[:4]]
    assert all(len(lines) >= 8 for lines in leaked)


def test_crawled_templated_sites_store_no_chrome_and_full_articles(tmp_path, kitchen_articles):
    cinema_articles = load_articles(BENCHMARKS, 10, skip=40)
    sites = [(KITCHEN, kitchen_articles, "127.0.0.1"), (CINEMA, cinema_articles, "127.0.0.2")]
    db = tmp_path / "sites.db"
    with ExitStack() as stack:
        servers = [stack.enter_context(SiteServer(build_site(t, arts), host=host)) for t, arts, host in sites]
        summary = crawl(*[s.url + "/" for s in servers], db=db, settings=("CLEANCRAWL_BATCH_SIZE=8",))
    assert summary["status"] == "finished"
    conn = sqlite3.connect(db)
    for (template, articles, host), server in zip(sites, servers):
        pairs = []
        for n, a in enumerate(articles):
            row = conn.execute("select text from articles where url = ?",
                               [f"{server.url}/reviews/{a.slug}/"]).fetchone()
            assert row is not None, a.slug
            others = [p for p in articles[:3] if p is not a]
            assert chrome_lines(template, row[0], others) == [], a.slug
            pairs.append(("\n".join(template.expected(a, n)), row[0]))
        precision, recall, f1 = shingle_scores(pairs)
        assert f1 >= 0.99, (template.name, precision, recall)
        learned = conn.execute("select count(*) from site_templates where site = ? and template = 1",
                               [host]).fetchone()[0]
        assert learned >= len(template.chrome) - 1
    rules = dict(conn.execute("select rule, count(*) from removals group by rule").fetchall())
    assert rules["site-template"] >= 30 * 9
    assert conn.execute("select count(*) from page_html where html is not null").fetchone()[0] == \
        conn.execute("select count(*) from pages").fetchone()[0]


# -- `cleancrawl clean` over several pages of one site --------------------------------------------
def _warc(path, pages: dict[str, str]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, html in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            data = html.encode()
            # A known length: warcio then needs no spooled temporary file (left unclosed otherwise).
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(data),
                                                          length=len(data), http_headers=headers))
        # a non-HTML record is skipped
        css = StatusAndHeaders("200 OK", [("Content-Type", "text/css")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://gear.example/a.css", "response",
                                                      payload=io.BytesIO(b"body{}"), length=6, http_headers=css))


def test_clean_command_learns_across_jsonl_and_warc_pages_of_one_site(tmp_path):
    articles = load_articles(BENCHMARKS, 6, skip=80)
    site = build_site(KITCHEN, articles)
    pages = {f"https://kitchen.example/reviews/{a.slug}/": site[f"/reviews/{a.slug}/"] for a in articles}
    urls = list(pages)
    jsonl, warc = tmp_path / "pages.jsonl", tmp_path / "pages.warc.gz"
    jsonl.write_text("".join(json.dumps({"url": u, "html": pages[u]}) + "\n" for u in urls[:3]))
    _warc(warc, {u: pages[u] for u in urls[3:]})
    records = [json.loads(x) for x in run_cli("clean", str(jsonl), str(warc), "--json").stdout.splitlines()]
    assert [r["url"] for r in records] == urls
    pairs = []
    for n, (a, r) in enumerate(zip(articles, records)):
        assert chrome_lines(KITCHEN, r["text"], articles[:3]) == []
        assert any(x["rule"] == "site-template" for x in r["removed"])
        pairs.append(("\n".join(KITCHEN.expected(a, n)), r["text"]))
    assert shingle_scores(pairs)[2] >= 0.98
    plain = [json.loads(x) for x in run_cli("clean", str(jsonl), "--json", "--no-templates").stdout.splitlines()]
    assert all(chrome_lines(KITCHEN, r["text"]) for r in plain)


def test_compressed_blobs_round_trip_and_older_zlib_blobs_still_read():
    import zlib

    from pipeline.templates import ZSTD_MAGIC, compress, decompress

    html = "<html><body><p>Crème brûlée review, twice.</p></body></html>" * 50
    blob = compress(html)
    assert blob.startswith(ZSTD_MAGIC) and len(blob) < len(html.encode())
    assert decompress(blob) == html.encode()
    assert decompress(zlib.compress(html.encode(), 1)) == html.encode()  # stored by earlier versions
    assert compress(None) is None and decompress(None) is None
