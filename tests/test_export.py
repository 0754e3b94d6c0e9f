"""`cleancrawl export`: a crawled database out as JSONL, CSV and Parquet, filtered and deduplicated."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import os
import pty
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import sqlite_utils
import yaml
from click.testing import CliRunner

from conftest import ROOT, crawl, run_cli
from pagesserver import article_page
from pipeline.clean import clean_html
from pipeline.commands.export import command as export_command
from pipeline.store import Store
from test_dedup import story, with_changed_sentence



def _benchmark_module():
    """benchmarks/export.py (not an installed package): its synthetic database builder."""
    spec = importlib.util.spec_from_file_location("bench_export", ROOT / "benchmarks" / "export.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _benchmark_module()


@pytest.fixture(scope="module")
def crawled_db(demo_site, tmp_path_factory) -> Path:
    """The demo site crawled once for this module."""
    db = tmp_path_factory.mktemp("crawled") / "demo.db"
    assert crawl(demo_site.url + "/", db=db)["status"] == "finished"
    return db


def articles(db: Path) -> list[dict]:
    return list(sqlite_utils.Database(db)["articles"].rows)


def export(*args: str) -> dict:
    """Run the export command in-process; its --json summary."""
    result = CliRunner().invoke(export_command, [*args, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.output.strip().splitlines()[-1])


def refused(*args: str) -> str:
    result = CliRunner().invoke(export_command, list(args), catch_exceptions=False)
    assert result.exit_code != 0
    return result.output


def published(row: dict) -> date | None:
    return datetime.fromisoformat(row["published_at"]).date() if row["published_at"] else None


def card_header(folder: Path) -> dict:
    text = (folder / "README.md").read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n")[1])


# -- formats ----------------------------------------------------------------------------------
def test_parquet_export_reads_back_with_every_row_and_typed_columns(crawled_db, tmp_path):
    rows = articles(crawled_db)
    summary = export("--db", str(crawled_db), "--format", "parquet", "--out", str(tmp_path / "ds"))
    table = pq.read_table(tmp_path / "ds" / "data" / "train-00000-of-00001.parquet")
    assert table.num_rows == summary["rows"] == len(rows) > 20
    assert set(table.column("url").to_pylist()) == {r["url"] for r in rows}
    schema = table.schema
    assert schema.field("published_at").type == pa.timestamp("us", tz="UTC")
    assert schema.field("word_count").type == pa.int64()
    assert schema.field("language_confidence").type == pa.float64()
    columns = sqlite_utils.Database(crawled_db)["articles"].columns_dict
    for name, typ in (("rating", pa.float64()), ("authors", pa.list_(pa.string())),
                      ("tags", pa.list_(pa.string()))):
        # metadata columns appear exactly when the database has them
        assert (name in schema.names) == (name in columns)
        if name in columns:
            assert schema.field(name).type == typ
    by_url = {r["url"]: r for r in rows}
    for got in table.to_pylist():
        assert got["published_at"].date() == published(by_url[got["url"]])
        assert got["text"] == by_url[got["url"]]["text"]


def test_csv_export_reads_back_with_only_the_selected_fields(crawled_db, tmp_path):
    rows = articles(crawled_db)
    export("--db", str(crawled_db), "--format", "csv", "--out", str(tmp_path / "ds"),
           "--fields", "url,title", "--fields", "word_count")
    with open(tmp_path / "ds" / "data" / "train-00000-of-00001.csv", newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        got = list(reader)
    assert reader.fieldnames == ["url", "title", "word_count"]
    assert len(got) == len(rows)
    words = {r["url"]: r["word_count"] for r in rows}
    assert all(int(r["word_count"]) == words[r["url"]] for r in got)


def test_jsonl_export_applies_language_date_and_length_filters(crawled_db, tmp_path):
    rows = articles(crawled_db)
    expected = {r["url"] for r in rows if r["language"] == "en" and r["word_count"] >= 290
                and date(2025, 10, 1) <= published(r) <= date(2025, 12, 25)}
    assert 0 < len(expected) < len(rows)
    out = tmp_path / "en.jsonl"
    summary = export("--db", str(crawled_db), "--out", str(out), "--lang", "en", "--min-words", "290",
                     "--since", "2025-10-01", "--until", "2025-12-25")
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {g["url"] for g in got} == expected
    assert summary["rows"] == len(expected)
    assert all(isinstance(g["word_count"], int) and isinstance(g["language_confidence"], float) for g in got)
    dates = [g["published_at"] for g in got]
    assert dates == sorted(dates)  # earliest published first
    assert summary["filters"] == {"langs": ["en"], "since": "2025-10-01", "until": "2025-12-25",
                                  "min_words": 290}


def test_site_and_run_filters_select_only_matching_rows(crawled_db, tmp_path):
    rows = articles(crawled_db)
    site, run = rows[0]["site"], rows[0]["run_id"]
    assert export("--db", str(crawled_db), "--out", str(tmp_path / "a"), "--site", site,
                  "--run", str(run))["rows"] == len(rows)
    assert export("--db", str(crawled_db), "--out", str(tmp_path / "b"), "--site", "other.example")["rows"] == 0
    assert export("--db", str(crawled_db), "--out", str(tmp_path / "c"), "--run", str(run + 1000))["rows"] == 0


def test_where_condition_takes_its_values_as_bound_parameters(crawled_db, tmp_path):
    rows = articles(crawled_db)
    expected = {r["url"] for r in rows if "the" in r["title"].lower() and r["word_count"] > 280}
    out = tmp_path / "w.jsonl"
    export("--db", str(crawled_db), "--out", str(out), "--where", "title like :t and word_count > :n",
           "--param", "t=%the%", "--param", "n=280")
    assert {json.loads(line)["url"] for line in out.read_text().splitlines()} == expected
    # a value that is SQL stays a value
    export("--db", str(crawled_db), "--out", str(tmp_path / "v.jsonl"), "--where", "title = :t",
           "--param", "t=x' or 1=1 --")
    assert (tmp_path / "v.jsonl").read_text() == ""


@pytest.mark.parametrize("where", [
    "1; drop table articles",
    "1) union select url from pages where (1",
    "1 -- everything",
    "/* hidden */ 1",
    "word_count > 1)",
    "(word_count > 1",
    "'unterminated",
    "load_extension('/tmp/evil.so') is null",
    "1 union select 1",
    "(select count(*) from pragma_table_info('articles')) > 0 and writefile('x', 'y')",
])
def test_where_injection_attempts_are_refused_and_change_nothing(crawled_db, tmp_path, where):
    before = hashlib.sha256(crawled_db.read_bytes()).hexdigest()
    output = refused("--db", str(crawled_db), "--out", str(tmp_path / "ds"), "--where", where)
    assert "--where" in output or "no such function" in output
    assert not (tmp_path / "ds").exists()
    assert hashlib.sha256(crawled_db.read_bytes()).hexdigest() == before


def test_export_connection_is_read_only_and_refuses_writes_attach_and_extensions(crawled_db, tmp_path):
    from pipeline.export import open_readonly

    conn = open_readonly(crawled_db)
    try:
        assert conn.execute("select count(*) from articles").fetchone()[0] > 20
        for statement in ("delete from articles", "insert into runs (status) values ('x')",
                          f"attach database '{tmp_path / 'x.db'}' as x", "pragma journal_mode = delete",
                          "create temp table t (x)", "select load_extension('x')"):
            with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
                conn.execute(statement)
    finally:
        conn.close()
    assert not (tmp_path / "x.db").exists()
    assert len(articles(crawled_db)) > 20


# -- output paths -----------------------------------------------------------------------------
def test_an_existing_dataset_is_only_replaced_with_force(crawled_db, tmp_path):
    out = tmp_path / "ds"
    export("--db", str(crawled_db), "--format", "jsonl", "--out", str(out))
    assert "--force" in refused("--db", str(crawled_db), "--format", "parquet", "--out", str(out))
    assert "--force" in refused("--db", str(crawled_db), "--out", str(out / "data" / "train-00000-of-00001.jsonl"))
    export("--db", str(crawled_db), "--format", "parquet", "--out", str(out), "--force")
    # the old format's file is gone, so loaders see one dataset
    assert sorted(p.name for p in (out / "data").iterdir()) == ["train-00000-of-00001.parquet"]
    assert card_header(out)["configs"][0]["data_files"][0]["path"] == "data/train-*.parquet"


def test_out_that_leads_outside_the_named_folder_is_refused(crawled_db, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "ds"
    out.mkdir()
    (out / "data").symlink_to(elsewhere)
    assert "outside" in refused("--db", str(crawled_db), "--out", str(out))
    assert list(elsewhere.iterdir()) == []
    assert "ends in .csv" in refused("--db", str(crawled_db), "--format", "parquet",
                                     "--out", str(tmp_path / "x.csv"))


def test_a_file_out_writes_that_file_and_nothing_else(crawled_db, tmp_path):
    export("--db", str(crawled_db), "--out", str(tmp_path / "all.parquet"))
    assert [p.name for p in tmp_path.iterdir()] == ["all.parquet"]
    assert pq.read_table(tmp_path / "all.parquet").num_rows == len(articles(crawled_db))


def test_dataset_card_names_the_files_features_counts_and_filters(crawled_db, tmp_path):
    out = tmp_path / "ds"
    summary = export("--db", str(crawled_db), "--format", "parquet", "--out", str(out), "--min-words", "260")
    header = card_header(out)
    pattern = header["configs"][0]["data_files"][0]["path"]
    files = list(out.glob(pattern))
    assert len(files) == 1
    schema = pq.read_schema(files[0])
    features = header["dataset_info"]["features"]
    assert [f["name"] for f in features] == schema.names
    assert {"name": "published_at", "dtype": "timestamp[us, tz=UTC]"} in features
    assert header["dataset_info"]["splits"] == [{"name": "train", "num_examples": summary["rows"]}]
    rows = [r for r in articles(crawled_db) if r["word_count"] >= 260]
    meta = header["cleancrawl"]
    assert meta["counts"]["sites"] == {rows[0]["site"]: len(rows)}
    assert sum(meta["counts"]["languages"].values()) == len(rows)
    assert set(header["language"]) == {r["language"] for r in rows}
    assert meta["filters"] == {"min_words": 260}
    created = datetime.fromisoformat(meta["created_at"])
    assert abs((datetime.now(timezone.utc) - created).total_seconds()) < 300


# -- types of metadata columns ----------------------------------------------------------------
def test_metadata_columns_become_lists_floats_and_utc_timestamps(tmp_path):
    db = tmp_path / "synthetic.db"
    bench.build_db(db, 120, real_signatures=False, fts=False)
    stored = {r["url"]: r for r in articles(db)}
    export("--db", str(db), "--out", str(tmp_path / "s.parquet"))
    table = pq.read_table(tmp_path / "s.parquet")
    assert table.schema.field("rating").type == pa.float64()
    assert table.schema.field("authors").type == pa.list_(pa.string())
    assert table.schema.field("tags").type == pa.list_(pa.string())
    for got in table.to_pylist():
        row = stored[got["url"]]
        assert got["authors"] == json.loads(row["authors"])
        assert got["tags"] == json.loads(row["tags"])
        assert got["rating"] == row["rating"]
        if row["published_at"]:
            moment = datetime.fromisoformat(row["published_at"])
            moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
            assert got["published_at"] == moment
        else:
            assert got["published_at"] is None
    export("--db", str(db), "--out", str(tmp_path / "s.jsonl"))
    first = json.loads((tmp_path / "s.jsonl").read_text().splitlines()[0])
    assert isinstance(first["authors"], list) and isinstance(first["tags"], list)


# -- deduplication ----------------------------------------------------------------------------
def _news_page(title: str, sentences: list[str], published: str) -> str:
    head = (f'<meta property="article:published_time" content="{published}">'
            '<script type="application/ld+json">'
            + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                          "datePublished": published, "author": {"@type": "Person", "name": "Ana Ruiz"}})
            + "</script>")
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    return article_page(title, paragraphs, head=head)


@pytest.fixture(scope="module")
def near_duplicate_db(tmp_path_factory) -> Path:
    """The same article on two URLs, one sentence changed in the later copy, plus another article.

    Pages go through the real cleaner and Store (no crawl: the module already crawls once).
    """
    original, edited = story(11, 24), with_changed_sentence(story(11, 24), 10)
    # the later copy is stored first: what is kept must follow publication, not storage order
    pages = [
        ("/syndicated/ferry-strike", _news_page("Ferry strike ends", edited, "2024-03-04T09:30:00+00:00")),
        ("/news/ferry-strike-ends", _news_page("Ferry strike ends", original, "2024-03-01T08:00:00+00:00")),
        ("/news/bridge-repairs", _news_page("Bridge repairs", story(12, 24), "2024-03-02T10:00:00+00:00")),
    ]
    db = tmp_path_factory.mktemp("near") / "near.db"
    store = Store(db)
    cleaned = [clean_html(body, "https://news.example" + path) for path, body in pages]
    assert all(page.is_article for page in cleaned)
    store.save_pages([(page, {}) for page in cleaned])
    store.close()
    return db


def test_near_duplicates_collapse_to_the_earliest_copy_only_with_dedup_near(near_duplicate_db, tmp_path):
    plain = export("--db", str(near_duplicate_db), "--out", str(tmp_path / "plain.jsonl"))
    exact = export("--db", str(near_duplicate_db), "--out", str(tmp_path / "exact.jsonl"), "--dedup", "exact")
    near = export("--db", str(near_duplicate_db), "--out", str(tmp_path / "near.jsonl"), "--dedup", "near")
    assert (plain["rows"], exact["rows"], near["rows"]) == (3, 3, 2)
    assert near["dropped"] == {"exact": 0, "near": 1}
    assert near["signatures_computed"] == 0  # read from the database, computed at insert
    kept = [json.loads(line)["url"] for line in (tmp_path / "near.jsonl").read_text().splitlines()]
    assert any(u.endswith("/news/ferry-strike-ends") for u in kept)
    assert not any(u.endswith("/syndicated/ferry-strike") for u in kept)
    strict = export("--db", str(near_duplicate_db), "--out", str(tmp_path / "strict.jsonl"),
                    "--dedup", "near", "--threshold", "0.99")
    assert strict["rows"] == 3


def test_exact_duplicates_on_two_urls_collapse_with_dedup_exact(near_duplicate_db, tmp_path):
    copy = tmp_path / "copy.db"
    db = sqlite_utils.Database(copy)
    src = sqlite_utils.Database(near_duplicate_db)
    db["articles"].insert_all(src["articles"].rows)
    first = next(db.query("select * from articles order by published_at limit 1"))
    db["articles"].insert({**first, "url": first["url"] + "?copy", "published_at": "2025-01-01T00:00:00+00:00"})
    db.conn.close()
    summary = export("--db", str(copy), "--out", str(tmp_path / "e.jsonl"), "--dedup", "exact")
    assert summary["dropped"]["exact"] == 1 and summary["rows"] == 3
    # no signatures table in this copy: near dedup computes them and still finds the edited copy
    near = export("--db", str(copy), "--out", str(tmp_path / "n.jsonl"), "--dedup", "near")
    assert near["rows"] == 2 and near["dropped"] == {"exact": 1, "near": 1}
    assert near["signatures_computed"] == 3  # every row that got past exact dedup


# -- terminal -------------------------------------------------------------------------------
def test_progress_bar_shows_on_a_terminal_and_not_in_a_pipe(crawled_db, tmp_path):
    cmd = [sys.executable, "-c", "from pipeline.cli import cli; cli()", "export", "--db", str(crawled_db)]
    main, child = pty.openpty()
    proc = subprocess.run([*cmd, "--out", str(tmp_path / "tty.jsonl")], stderr=child,
                          stdout=subprocess.PIPE, cwd=ROOT, timeout=120,
                          env={**os.environ, "TERM": "xterm", "COLUMNS": "100"})
    os.close(child)
    seen = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(main)
    assert proc.returncode == 0
    assert b"exporting" in seen
    piped = run_cli("export", "--db", str(crawled_db), "--out", str(tmp_path / "pipe.jsonl"))
    assert "exporting" not in piped.stderr
    assert "written" in piped.stdout

