"""benchmarks/probes.py: the probe table, and the line probes' sentences left alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_probe_script_prints_a_row_per_probe_and_no_line_probe_loses_a_sentence():
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "probes.py")], capture_output=True,
                         text=True, check=True, cwd=ROOT).stdout.splitlines()
    rows = {line.split()[0]: line.split()[1:] for line in out[1:]}
    assert {"en_sites", "en_sections", "en_business", "five_languages", "adversarial_prose"} <= set(rows)
    for name in ("en_sites", "en_sections", "en_business", "five_languages"):
        chrome_lines, survive, sentences, hit_edge, hit_inside = map(int, rows[name])
        assert chrome_lines >= 250 and survive < chrome_lines // 2, name
        assert sentences >= 80 and hit_edge == 0 and hit_inside == 0, name
