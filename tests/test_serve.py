"""Datasette over a real crawl of the demo site: search, facets, metadata, canned queries."""

from __future__ import annotations

import asyncio
import html
import json
import re
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import quote

import pytest
import sqlite_utils
import yaml
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from conftest import crawl, run_cli
from pagesserver import article_page
from pipeline import serve
from pipeline.datasette_plugin import paragraphs_html
from pipeline.commands.serve import command as serve_command

# Pages planted on the demo site, each making one canned query or check non-trivial.
SCRIPT_PATH = "/planted/script-in-text"
SCRIPT_TOKEN = "quokkaphrase"
SCRIPT_PARAS = [
    f"The {SCRIPT_TOKEN} reviewer pasted &lt;script&gt;alert('pwned')&lt;/script&gt; into the "
    "text, which must come out as text and never run.",
    "A second paragraph follows so that paragraph breaks can be checked in the rendered page; it "
    "talks about lenses, tripods, weather sealing and the long walk back from the harbour.",
    "A third paragraph closes the review with a verdict on value, build quality and how the "
    "camera handled rain, dust and a cold morning on the hills above the old quarry town.",
]
TWIN_PATHS = ("/planted/twin-a", "/planted/twin-b")
TWIN_PARAS = [
    "Twin story paragraph one describes a ferry timetable change, the new evening crossings and "
    "what commuters on the island said about the earlier last boat home on weekdays.",
    "Twin story paragraph two covers the fares, the harbour works and the council's promise to "
    "review the timetable again after the summer season ends and the visitors leave.",
    "Twin story paragraph three quotes the ferry operator on staffing, fuel costs and the two "
    "older vessels that will be retired once the replacement ship arrives next spring.",
]
THIN_PATH = "/planted/thin"
THIN_JSONLD = ('<script type="application/ld+json">{"@context": "https://schema.org", '
               '"@type": "NewsArticle", "headline": "Short notice"}</script>')
THIN_PARAS = ["The library on Mill Street closes early on Friday for a staff training day and "
              "reopens at nine on Saturday morning as usual, the council said."]
MISSING_PATH = "/planted/gone"


def fetch(ds, path: str):
    """GET path from a Datasette instance in-process; returns the httpx response."""
    return asyncio.run(ds.client.get(path))


def fetch_json(ds, path: str):
    response = fetch(ds, path)
    assert response.status_code == 200, (path, response.text[:500])
    return response.json()


def rows(db_path: Path, sql: str, params=()) -> list[dict]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def query_rows(ds, name: str) -> list[dict]:
    return fetch_json(ds, f"/test/{name}.json?_shape=array&_size=max")


@pytest.fixture(scope="module")
def crawled_db(demo_site, tmp_path_factory) -> Path:
    """test.db: a real crawl of the demo site plus planted pages (script text, twins, thin, 404)."""
    demo_site.set_page(SCRIPT_PATH, "text/html",
                       article_page("Camera review in the rain", SCRIPT_PARAS))
    for i, path in enumerate(TWIN_PATHS):
        demo_site.set_page(path, "text/html", article_page(f"Ferry timetable {i}", TWIN_PARAS))
    demo_site.set_page(THIN_PATH, "text/html",
                       article_page("Short notice", THIN_PARAS, head=THIN_JSONLD))
    db = tmp_path_factory.mktemp("serve") / "test.db"
    planted = [demo_site.url + p for p in (SCRIPT_PATH, *TWIN_PATHS, THIN_PATH, MISSING_PATH)]
    summary = crawl(demo_site.url + "/", *planted, db=db)
    assert summary["status"] == "finished"
    return db


@pytest.fixture(scope="module")
def ds(crawled_db):
    datasette = serve.make_datasette(crawled_db)
    asyncio.run(datasette.invoke_startup())
    return datasette


@pytest.fixture(scope="module")
def articles(crawled_db) -> list[dict]:
    return rows(crawled_db, "select * from articles")


# -- search -------------------------------------------------------------------------------------
def test_search_finds_the_one_article_with_a_unique_word(ds, demo_site):
    found = fetch_json(ds, f"/test/articles.json?_search={SCRIPT_TOKEN}&_shape=array")
    assert [r["url"] for r in found] == [demo_site.url + SCRIPT_PATH]


def test_search_by_a_title_word_returns_that_article_and_only_matching_ones(ds, articles):
    # The crawled article with the longest title word that occurs in one title only.
    words = Counter(w for a in articles
                    for w in set(re.findall(r"\b[a-z]{6,}\b", (a["title"] or "").lower())))
    word = max((w for w, n in words.items() if n == 1), key=len)
    target = next(a for a in articles if word in (a["title"] or "").lower())
    found = fetch_json(ds, f"/test/articles.json?_search={word}&_shape=array&_size=max")
    assert target["url"] in {r["url"] for r in found}
    expected = {a["url"] for a in articles if word[:5] in f"{a['title']} {a['text']}".lower()}
    assert {r["url"] for r in found} <= expected


def test_search_index_follows_updates_to_article_text(crawled_db, tmp_path, demo_site):
    copy = tmp_path / "test.db"
    shutil.copy(crawled_db, copy)
    url = demo_site.url + SCRIPT_PATH
    sqlite_utils.Database(copy)["articles"].update(url, {"text": "Now about a wombatcarnival."})
    fresh = serve.make_datasette(copy)
    found = fetch_json(fresh, "/test/articles.json?_search=wombatcarnival&_shape=array")
    assert [r["url"] for r in found] == [url]
    assert fetch_json(fresh, f"/test/articles.json?_search={SCRIPT_TOKEN}&_shape=array") == []


# -- facets, sort, labels -----------------------------------------------------------------------
def test_default_facets_count_what_the_table_holds(ds, articles):
    data = fetch_json(ds, "/test/articles.json?_size=0")
    facets = data["facet_results"]
    expected_facets = [f for f in serve.TABLES["articles"]["facets"] if f in articles[0]]
    assert list(facets) == expected_facets
    for column in ("site", "language", "run_id"):
        counts = {str(r["value"]): r["count"] for r in facets[column]["results"]}
        assert counts == {str(k): v for k, v in Counter(a[column] for a in articles).items()}


def test_articles_are_sorted_newest_first_by_default(ds, articles):
    data = fetch_json(ds, "/test/articles.json?_shape=objects&_size=max")
    assert "order by published_at desc" in data["query"]["sql"]
    dates = [r["published_at"] for r in data["rows"] if r["published_at"]]
    assert dates and dates == sorted(dates, reverse=True)


def test_foreign_keys_are_shown_with_labels(ds, crawled_db):
    data = fetch_json(ds, "/test/removals.json?_shape=array&_size=5")
    assert data, "the crawl recorded no removals"
    titles = {r["url"]: r["title"] for r in rows(crawled_db, "select url, title from articles")}
    runs = {r["id"]: r["started_at"] for r in rows(crawled_db, "select id, started_at from runs")}
    labelled = fetch_json(ds, "/test/removals.json?_labels=on&_shape=array&_size=5")
    for row in labelled:
        assert row["article_url"]["label"] == titles[row["article_url"]["value"]]
        assert row["run_id"]["label"] == runs[row["run_id"]["value"]]


# -- metadata -----------------------------------------------------------------------------------
def test_every_column_of_every_table_has_a_description(crawled_db):
    for name, schema in (("crawled", serve.schema_of(crawled_db)), ("new", serve.store_schema())):
        tables = [t for t in schema if not t.endswith("_fts")]
        undescribed = [f"{t}.{c}" for t in tables for c in schema[t]
                       if c not in serve.TABLES.get(t, {}).get("columns", {})]
        assert not undescribed, f"{name} database: describe in serve.TABLES: {undescribed}"


def test_metadata_served_has_titles_descriptions_license_and_source(ds, crawled_db):
    meta = fetch_json(ds, "/-/metadata.json")
    assert meta["license"] and meta["license_url"] and meta["source"]
    db_meta = meta["databases"]["test"]
    assert db_meta["title"] and db_meta["description"]
    schema = serve.schema_of(crawled_db)
    for table in ("articles", "runs", "failures", "removals", "pages"):
        tmeta = db_meta["tables"][table]
        assert tmeta["title"] and tmeta["description"]
        assert set(tmeta["columns"]) == set(schema[table])
    page = fetch(ds, "/test/articles").text
    assert serve.TABLES["articles"]["description"] in page.replace("&#39;", "'")
    assert 'data-column-description="Words in the cleaned text."' in page


def test_facets_on_columns_a_database_lacks_are_left_out(tmp_path):
    old = tmp_path / "old.db"
    db = sqlite_utils.Database(old)
    db["runs"].insert({"id": 1, "started_at": "2026-01-01T00:00:00+00:00", "status": "finished"},
                      pk="id")
    db["articles"].insert({"url": "http://127.0.0.1/a", "site": "127.0.0.1", "title": "Old",
                           "text": "Old text here", "content_hash": "x", "word_count": 3,
                           "run_id": 1}, pk="url")
    old_ds = serve.make_datasette(old)
    data = fetch_json(old_ds, "/old/articles.json?_size=0")
    assert list(data["facet_results"]) == ["site", "run_id"]
    queries = fetch_json(old_ds, "/old.json")["queries"]
    # Only the queries whose tables and columns exist are offered, and each of them runs.
    assert {q["name"] for q in queries} == {"near_duplicate_groups", "thin_articles"}
    for q in queries:
        assert fetch(old_ds, f"/old/{q['name']}.json").status_code == 200


def test_static_metadata_yml_is_generated_from_serve(crawled_db):
    assert yaml.safe_load(serve.STATIC_METADATA.read_text()) == serve.static_metadata()
    assert serve.STATIC_METADATA.read_text() == serve.render_static_metadata(), \
        "regenerate with: .venv/bin/python -m pipeline.serve --write-metadata"


def test_datasette_cli_with_metadata_yml_serves_any_database_name(crawled_db, tmp_path):
    other = tmp_path / "mycrawl.db"
    shutil.copy(crawled_db, other)
    datasette = Path(sys.executable).with_name("datasette")
    proc = subprocess.run([str(datasette), str(other), "-m", str(serve.STATIC_METADATA),
                           "--get", "/mycrawl.json"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert {q["name"] for q in data["queries"]} == set(serve.QUERIES)
    assert {t["name"]: t for t in data["tables"]}["articles"]["fts_table"] == "articles_fts"


# -- canned queries -----------------------------------------------------------------------------
def test_latest_articles_lists_newest_first(ds, articles):
    got = query_rows(ds, "latest_articles")
    keys = [r["published_at"] or r["first_seen_at"] for r in got]
    assert keys == sorted(keys, reverse=True)
    newest = sorted(articles, key=lambda a: a["published_at"] or a["first_seen_at"],
                    reverse=True)[:100]
    assert {r["url"] for r in got} == {a["url"] for a in newest}


def test_articles_per_site_and_language_adds_up(ds, articles):
    got = {(r["site"], r["language"]): (r["articles"], r["words"])
           for r in query_rows(ds, "articles_per_site_language")}
    expected = defaultdict(lambda: [0, 0])
    for a in articles:
        expected[(a["site"], a["language"])][0] += 1
        expected[(a["site"], a["language"])][1] += a["word_count"] or 0
    assert got == {k: tuple(v) for k, v in expected.items()}


def test_runs_with_counts_match_the_tables(ds, crawled_db):
    got = query_rows(ds, "runs_with_counts")
    run_ids = [r["id"] for r in rows(crawled_db, "select id from runs")]
    assert [r["id"] for r in got] == sorted(run_ids, reverse=True)
    for run in got:
        for table, column in (("articles", "articles_stored"), ("failures", "failures_recorded"),
                              ("removals", "removals_recorded")):
            sql = f"select count(*) as n from {table} where run_id = ?"
            n = rows(crawled_db, sql, [run["id"]])[0]["n"]
            assert run[column] == n
    assert got[0]["articles_stored"] > 0


def test_failures_of_last_run_include_the_missing_page(ds, crawled_db, demo_site):
    got = query_rows(ds, "failures_of_last_run")
    last = rows(crawled_db, "select max(id) as id from runs")[0]["id"]
    expected = rows(crawled_db, "select url from failures where run_id = ?", [last])
    assert sorted(r["url"] for r in got) == sorted(r["url"] for r in expected)
    assert demo_site.url + MISSING_PATH in {r["url"] for r in got}


def test_removals_by_site_and_rule_count_each_rule(ds, crawled_db):
    got = query_rows(ds, "removals_by_site_and_rule")
    removals = rows(crawled_db, "select site, rule, text, article_url from removals")
    assert removals, "the crawl recorded no removals"
    counts = Counter((r["site"], r["rule"]) for r in removals)
    assert {(r["site"], r["rule"]): r["removals"] for r in got} == dict(counts)
    assert [r["removals"] for r in got] == sorted((r["removals"] for r in got), reverse=True)
    for row in got:
        texts = Counter(r["text"] for r in removals
                        if (r["site"], r["rule"]) == (row["site"], row["rule"]))
        assert texts[row["most_common_text"]] == max(texts.values())


def test_near_duplicate_groups_put_the_twins_together(ds, articles, demo_site):
    got = query_rows(ds, "near_duplicate_groups")
    groups = [set(r["urls"].split()) for r in got]
    assert {demo_site.url + p for p in TWIN_PATHS} in groups
    by_hash = Counter(a["content_hash"] for a in articles if a["content_hash"])
    assert sorted(len(g) for g in groups) == sorted(n for n in by_hash.values() if n > 1)


def test_thin_articles_are_the_short_ones(ds, articles, demo_site):
    got = query_rows(ds, "thin_articles")
    expected = {a["url"] for a in articles if (a["word_count"] or 0) < serve.THIN_ARTICLE_WORDS}
    assert {r["url"] for r in got} == expected
    assert demo_site.url + THIN_PATH in expected


# -- article text -------------------------------------------------------------------------------
def test_script_in_article_text_comes_out_escaped_with_paragraphs(ds, demo_site, crawled_db):
    url = demo_site.url + SCRIPT_PATH
    stored = rows(crawled_db, "select text from articles where url = ?", [url])[0]["text"]
    assert "<script>alert('pwned')</script>" in stored
    page = fetch(ds, "/test/articles/" + quote(url.replace("/", "~2F"), safe="~:")).text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in page
    block = re.search(r'<div class="cleancrawl-text">(.*?)</div>', page, re.S).group(1)
    assert block.count("<p>") == len([line for line in stored.splitlines() if line.strip()]) >= 3
    listing = fetch(ds, f"/test/articles?_search={SCRIPT_TOKEN}").text
    assert "<script>alert" not in listing and "&lt;script&gt;alert" in listing


@given(st.text(alphabet=st.sampled_from("<>&'\"/ \nabp=script"), max_size=80))
def test_paragraph_rendering_never_lets_markup_through(text):
    rendered = str(paragraphs_html(text))
    inner = rendered.removeprefix('<div class="cleancrawl-text">').removesuffix("</div>")
    paras = re.findall(r"<p>(.*?)</p>", inner, re.S)
    assert "".join(f"<p>{p}</p>" for p in paras) == inner
    assert not any(c in p for p in paras for c in "<>")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    assert [html.unescape(p) for p in paras] == lines


# -- the command --------------------------------------------------------------------------------
def test_serve_get_prints_datasette_json(crawled_db, demo_site):
    proc = run_cli("serve", "--db", str(crawled_db), "--get",
                   f"/test/articles.json?_search={SCRIPT_TOKEN}&_shape=array")
    assert [r["url"] for r in json.loads(proc.stdout)] == [demo_site.url + SCRIPT_PATH]


def test_serve_help_says_it_binds_loopback_by_default():
    result = CliRunner().invoke(serve_command, ["--help"])
    assert result.exit_code == 0
    assert "--db" in result.output and "--port" in result.output
    assert re.search(r"--host\s+TEXT.*default:\s*127\.0\.0\.1", result.output, re.S)


def test_serve_write_metadata_matches_the_database(crawled_db, tmp_path):
    out = tmp_path / "meta.yml"
    result = CliRunner().invoke(serve_command,
                                ["--db", str(crawled_db), "--write-metadata", str(out)])
    assert result.exit_code == 0, result.output
    assert yaml.safe_load(out.read_text()) == serve.metadata_for(crawled_db)
