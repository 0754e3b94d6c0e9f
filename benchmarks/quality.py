"""Extraction quality of trafilatura alone and of cleancrawl, side by side.

\b
    python benchmarks/quality.py                    # both sets, both systems
    python benchmarks/quality.py --set wcxb --limit 100 --workers 2 --json
    python benchmarks/quality.py --part dev         # study this half; report holdout too
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.scoring import load_set, read_page, score_page, select, summarise  # noqa: E402

SHARED = Path(os.environ.get("CLEANCRAWL_SHARED", ROOT.parent / "shared"))
SETS = {"aeb": SHARED / "benchmarks" / "aeb-dev", "wcxb": SHARED / "benchmarks" / "wcxb-dev-articles"}
SYSTEMS = ("trafilatura", "cleancrawl")


def run_trafilatura(html: bytes, url: str) -> str:
    """trafilatura alone, default settings, on the raw page."""
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def run_cleancrawl(html: bytes, url: str) -> str:
    """The full cleancrawl cleaning stage."""
    from pipeline.clean import clean_html

    return clean_html(html, url).text


RUNNERS = {"trafilatura": run_trafilatura, "cleancrawl": run_cleancrawl}


def _job(args: tuple[str, str, dict, tuple[str, ...]]) -> dict:
    """Run every system on one page; returns texts, scores and timings."""
    set_name, key, truth, systems = args
    html = read_page(SETS[set_name], key)
    out = {"key": key}
    for name in systems:
        start = time.perf_counter()
        try:
            text = RUNNERS[name](html, truth.get("url") or "")
        except Exception as exc:  # noqa: BLE001 - a failed page scores as empty output
            text = ""
            out[f"{name}_error"] = f"{type(exc).__name__}: {exc}"
        out[f"{name}_seconds"] = time.perf_counter() - start
        out[name] = score_page(key, truth, text)
        out[f"{name}_text"] = text
    return out


PARTS = ("all", "dev", "holdout")


def evaluate(
    set_name: str, limit: int | None, workers: int, systems=SYSTEMS, part: str = "all"
) -> tuple[dict, list[dict]]:
    """Scores of each system on one benchmark set; returns (summary, per-page results)."""
    truth = load_set(SETS[set_name])
    keys = select(truth, part, limit)
    jobs = [(set_name, k, truth[k], tuple(systems)) for k in keys]
    _warm_up(systems)
    if workers > 1:
        with Pool(workers, initializer=_warm_up, initargs=(systems,)) as pool:
            results = pool.map(_job, jobs, chunksize=4)
    else:
        results = [_job(j) for j in jobs]
    summary = {}
    for name in systems:
        s = summarise([r[name] for r in results])
        s["median_seconds"] = statistics.median(r[f"{name}_seconds"] for r in results)
        s["errors"] = sum(f"{name}_error" in r for r in results)
        summary[name] = s
    if "trafilatura" in summary and "cleancrawl" in summary:
        summary["cleancrawl"]["time_ratio"] = (
            summary["cleancrawl"]["median_seconds"] / summary["trafilatura"]["median_seconds"]
        )
    return summary, results


def _warm_up(systems) -> None:
    """Import and run each system once so first-call costs do not count as page time."""
    html = b"<html><body><article><h1>Warm up</h1><p>" + b"Some words here. " * 40 + b"</p></article></body></html>"
    for name in systems:
        RUNNERS[name](html, "https://example.com/a")


ROWS = [
    ("precision", "shingle precision"), ("recall", "shingle recall"), ("f1", "shingle F1"),
    ("word_f1", "word F1"), ("without_leaked", "'without' leaked"), ("with_kept", "'with' kept"),
    ("median_seconds", "median s/page"), ("time_ratio", "time ratio"), ("errors", "errors"),
]


def print_table(set_name: str, summary: dict, part: str = "all") -> None:
    """One benchmark set as a plain text table, systems side by side."""
    names = list(summary)
    pages = summary[names[0]]["pages"]
    print(f"\n{set_name} {part} ({pages} pages)")
    print(f"{'':22}" + "".join(f"{n:>14}" for n in names))
    for key, label in ROWS:
        if not any(key in summary[n] for n in names):
            continue
        cells = []
        for n in names:
            v = summary[n].get(key)
            cells.append(f"{'':>14}" if v is None else f"{v:>14.4f}" if isinstance(v, float) else f"{v:>14}")
        print(f"{label:22}" + "".join(cells))


def main(argv=None) -> None:
    """Parse options, run the sets, print tables or JSON."""
    ap = argparse.ArgumentParser(description="Extraction quality: trafilatura alone vs cleancrawl.")
    ap.add_argument("--set", choices=sorted(SETS), action="append", help="benchmark set (repeatable; default both)")
    ap.add_argument("--part", choices=PARTS, default="all", help="half of each set: dev (study it) or holdout (report it)")
    ap.add_argument("--limit", type=int, default=None, help="first N pages of each set (after --part)")
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1), help="processes")
    ap.add_argument("--system", choices=SYSTEMS, action="append", help="system to run (repeatable; default both)")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    ap.add_argument("--details", type=Path, help="write per-page scores and texts as JSONL here")
    args = ap.parse_args(argv)
    out = {}
    details = []
    for set_name in args.set or ["aeb", "wcxb"]:
        summary, results = evaluate(set_name, args.limit, args.workers, tuple(args.system or SYSTEMS), part=args.part)
        out[set_name] = summary
        for r in results:
            details.append({"set": set_name, "part": args.part, **{k: (v.__dict__ if hasattr(v, "__dict__") else v) for k, v in r.items()}})
    if args.details:
        with args.details.open("w", encoding="utf-8") as fh:
            for d in details:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        for set_name, summary in out.items():
            print_table(set_name, summary, args.part)


if __name__ == "__main__":
    main()
