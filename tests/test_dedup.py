"""Duplicate detection: MinHash signatures stored at insert, exact and near-duplicate filters."""

from __future__ import annotations

import random
import sqlite3
from contextlib import ExitStack

import pyarrow.parquet as pq
from conftest import BENCHMARKS, crawl
from sitegen import TEMPLATES, SiteServer, build_site, load_articles

from pipeline import dedup
from pipeline.clean import CleanedPage, content_hash
from pipeline.store import Store

VOCABULARY = ("harbour council ferry strike morning commuters island mainland union wages talks "
              "captain timetable weather crossing passengers tickets delay minister budget repair "
              "engine winter summer tourism market fish bakery school hospital bridge road "
              "evening statement agreement offer vote members crew dock harbourmaster spokesperson").split()


def story(seed: int, sentences: int = 18) -> list[str]:
    """Deterministic sentences of varied words: a stand-in article."""
    rng = random.Random(seed)
    return [" ".join(rng.choices(VOCABULARY, k=rng.randint(10, 16))).capitalize() + "."
            for _ in range(sentences)]


def with_changed_sentence(sentences: list[str], index: int = 7) -> list[str]:
    changed = list(sentences)
    changed[index] = "A spokesperson later said the offer had been withdrawn before the vote."
    return changed


def page(url: str, text: str) -> CleanedPage:
    return CleanedPage(url=url, site="news.example", is_article=True, page_kind="test", title="Ferry",
                       text=text, word_count=len(text.split()), content_hash=content_hash(text))


def test_one_changed_sentence_keeps_signatures_above_the_default_threshold():
    original = " ".join(story(1))
    edited = " ".join(with_changed_sentence(story(1)))
    other = " ".join(story(2))
    assert dedup.jaccard(dedup.signature(original), dedup.signature(edited)) >= dedup.DEFAULT_THRESHOLD
    assert dedup.jaccard(dedup.signature(original), dedup.signature(other)) < 0.3
    assert dedup.signature(original) == dedup.signature(original.upper())  # case does not matter
    assert dedup.signature("") is None


def test_store_saves_the_signature_when_an_article_is_inserted_and_updates_it_on_change(fresh_db):
    store = Store(fresh_db)
    first = " ".join(story(3))
    store.save_pages([(page("https://news.example/a", first), {})])
    row = store.db["article_signatures"].get("https://news.example/a")
    assert row["scheme"] == dedup.SIGNATURE_SCHEME
    assert row["content_hash"] == content_hash(first)
    assert row["minhash"] == dedup.signature(first)
    second = " ".join(story(4))
    assert store.save_pages([(page("https://news.example/a", second), {})]) == ["updated"]
    row = store.db["article_signatures"].get("https://news.example/a")
    assert row["minhash"] == dedup.signature(second)
    assert store.db["article_signatures"].count == 1
    store.close()


def test_near_dedup_keeps_the_first_copy_and_drops_later_similar_ones():
    near = dedup.NearDedup(0.8)
    try:
        original = dedup.signature(" ".join(story(5)))
        edited = dedup.signature(" ".join(with_changed_sentence(story(5))))
        unrelated = dedup.signature(" ".join(story(6)))
        assert near.is_duplicate(original) is False
        assert near.is_duplicate(unrelated) is False
        assert near.is_duplicate(edited) is True
        assert near.is_duplicate(original) is True
        assert near.is_duplicate(None) is False  # no text, no signature: never a duplicate
    finally:
        near.close()


def test_a_strict_threshold_keeps_edited_copies_apart():
    near = dedup.NearDedup(0.99)
    try:
        assert near.is_duplicate(dedup.signature(" ".join(story(7)))) is False
        assert near.is_duplicate(dedup.signature(" ".join(with_changed_sentence(story(7))))) is False
    finally:
        near.close()


def test_exact_dedup_drops_repeated_hashes_but_never_missing_ones():
    exact = dedup.ExactDedup()
    assert [exact.is_duplicate(h) for h in ("a1", "b2", "a1", None, None)] == [False, False, True, False, False]


def test_near_dedup_export_of_50k_articles_keeps_memory_flat(tmp_path):
    from test_export import bench

    db = tmp_path / "big.db"
    bench.build_db(db, 50_000, real_signatures=False, words=(40, 100), fts=False)
    summary = bench.run_export(db, tmp_path / "ds", "parquet", ("--dedup", "near"))
    assert summary["scanned"] == 50_000
    written = pq.read_metadata(tmp_path / "ds" / "data" / "train-00000-of-00001.parquet").num_rows
    assert summary["rows"] == written
    # an in-memory LSH index alone would add ~175 MB at this size
    assert 0 < summary["peak_rss_mb"] < 300, summary


def test_a_pooled_crawl_stores_what_an_inline_crawl_stores(tmp_path):
    # Workers compute signatures, compressed HTML and page lines (issue 9); the single writer
    # re-signs only the articles a site template was cut from. Both must give the inline result.
    template = next(t for t in TEMPLATES if t.name == "kitchen-blog")
    articles = load_articles(BENCHMARKS, 8)
    tables = {
        "articles": "select url, text, content_hash, title, author from articles order by url",
        "removals": "select article_url, rule, text from removals order by 1, 2, 3",
        "signatures": "select url, content_hash, scheme, minhash from article_signatures order by url",
        "page_html": "select url, html, base, base_hash, counted, lines, dropped from page_html order by url",
        "site_templates": "select site, block_hash, text, words, pages, template from site_templates order by 1, 2",
    }
    stored = {}
    with ExitStack() as stack:
        site = stack.enter_context(SiteServer(build_site(template, articles)))
        for workers in ("2", "0"):
            db = tmp_path / f"workers-{workers}.db"
            assert crawl(site.url + "/", db=db, args=("--workers", workers))["status"] == "finished"
            conn = stack.enter_context(sqlite3.connect(db))
            stored[workers] = {name: conn.execute(sql).fetchall() for name, sql in tables.items()}
    pooled, inline = stored["2"], stored["0"]
    assert pooled["articles"] and any(rule == "site-template" for _, rule, _ in pooled["removals"])
    for name in tables:
        assert pooled[name] == inline[name], name
    texts = dict((url, text) for url, text, *_ in pooled["articles"])
    for url, _, _, minhash in pooled["signatures"]:
        assert minhash == dedup.signature(texts[url])


def test_signature_equals_datasketchs_minhash_of_the_same_shingles():
    from datasketch import MinHash

    texts = [" ".join(story(n)) for n in range(8)] + ["two words", "Ünïcode wörds, ñ and 字 here too"]
    for text in texts:
        m = MinHash(num_perm=dedup.NUM_PERM, seed=dedup.SEED, scheme=dedup.MINHASH_SCHEME,
                    hashfunc=dedup.SHINGLE_HASH)
        m.update_batch(list(dedup.shingles(text)))
        assert dedup.signature(text) == m.hashvalues.astype("<u4").tobytes()


def test_signing_a_page_does_not_import_datasketch_or_scipy():
    import subprocess
    import sys

    code = ("import sys; from pipeline import dedup; dedup.signature('a few words to sign here'); "
            "print(sorted(m for m in ('datasketch', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_prepared_pages_signature_is_the_signature_of_its_text():
    from pipeline.clean import content_hash
    from pipeline.page import CleanedPage
    from pipeline.templates import prepare_page

    texts = [" ".join(story(n)) for n in range(4)] + [
        "Die Straße war leer.\nΣΊΣΥΦΟΣ ending here today", "ÉCOLE élève\nDEUX trois\n\n  quatre cinq",
        "one\u2028two three\x1cfour five"]
    for text in texts:
        page = CleanedPage(url="https://site.example/a", site="site.example", is_article=True,
                           page_kind="test", title="T", text=text, word_count=len(text.split()),
                           content_hash=content_hash(text))
        assert prepare_page(page, b"<html></html>").minhash == dedup.signature(text), text
