"""The `cleancrawl` command line: crawl, clean, runs, demo and more."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import click

from . import __version__
from .errors import CleanCrawlError

PROJECT_SETTINGS = "crawler.settings"
# Exit status of a crawl that did not start because another holds the database (EX_TEMPFAIL).
EXIT_LOCKED = 75


def _echo_json(obj) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, default=str))


@click.group()
@click.version_option(__version__, prog_name="cleancrawl")
def cli():
    """cleancrawl: crawl review and news sites into clean articles in SQLite."""


# -- crawl ------------------------------------------------------------------------------------
def scrapy_command(urls, db, max_pages, settings, workers, run_id, spider="site") -> list[str]:
    """The `scrapy crawl` command line that runs one crawl."""
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider, "-a", "start_urls=" + ",".join(urls),
           "-s", f"CLEANCRAWL_DB={db}", "-s", f"CLEANCRAWL_RUN_ID={run_id}"]
    if max_pages:
        cmd += ["-s", f"CLEANCRAWL_MAX_PAGES={max_pages}"]
    if workers is not None:
        cmd += ["-s", f"CLEANCRAWL_WORKERS={workers}"]
    for s in settings:
        cmd += ["-s", s]
    return cmd


def run_scrapy(cmd: list[str], quiet: bool, pass_fds=(), watch=None) -> int:
    """Run a Scrapy process, forwarding Ctrl-C so it shuts down cleanly.

    pass_fds keeps the database lock open in the child (issue 6); watch(proc) -> exit code
    shows progress while waiting.
    """
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE=PROJECT_SETTINGS)
    if quiet and not any(a.startswith("LOG_LEVEL=") for a in cmd):
        cmd = cmd + ["-s", "LOG_LEVEL=WARNING"]
    # Its own process group: a terminal's Ctrl-C reaches only this process, which forwards it
    # once. Delivered twice (group + forward), Scrapy would abandon the pages in flight (issue 9).
    group = {"process_group": 0} if sys.version_info >= (3, 11) else {"preexec_fn": os.setpgrp}
    proc = subprocess.Popen(cmd, env=env, pass_fds=pass_fds, **group)
    try:
        return watch(proc) if watch else proc.wait()
    except KeyboardInterrupt:
        while True:
            proc.send_signal(signal.SIGINT)
            try:
                return proc.wait()
            except KeyboardInterrupt:  # pressed again: Scrapy's forced shutdown, as in a terminal
                continue


@cli.command()
@click.argument("urls", nargs=-1)
@click.option("--db", "db_path", default=None, type=click.Path(dir_okay=False), help="SQLite database to store articles in.")
@click.option("--redis", "redis_url", default=None, metavar="redis://HOST:PORT/N",
              help="Run as a distributed worker: shared scrapy-redis frontier, articles pushed to "
                   "Redis for `cleancrawl ingest` (no --db).")
@click.option("--sites", "sites_file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="sites.toml: start URLs, sitemaps, feeds, article patterns, recrawl intervals.")
@click.option("--site", "site_name", default=None, help="Crawl only the site of this name in --sites.")
@click.option("--recrawl-after", default=None, metavar="DURATION",
              help="Re-check stored articles fetched longer ago than this (0, 6h, 7d); overrides --sites.")
@click.option("--jobdir", type=click.Path(file_okay=False), default=None,
              help="Scrapy JOBDIR: keep the crawl's queue here so an interrupted crawl resumes.")
@click.option("--max-pages", type=int, default=None, help="Stop after this many pages were fetched.")
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE", help="Scrapy setting, as `scrapy crawl -s`.")
@click.option("--workers", type=int, default=None, help="Cleaning processes (default: one per core; 0 = inline).")
@click.option("--quiet", is_flag=True, help="Only warnings and the summary.")
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON.")
@click.option("--telnet", is_flag=True,
              help="Open Scrapy's telnet console on localhost (off by default: nothing listens unasked).")
def crawl(urls, db_path, max_pages, settings, workers, quiet, as_json, sites_file, site_name,
          recrawl_after, jobdir, redis_url, telnet):
    """Crawl the sites of the given start URLs (or of a sites.toml) into a SQLite database.

    \b
    Example:
        cleancrawl crawl https://example.com/ --db articles.db --max-pages 500
        cleancrawl crawl http://127.0.0.1:8000/ --db demo.db -s DOWNLOAD_DELAY=0
        cleancrawl crawl --sites sites.toml --site demo --db news.db --recrawl-after 6h --quiet
    """
    from . import progress
    from .locking import DatabaseLock, DatabaseLocked
    from .store import Store

    for s in settings:
        if "=" not in s:
            raise click.BadParameter(f"{s!r} is not NAME=VALUE", param_hint="-s")
    start_urls, extra = list(urls), list(settings)
    if telnet:
        extra.append("TELNETCONSOLE_ENABLED=True")
    if sites_file:
        from crawler.sites import SiteConfigError, load_sites

        try:
            confs = load_sites(sites_file, only=site_name)
        except SiteConfigError as exc:
            raise click.BadParameter(str(exc), param_hint="--sites") from None
        start_urls += [u for c in confs for u in c.start_urls if u not in start_urls]
    elif site_name:
        raise click.UsageError("--site needs --sites FILE")
    if not start_urls:
        raise click.UsageError("give start URLs or --sites FILE")
    if recrawl_after is not None:
        from crawler.sites import SiteConfigError, parse_duration

        try:
            extra.append(f"CLEANCRAWL_RECRAWL_AFTER={parse_duration(recrawl_after)}")
        except SiteConfigError as exc:
            raise click.BadParameter(str(exc), param_hint="--recrawl-after") from None
    if jobdir:
        extra.append(f"JOBDIR={os.path.abspath(jobdir)}")
    if redis_url:  # a distributed worker: no database here, `cleancrawl ingest` stores (issue 9)
        from .ingest import worker_id, worker_summary

        if db_path:
            raise click.UsageError("--redis workers push to Redis; store with `cleancrawl ingest --db`")
        worker = worker_id()
        extra += [f"CLEANCRAWL_REDIS_URL={redis_url}", f"CLEANCRAWL_WORKER_ID={worker}"]
        cmd = scrapy_command(list(urls), "", max_pages, extra, workers, 0)
        if sites_file:
            cmd += ["-a", f"sites={os.path.abspath(sites_file)}"] + (["-a", f"site={site_name}"] if site_name else [])
        summary = worker_summary(redis_url, worker, run_scrapy(cmd, quiet or as_json))
        _echo_json(summary) if as_json else click.echo(
            f"worker {worker} {summary['status']}: {summary.get('pages', 0)} pages pushed to {redis_url}")
        sys.exit(0 if summary["status"] == "finished" else 1)
    if not db_path:
        raise click.UsageError("give --db PATH (or --redis URL to run a distributed worker)")
    # One crawl per database: an overlapping scheduled run stops here (issue 6).
    lock = DatabaseLock(db_path)
    try:
        lock.acquire()
    except DatabaseLocked as exc:
        click.echo(f"cleancrawl: {exc}", err=True)
        sys.exit(EXIT_LOCKED)
    store = Store(db_path)
    store.close_abandoned_runs()
    run_id = store.start_run("crawl", start_urls)
    store.close()
    lock.describe(run_id)
    extra.append(f"CLEANCRAWL_LOCK_FD={lock.fd}")
    cmd = scrapy_command(list(urls), db_path, max_pages, extra, workers, run_id)
    if sites_file:
        cmd += ["-a", f"sites={os.path.abspath(sites_file)}"] + (["-a", f"site={site_name}"] if site_name else [])
    show = progress.wanted(quiet or as_json)
    watch = (lambda proc: progress.watch(db_path, run_id, proc)) if show else None
    try:
        code = run_scrapy(cmd, quiet or as_json or show, pass_fds=(lock.fd,), watch=watch)
        summary = run_summary(db_path, run_id, exit_code=code)
    finally:
        lock.release()
    if as_json:
        _echo_json(summary)
    else:
        print_summary(summary)
    sys.exit(0 if summary["status"] == "finished" else 1)


def run_summary(db_path: str, run_id: int, exit_code: int = 0) -> dict:
    """The run's row plus per-site article counts; marks a run left 'running' by a dead crawler."""
    import sqlite3

    from .store import Store, is_disk_full

    store = Store(db_path)
    try:
        run = store.db["runs"].get(run_id)
        if run["status"] == "running":
            status = "interrupted" if exit_code in (-signal.SIGINT, 130) else "failed"
            try:
                store.finish_run(run_id, status, {})
                run = store.db["runs"].get(run_id)
            except sqlite3.OperationalError as exc:
                if not is_disk_full(exc):
                    raise
                run = {**run, "status": status}  # a full disk: reported here, cannot be recorded
        # Per site: what the database holds, and what this run added or changed.
        sites = list(store.db.query(
            "select site, count(*) as articles, sum(word_count) as words, "
            "sum(first_seen_at >= r.started_at) as new_in_run, sum(run_id = r.id) as seen_in_run "
            "from articles, (select id, started_at from runs where id = ?) r "
            "group by site order by site", [run_id]))
        failures = store.db.execute("select count(*) from failures where run_id = ?", [run_id]).fetchone()[0]
        total = store.db["articles"].count
    finally:
        store.close()
    return {**run, "sites": sites, "failures": failures, "articles_in_db": total, "db": db_path}


def print_summary(summary: dict) -> None:
    """A rich table of what one run did."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"Run {summary['id']}: {summary['status']}")
    for col in ("site", "articles", "new this run", "words"):
        table.add_column(col, justify="right" if col != "site" else "left")
    for row in summary["sites"]:
        table.add_row(str(row["site"]), str(row["articles"]), str(row["new_in_run"] or 0),
                      str(row["words"] or 0))
    console.print(table)
    console.print(
        f"pages {summary['pages']} · new {summary['new']} · updated {summary['updated']} · "
        f"unchanged {summary['unchanged']} · non-articles {summary['non_articles']} · "
        f"failures {summary['failures']} · articles in database {summary['articles_in_db']}"
    )


# -- clean ------------------------------------------------------------------------------------
@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per page.")
@click.option("--articles-only", is_flag=True, help="Skip pages that are not articles.")
@click.option("--no-templates", is_flag=True,
              help="Do not learn each site's template across the given pages.")
def clean(paths, as_json, articles_only, no_templates):
    """Clean saved pages (.html, .html.gz, folders, JSONL with url + html/path, WARC) without crawling.

    Several pages of one site are cleaned together: lines they repeat (the site's template) are
    removed with the rule `site-template`.

    \b
    Example:
        cleancrawl clean page.html
        cleancrawl clean pages/ --json > clean.jsonl
        cleancrawl clean crawl.warc.gz --articles-only --json
    """
    from .clean import clean_html
    from .inputs import iter_inputs
    from .templates import learn_and_strip

    failed = 0
    results = []  # (record, page or None), in input order: learning needs every page first
    for item in iter_inputs(list(paths)):
        record = {"path": item.path, "url": item.url}
        page = None
        if item.error:
            failed += 1
            record["error"] = item.error
        else:
            try:
                page = clean_html(item.body, item.url, content_type=getattr(item, "content_type", None))
            except CleanCrawlError as exc:
                failed += 1
                record["error"] = str(exc)
        results.append((record, page))
    pages = [p for _, p in results if p is not None]
    stripped = iter(pages if no_templates else learn_and_strip(pages))
    for record, page in results:
        if page is not None:
            page = next(stripped)
            if articles_only and not page.is_article:
                continue
            record.update(page.to_dict())
        if as_json:
            _echo_json(record)
        elif "error" in record:
            click.echo(f"{record['path']}: {record['error']}", err=True)
        else:
            click.echo(record["text"])
            click.echo()
    if failed:
        click.echo(f"{failed} page(s) could not be cleaned", err=True)


# -- demo -------------------------------------------------------------------------------------
# A fixed port keeps the demo's URLs, and so its rows, the same from one run to the next.
DEMO_PORT = 8642


@cli.command()
@click.option("--db", "db_path", default="demo.db", show_default=True, type=click.Path(dir_okay=False))
@click.option("--port", default=DEMO_PORT, show_default=True,
              help="Port for the demo site on 127.0.0.1 (0 = any free port).")
@click.pass_context
def demo(ctx, db_path, port):
    """Serve the bundled demo review site on 127.0.0.1, crawl it into a database, print a summary.

    \b
    Example:
        cleancrawl demo --db demo.db
    """
    from .demosite import DemoServer

    try:
        server = DemoServer(port=port)
    except OSError as exc:
        click.echo(f"port {port} is busy ({exc.strerror}); serving the demo on a free port instead", err=True)
        server = DemoServer(port=0)
    code = 0
    with server:
        click.echo(f"Demo site serving at {server.url}/")
        try:
            ctx.invoke(crawl, urls=(server.url + "/",), db_path=db_path, quiet=True,
                       settings=("DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=False", "LOG_LEVEL=WARNING"))
        except SystemExit as exc:
            code = exc.code or 0
    click.echo("\nOpen it in Datasette:")
    click.echo(f"    .venv/bin/cleancrawl serve --db {db_path}      # http://127.0.0.1:8001/")
    click.echo(f"    (or: .venv/bin/datasette {db_path} -m pipeline/metadata.yml)")
    sys.exit(code)


def _register_subcommands() -> None:
    """Add the `command` of every module in pipeline/commands/ to the group."""
    import importlib
    import pkgutil

    from . import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        cli.add_command(module.command)


_register_subcommands()
