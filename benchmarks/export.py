"""Export speed (rows/s) and peak memory of `cleancrawl export` on synthetic articles, per format.

\b
    python benchmarks/export.py                 # 50,000 articles, jsonl / csv / parquet (+ dedup)
    python benchmarks/export.py --rows 5000 --json
    python benchmarks/export.py --db big.db     # reuse (or create once) a synthetic database

Each export runs as its own `cleancrawl export` process, so its peak RSS is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import dedup  # noqa: E402
from pipeline.clean import content_hash  # noqa: E402
from pipeline.store import open_db  # noqa: E402

SITES = [f"site{i}.example" for i in range(12)]
LANGS = ("en", "en", "en", "de", "fr", "es")
TAGS = ("drama", "comedy", "camera", "laptop", "travel", "food", "music", "science")
# Columns a colleague's metadata work adds (issue 8 brief): created here if the schema lacks them.
EXTRA_COLUMNS = {"rating": float, "authors": str, "tags": str}
NEAR_DUPLICATE_EVERY = 20  # every 20th article re-publishes an earlier one with a changed sentence
RUNS = (
    ("jsonl", ()),
    ("csv", ()),
    ("parquet", ()),
    ("jsonl", ("--dedup", "exact")),
    ("parquet", ("--dedup", "near")),
)


def _vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    letters = "etaoinshrdlucmfwypvbgkqjxz"
    return ["".join(rng.choices(letters, k=rng.randint(2, 9))) for _ in range(size)]


def _sentence(rng: random.Random, vocab: list[str]) -> str:
    return " ".join(rng.choices(vocab, k=rng.randint(8, 20))).capitalize()


def synthetic_articles(n: int, seed: int = 8, real_signatures: bool = True,
                       words: tuple[int, int] = (150, 600)):
    """(article row, signature row) pairs: varied sites, languages, dates, metadata, near-duplicates."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng)
    # articles draw from a pool of 20,000 sentences: 1 in 10^8 chance two share a 3-sentence run
    pool = [_sentence(rng, vocab) for _ in range(20_000)]
    earlier: list[str] = []
    for i in range(n):
        if i % NEAR_DUPLICATE_EVERY == NEAR_DUPLICATE_EVERY - 1 and earlier:
            sentences = rng.choice(earlier).split(". ")
            sentences[rng.randrange(len(sentences))] = _sentence(rng, vocab)
            text = ". ".join(sentences)
        else:
            text = ". ".join(rng.choices(pool, k=rng.randint(*words) // 14)) + "."
            if len(earlier) < 200:
                earlier.append(text)
        site = SITES[i % len(SITES)]
        published = f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if i % 3:
            published += f"T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00+0{rng.randint(0, 2)}:00"
        if i % 50 == 0:
            published = None
        chash = content_hash(text)
        row = {
            "url": f"https://{site}/reviews/{i}-article", "site": site, "site_name": site.title(),
            "title": " ".join(rng.choices(vocab, k=6)).title(), "author": f"Writer {i % 97}",
            "published_at": published, "modified_at": published, "description": text[:150],
            "language": rng.choice(LANGS), "language_confidence": round(rng.uniform(0.8, 1.0), 3),
            "text": text, "word_count": len(text.split()), "content_hash": chash,
            "fetched_at": "2026-01-02T03:04:05+00:00", "first_seen_at": "2026-01-02T03:04:05+00:00",
            "updated_at": "2026-01-02T03:04:05+00:00", "run_id": 1 + i % 3,
            "rating": rng.choice((None, rng.randint(1, 10) / 2)),
            "authors": json.dumps([f"Writer {i % 97}"] + ([f"Guest {i % 7}"] if i % 4 == 0 else [])),
            "tags": json.dumps(rng.sample(TAGS, rng.randint(0, 3))),
        }
        minhash = dedup.signature(text) if real_signatures else rng.randbytes(dedup.NUM_PERM * 4)
        yield row, {"url": row["url"], "content_hash": chash, "scheme": dedup.SIGNATURE_SCHEME,
                    "minhash": minhash}


def build_db(path: Path, n: int, real_signatures: bool = True, words: tuple[int, int] = (150, 600),
             fts: bool = True, chunk: int = 1000) -> None:
    """A cleancrawl database (real schema, signatures table) with n synthetic articles.

    fts=False drops the full-text triggers first: export never reads the index, and indexing is
    most of the build time.
    """
    db = open_db(path)
    if not fts:
        db["articles"].disable_fts()
    for name, typ in EXTRA_COLUMNS.items():
        if name not in db["articles"].columns_dict:
            db["articles"].add_column(name, typ)
    conn = db.conn
    rows = synthetic_articles(n, real_signatures=real_signatures, words=words)
    while batch := [next(rows, None) for _ in range(chunk)]:
        batch = [b for b in batch if b]
        if not batch:
            break
        cols = list(batch[0][0])
        conn.execute("begin")
        conn.executemany(f"insert into articles ({', '.join(cols)}) values ({', '.join('?' * len(cols))})",
                         [[a[c] for c in cols] for a, _ in batch])
        conn.executemany("insert into article_signatures (url, content_hash, scheme, minhash) "
                         "values (:url, :content_hash, :scheme, :minhash)", [s for _, s in batch])
        conn.execute("commit")
        if len(batch) < chunk:
            break
    conn.close()


def run_export(db: Path, out: Path, fmt: str, extra: tuple = ()) -> dict:
    """Run `cleancrawl export ... --json` in its own process; its summary plus its peak RSS (MB)."""
    cmd = [sys.executable, "-c", "from pipeline.cli import cli; cli()", "export", "--db", str(db),
           "--format", fmt, "--out", str(out), "--json", *extra]
    started = time.monotonic()
    with tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT)
        # VmHWM, polled: the peak of the exported program itself. getrusage's ru_maxrss would
        # also count the parent's memory, inherited by the child between fork and exec.
        peak_kb = 0
        while proc.poll() is None:
            peak_kb = max(peak_kb, _vm_hwm_kb(proc.pid))
            time.sleep(0.05)
        if proc.returncode:
            err.seek(0)
            raise RuntimeError(f"export exited {proc.returncode}:\n{err.read().decode()[-3000:]}")
        out.seek(0)
        stdout = out.read()
    summary = json.loads(stdout.decode().strip().splitlines()[-1])
    summary["wall_seconds"] = round(time.monotonic() - started, 3)
    summary["peak_rss_mb"] = round(peak_kb / 1024, 1)
    return summary


def _vm_hwm_kb(pid: int) -> int:
    """Peak resident set size of a running process, in kB (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _size_mb(paths) -> float:
    return round(sum(os.path.getsize(p) for p in paths) / 1e6, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--db", type=Path, default=None, help="synthetic database to reuse or create")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cleancrawl-bench-export-") as tmp:
        db = args.db or Path(tmp) / "synthetic.db"
        built = None
        if not db.exists():
            started = time.monotonic()
            build_db(db, args.rows)
            built = round(time.monotonic() - started, 1)
        with sqlite3.connect(db) as conn:
            n = conn.execute("select count(*) from articles").fetchone()[0]
        results = []
        for i, (fmt, extra) in enumerate(RUNS):
            s = run_export(db, Path(tmp) / f"out{i}", fmt, extra)
            results.append({"format": fmt, "dedup": s["dedup"]["mode"] or "-", "rows": s["rows"],
                            "dropped": s["dropped"]["exact"] + s["dropped"]["near"],
                            "seconds": s["seconds"], "rows_per_s": round(s["scanned"] / s["seconds"]),
                            "peak_rss_mb": s["peak_rss_mb"], "size_mb": _size_mb(s["files"][:1])})
    if args.json:
        print(json.dumps({"articles": n, "build_seconds": built, "exports": results}))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"cleancrawl export: {n} synthetic articles"
                  + (f" (database built in {built}s)" if built else ""))
    for col in results[0]:
        table.add_column(col, justify="left" if col in ("format", "dedup") else "right")
    for r in results:
        table.add_row(*(str(v) for v in r.values()))
    Console(width=120).print(table)


if __name__ == "__main__":
    main()
