"""How the chrome line rules fare on the probes: realistic chrome lines and article sentences.

\b
    python benchmarks/probes.py            # one row per probe file
    python benchmarks/probes.py --list     # and every chrome line that survives, every sentence removed

The probes in benchmarks/probes/ were written from what real sites print (no benchmark page,
site or sentence): each file holds {"chrome": [{"line", "category", ...}], "article": [line]}.
A chrome line survives when match_line names no rule for it at the text's edge; an article
sentence counts as removed at the edge, and inside the text, when a rule names it there.
adversarial_prose.json holds only sentences, written against the rules to make them fire
(many of its matches are debatable: "Sign up" as a how-to heading).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import chrome  # noqa: E402

PROBES = ROOT / "benchmarks" / "probes"


def score(path: Path) -> tuple[list[dict], list[tuple[str, str, bool]], dict]:
    """(surviving chrome lines, (sentence, rule, inside) removed, counts)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    survived = [c for c in data["chrome"] if chrome.match_line(c["line"]) is None]
    removed = []
    for line in data["article"]:
        inside = chrome.match_line(line, at_edge=False)
        rule = inside or chrome.match_line(line, at_edge=True)
        if rule:
            removed.append((line, rule, bool(inside)))
    counts = {"chrome": len(data["chrome"]), "article": len(data["article"]),
              "edge": len(removed), "inside": sum(r[2] for r in removed)}
    return survived, removed, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print the surviving and removed lines")
    args = parser.parse_args()
    print(f"{'probe':20} {'chrome lines':>12} {'survive':>8} {'sentences':>10} {'hit at edge':>12} {'hit inside':>11}")
    for path in sorted(PROBES.glob("*.json")):
        survived, removed, n = score(path)
        print(f"{path.stem:20} {n['chrome']:12} {len(survived):8} {n['article']:10} {n['edge']:12} {n['inside']:11}")
        if args.list:
            for c in survived:
                print(f"    survives  [{c.get('category', '')}] {c['line']}")
            for line, rule, inside in removed:
                print(f"    {'inside' if inside else 'edge':8}  [{rule}] {line}")


if __name__ == "__main__":
    main()
