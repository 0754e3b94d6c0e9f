"""Shared fixtures: the demo site on loopback, crawls through the real CLI, fresh databases."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLEANCRAWL_SHARED", ROOT.parent / "shared"))
BENCHMARKS = SHARED / "benchmarks"

# Settings that make a crawl of a loopback site fast and deterministic.
FAST_SETTINGS = (
    "DOWNLOAD_DELAY=0",
    "AUTOTHROTTLE_ENABLED=False",
    "LOG_LEVEL=WARNING",
    "RETRY_TIMES=1",
    "DOWNLOAD_TIMEOUT=10",
)


@pytest.fixture(scope="session")
def demo_site():
    """The bundled demo review site, served on 127.0.0.1 for the whole session."""
    from pipeline.demosite import DemoServer

    with DemoServer() as server:
        yield server


@pytest.fixture
def fresh_db(tmp_path) -> Path:
    """Path of a database that does not exist yet."""
    return tmp_path / "test.db"


def run_cli(*args: str, check: bool = True, timeout: float = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `cleancrawl ARGS` as a real process; returns the completed process."""
    cmd = [sys.executable, "-c", "from pipeline.cli import cli; cli()", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          env={**os.environ, **(env or {})})
    if check and proc.returncode != 0:
        raise AssertionError(f"cleancrawl {' '.join(args)} exited {proc.returncode}\n"
                             f"stdout:\n{proc.stdout[-4000:]}\nstderr:\n{proc.stderr[-4000:]}")
    return proc


def crawl(*urls: str, db: Path, settings: tuple[str, ...] = (), args: tuple[str, ...] = (),
          check: bool = True) -> dict:
    """Crawl URLs into db with the real crawler; returns the run summary (--json)."""
    cli_args = ["crawl", *urls, "--db", str(db), "--json"]
    for s in (*FAST_SETTINGS, *settings):
        cli_args += ["-s", s]
    proc = run_cli(*cli_args, *args, check=check)
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture
def crawl_site():
    """The crawl() helper, as a fixture."""
    return crawl
