"""Nothing listens that the user did not ask for: no telnet console, no RemoteControl server."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import psutil

from conftest import FAST_SETTINGS, ROOT
from faultserver import FaultServer


def listening_during_crawl(server: FaultServer, home, db, *flags: str) -> tuple[set, int]:
    """Run a crawl and poll its whole process tree for listening sockets until it exits."""
    cmd = [sys.executable, "-c", "from pipeline.cli import cli; cli()", "crawl",
           server.hub("/hub/listen", [f"/slow/1.5/{n}" for n in range(3)]),
           "--db", str(db), "--workers", "1", "--quiet", *flags]
    for s in FAST_SETTINGS:
        cmd += ["-s", s]
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, "HOME": str(home)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    listening: set = set()
    processes_seen = 0
    root = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        processes_seen = max(processes_seen, len(tree))
        for p in tree:
            try:
                listening |= {(p.name(), c.laddr) for c in p.net_connections(kind="inet")
                              if c.status == psutil.CONN_LISTEN}
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
        time.sleep(0.1)
    assert proc.wait(timeout=120) == 0
    return listening, processes_seen


def test_a_crawl_opens_no_listening_socket_and_writes_nothing_under_home(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    with FaultServer() as server:
        listening, seen = listening_during_crawl(server, home, tmp_path / "a.db")
    assert seen >= 3  # the CLI, Scrapy and a cleaning worker were all watched
    assert listening == set()
    assert list(home.rglob("*")) == []  # RemoteControl would leave its token file here


def test_the_telnet_console_listens_only_when_asked_for(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    with FaultServer() as server:
        listening, _ = listening_during_crawl(server, home, tmp_path / "b.db", "--telnet")
    assert listening, "--telnet should open Scrapy's telnet console"
    assert all(addr.ip == "127.0.0.1" for _, addr in listening)
