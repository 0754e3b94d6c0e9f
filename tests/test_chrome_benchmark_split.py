"""benchmarks/quality.py --part: dev and holdout halves (scoring.select, shared with metadata.py)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import BENCHMARKS, ROOT

sys.path.insert(0, str(ROOT))

from benchmarks import quality  # noqa: E402
from benchmarks.scoring import load_set  # noqa: E402


def test_dev_and_holdout_halves_are_disjoint_and_cover_each_set():
    for folder in quality.SETS.values():
        truth = load_set(folder)
        dev, holdout = quality.select(truth, "dev", None), quality.select(truth, "holdout", None)
        assert not set(dev) & set(holdout)
        assert sorted(dev + holdout) == quality.select(truth, "all", None) == sorted(truth)
        assert abs(len(dev) - len(holdout)) <= 1


def test_part_option_scores_only_that_half(tmp_path):
    details = tmp_path / "d.jsonl"
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "quality.py"), "--set", "aeb", "--part", "holdout",
         "--limit", "3", "--workers", "1", "--system", "cleancrawl", "--json", "--details", str(details)],
        capture_output=True, text=True, check=True, timeout=120,
    )
    summary = json.loads(out.stdout)
    assert list(summary["aeb"]) == ["cleancrawl"] and summary["aeb"]["cleancrawl"]["pages"] == 3
    rows = [json.loads(line) for line in details.read_text().splitlines()]
    truth = load_set(BENCHMARKS / "aeb-dev")
    assert [r["key"] for r in rows] == sorted(truth)[1::2][:3]
    assert {r["part"] for r in rows} == {"holdout"}
