"""Crawl speed on a local site of real news pages: fetch ceiling, end to end, inline, clean alone.

Builds a site of --pages article pages from ../shared/benchmarks (each real page reused under
new URLs, its links rewritten to point at other pages of the site), serves it on
127.0.0.1 with nginx (or, without nginx, a threaded Python server in its own process) and runs,
one after the other, printing pages/s, CPU and peak RSS of all processes of each:

    bare        a Scrapy spider that only fetches the sitemap's pages: the ceiling
    cleancrawl  `cleancrawl crawl` end to end, default workers (one per core)
    inline      `cleancrawl crawl --workers 0`: cleaning on the reactor thread
    clean       `cleancrawl clean` over the same pages from disk, one process

\b
    python benchmarks/crawl.py                 # 5,000 pages
    python benchmarks/crawl.py --quick         # 600 pages, to try it out
    python benchmarks/crawl.py --pages 20000 --only cleancrawl
"""

from __future__ import annotations

import argparse
import bisect
import gzip
import json
import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLEANCRAWL_SHARED", ROOT.parent / "shared"))
SOURCES = [SHARED / "benchmarks" / "aeb-dev", SHARED / "benchmarks" / "wcxb-dev-articles"]
RUNS = ("bare", "cleancrawl", "inline", "clean")
# The crawl settings of every run: a loopback site needs no politeness delay.
CRAWL_SETTINGS = ["DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=False", "LOG_LEVEL=WARNING",
                  "ROBOTSTXT_OBEY=True"]
# Every link is pointed at another page of the local site (a link graph to crawl, and never a
# request, or a DNS lookup, for another host); feeds and <base> are dropped for the same reason.
# So are canonical URLs and og:url: they name the page's original address, and pointed at a
# local page they made different articles share one canonical URL (one article stored, the
# others as its versions). Without them each local page is its own article, as on a real site.
HREF = re.compile(rb"""(\shref\s*=\s*)(?:(["'])(.*?)\2|([^\s>"']+))""", re.I | re.S)
OFF_SITE = re.compile(rb"<base\b[^>]*>|<link\b[^>]*(?:rss|atom|canonical)[^>]*>"
                      rb"|<meta\b[^>]*og:url[^>]*>", re.I)


# -- the site ----------------------------------------------------------------------------------
def source_pages() -> list[tuple[str, bytes]]:
    """(original URL, HTML) of every benchmark page."""
    pages = []
    for folder in SOURCES:
        truth = json.loads((folder / "ground-truth.json").read_text())
        for key in sorted(truth):
            path = folder / "html" / f"{key}.html.gz"
            if path.exists():
                pages.append((truth[key].get("url") or "", gzip.decompress(path.read_bytes())))
    if not pages:
        sys.exit(f"no benchmark pages under {SHARED / 'benchmarks'}")
    return pages


def localise(html: bytes, n: int) -> bytes:
    """The page with every link pointing at one of the n local pages (stable per link target)."""
    html = OFF_SITE.sub(b"", html)
    return HREF.sub(lambda m: m.group(1) + b'"/a/%05d.html"' % (zlib.crc32(m.group(3) or m.group(4) or b"") % n),
                    html)


def build_site(root: Path, n: int) -> list[str]:
    """Write n article pages, robots.txt and sitemaps under root; returns the page paths."""
    pages = source_pages()
    (root / "a").mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        html = localise(pages[i % len(pages)][1], n)
        path = f"/a/{i:05d}.html"
        (root / path.lstrip("/")).write_bytes(html)
        paths.append(path)
    (root / "index.html").write_text("<!DOCTYPE html><html><head><title>Bench</title></head>"
                                     "<body><p>Benchmark site.</p></body></html>")
    return paths


def write_discovery(root: Path, base: str, paths: list[str]) -> None:
    """robots.txt naming one sitemap of every page."""
    (root / "robots.txt").write_text(f"User-agent: *\nDisallow:\nSitemap: {base}/sitemap.xml\n")
    urls = "".join(f"<url><loc>{base}{p}</loc></url>\n" for p in paths)
    (root / "sitemap.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns='
                                      f'"http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


NGINX_CONF = """worker_processes 1;
daemon off;
error_log {tmp}/error.log warn;
pid {tmp}/nginx.pid;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body; proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fcgi; uwsgi_temp_path {tmp}/uwsgi; scgi_temp_path {tmp}/scgi;
    types {{ text/html html; text/plain txt; application/xml xml; }}
    sendfile on; keepalive_requests 100000;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        index index.html;
    }}
}}
"""


def start_server(root: Path, tmp: Path):
    """(process, kind): nginx when installed, else a threaded Python server in its own process."""
    port = free_port()
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    if nginx:
        conf = tmp / "nginx.conf"
        conf.write_text(NGINX_CONF.format(tmp=tmp, port=port, root=root))
        proc = subprocess.Popen([nginx, "-c", str(conf), "-p", str(tmp)], stderr=subprocess.DEVNULL)
        kind = "nginx (1 worker)"
    else:
        proc = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                                 "--directory", str(root)], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        kind = "python http.server (threads)"
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, kind, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.1)
    proc.kill()
    sys.exit("the static server did not start")


# -- measuring ---------------------------------------------------------------------------------
def tree(proc):
    """A psutil process and all its descendants that are still there."""
    import psutil

    try:
        root = psutil.Process(proc.pid)
        return [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def cpu_seconds(procs) -> float:
    total = 0.0
    for p in procs:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except Exception:  # noqa: BLE001 - gone between listing and asking
            pass
    return total


def measure(cmd: list[str], server, stdout=subprocess.DEVNULL) -> dict:
    """Run cmd; wall time, CPU of it and every descendant, peak summed RSS, the server's CPU."""
    import psutil

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    server_before = cpu_seconds(tree(server))
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=stdout, stderr=subprocess.PIPE,
                            env=dict(os.environ, SCRAPY_SETTINGS_MODULE="crawler.settings"))
    samples, pss_samples, cpu_by_pid, stop = [], [], {}, threading.Event()
    timeline = []  # (seconds since start, CPU seconds of the whole tree so far)
    role_of, role_peak = {}, {}  # pid -> role; role -> (peak RSS, peak PSS) of its processes

    def sample():
        # Sampled, not getrusage: pool workers are reaped by the forkserver, which nobody waits for.
        while not stop.is_set():
            rss = pss = 0
            by_role = {}
            for p in tree(proc):
                try:
                    info = p.memory_full_info()
                    t = p.cpu_times()
                    role = role_of.get(p.pid) or role_of.setdefault(p.pid, process_role(p))
                except psutil.Error:
                    continue
                rss += info.rss
                pss += info.pss
                cpu_by_pid[p.pid] = t.user + t.system
                r, s = by_role.get(role, (0, 0))
                by_role[role] = (r + info.rss, s + info.pss)
            samples.append(rss)
            pss_samples.append(pss)
            workers = sum(c for pid, c in cpu_by_pid.items() if role_of.get(pid) == "worker")
            timeline.append((time.monotonic() - start, sum(cpu_by_pid.values()), workers))
            for role, (r, s) in by_role.items():
                old = role_peak.get(role, (0, 0))
                role_peak[role] = (max(old[0], r), max(old[1], s))
            stop.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.monotonic() - start
    stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.stderr.write(err.decode(errors="replace")[-3000:])
    # The direct child's exact total (it and what it reaped) or the samples, whichever saw more.
    cpu = max((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
              sum(cpu_by_pid.values()))
    half = samples[: len(samples) // 2] or [0]
    roles = {}
    for pid, cpu_s in cpu_by_pid.items():
        role = role_of.get(pid, "other")
        roles.setdefault(role, {"cpu": 0.0, "processes": 0})
        roles[role]["cpu"] += cpu_s
        roles[role]["processes"] += 1
    for role, (r, s) in role_peak.items():
        roles.setdefault(role, {"cpu": 0.0, "processes": 0}).update(peak_rss_mb=r / 1e6, peak_pss_mb=s / 1e6)
    # Peak over the first half of the run beside the peak of all of it: equal when memory is flat.
    return {"seconds": wall, "cpu": cpu, "peak_rss_mb": max(samples or [0]) / 1e6,
            "peak_pss_mb": max(pss_samples or [0]) / 1e6,
            "first_half_peak_rss_mb": max(half) / 1e6, "roles": roles, "timeline": timeline,
            "server_cpu": cpu_seconds(tree(server)) - server_before, "exit": proc.returncode,
            "stderr": err.decode(errors="replace"), "stdout": (out or b"").decode(errors="replace")}


def process_role(p) -> str:
    """What a process of a run is, from its command line: the roles' costs are printed apart."""
    cmd = " ".join(p.cmdline())
    if "scrapy crawl" in cmd or "Bare(SitemapSpider)" in cmd:
        return "crawl"
    if "multiprocessing.forkserver" in cmd:  # the forkserver forks the workers
        return "worker" if "multiprocessing.forkserver" in " ".join(p.parent().cmdline()) else "forkserver"
    if "spawn_main" in cmd:
        return "worker"
    if "resource_tracker" in cmd:
        return "tracker"
    return "cli" if "pipeline.cli" in cmd else "other"


BARE_SPIDER = '''
import sys
from scrapy.crawler import CrawlerProcess
from scrapy.spiders import SitemapSpider

class Bare(SitemapSpider):
    """Fetches every page the sitemap lists; does nothing with them."""
    name = "bare"
    sitemap_urls = [sys.argv[1] + "/robots.txt"]

    def parse(self, response):
        self.crawler.stats.inc_value("bare/pages")

settings = dict(arg.split("=", 1) for arg in sys.argv[2:])
settings.update(TWISTED_REACTOR="twisted.internet.asyncioreactor.AsyncioSelectorReactor",
                CONCURRENT_REQUESTS=32, CONCURRENT_REQUESTS_PER_DOMAIN=8, TELNETCONSOLE_ENABLED=False)
process = CrawlerProcess(settings)
crawler = process.create_crawler(Bare)
process.crawl(crawler)
process.start()
print(crawler.stats.get_value("bare/pages", 0))
'''


def run_bare(base: str, server) -> dict:
    result = measure([sys.executable, "-c", BARE_SPIDER, base, *CRAWL_SETTINGS], server,
                     stdout=subprocess.PIPE)
    result["pages"] = int(result["stdout"].split()[-1])
    return result


def run_crawl(base: str, server, tmp: Path, workers: int | None, name: str) -> dict:
    db = tmp / f"{name}.db"
    out = tmp / f"{name}.json"
    cmd = [sys.executable, "-c", "from pipeline.cli import cli; cli()", "crawl", base + "/",
           "--db", str(db), "--json"]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    for s in CRAWL_SETTINGS:
        cmd += ["-s", s]
    with open(out, "w") as f:
        result = measure(cmd, server, stdout=f)
    summary = json.loads(out.read_text().strip().splitlines()[-1])
    result.update(pages=summary["pages"], articles=summary["articles"], status=summary["status"])
    # Scrapy's closing stats dump (with -s LOG_LEVEL=INFO): the writer's time and the workers' wait
    for stat in ("flush_seconds", "worker_short_seconds"):
        m = re.search(rf"'cleancrawl/{stat}': ([\d.]+)", result["stderr"])
        if m:
            result[stat] = float(m.group(1))
    return result


def run_clean(root: Path, server) -> dict:
    cmd = [sys.executable, "-c", "from pipeline.cli import cli; cli()", "clean", str(root / "a"), "--json"]
    with tempfile.TemporaryFile() as f:
        result = measure(cmd, server, stdout=f)
        f.seek(0)
        result["pages"] = sum(1 for _ in f)
    return result


# -- report ------------------------------------------------------------------------------------
def median_runs(rounds: list[dict]) -> dict:
    """Each run's round with the median pages/s (the lower middle one for an even count)."""
    out = {}
    for name in rounds[0]:
        ordered = sorted((r[name] for r in rounds), key=lambda r: r["rate"])
        out[name] = ordered[(len(ordered) - 1) // 2]
    return out


def report_rounds(rounds: list[dict]) -> None:
    """Pages/s of every round, and the end-to-end ratios taken within each round."""
    print(f"\n{len(rounds)} rounds, alternating order; pages/s of each:")
    for name in rounds[0]:
        print(f"  {name:<12}" + "".join(f"{r[name]['rate']:>8.1f}" for r in rounds))
    for label, other, factor in (("end to end / (2 x clean)", "clean", 2), ("end to end / inline", "inline", 1)):
        if "cleancrawl" in rounds[0] and other in rounds[0]:
            ratios = sorted(r["cleancrawl"]["rate"] / (factor * r[other]["rate"]) for r in rounds)
            print(f"  {label} in each round: " + ", ".join(f"{x:.3f}" for x in ratios)
                  + f"; median {statistics.median(ratios):.3f}")


def report_timeline(results: dict, slices: int = 10) -> None:
    """CPU use of each run over time: where cores idle (start-up, the end, stalls)."""
    cores = os.cpu_count() or 1
    print(f"\nCPU % of all cores over each tenth of the run (samples every 0.2 s)")
    print(f"{'run':<12}" + "".join(f"{f'{10 * i}-{10 * i + 10}%':>9}" for i in range(slices)))
    for name, r in results.items():
        triples = r.get("timeline") or []
        if len(triples) < 2:
            continue
        times = [t for t, _, _ in triples]

        def at(moment):
            """(time, CPU seconds) of the last sample at or before a moment; the start before any."""
            i = bisect.bisect_right(times, moment) - 1
            return triples[i][:2] if i >= 0 else (0.0, 0.0)

        end, cells = r["seconds"], []
        for i in range(slices):
            (t0, c0), (t1, c1) = at(end * i / slices), at(end * (i + 1) / slices)
            cells.append(f"{100 * (c1 - c0) / max(1e-9, t1 - t0) / cores:>9.0f}")
        print(f"{name:<12}" + "".join(cells))
        busy = [t for t, _, w in triples if w > 0.05]
        if busy:
            final = triples[-1][2]
            done = min(t for t, _, w in triples if w >= final - 0.05)
            print(f"{'':<12}workers' first CPU at {busy[0]:.1f} s, their last at {done:.1f} s, "
                  f"the run ended at {r['seconds']:.1f} s")


def report(results: dict, n: int, server_kind: str) -> None:
    cores = os.cpu_count() or 1
    print(f"\n{n} pages on 127.0.0.1 served by {server_kind}; {cores} cores; load average "
          f"{os.getloadavg()[0]:.1f} at the end (other processes share these cores)\n")
    print(f"{'run':<12}{'pages':>7}{'seconds':>9}{'pages/s':>9}{'CPU s':>8}{'CPU %':>7}"
          f"{'CPU ms/page':>12}{'peak RSS MB':>13}{'(1st half)':>11}{'peak PSS MB':>13}"
          f"{'server CPU %':>14}")
    for name, r in results.items():
        rate = r["rate"]  # set as each run ended (main)
        print(f"{name:<12}{r['pages']:>7}{r['seconds']:>9.1f}{rate:>9.1f}{r['cpu']:>8.1f}"
              f"{100 * r['cpu'] / r['seconds'] / cores:>7.0f}{1000 * r['cpu'] / max(1, r['pages']):>12.1f}"
              f"{r['peak_rss_mb']:>13.0f}"
              f"{r['first_half_peak_rss_mb']:>11.0f}{r['peak_pss_mb']:>13.0f}"
              f"{100 * r['server_cpu'] / r['seconds'] / cores:>14.1f}")
    print("\nCPU % is of all cores. RSS and PSS are summed over every process of the run; RSS "
          "counts pages the processes share once per process, PSS splits them between them.")
    print(f"\n{'run':<12}{'process':<12}{'count':>6}{'CPU ms/page':>12}{'peak RSS MB':>13}{'peak PSS MB':>13}")
    for name, r in results.items():
        for role, v in sorted(r.get("roles", {}).items()):
            print(f"{name:<12}{role:<12}{v['processes']:>6}{1000 * v['cpu'] / max(1, r['pages']):>12.1f}"
                  f"{v.get('peak_rss_mb', 0):>13.0f}{v.get('peak_pss_mb', 0):>13.0f}")
    for name, r in results.items():
        if "flush_seconds" in r:
            print(f"{name}: the writer took {r['flush_seconds']:.1f} s of the crawl process; workers "
                  f"had no page for {r.get('worker_short_seconds', 0):.1f} worker-seconds (of "
                  f"{r['seconds'] * (os.cpu_count() or 1):.0f})")
    e2e, inline, clean = (results.get(k, {}).get("rate") for k in ("cleancrawl", "inline", "clean"))
    checks = []
    if e2e and clean:
        checks.append(("end to end / (2 x clean)", e2e / (2 * clean), 0.8))
    if e2e and inline:
        checks.append(("end to end / inline", e2e / inline, 1.7))
    if e2e:
        checks.append(("end to end pages/s", e2e, 35))
    if "cleancrawl" in results:
        checks.append(("end to end peak RSS MB (< 600)", -results["cleancrawl"]["peak_rss_mb"], -600))
        checks.append(("end to end peak PSS MB (< 600)", -results["cleancrawl"]["peak_pss_mb"], -600))
    # On a shared machine wall-clock rates follow the neighbours' load; CPU per page does not.
    # cores / (CPU per page) is the rate the same work would reach on idle cores.
    cpu_page = {k: r["cpu"] / max(1, r["pages"]) for k, r in results.items()}
    if "cleancrawl" in cpu_page and "clean" in cpu_page:
        checks.append(("CPU/page: end to end / clean (<= 1.25)", -cpu_page["cleancrawl"] / cpu_page["clean"], -1.25))
        checks.append(("idle-core estimate, end to end pages/s", cores / cpu_page["cleancrawl"], 35))
    for label, value, target in checks:
        mark = "ok" if value >= target else "MISSED"
        print(f"  {label:<34}{abs(value):>8.2f}   target {abs(target):g}   {mark}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=5000, help="article pages in the site (default 5000)")
    ap.add_argument("--quick", action="store_true", help="600 pages: a quick try")
    ap.add_argument("--only", action="append", choices=RUNS, help="run only these (repeatable)")
    ap.add_argument("--json", action="store_true", help="also print the results as JSON")
    ap.add_argument("--timeline", action="store_true", help="also print CPU use over each tenth of each run")
    ap.add_argument("--repeat", type=int, default=1, metavar="N",
                    help="run everything N times, in alternating order, and report each run's median "
                         "(a machine's speed drifts over minutes; ratios are taken within a round)")
    ap.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                    help="extra Scrapy setting for the cleancrawl and inline runs (repeatable)")
    args = ap.parse_args(argv)
    CRAWL_SETTINGS.extend(args.settings)
    n = 600 if args.quick else args.pages
    runs = args.only or list(RUNS)
    with tempfile.TemporaryDirectory(prefix="cleancrawl-bench-") as tmpdir:
        tmp = Path(tmpdir)
        tmp.chmod(0o755)  # nginx's workers run as an unprivileged user
        root = tmp / "site"
        paths = build_site(root, n)
        server, kind, base = start_server(root, tmp)
        write_discovery(root, base, paths)
        rounds: list[dict] = []
        try:
            for i in range(max(1, args.repeat)):
                order = runs if i % 2 == 0 else runs[::-1]
                results = {}
                for name in order:
                    print(f"running {name} ({i + 1} of {args.repeat}) ...", file=sys.stderr, flush=True)
                    if name == "bare":
                        r = run_bare(base, server)
                    elif name == "cleancrawl":
                        r = run_crawl(base, server, tmp, None, f"{name}-{i}")
                    elif name == "inline":
                        r = run_crawl(base, server, tmp, 0, f"{name}-{i}")
                    else:
                        r = run_clean(root, server)
                    r.pop("stderr", None), r.pop("stdout", None)
                    r["rate"] = r["pages"] / r["seconds"] if r["seconds"] else 0
                    results[name] = r
                rounds.append({name: results[name] for name in runs})
        finally:
            server.terminate()
            server.wait()
        results = median_runs(rounds)
        if len(rounds) > 1:
            report_rounds(rounds)
        report(results, n, kind)
        if args.timeline:
            report_timeline(results)
        if args.json:
            print(json.dumps({k: {f: v for f, v in r.items() if f != "timeline"} for k, r in results.items()},
                             indent=1))


if __name__ == "__main__":
    main()
