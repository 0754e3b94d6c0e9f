"""Title / author / date accuracy of trafilatura alone and of cleancrawl, plus language stability.

\b
    python benchmarks/metadata.py                      # all WCXB article pages, both systems
    python benchmarks/metadata.py --limit 100 --json
    python benchmarks/metadata.py --part holdout       # every other page, to compare halves
    python benchmarks/metadata.py --part dev --misses author   # list cleancrawl's misses
    python benchmarks/metadata.py --part dev --save rows.json  # every page's predictions

Title: equal after folding case, accents and punctuation. Author: the same set of names
(honorifics, parentheses, credentials and job titles dropped); lead_author: the first-named
author only. Date: the same day (the same month when the truth gives only a month). Pages whose
truth is null are skipped for that field. Language: share of pages of 50+ words detected as
English (the set is English) and identical when detected again. Time: seconds per page of each
system, and the median / mean milliseconds cleancrawl spends in metadata (structured() + finish()).
Misses are sorted by kind: for dates, whether the truth's day is on the page at all.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import re
import statistics
import sys
import time
from datetime import datetime, timezone
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.scoring import select  # noqa: E402 - the same halves as quality.py
from pipeline.titles import fold  # noqa: E402

SHARED = Path(os.environ.get("CLEANCRAWL_SHARED", ROOT.parent / "shared"))
WCXB = SHARED / "benchmarks" / "wcxb-dev-articles"
SYSTEMS = ("trafilatura", "cleancrawl")
FIELDS = ("title", "author", "date", "lead_author")
# Short all-capital pieces after a name are credentials ("Jane Doe, MS, RD"), not people.
_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,5}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?)$")
_NAME_SPLIT = re.compile(r"\s*(?:;|,|\s&\s|\sand\s)\s*", re.I)
# Comparing "by name": honorifics, parentheses and job titles around a name do not count.
_HONORIFIC = re.compile(r"^(?:dr|prof|mr|mrs|ms|sir)\.?\s+", re.I)
_ROLE = re.compile(r"\b(?:editor|writer|expert|head|director|founder|manager|reviewer|contributor|"
                   r"educator|columnist|specialist|reporter|correspondent)s?\b", re.I)


def load_truth(root: Path = WCXB) -> dict[str, dict]:
    """{page id: ground truth} of the WCXB article pages."""
    return json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))


def read_page(key: str, root: Path = WCXB) -> bytes:
    """The recorded page's bytes."""
    return gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())


def names(text: str | None) -> set[str]:
    """Folded person names of an author string ('By A, B and C' -> {'a', 'b', 'c'})."""
    out = set()
    for part in _NAME_SPLIT.split(re.sub(r"\([^)]*\)", " ", text or "")):
        part = _HONORIFIC.sub("", part.strip())
        if not part or _CREDENTIAL.match(part) or (out and _ROLE.search(part)):
            continue
        folded = re.sub(r"^by\s+", "", fold(part))
        if folded:
            out.add(folded)
    return out


def title_ok(pred: str | None, truth: str) -> bool:
    """Same headline after folding case and punctuation."""
    return bool(pred) and fold(pred) == fold(truth)


def author_ok(pred: str | None, truth: str) -> bool:
    """Same set of names, or the same string once folded."""
    return bool(pred) and (fold(pred) == fold(truth) or names(pred) == names(truth))


def lead(text: str | None) -> str:
    """The folded name of the first-named author."""
    for part in _NAME_SPLIT.split(re.sub(r"\([^)]*\)", " ", text or "")):
        folded = re.sub(r"^by\s+", "", fold(_HONORIFIC.sub("", part.strip())))
        if folded:
            return folded
    return ""


def lead_author_ok(pred: str | None, truth: str) -> bool:
    """The first-named author is the same person (a looser reading of "by name")."""
    return bool(pred) and lead(pred) == lead(truth)


def date_ok(pred: str | None, truth: str) -> bool:
    """Same day (or month, when the truth gives only a month)."""
    return bool(pred) and str(pred)[: len(truth)] == truth


CHECKS = {"title": title_ok, "author": author_ok, "date": date_ok, "lead_author": lead_author_ok}
TRUTH_KEYS = {"title": "title", "author": "author", "date": "publish_date", "lead_author": "author"}


def run_trafilatura(html: bytes, url: str) -> dict:
    """trafilatura.bare_extraction with metadata, on the raw page."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return {}
    d = doc if isinstance(doc, dict) else doc.as_dict()
    author = d.get("author")
    return {"title": d.get("title"), "author": author, "lead_author": author, "date": d.get("date")}


_METADATA_SECONDS: list[float] = []


def _timed(fn):
    """fn, adding the seconds each call takes to _METADATA_SECONDS."""

    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            _METADATA_SECONDS.append(time.perf_counter() - started)

    return wrapper


def _time_metadata() -> None:
    """Count the time clean.py spends in metadata.structured() and metadata.finish()."""
    from pipeline import clean

    if not getattr(clean.structured, "timed", False):
        clean.structured, clean.finish = _timed(clean.structured), _timed(clean.finish)
        clean.structured.timed = True


def run_cleancrawl(html: bytes, url: str) -> dict:
    """The full cleancrawl cleaning stage; metadata_seconds is its structured() + finish() part."""
    from pipeline.clean import clean_html

    _time_metadata()
    _METADATA_SECONDS.clear()
    page = clean_html(html, url)
    return {"title": page.title, "author": page.author, "lead_author": page.author,
            "date": page.published_at, "modified_at": page.modified_at,
            "metadata_seconds": sum(_METADATA_SECONDS), "language": page.language, "word_count": page.word_count, "text": page.text}


RUNNERS = {"trafilatura": run_trafilatura, "cleancrawl": run_cleancrawl}


def _job(args: tuple[str, dict, tuple[str, ...]]) -> dict:
    key, truth, systems = args
    html = read_page(key)
    out: dict = {"key": key, "url": truth["url"]}
    for system in systems:
        started = time.perf_counter()
        try:
            pred = RUNNERS[system](html, truth["url"])
        except Exception as exc:  # noqa: BLE001 - a crash is a miss on every field, and reported
            pred = {"error": f"{type(exc).__name__}: {exc}"}
        out[f"{system}_seconds"] = time.perf_counter() - started
        if system == "cleancrawl" and pred.get("text"):
            from pipeline import language

            # run detection again on the same text: the answer must never change
            out["language_again"] = language.detect(pred["text"])[0]
        pred.pop("text", None)
        out[system] = pred
        for field in FIELDS:
            want = truth.get(TRUTH_KEYS[field])
            if want is not None:
                out[f"{system}_{field}_ok"] = CHECKS[field](pred.get(field), want)
    if truth.get("author"):
        out["author_on_page"] = author_on_page(html, truth["author"])
    if truth.get("publish_date"):
        out["date_on_page"] = date_on_page(html, truth["publish_date"])
    return out


# "2025-08-19", also opening a timestamp, or "20250819" as in file names and ids
_ISO_DAY = re.compile(rb"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)")


def date_on_page(html: bytes, want: str) -> bool:
    """Whether the page holds the truth's day anywhere: as an ISO date or timestamp in its markup
    (metadata, scripts) or written out in its text (read as pipeline.dates reads bylines)."""
    from pipeline.dates import written_dates

    day = want[:10]
    if any(b"-".join(m.groups()).decode() == day for m in _ISO_DAY.finditer(html)):
        return True
    text = html.decode("utf-8", "replace")
    return any(d.startswith(day) for w in written_dates(text) for d in w.days())


def _utc_day(stamp: str | None) -> str | None:
    """The UTC day of a timestamp with a zone offset, else None."""
    try:
        moment = datetime.fromisoformat(str(stamp))
    except ValueError:
        return None
    return moment.astimezone(timezone.utc).date().isoformat() if moment.tzinfo else None


def date_miss_kind(row: dict, system: str, want: str) -> str:
    """What kind of date miss this is: the truth's day as the UTC day of the moment given, the
    truth's day not on the page, none given, the page's modification date given, or another."""
    pred = row[system]
    if _utc_day(pred.get("date")) == want[:10]:
        return "same moment, truth's day in UTC"
    if not row.get("date_on_page", True):
        return "truth's day not on the page"
    if not pred.get("date"):
        return "none given"
    modified = pred.get("modified_at")
    if modified and str(modified)[:10] == str(pred["date"])[:10]:
        return "modification date given"
    return "another date"


def author_on_page(html: bytes, want: str) -> bool:
    """Whether every name of the truth's author is written somewhere in the page (text, markup
    or metadata), compared folded."""
    page = f" {fold(html.decode('utf-8', 'replace'))} "
    return all(f" {name} " in page for name in names(want))


def author_miss_kind(pred: str | None, truth: str, on_page: bool = True) -> str:
    """What kind of author miss this is: the truth's names are not on the page, none given,
    names added or left out, or others."""
    if not on_page:
        return "truth's names not on the page"
    if not pred:
        return "none given"
    got, want = names(pred), names(truth)
    if want < got:
        return "extra names"
    if got < want:
        return "names left out"
    if lead_author_ok(pred, truth):
        return "lead right, others differ"
    return "different person"


MISS_KINDS = ("author", "date")


def miss_kind(field: str, row: dict, system: str, want: str) -> str:
    """What kind of miss a row's field is (fields of MISS_KINDS only)."""
    if field == "date":
        return date_miss_kind(row, system, want)
    return author_miss_kind(row[system].get("author"), want, row.get("author_on_page", True))


def summarise(rows: list[dict], systems: tuple[str, ...]) -> dict:
    """Accuracy per system and field over pages whose truth is known for that field."""
    out: dict = {"pages": len(rows)}
    truth = load_truth()
    for system in systems:
        s: dict = {}
        for field in FIELDS:
            oks = [r[f"{system}_{field}_ok"] for r in rows if f"{system}_{field}_ok" in r]
            s[field] = round(100 * sum(oks) / len(oks), 1) if oks else None
            s[f"{field}_pages"] = len(oks)
        s["seconds_per_page"] = round(sum(r[f"{system}_seconds"] for r in rows) / max(1, len(rows)), 3)
        s["median_ms"] = round(1000 * statistics.median(r[f"{system}_seconds"] for r in rows), 1)
        meta = [r[system]["metadata_seconds"] for r in rows if "metadata_seconds" in r[system]]
        if meta:
            s["metadata_median_ms"] = round(1000 * statistics.median(meta), 1)
            s["metadata_mean_ms"] = round(1000 * sum(meta) / len(meta), 1)
        for field in MISS_KINDS:
            kinds = [miss_kind(field, r, system, truth[r["key"]][TRUTH_KEYS[field]])
                     for r in rows if r.get(f"{system}_{field}_ok") is False]
            s[f"{field}_misses"] = dict(collections.Counter(kinds).most_common())
        out[system] = s
    if "cleancrawl" in systems:
        long = [r for r in rows if (r["cleancrawl"].get("word_count") or 0) >= 50]
        english = [r for r in long if r["cleancrawl"].get("language") == "en"]
        stable = [r for r in long if r.get("language_again") == r["cleancrawl"].get("language")]
        out["language"] = {
            "pages_50_words": len(long),
            "english_pct": round(100 * len(english) / max(1, len(long)), 1),
            "identical_on_rerun_pct": round(100 * len(stable) / max(1, len(long)), 1),
            "others": sorted({f"{r['key']}:{r['cleancrawl'].get('language')}" for r in long} -
                             {f"{r['key']}:en" for r in english}),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, help="only the first N pages")
    ap.add_argument("--part", choices=("all", "dev", "holdout"), default="all")
    ap.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated: " + ",".join(SYSTEMS))
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    ap.add_argument("--misses", metavar="FIELD", help="list cleancrawl's misses on FIELD")
    ap.add_argument("--save", metavar="FILE", help="write every page's predictions as JSON")
    args = ap.parse_args(argv)
    systems = tuple(s for s in args.systems.split(",") if s)
    truth = load_truth()
    jobs = [(k, truth[k], systems) for k in select(truth, args.part, args.limit)]
    if args.workers > 1:
        with Pool(args.workers) as pool:
            rows = pool.map(_job, jobs, chunksize=4)
    else:
        rows = [_job(j) for j in jobs]
    summary = summarise(rows, systems)
    if args.save:
        Path(args.save).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    if args.misses:
        for r in rows:
            if r.get(f"cleancrawl_{args.misses}_ok") is False:
                want = truth[r["key"]][TRUTH_KEYS[args.misses]]
                kind = (f"\t{miss_kind(args.misses, r, 'cleancrawl', want)}"
                        if args.misses in MISS_KINDS else "")
                print(f"{r['key']}\t{want!r}\t{r['cleancrawl'].get(args.misses)!r}{kind}")
    if args.json:
        print(json.dumps(summary, indent=1))
        return 0
    print(f"{summary['pages']} pages ({args.part})")
    print(f"{'system':<12}" + "".join(f"{f:>13}" for f in FIELDS) + f"{'s/page':>10}"
          + f"{'median ms':>11}")
    for system in systems:
        s = summary[system]
        print(f"{system:<12}" + "".join(f"{s[f]:>12}%" for f in FIELDS)
              + f"{s['seconds_per_page']:>10}{s['median_ms']:>11}")
        for field in MISS_KINDS:
            print(f"{'':<12}{field} misses: "
                  + ", ".join(f"{k} {n}" for k, n in s[f"{field}_misses"].items()))
        if "metadata_median_ms" in s:
            print(f"{'':<12}metadata (structured + finish): median {s['metadata_median_ms']} ms, "
                  f"mean {s['metadata_mean_ms']} ms per page")
    if "language" in summary:
        lang = summary["language"]
        print(f"language on {lang['pages_50_words']} pages of 50+ words: {lang['english_pct']}% en, "
              f"{lang['identical_on_rerun_pct']}% identical on re-run; others: {lang['others']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
