"""Storing and metadata load only what they use, and leave the libraries whole for others."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
import pipeline.store, pipeline.cli
assert "numpy" not in sys.modules, "the store pulled numpy in"
assert "pipeline.chrome" not in sys.modules, "the store pulled the chrome rules in"
import pipeline.metadata
heavy = [m for m in ("rdflib", "mf2py", "bs4", "html5lib") if m in sys.modules]
assert not heavy, heavy
import extruct  # a later full import still gets the whole package
assert callable(extruct.extract)
import numpy
print("ok")
"""


def test_store_and_metadata_import_without_numpy_rdflib_or_chrome_rules():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
