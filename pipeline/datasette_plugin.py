"""Datasette plugin: project metadata on any cleancrawl database, article text as paragraphs."""

from __future__ import annotations

import sqlite3

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup

from . import serve

# Columns holding cleaned article text, per table; None = a canned or custom query's result.
TEXT_COLUMNS = {"articles": ("text",), "article_versions": ("text",), None: ("text",)}
CSS_PATH = "/-/cleancrawl.css"
CSS = """
.cleancrawl-text p { margin: 0 0 0.7em; max-width: 48em; line-height: 1.45; }
.cleancrawl-text p:last-child { margin-bottom: 0; }
.cleancrawl-columns { margin: 0.5em 0 1em; }
.cleancrawl-columns summary { cursor: pointer; color: #555; }
/* In lists of rows a long text would push every other row off screen: scroll it instead. */
body.table .cleancrawl-text, body.query .cleancrawl-text {
  max-height: 10em; overflow-y: auto; min-width: 24em;
}
"""


def paragraphs_html(text: str) -> Markup:
    """Text as escaped <p> paragraphs, one per non-blank line: page HTML is never let through."""
    paras = [line.strip() for line in text.splitlines() if line.strip()]
    return Markup('<div class="cleancrawl-text">{}</div>').format(
        Markup("").join(Markup("<p>{}</p>").format(p) for p in paras))


@hookimpl
def render_cell(value, column, table):
    """Render article text as paragraphs; other cells are left to Datasette."""
    if isinstance(value, str) and column in TEXT_COLUMNS.get(table, ()):
        return paragraphs_html(value)
    return None


@hookimpl
def extra_css_urls(datasette):
    """The stylesheet for rendered article text."""
    return [datasette.urls.path(CSS_PATH)]


# Datasette lists every column description above the rows; with ~20 described columns that
# pushes the search results off the first screen, so fold the list away (still one click open).
FOLD_COLUMN_DESCRIPTIONS = """
document.querySelectorAll("dl.column-descriptions").forEach(function (dl) {
  var box = document.createElement("details");
  var summary = document.createElement("summary");
  summary.textContent = "Column descriptions (" + dl.querySelectorAll("dt").length + ")";
  dl.parentNode.insertBefore(box, dl);
  box.appendChild(summary);
  box.appendChild(dl);
  box.className = "cleancrawl-columns";
});
"""


@hookimpl
def extra_body_script(view_name):
    """Fold the column descriptions on table pages."""
    return FOLD_COLUMN_DESCRIPTIONS if view_name == "table" else None


@hookimpl
def register_routes():
    """Serve the stylesheet from the plugin itself: no static directory to install."""
    async def stylesheet():
        return Response(CSS, content_type="text/css; charset=utf-8")

    return [(r"^/-/cleancrawl\.css$", stylesheet)]


@hookimpl
def get_metadata(datasette):
    """Metadata for every attached cleancrawl database, so `datasette ANY.db -m metadata.yml` works.

    Local metadata (-m) still wins where both say something; this only fills in.
    """
    key = tuple(sorted(datasette.databases))
    cache = getattr(datasette, "_cleancrawl_metadata", None)
    if cache is None or cache[0] != key:
        cache = (key, _compute(datasette))
        datasette._cleancrawl_metadata = cache
    return cache[1]


def _compute(datasette) -> dict:
    schemas = {}
    for name, db in list(datasette.databases.items()):
        if db.is_memory or not db.path:
            continue
        try:
            schema = serve.schema_of(db.path)
        except sqlite3.Error:
            continue  # not ours to judge: Datasette reports unreadable files itself
        if {"url", "content_hash"} <= set(schema.get("articles", ())) and "runs" in schema:
            schemas[name] = schema
    return serve.build_metadata(schemas) if schemas else {}
