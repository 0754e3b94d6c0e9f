"""`cleancrawl reclean`: re-run the whole cleaning from the stored raw HTML, fetching nothing."""

from __future__ import annotations

import click

# Pages re-cleaned per transaction: the crawl's batch size, so learning behaves the same.
BATCH = 50


@click.command(name="reclean")
@click.option("--db", "db_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="cleancrawl database to re-clean.")
@click.option("--site", "sites", multiple=True, metavar="NAME",
              help="Only this site (host without www.); repeatable. Default: every site.")
@click.option("--no-templates", is_flag=True, help="Do not learn and strip site templates.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def command(db_path, sites, no_templates, as_json):
    """Re-clean stored pages from their raw HTML after cleaning rules or templates changed.

    Each site's template is learned again from scratch over its stored pages; articles whose
    text changes are updated (their old copy kept in article_versions), removals rewritten.

    \b
    Example:
        cleancrawl reclean --db articles.db
        cleancrawl reclean --db articles.db --site example.com --json
    """
    import json

    from ..store import Store

    store = Store(db_path)
    try:
        summary = reclean(store, list(sites), templates=not no_templates)
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(summary))
    else:
        click.echo(", ".join(f"{k} {v}" for k, v in summary.items() if k != "sites")
                   + f" ({len(summary['sites'])} site(s))")


def reclean(store, sites: list[str] | None = None, templates: bool = True) -> dict:
    """Re-clean every stored page of the given sites (all when empty); returns counts."""
    from collections import Counter

    from ..clean import clean_html
    from ..errors import CleanCrawlError
    from ..templates import decompress

    db = store.db
    if not sites:
        sites = [r[0] for r in db.execute("select distinct site from page_html order by site")]
    store.templates.enabled = templates
    run_id = store.start_run("reclean", [])
    counts: Counter = Counter()
    for site in sites:
        with store.transaction():
            store.templates.forget_site(site)
        rows = db.execute(
            "select h.url, h.content_type, p.status, p.fetched_at from page_html h "
            "left join pages p on p.url = h.url where h.site = ? and h.html is not null order by h.url",
            [site]).fetchall()
        batch = []
        for url, ctype, status, fetched_at in rows:
            html = decompress(db.execute("select html from page_html where url = ?", [url]).fetchone()[0])
            try:
                page = clean_html(html, url, content_type=ctype)
            except CleanCrawlError as exc:
                counts["failed"] += 1
                store.record_failure(url, str(exc), run_id, "clean")
                continue
            fetch = {"status": status or 200, "fetched_at": fetched_at, "html": html, "content_type": ctype}
            fetch.update(_validators(db, url))
            batch.append((page, fetch))
            if len(batch) >= BATCH:
                _save(store, batch, run_id, counts)
                batch = []
        _save(store, batch, run_id, counts)
        with store.transaction():
            store.templates.finish(run_id)
    store.finish_run(run_id, "finished", {"pages": counts["pages"], "articles": counts["articles"],
                                         "updated": counts["updated"], "unchanged": counts["unchanged"],
                                         "non_articles": counts["non_articles"], "failed": counts["failed"]})
    return {"run_id": run_id, "sites": sites, **{k: counts[k] for k in (
        "pages", "articles", "new", "updated", "unchanged", "non_articles", "dropped", "failed")}}


def _validators(db, url: str) -> dict:
    """The stored article's HTTP validators, so re-cleaning keeps conditional requests working."""
    out = {}
    for row in db.query("select * from articles where url = ?", [url]):
        out = {k: row.get(k) for k in ("etag", "last_modified") if row.get(k) is not None}
    return out


def _save(store, batch: list, run_id: int, counts) -> None:
    if not batch:
        return
    outcomes = store.save_pages(batch, run_id)
    with store.transaction():
        for (page, _), outcome in zip(batch, outcomes):
            counts["pages"] += 1
            if outcome == "page":
                counts["non_articles"] += 1
                # No longer an article under the current rules: its old article row goes.
                gone = store.db.execute("delete from articles where url = ?", [page.url]).rowcount
                if gone:
                    store.db.execute("delete from removals where article_url = ?", [page.url])
                    if store.db["article_signatures"].exists():
                        store.db.execute("delete from article_signatures where url = ?", [page.url])
                    counts["dropped"] += 1
            else:
                counts["articles"] += 1
                counts[outcome] += 1
