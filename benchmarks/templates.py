"""Site-template learning on vs off: generated templated sites and WCXB's multi-page domains.

\b
    python benchmarks/templates.py                 # both sets, a table
    python benchmarks/templates.py --articles 32 --json

Generated sites: ground-truth texts wrapped in tests/sitegen.py's templates, so the expected text
is exact. WCXB: the dev-split article pages grouped by the site of their URL, domains with 2+
pages only; each domain's pages are cleaned together, as `cleancrawl clean` does.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from benchmarks.scoring import load_set, read_page, score_page, summarise  # noqa: E402

SHARED = Path(os.environ.get("CLEANCRAWL_SHARED", ROOT.parent / "shared"))
BENCHMARKS = SHARED / "benchmarks"


def _both(pages):
    """(pages as cleaned, pages with their site's template learned and stripped)."""
    from pipeline.templates import learn_and_strip

    return pages, learn_and_strip(pages)


def generated(articles: int) -> list[dict]:
    """One row per generated site: off/on scores and chrome lines left per article."""
    from sitegen import TEMPLATES, build_site, chrome_lines, load_articles

    from pipeline.clean import clean_html

    rows = []
    for i, template in enumerate(TEMPLATES):
        arts = load_articles(BENCHMARKS, articles, skip=i * articles)
        site = build_site(template, arts)
        base = f"http://{template.name}.test"
        pages = [clean_html(html, base + path) for path, html in site.items()]
        by_url = {f"{base}/reviews/{a.slug}/": (n, a) for n, a in enumerate(arts)}
        row = {"set": "generated", "site": template.name, "pages": len(arts)}
        for label, ps in zip(("off", "on"), _both(pages)):
            scores, leaks = [], 0
            for p in ps:
                if p.url not in by_url:
                    continue
                n, a = by_url[p.url]
                scores.append(score_page(a.slug, {"articleBody": "\n".join(template.expected(a, n))}, p.text))
                leaks += len(chrome_lines(template, p.text, [x for x in arts[:3] if x is not a]))
            s = summarise(scores)
            row.update({f"{label}_p": s["precision"], f"{label}_r": s["recall"], f"{label}_f1": s["f1"],
                        f"{label}_chrome_per_page": leaks / len(arts)})
        rows.append(row)
    return rows


def wcxb() -> list[dict]:
    """WCXB article pages of domains with several pages, cleaned per domain; one summary row."""
    from pipeline.clean import clean_html, site_of

    folder = BENCHMARKS / "wcxb-dev-articles"
    truth = load_set(folder)
    groups = defaultdict(list)
    for key, rec in truth.items():
        if site_of(rec.get("url") or ""):
            groups[site_of(rec["url"])].append(key)
    groups = {s: ks for s, ks in groups.items() if len(ks) > 1}
    scores = {"off": [], "on": []}
    per_site = []
    for site, keys in sorted(groups.items()):
        pages = [clean_html(read_page(folder, k), truth[k]["url"]) for k in keys]
        for p in pages:
            p.is_article = True  # every page of this split is an article
        site_scores = {}
        for label, ps in zip(("off", "on"), _both(pages)):
            s = [score_page(k, truth[k], p.text) for k, p in zip(keys, ps)]
            scores[label] += s
            site_scores[label] = summarise(s)["f1"]
        per_site.append({"site": site, "pages": len(keys), **site_scores})
    row = {"set": "wcxb-multipage", "site": f"{len(groups)} domains", "pages": len(scores["on"])}
    for label in ("off", "on"):
        s = summarise(scores[label])
        row.update({f"{label}_p": s["precision"], f"{label}_r": s["recall"], f"{label}_f1": s["f1"],
                    f"{label}_word_f1": s.get("word_f1"), f"{label}_without_leaked": s.get("without_leaked")})
    row["worse_sites"] = [x["site"] for x in per_site if x["on"] < x["off"] - 1e-9]
    return [row]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=32, help="articles per generated site")
    ap.add_argument("--set", choices=("generated", "wcxb", "both"), default="both")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    rows = []
    if args.set in ("generated", "both"):
        rows += generated(args.articles)
    if args.set in ("wcxb", "both"):
        rows += wcxb()
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    print(f"{'set':16} {'site':16} {'pages':>5}  {'F1 off':>7} {'F1 on':>7}  {'P off':>6} {'P on':>6}  "
          f"{'R off':>6} {'R on':>6}  chrome/page off→on")
    for r in rows:
        chrome = (f"{r['off_chrome_per_page']:.1f} → {r['on_chrome_per_page']:.1f}"
                  if "off_chrome_per_page" in r else f"worse sites: {', '.join(r['worse_sites']) or 'none'}")
        print(f"{r['set']:16} {r['site']:16} {r['pages']:>5}  {r['off_f1']:7.4f} {r['on_f1']:7.4f}  "
              f"{r['off_p']:6.3f} {r['on_p']:6.3f}  {r['off_r']:6.3f} {r['on_r']:6.3f}  {chrome}")


if __name__ == "__main__":
    main()
