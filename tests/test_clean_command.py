"""`cleancrawl clean` on files, gzipped files, folders and JSONL, without crawling."""

from __future__ import annotations

import gzip
import json

from conftest import run_cli

ARTICLE = """<html lang="en"><head><title>The Quiet Harbour review | Film Ledger</title>
<meta property="og:type" content="article"></head><body>
<div><p>Log In</p><p>Forgot password?</p></div>
<article><h1>The Quiet Harbour review</h1>
<p>{body}</p>
<p>{body2}</p>
</article><footer><p>Privacy Policy</p></footer></body></html>"""

BODY = ("The Quiet Harbour is a slow, patient film about a fishing town that loses its only ferry "
        "and slowly learns to live with the sea again. ") * 4
BODY2 = ("Its director trusts silence more than dialogue, and the cast rewards that trust with "
         "performances that never reach for easy sentiment. ") * 4


def write_page(path, body=BODY, body2=BODY2):
    path.write_text(ARTICLE.format(body=body, body2=body2), encoding="utf-8")
    return path


def test_clean_prints_article_text_without_chrome(tmp_path):
    page = write_page(tmp_path / "harbour.html")
    out = run_cli("clean", str(page)).stdout
    assert "fishing town that loses its only ferry" in out
    assert "Forgot password?" not in out
    assert "Privacy Policy" not in out


def test_clean_json_has_the_promised_fields(tmp_path):
    page = write_page(tmp_path / "harbour.html")
    record = json.loads(run_cli("clean", str(page), "--json").stdout.strip())
    for key in ("path", "url", "title", "text", "language", "removed"):
        assert key in record
    assert record["path"] == str(page)
    assert record["title"] == "The Quiet Harbour review"
    assert record["language"] == "en"
    assert "director trusts silence" in record["text"]


def test_clean_reads_gzip_folders_and_jsonl(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    write_page(folder / "one.html")
    (folder / "two.html.gz").write_bytes(gzip.compress(ARTICLE.format(body=BODY2, body2=BODY).encode()))
    jsonl = tmp_path / "pages.jsonl"
    lines = [
        {"url": "https://films.example/reviews/harbour", "html": ARTICLE.format(body=BODY, body2=BODY2)},
        {"url": "https://films.example/reviews/harbour-2", "path": str(folder / "one.html")},
    ]
    jsonl.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    out = run_cli("clean", str(folder), str(jsonl), "--json").stdout
    records = [json.loads(x) for x in out.strip().splitlines()]
    assert len(records) == 4
    assert {r["url"] for r in records[2:]} == {x["url"] for x in lines}
    assert all("fishing town" in r["text"] for r in records)


def test_clean_reports_binary_and_broken_input_and_goes_on(tmp_path):
    (tmp_path / "a.html").write_bytes(b"%PDF-1.7\n%binary\x00\x01\x02")
    (tmp_path / "b.html.gz").write_bytes(b"not gzip at all")
    write_page(tmp_path / "c.html")
    proc = run_cli("clean", str(tmp_path), "--json")
    records = [json.loads(x) for x in proc.stdout.strip().splitlines()]
    errors = {r["path"].rsplit("/", 1)[-1]: r.get("error") for r in records}
    assert "PDF" in errors["a.html"]
    assert errors["b.html.gz"]
    assert errors["c.html"] is None
    assert "2 page(s) could not be cleaned" in proc.stderr
