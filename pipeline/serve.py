"""Datasette for a cleancrawl database: metadata built against the actual schema, and the server."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import yaml

STATIC_METADATA = Path(__file__).with_name("metadata.yml")
# The database name `make demo` creates (demo.db); the static metadata.yml is keyed by it.
DEMO_DATABASE = "demo"
# Below this many words an article is suspicious: a teaser, a paywall stub or a failed extraction.
THIN_ARTICLE_WORDS = 150

INSTANCE = {
    "title": "cleancrawl",
    "description": "Articles crawled with Scrapy and cleaned of site chrome by cleancrawl: "
                   "one row per article, with the runs that fetched them, the pages that failed "
                   "and every piece of text the cleaner removed, with its rule.",
    # The code's licence; the crawled text stays its publishers' (see the source field).
    "license": "cleancrawl: Apache-2.0; article text: (c) its publishers",
    "license_url": "https://www.apache.org/licenses/LICENSE-2.0",
    "source": "The sites in runs.start_urls, fetched by cleancrawl",
}

# Per table: title, description, default sort, facets, label column and a description per column.
# Columns and tables a database lacks are left out when the metadata is built (see build_metadata).
TABLES: dict[str, dict] = {
    "articles": {
        "title": "Articles",
        "description": "One row per article URL: the cleaned text, its metadata and language. "
                       "Search covers title and text.",
        "sort_desc": "published_at",
        "facets": ["site", "language", "item_reviewed_type", "run_id"],
        "label_column": "title",
        "columns": {
            "url": "The article's URL as fetched (after redirects); the primary key.",
            "site": "Host the article came from, without a leading 'www.'.",
            "site_name": "Publisher name from og:site_name or JSON-LD.",
            "canonical_url": "rel=canonical / og:url of the page, used to spot the same article "
                             "under two URLs.",
            "title": "Headline from structured data or the page title.",
            "author": "Author name(s) as the page states them.",
            "authors": "All authors, as a JSON list.",
            "published_at": "Publication date/time from structured data, meta tags or the page.",
            "modified_at": "Last-modified date/time the page declares.",
            "description": "Summary from meta description / og:description.",
            "image": "Lead image URL (og:image or JSON-LD).",
            "tags": "Keywords/tags the page declares, as a JSON list.",
            "categories": "Sections/categories the page declares, as a JSON list.",
            "section": "Section of the site the article belongs to.",
            "language": "ISO 639-1 language code detected on the cleaned text (langdetect).",
            "language_confidence": "Probability langdetect gave the detected language (0-1).",
            "text": "Cleaned article text: site chrome removed, paragraphs separated by newlines.",
            "word_count": "Words in the cleaned text.",
            "content_hash": "SHA-256 of the whitespace-normalised text; equal hashes mean "
                            "identical text.",
            "fetched_at": "When the page was last fetched (UTC).",
            "first_seen_at": "When the article was first stored (UTC).",
            "updated_at": "When the stored row last changed (UTC).",
            "run_id": "The crawl run that last fetched the article.",
            "rating": "Review rating the page gives (schema.org reviewRating.ratingValue).",
            "rating_best": "Best possible rating on the page's scale.",
            "rating_worst": "Worst possible rating on the page's scale.",
            "item_reviewed": "Name of the thing reviewed (schema.org itemReviewed).",
            "item_reviewed_type": "Kind of thing reviewed: Movie, TVSeries, Product, Book, ...",
            "etag": "ETag header of the last 200 response, sent back as If-None-Match.",
            "last_modified": "Last-Modified header of the last 200 response, sent back as "
                             "If-Modified-Since.",
            "version": "How many times the article's text changed (1 = never).",
            "simhash": "64-bit SimHash of the text, for near-duplicate detection.",
            "minhash": "MinHash signature of the text, for near-duplicate detection.",
            "duplicate_of": "URL of the earlier article this one duplicates, if any.",
        },
    },
    "runs": {
        "title": "Crawl runs",
        "description": "One row per crawl run, with its status and what it counted.",
        "sort_desc": "id",
        "facets": ["status", "command"],
        "label_column": "started_at",
        "columns": {
            "id": "Run number.",
            "started_at": "When the run started (UTC).",
            "finished_at": "When the run ended (UTC); empty while running or if killed.",
            "status": "running, finished, failed or interrupted.",
            "command": "The cleancrawl command that started the run.",
            "start_urls": "Start URLs, as a JSON list.",
            "pid": "Process id of the command that started the run.",
            "requests": "Requests the crawler sent.",
            "responses_200": "Responses with status 200.",
            "responses_304": "Responses with status 304 (not modified).",
            "pages": "Pages received and cleaned.",
            "articles": "Pages that were articles.",
            "new": "Articles stored for the first time.",
            "updated": "Articles whose text changed.",
            "unchanged": "Articles fetched again with the same text.",
            "non_articles": "Pages that were not articles (index, tag, login pages, ...).",
            "failed": "Pages that failed to fetch, clean or store.",
            "bytes": "Bytes of response bodies received.",
            "skipped": "Pages skipped because they were fetched recently.",
            "config": "Crawl configuration the run used, as JSON.",
            "job": "Name of the scheduled job that started the run.",
            "settings": "Scrapy settings given on the command line, as JSON.",
            "host": "Machine the run ran on.",
        },
    },
    "failures": {
        "title": "Failures",
        "description": "Pages that could not be fetched, cleaned or stored, with the reason.",
        "sort_desc": "id",
        "facets": ["stage", "run_id"],
        "columns": {
            "id": "Row number.",
            "url": "URL of the page that failed.",
            "run_id": "The run in which it failed.",
            "stage": "Where it failed: fetch, clean or store.",
            "reason": "Error message or HTTP status.",
            "failed_at": "When it failed (UTC).",
            "site": "Host of the failed URL.",
            "status": "HTTP status, when there was a response.",
        },
    },
    "removals": {
        "title": "Removed text",
        "description": "Every piece of text the cleaner dropped from an article, with the rule "
                       "that dropped it, so each removal can be audited.",
        "sort_desc": "id",
        "facets": ["rule", "site"],
        "columns": {
            "id": "Row number.",
            "article_url": "The article the text was removed from.",
            "site": "Host of the article.",
            "rule": "Name of the cleaning rule that removed the text.",
            "text": "The text that was removed.",
            "run_id": "The run that cleaned the article.",
        },
    },
    "pages": {
        "title": "Fetched pages",
        "description": "Every page fetched, article or not, with how it was classified.",
        "sort_desc": "fetched_at",
        "facets": ["site", "page_kind", "is_article", "status"],
        "columns": {
            "url": "The page's URL; the primary key.",
            "site": "Host the page came from.",
            "status": "HTTP status of the response.",
            "is_article": "1 if the page was classified as an article.",
            "page_kind": "Why the page was or was not taken for an article.",
            "fetched_at": "When the page was last fetched (UTC).",
            "run_id": "The run that last fetched the page.",
            "etag": "ETag header of the last 200 response.",
            "last_modified": "Last-Modified header of the last 200 response.",
            "content_type": "Content-Type header of the response.",
        },
    },
    "site_templates": {
        "title": "Site templates",
        "description": "Lines counted per site across its article pages; lines on enough of them "
                       "are the site's template, removed with rule 'site-template'.",
        "sort_desc": "pages",
        "facets": ["site", "template"],
        "columns": {
            "site": "Host the line was counted on.",
            "block_hash": "Hash of the normalised line (case-folded words).",
            "text": "The line as first seen; kept only once it is on two or more pages.",
            "words": "Words in the line.",
            "pages": "On how many distinct article pages of the site the line appears.",
            "template": "1 if the line is treated as the site's template and removed.",
            "first_seen_at": "When the line was first counted (UTC).",
            "last_seen_at": "When the line was last counted (UTC).",
        },
    },
    "page_html": {
        "title": "Stored page HTML",
        "description": "Raw HTML and the uncut cleaning of each page, kept so a site's earlier "
                       "pages can be re-cleaned when its template is learned.",
        "sort_desc": "stored_at",
        "facets": ["site", "counted"],
        "columns": {
            "url": "The page's URL; the primary key.",
            "site": "Host the page came from.",
            "content_type": "Content-Type header of the response.",
            "html": "The fetched HTML, Zstandard-compressed (zlib in databases from earlier versions).",
            "base": "The cleaned page before template removal, Zstandard-compressed JSON (zlib in databases from earlier versions).",
            "base_hash": "SHA-256 of the uncut cleaned text; equal hashes are the same page.",
            "counted": "1 if the page's lines were counted towards its site's template.",
            "lines": "The page's lines as 'hash:words' in text order.",
            "dropped": "Hashes of the lines removed as template.",
            "stored_at": "When the row was stored (UTC).",
        },
    },
    "article_versions": {
        "title": "Article versions",
        "description": "Earlier texts of articles whose text changed between crawls.",
        "sort_desc": "id",
        "facets": ["site"],
        "columns": {
            "id": "Row number.",
            "url": "The article's URL.",
            "article_url": "The article's URL.",
            "site": "Host of the article.",
            "version": "Version number, 1 for the first text seen.",
            "title": "Headline of this version.",
            "text": "Cleaned text of this version.",
            "word_count": "Words in this version's text.",
            "content_hash": "SHA-256 of this version's normalised text.",
            "fetched_at": "When this version was fetched (UTC).",
            "saved_at": "When this version was stored (UTC).",
            "replaced_at": "When a newer text replaced this one (UTC).",
            "run_id": "The run that fetched this version.",
        },
    },
    "article_signatures": {
        "title": "Article signatures",
        "description": "Near-duplicate signatures per article; articles sharing a group are "
                       "near-duplicates.",
        "facets": ["site"],
        "columns": {
            "url": "The article's URL.",
            "article_url": "The article's URL.",
            "site": "Host of the article.",
            "simhash": "64-bit SimHash of the text.",
            "minhash": "MinHash signature of the text (uint32 values, little-endian bytes).",
            "scheme": "Signature scheme (shingle size, permutations, seed); signatures of "
                      "different schemes are not comparable.",
            "content_hash": "SHA-256 of the normalised text the signature was computed on.",
            "group_id": "Near-duplicate group; articles with the same value are near-duplicates.",
            "cluster_id": "Near-duplicate cluster; articles with the same value are "
                          "near-duplicates.",
            "duplicate_of": "URL of the first article of the near-duplicate group.",
            "similarity": "Estimated similarity to the group's first article (0-1).",
            "computed_at": "When the signature was computed (UTC).",
        },
    },
}

# Foreign keys as Datasette labels them; store.py declares them on new databases.
FOREIGN_KEYS = (
    ("articles", "run_id", "runs", "id"),
    ("failures", "run_id", "runs", "id"),
    ("removals", "run_id", "runs", "id"),
    ("removals", "article_url", "articles", "url"),
    ("pages", "run_id", "runs", "id"),
)

# Canned queries: name -> (the tables and columns each needs, its definition). A query whose
# needs a database does not meet is left out, so an older database still opens cleanly.
QUERIES: dict[str, tuple[dict, dict]] = {
    "latest_articles": ({"articles": ["url", "site", "title", "language", "word_count",
                                      "published_at", "first_seen_at"]}, {
        "title": "Latest articles",
        "description": "The 100 most recently published (or, undated, first seen) articles.",
        "sql": "select url, site, title, language, word_count, published_at, first_seen_at\n"
               "from articles\norder by coalesce(published_at, first_seen_at) desc\nlimit 100",
    }),
    "articles_per_site_language": ({"articles": ["site", "language", "word_count",
                                                 "published_at"]}, {
        "title": "Articles per site and language",
        "description": "How many articles and words each site has in each language.",
        "sql": "select site, language, count(*) as articles, sum(word_count) as words,\n"
               "  min(published_at) as oldest, max(published_at) as newest\n"
               "from articles\ngroup by site, language\norder by articles desc, site, language",
    }),
    "runs_with_counts": ({"runs": ["id", "started_at", "finished_at", "status", "pages",
                                   "articles", "new", "updated", "unchanged", "failed"],
                          "articles": ["run_id"], "failures": ["run_id"],
                          "removals": ["run_id"]}, {
        "title": "Runs with their counts",
        "description": "Every run, newest first, with what it counted and what it left in the "
                       "database.",
        "sql": "select runs.id, runs.status, runs.started_at, runs.finished_at, runs.pages,\n"
               "  runs.articles, runs.new, runs.updated, runs.unchanged, runs.failed,\n"
               "  (select count(*) from articles where articles.run_id = runs.id)"
               " as articles_stored,\n"
               "  (select count(*) from failures where failures.run_id = runs.id)"
               " as failures_recorded,\n"
               "  (select count(*) from removals where removals.run_id = runs.id)"
               " as removals_recorded\n"
               "from runs\norder by runs.id desc",
    }),
    "failures_of_last_run": ({"failures": ["url", "run_id", "stage", "reason", "failed_at"],
                              "runs": ["id"]}, {
        "title": "Failures of the last run",
        "description": "Pages the most recent run could not fetch, clean or store.",
        "sql": "select url, stage, reason, failed_at, run_id\nfrom failures\n"
               "where run_id = (select max(id) from runs)\norder by id",
    }),
    "removals_by_site_and_rule": ({"removals": ["site", "rule", "text", "article_url"]}, {
        "title": "What the cleaner removed most often",
        "description": "Per site and rule: how often it fired, on how many articles, and the "
                       "text it removed most often.",
        "sql": "select site, rule, count(*) as removals,\n"
               "  count(distinct article_url) as articles,\n"
               "  (select r2.text from removals r2 where r2.site is r.site and r2.rule = r.rule\n"
               "   group by r2.text order by count(*) desc, r2.text limit 1) as most_common_text\n"
               "from removals r\ngroup by site, rule\norder by removals desc, site, rule\n"
               "limit 500",
    }),
    "near_duplicate_groups": ({"articles": ["url", "site", "title", "content_hash"]}, {
        "title": "Near-duplicate groups",
        "description": "Articles that share their cleaned text (same content_hash), largest "
                       "groups first.",
        "sql": "select content_hash, count(*) as articles, count(distinct site) as sites,\n"
               "  min(title) as title, group_concat(url, ' ') as urls\nfrom articles\n"
               "where content_hash is not null\ngroup by content_hash\nhaving count(*) > 1\n"
               "order by articles desc, content_hash",
    }),
    "thin_articles": ({"articles": ["url", "site", "title", "word_count", "text"]}, {
        "title": "Articles with suspiciously little text",
        "description": f"Articles under {THIN_ARTICLE_WORDS} words: teasers, paywall stubs or "
                       "failed extractions, shortest first.",
        "sql": "select url, site, title, word_count, text\nfrom articles\n"
               f"where coalesce(word_count, 0) < {THIN_ARTICLE_WORDS}\n"
               "order by word_count, url\nlimit 200",
    }),
}


def schema_of(path: str | Path) -> dict[str, list[str]]:
    """Tables, views and their columns in a SQLite file, opened read-only."""
    conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
    try:
        return _schema(conn)
    finally:
        conn.close()


def _schema(conn: sqlite3.Connection) -> dict[str, list[str]]:
    rows = conn.execute("select name, sql from sqlite_master where type in ('table', 'view') "
                        "and name not like 'sqlite_%' order by name").fetchall()
    fts = [n for n, sql in rows if "using fts" in (sql or "").lower()]
    # FTS5 keeps its index in shadow tables (articles_fts_data, ...): not worth describing.
    names = [n for n, _ in rows if not any(n.startswith(f + "_") for f in fts)]
    return {n: [r[1] for r in conn.execute(f"pragma table_info([{n}])")] for n in names}


def store_schema() -> dict[str, list[str]]:
    """The schema store.py creates on a new database: what every database has."""
    import sqlite_utils

    from .store import ensure_schema

    db = sqlite_utils.Database(memory=True)
    ensure_schema(db)
    return _schema(db.conn)


def _near_duplicate_query(schema: dict[str, list[str]]) -> tuple[dict, dict] | None:
    """Groups from a colleague's signature table when there is one with a group column."""
    for table in ("article_signatures", "signatures"):
        cols = schema.get(table, [])
        url = next((c for c in ("url", "article_url") if c in cols), None)
        group = next((c for c in ("group_id", "cluster_id", "duplicate_of") if c in cols), None)
        if url and group:
            return ({table: [url, group], "articles": ["url", "title", "site"]}, {
                "title": "Near-duplicate groups",
                "description": f"Articles {table} puts in one near-duplicate group, largest first.",
                "sql": f"select s.{group} as near_duplicate_group, count(*) as articles,\n"
                       "  count(distinct a.site) as sites, min(a.title) as title,\n"
                       "  group_concat(a.url, ' ') as urls\n"
                       f"from {table} s join articles a on a.url = s.{url}\n"
                       f"where s.{group} is not null\ngroup by s.{group}\nhaving count(*) > 1\n"
                       "order by articles desc, near_duplicate_group",
            })
    return None


def _meets(needs: dict, schema: dict[str, list[str]]) -> bool:
    return all(t in schema and set(cols) <= set(schema[t]) for t, cols in needs.items())


def table_metadata(name: str, columns: list[str], schema: dict[str, list[str]]) -> dict:
    """Datasette metadata for one table, limited to the columns it has."""
    spec = TABLES[name]
    meta = {k: spec[k] for k in ("title", "description") if k in spec}
    if spec.get("sort_desc") in columns:
        meta["sort_desc"] = spec["sort_desc"]
    facets = [f for f in spec.get("facets", ()) if f in columns]
    if facets:
        meta["facets"] = facets
    if spec.get("label_column") in columns:
        meta["label_column"] = spec["label_column"]
    if name == "articles" and "articles_fts" in schema:
        meta["fts_table"] = "articles_fts"
    meta["columns"] = {c: spec["columns"][c] for c in columns if c in spec["columns"]}
    return meta


def database_metadata(schema: dict[str, list[str]]) -> dict:
    """Datasette metadata for one cleancrawl database with the given schema."""
    tables = {n: table_metadata(n, cols, schema) for n, cols in schema.items() if n in TABLES}
    queries = {}
    for name, (needs, query) in QUERIES.items():
        if name == "near_duplicate_groups":
            needs, query = _near_duplicate_query(schema) or (needs, query)
        if _meets(needs, schema):
            queries[name] = dict(query)
    return {
        "title": "Crawled articles",
        "description": "Articles, runs, failures, removals and pages of one cleancrawl "
                       "database. Start with the articles table or a canned query below.",
        "tables": tables,
        "queries": queries,
    }


def build_metadata(databases: dict[str, dict[str, list[str]]]) -> dict:
    """Instance metadata for databases given as name -> schema (see schema_of)."""
    return {**INSTANCE, "databases": {name: database_metadata(schema)
                                      for name, schema in databases.items()
                                      if "articles" in schema}}


def metadata_for(path: str | Path) -> dict:
    """Metadata for one database file, against the schema it actually has."""
    return build_metadata({Path(path).stem: schema_of(path)})


def static_metadata() -> dict:
    """What pipeline/metadata.yml holds: metadata for demo.db over the always-present schema."""
    return build_metadata({DEMO_DATABASE: store_schema()})


def render_static_metadata() -> str:
    """The text of metadata.yml."""
    header = ("# Generated by `python -m pipeline.serve --write-metadata` from pipeline/serve.py;\n"
              "# do not edit by hand. Use: datasette demo.db -m pipeline/metadata.yml\n"
              "# (other database files get the same metadata from the cleancrawl plugin).\n")
    return header + yaml.safe_dump(static_metadata(), sort_keys=False, allow_unicode=True,
                                   width=100)


def make_datasette(db_path: str | Path, settings: dict | None = None):
    """A Datasette instance over one database, with the project's metadata and plugin."""
    from datasette.app import Datasette

    register_plugin()
    return Datasette([str(db_path)], metadata=metadata_for(db_path),
                     settings={"facet_time_limit_ms": 1000, **(settings or {})})


def register_plugin() -> None:
    """Register the cleancrawl Datasette plugin unless its entry point already did."""
    from datasette.plugins import pm

    from . import datasette_plugin

    if not pm.is_registered(datasette_plugin):
        pm.register(datasette_plugin, name="cleancrawl")


def free_port(host: str = "127.0.0.1") -> int:
    """A port that is free on host right now (for --port 0, so the URL can be printed)."""
    import socket

    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Run Datasette over db_path until interrupted (as `datasette serve` does)."""
    import asyncio

    import uvicorn

    ds = make_datasette(db_path)
    asyncio.run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")


def get(db_path: str | Path, path: str) -> tuple[int, str]:
    """Fetch one Datasette path without a server, as `datasette --get` does: (status, body)."""
    import asyncio

    ds = make_datasette(db_path)

    async def fetch():
        await ds.invoke_startup()
        response = await ds.client.get(path)
        return response.status_code, response.text

    return asyncio.run(fetch())


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--write-metadata"]:
        STATIC_METADATA.write_text(render_static_metadata(), encoding="utf-8")
        print(f"wrote {STATIC_METADATA}")
    else:
        sys.exit("usage: python -m pipeline.serve --write-metadata")
