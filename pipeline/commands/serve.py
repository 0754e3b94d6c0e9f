"""`cleancrawl serve`: open a database in Datasette with the project's metadata."""

from __future__ import annotations

import sys

import click


@click.command(name="serve")
@click.option("--db", "db_path", required=True,
              type=click.Path(exists=True, dir_okay=False), help="cleancrawl database to open.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0 = any free port).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; 0.0.0.0 makes the data reachable from other machines.")
@click.option("--get", "get_path", metavar="PATH", default=None,
              help="Print the response for PATH (e.g. /demo/articles.json) and exit; no server.")
@click.option("--write-metadata", type=click.Path(dir_okay=False), default=None,
              help="Write the metadata used for this database as YAML to this file and exit.")
def command(db_path, port, host, get_path, write_metadata):
    """Browse a database in Datasette: search, facets, canned queries, readable article text.

    \b
    Example:
        cleancrawl serve --db demo.db
        cleancrawl serve --db demo.db --port 8080
        cleancrawl serve --db demo.db --get '/demo/articles.json?_search=review'
    """
    from .. import serve

    if write_metadata:
        import yaml

        with open(write_metadata, "w", encoding="utf-8") as f:
            yaml.safe_dump(serve.metadata_for(db_path), f, sort_keys=False, allow_unicode=True)
        return
    if get_path:
        status, body = serve.get(db_path, get_path)
        click.echo(body)
        sys.exit(0 if status == 200 else 1)
    if port == 0:
        port = serve.free_port(host)
    click.echo(f"Datasette serving {db_path} at http://{host}:{port}/  (Ctrl-C to stop)")
    serve.serve(db_path, host=host, port=port)
