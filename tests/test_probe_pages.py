"""benchmarks/probe_pages.py: no block leaks or costs a paragraph; metadata keeps its scores."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# suite -> field -> (fewest correct, pages scored): the scores when the probes were ported.
METADATA_FLOOR = {
    "1": {"title": (49, 50), "authors": (48, 50), "date": (47, 50)},
    "2": {"title": (50, 50), "authors": (49, 50), "date": (49, 50), "rating": (14, 15),
          "rating_best": (14, 14), "item": (14, 14), "item_type": (14, 14)},
    "3": {"title": (50, 50), "authors": (50, 50), "date": (50, 50), "rating": (4, 6),
          "rating_best": (4, 4), "item": (4, 4), "item_type": (4, 4)},
}


def probe_totals(probe: str) -> dict:
    """The script's totals for one probe, read from its --json output."""
    script = ROOT / "benchmarks" / "probe_pages.py"
    out = subprocess.run([sys.executable, str(script), probe, "--json"], capture_output=True,
                         text=True, check=True, cwd=ROOT).stdout
    return json.loads(out)


def test_no_chrome_block_leaks_or_costs_a_paragraph():
    totals = probe_totals("html")
    assert set(totals) == {"1", "2"}
    for suite, t in totals.items():
        assert t["blocks"] == 40, suite
        assert t["blocks_leaking"] == 0 and t["phrases_leaked"] == 0, suite
        assert t["paragraphs_lost"] == 0 and t["control_paragraphs_lost"] == 0, suite
        assert t["errors"] == 0, suite


def test_metadata_fields_hold_their_scores():
    totals = probe_totals("metadata")
    assert set(totals) == set(METADATA_FLOOR)
    for suite, fields in METADATA_FLOOR.items():
        assert set(totals[suite]) == set(fields), suite
        for field, (floor, scored) in fields.items():
            got = totals[suite][field]
            assert got["total"] == scored, (suite, field)
            assert got["correct"] >= floor, (suite, field, got)
