"""`cleancrawl export`: write the articles of a database as a JSONL, CSV or Parquet dataset."""

from __future__ import annotations

import json
import sys

import click

FORMAT_CHOICES = ("jsonl", "csv", "parquet")


def _params(values) -> dict[str, str]:
    params = {}
    for value in values:
        name, sep, val = value.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{value!r} is not NAME=VALUE", param_hint="--param")
        params[name] = val
    return params


def _fields(values) -> list[str] | None:
    names = [n.strip() for v in values for n in v.split(",") if n.strip()]
    return names or None


def _format_for(out: str, fmt: str | None) -> str:
    """--format, or the one --out's suffix names, or jsonl."""
    if fmt:
        return fmt
    suffix = out.rsplit(".", 1)[-1].lower() if "." in out else ""
    return suffix if suffix in FORMAT_CHOICES else "jsonl"


@click.command(name="export")
@click.option("--db", "db_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="cleancrawl database to read (opened read-only).")
@click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default=None,
              help="Data format (default: from --out's suffix, else jsonl).")
@click.option("--out", required=True, type=click.Path(),
              help="Folder for a Hugging Face style dataset (data/ + README.md), or a .jsonl/.csv/.parquet file.")
@click.option("--site", "sites", multiple=True, help="Only this site (repeatable).")
@click.option("--lang", "langs", multiple=True, help="Only this language code, e.g. en (repeatable).")
@click.option("--since", help="Only articles published on or after this date (YYYY-MM-DD or ISO datetime).")
@click.option("--until", help="Only articles published on or before this date (a bare date includes the day).")
@click.option("--min-words", type=click.IntRange(0), default=None, help="Only articles with at least N words.")
@click.option("--run", "runs", type=int, multiple=True, help="Only articles last stored by this run id (repeatable).")
@click.option("--where", help="SQL condition on articles columns; values as :name bound with --param.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Value for :NAME in --where (repeatable).")
@click.option("--fields", "fields", multiple=True, help="Columns to write, comma-separated (default: all).")
@click.option("--dedup", type=click.Choice(("exact", "near")), default=None,
              help="Drop duplicates: exact = same text hash; near = MinHash LSH. Keeps the earliest published copy.")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0, min_open=True), default=0.8, show_default=True,
              help="Similarity at which --dedup near treats two articles as the same.")
@click.option("--force", is_flag=True, help="Replace a dataset already at --out.")
@click.option("--json", "as_json", is_flag=True, help="Print the export summary as JSON.")
def command(db_path, fmt, out, sites, langs, since, until, min_words, runs, where, params,
            fields, dedup, threshold, force, as_json):
    """Export articles as a dataset (JSONL, CSV or Parquet) with a dataset card.

    \b
    Example:
        cleancrawl export --db demo.db --format parquet --out demo-dataset
        cleancrawl export --db demo.db --out en.jsonl --lang en --min-words 200 --dedup near
        cleancrawl export --db demo.db --format csv --out reviews \\
            --where "title like :pattern" --param pattern=%camera% --fields url,title,text
    """
    from ..errors import CleanCrawlError
    from ..export import Filters, export

    filters = Filters(sites=sites, langs=langs, since=since, until=until, min_words=min_words,
                      runs=runs, where=where, params=_params(params))
    show_progress = sys.stderr.isatty() and not as_json
    try:
        if show_progress:
            with _rich_progress() as progress:
                summary = export(db_path, out, _format_for(out, fmt), filters=filters,
                                 fields=_fields(fields), dedup=dedup, threshold=threshold,
                                 force=force, progress=progress)
        else:
            summary = export(db_path, out, _format_for(out, fmt), filters=filters,
                             fields=_fields(fields), dedup=dedup, threshold=threshold, force=force)
    except CleanCrawlError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, default=str))
        return
    dropped = summary["dropped"]
    click.echo(f"{summary['rows']} of {summary['scanned']} matching articles written "
               f"({dropped['exact']} exact and {dropped['near']} near duplicates dropped) "
               f"in {summary['seconds']:.1f}s")
    for path in summary["files"]:
        click.echo(f"  {path}")


class _rich_progress:
    """A rich progress bar on stderr, as export's Progress callbacks."""

    def __enter__(self):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        from ..export import Progress as Callbacks

        self.bar = Progress("[progress.description]{task.description}", BarColumn(),
                            MofNCompleteColumn(), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=True)
        self.bar.__enter__()
        self.task = self.bar.add_task("exporting", total=None)
        return Callbacks(start=lambda total: self.bar.update(self.task, total=total),
                         advance=lambda n: self.bar.advance(self.task, n))

    def __exit__(self, *exc):
        return self.bar.__exit__(*exc)
