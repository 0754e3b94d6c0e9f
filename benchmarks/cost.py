"""CPU cost of cleaning, stage by stage, against trafilatura.extract on the same pages.

\b
    python benchmarks/cost.py                       # both sets, every page
    python benchmarks/cost.py --set wcxb --limit 200
    python benchmarks/cost.py --save /tmp/pages.jsonl   # every page's CleanedPage, to diff runs

One process, CPU time (time.process_time: the machine is shared, wall time is noise). Each page
runs trafilatura.extract(html, url=url) then clean_html(html, url); the first --warm-up pages of
each set run once untimed and are left out. Stages are timed by wrapping the functions
pipeline.clean calls, so the table follows clean._clean as it changes; "other" is what the
total spends outside them. Ratios are the stage's mean over trafilatura's mean.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.scoring import load_set, read_page  # noqa: E402

SHARED = Path(os.environ.get("CLEANCRAWL_SHARED", ROOT.parent / "shared"))
SETS = {"aeb": SHARED / "benchmarks" / "aeb-dev",
        "wcxb": SHARED / "benchmarks" / "wcxb-dev-articles"}

# stage name -> (module, attribute) of what pipeline.clean calls for it, in pipeline order.
STAGES = (
    ("parse", "pipeline.clean", "parse_html"),
    ("decode", "pipeline.clean", "decode_html"),
    ("structured metadata", "pipeline.clean", "structured"),
    ("page features", "pipeline.clean", "page_features"),
    ("chrome pruning", "pipeline.chrome", "prune_html"),
    ("extraction", "pipeline.clean", "extract_main"),
    ("metadata finish", "pipeline.clean", "finish"),
    ("chrome text filter", "pipeline.chrome", "filter_text"),
    ("classify", "pipeline.clean", "classify"),
    ("language", "pipeline.language", "detect"),
)


class Timer:
    """CPU seconds spent in each wrapped stage during the current page."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}

    def wrap(self, name: str, module, attr: str) -> None:
        func = getattr(module, attr)

        def timed(*args, **kwargs):
            start = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                self.spent[name] = self.spent.get(name, 0.0) + time.process_time() - start

        setattr(module, attr, timed)


def instrument() -> Timer:
    """Wrap every stage once; returns the timer that collects their times."""
    import importlib

    timer = Timer()
    for name, module, attr in STAGES:
        timer.wrap(name, importlib.import_module(module), attr)
    return timer


def run_page(html: bytes, url: str, timer: Timer) -> tuple[dict, dict | None]:
    """CPU seconds per stage for one page (plus 'trafilatura' and 'total'), and its CleanedPage."""
    import trafilatura

    from pipeline.clean import clean_html

    start = time.process_time()
    try:
        trafilatura.extract(html, url=url)
    except Exception:  # noqa: BLE001 - trafilatura's failure still took its time
        pass
    traf = time.process_time() - start
    timer.spent = {}
    start = time.process_time()
    try:
        page = clean_html(html, url).to_dict()
    except Exception as exc:  # noqa: BLE001 - a failed page is recorded, not fatal
        page = {"error": f"{type(exc).__name__}: {exc}"}
    total = time.process_time() - start
    times = {**timer.spent, "trafilatura": traf, "total": total}
    times["other"] = total - sum(timer.spent.values())
    return times, page


def measure(set_name: str, limit: int | None, warm_up: int, timer: Timer, save) -> list[dict]:
    """Per-page CPU times of one set, warm-up pages excluded."""
    truth = load_set(SETS[set_name])
    keys = sorted(truth)
    if limit:
        keys = keys[: limit + warm_up]
    rows = []
    for i, key in enumerate(keys):
        times, page = run_page(read_page(SETS[set_name], key), truth[key].get("url") or "", timer)
        if save:
            row = {"set": set_name, "key": key, "page": page}
            save.write(json.dumps(row, ensure_ascii=False) + "\n")
        if i >= warm_up:
            rows.append(times)
    return rows


def table(set_name: str, rows: list[dict]) -> dict:
    """Print the stage table of one set; returns it as a dict."""
    traf_mean = statistics.mean(r["trafilatura"] for r in rows)
    names = [s[0] for s in STAGES] + ["other", "total", "trafilatura"]
    out = {"pages": len(rows)}
    print(f"\n{set_name} ({len(rows)} pages, CPU ms/page)")
    print(f"{'stage':22}{'median':>9}{'mean':>9}{'ratio':>8}")
    for name in names:
        values = [r.get(name, 0.0) * 1000 for r in rows]
        med, mean = statistics.median(values), statistics.mean(values)
        ratio = mean / 1000 / traf_mean
        out[name] = {"median_ms": round(med, 2), "mean_ms": round(mean, 2), "ratio": round(ratio, 3)}
        print(f"{name:22}{med:>9.2f}{mean:>9.2f}{ratio:>7.2f}x")
    per_page = statistics.median(r["total"] / r["trafilatura"] for r in rows if r["trafilatura"] > 0)
    medians = (statistics.median(r["total"] for r in rows)
               / statistics.median(r["trafilatura"] for r in rows))
    out["median_page_ratio"], out["ratio_of_medians"] = round(per_page, 3), round(medians, 3)
    print(f"median page ratio {per_page:.2f}x; ratio of medians {medians:.2f}x")
    return out


def main(argv=None) -> None:
    """Parse options, time the sets, print the tables (or JSON)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SETS), action="append",
                    help="benchmark set (repeatable; default both)")
    ap.add_argument("--limit", type=int, help="first N timed pages of each set")
    ap.add_argument("--warm-up", type=int, default=5, help="untimed pages at the start of each set")
    ap.add_argument("--save", type=Path, help="write every page's CleanedPage as JSONL here")
    ap.add_argument("--json", action="store_true", help="print the tables as JSON too")
    args = ap.parse_args(argv)
    timer = instrument()
    save = args.save.open("w", encoding="utf-8") if args.save else None
    out = {}
    try:
        for set_name in args.set or ["aeb", "wcxb"]:
            out[set_name] = table(set_name, measure(set_name, args.limit, args.warm_up, timer, save))
    finally:
        if save:
            save.close()
    if args.json:
        print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
