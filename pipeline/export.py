"""Datasets out of a cleancrawl database: JSONL, CSV or Parquet; filtered, deduplicated, streamed."""

from __future__ import annotations

import base64
import json
import os
import re
import sqlite3
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Callable, Iterator

from . import dedup as dd
from .errors import CleanCrawlError

FORMATS = {"jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet"}
DEDUP_MODES = ("exact", "near")
# Hugging Face layout: one split, file names the `datasets` loaders pick up by convention.
DATA_DIR = "data"
SHARD_NAME = "train-00000-of-00001"
CARD_NAME = "README.md"
BATCH_ROWS = 1000

# What a column holds, beyond SQLite's declared type.
TIMESTAMP_COLUMNS = ("published_at", "modified_at", "fetched_at", "first_seen_at", "updated_at",
                     "last_modified")
LIST_COLUMNS = ("authors", "tags")  # JSON lists stored as text
FLOAT_COLUMNS = ("rating", "rating_value", "best_rating", "worst_rating", "language_confidence")
DECLARED_KINDS = {"INTEGER": "int", "INT": "int", "FLOAT": "float", "REAL": "float",
                  "DOUBLE": "float", "BLOB": "binary"}
# Hugging Face `features` dtype per column kind and format (JSON/CSV keep timestamps as text).
HF_DTYPES = {"string": "string", "int": "int64", "float": "float64", "binary": "binary",
             "timestamp": "timestamp[us, tz=UTC]"}

# Rows are written earliest published first, so dedup keeps the earliest copy; undated rows last.
KEEP_ORDER = "julianday(published_at) is null, julianday(published_at), first_seen_at, url"

# --where runs under an authorizer that allows reading and nothing else.
READ_ACTIONS = (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
                getattr(sqlite3, "SQLITE_RECURSIVE", 33))
DENIED_FUNCTIONS = ("load_extension", "fts3_tokenizer", "readfile", "writefile", "edit")
PARAM_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


class ExportError(CleanCrawlError):
    """The export was refused or could not be done (bad filter, unsafe output, missing table)."""


# -- filters ----------------------------------------------------------------------------------
@dataclass
class Filters:
    """Which articles to export."""

    sites: tuple[str, ...] = ()
    langs: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    min_words: int | None = None
    runs: tuple[int, ...] = ()
    where: str | None = None
    params: dict[str, str] = field(default_factory=dict)

    def sql(self) -> tuple[str, dict]:
        """The WHERE clause and its parameters; every value is bound, never pasted."""
        clauses, params = [], {}

        def one_of(column: str, values, prefix: str) -> None:
            names = [f"_{prefix}{i}" for i in range(len(values))]
            params.update(zip(names, values))
            clauses.append(f"{column} in ({', '.join(':' + n for n in names)})")

        if self.sites:
            one_of("site", self.sites, "site")
        if self.langs:
            one_of("language", self.langs, "lang")
        if self.runs:
            one_of("run_id", self.runs, "run")
        if self.since:
            params["_since"] = _moment(self.since, "--since")
            clauses.append("julianday(published_at) >= julianday(:_since)")
        if self.until:
            params["_until"] = _moment(self.until, "--until")
            # a bare date means the whole day
            op = "<" if _is_date(self.until) else "<="
            until = "julianday(:_until, '+1 day')" if op == "<" else "julianday(:_until)"
            clauses.append(f"julianday(published_at) {op} {until}")
        if self.min_words is not None:
            params["_min_words"] = int(self.min_words)
            clauses.append("word_count >= :_min_words")
        if self.where:
            clauses.append(f"({check_where(self.where)})")
            for name, value in self.params.items():
                if not PARAM_NAME.match(name):
                    raise ExportError(f"--param name {name!r} must be letters, digits, _ (not first)")
                params[name] = value
        elif self.params:
            raise ExportError("--param is only used with --where")
        return (" and ".join(clauses) or "1"), params

    def describe(self) -> dict:
        """The filters that were set, for the dataset card and the summary."""
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(self).items() if v}


def _is_date(value: str) -> bool:
    return len(value.strip()) == 10


def _moment(value: str, option: str) -> str:
    """A --since/--until value as a string SQLite's julianday() reads: YYYY-MM-DD or UTC datetime."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ExportError(f"{option} {value!r} is not an ISO date (YYYY-MM-DD[THH:MM[:SS][+HH:MM]])")
    if _is_date(value):
        return moment.date().isoformat()
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.isoformat(sep=" ")


def check_where(expr: str) -> str:
    """Return expr if it is one SQL expression: no ';', no comments, balanced brackets and quotes.

    Balanced parentheses mean `(expr)` cannot be closed early, so nothing can follow the
    expression (`1) union select ...`); what the expression may do is limited by the read-only
    connection and its authorizer.
    """
    expr = expr.strip()
    if not expr:
        raise ExportError("--where is empty")
    depth, i, closing = 0, 0, {"'": "'", '"': '"', "`": "`", "[": "]"}
    while i < len(expr):
        ch = expr[i]
        if ch in closing:
            end = expr.find(closing[ch], i + 1)
            # a doubled quote inside a quoted string is an escaped quote, not the end
            while end != -1 and ch != "[" and expr[end + 1:end + 2] == ch:
                end = expr.find(closing[ch], end + 2)
            if end == -1:
                raise ExportError("--where has an unterminated quote")
            i = end + 1
            continue
        if ch == ";":
            raise ExportError("--where must be a single expression: ';' is not allowed")
        if expr.startswith("--", i) or expr.startswith("/*", i):
            raise ExportError("--where must not contain SQL comments")
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                raise ExportError("--where has a ')' without its '('")
        i += 1
    if depth:
        raise ExportError("--where has a '(' without its ')'")
    return expr


# -- read-only database -----------------------------------------------------------------------
def _authorize(action, arg1, arg2, db_name, source):
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in DENIED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK if action in READ_ACTIONS else sqlite3.SQLITE_DENY


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """Open a database read-only (mode=ro) with an authorizer that allows only reads."""
    path = Path(path)
    if not path.is_file():
        raise ExportError(f"no database at {path}")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    conn.execute("pragma query_only = on")
    conn.set_authorizer(_authorize)
    return conn


def article_columns(conn: sqlite3.Connection) -> tuple[dict[str, str], bool]:
    """Column name -> kind (string, int, float, timestamp, list, binary); has signatures table?"""
    conn.set_authorizer(None)
    try:
        info = conn.execute("select name, type from pragma_table_info('articles')").fetchall()
        has_signatures = conn.execute(
            "select 1 from sqlite_master where type = 'table' and name = 'article_signatures'"
        ).fetchone() is not None
    finally:
        conn.set_authorizer(_authorize)
    if not info:
        raise ExportError("not a cleancrawl database: it has no articles table")
    return {name: _kind(name, decl) for name, decl in info}, has_signatures


def _kind(name: str, declared: str) -> str:
    if name in TIMESTAMP_COLUMNS:
        return "timestamp"
    if name in LIST_COLUMNS:
        return "list"
    if name in FLOAT_COLUMNS:
        return "float"
    return DECLARED_KINDS.get((declared or "").split("(")[0].strip().upper(), "string")


# -- output paths -----------------------------------------------------------------------------
@dataclass
class Target:
    """Where one export writes: the data file and (in folder mode) the dataset card."""

    root: Path
    data: Path
    card: Path | None
    replaces: list[Path]

    def files(self) -> list[Path]:
        """Everything this export creates."""
        return [self.data] + ([self.card] if self.card else [])


def plan_output(out: str | Path, fmt: str, force: bool = False) -> Target:
    """Decide the files to write for --out; refuse paths outside it and silent overwrites."""
    out = Path(out)
    ext = FORMATS[fmt]
    if out.suffix.lower() in FORMATS.values() and not out.is_dir():
        if out.suffix.lower() != ext:
            raise ExportError(f"--out {out} ends in {out.suffix} but --format is {fmt}")
        if out.exists() and not force:
            raise ExportError(f"{out} already exists: use --force to replace it")
        if not out.parent.is_dir():
            raise ExportError(f"folder {out.parent} does not exist")
        return Target(out.parent, out, None, [out] if out.exists() else [])
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} exists and is not a folder")
    target = Target(out, out / DATA_DIR / f"{SHARD_NAME}{ext}", out / CARD_NAME, [])
    root = out.resolve()
    for path in (out / DATA_DIR, *target.files()):
        if not _inside(path, root):
            raise ExportError(f"{path} leads outside {out} (symlink?): refusing to write there")
    existing = [target.card] if target.card.exists() else []
    if (out / DATA_DIR).is_dir():
        existing += sorted((out / DATA_DIR).glob("train-*"))
    if existing and not force:
        names = ", ".join(str(p.relative_to(out)) for p in existing)
        raise ExportError(f"{out} already holds a dataset ({names}): use --force to replace it")
    target.replaces = existing
    return target


def _inside(path: Path, root: Path) -> bool:
    resolved = path.resolve()
    return resolved == root or root in resolved.parents


# -- values -----------------------------------------------------------------------------------
def _timestamp(value) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        moment = datetime.fromisoformat(str(value).strip())
    except ValueError:
        try:  # HTTP dates, as in Last-Modified
            moment = parsedate_to_datetime(str(value))
        except (TypeError, ValueError):
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _string_list(value) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            # a plain name stored where a JSON list is expected: a list of one
            return [value] if value.strip() else []
    if not isinstance(value, list):
        value = [value]
    return [_name(v) for v in value if v is not None]


def _name(item) -> str:
    if isinstance(item, dict) and "name" in item:
        return str(item["name"])
    return item if isinstance(item, str) else json.dumps(item, ensure_ascii=False)


def _number(cast):
    def convert(value):
        if value in (None, ""):
            return None
        try:
            return cast(value)
        except (TypeError, ValueError):
            return None
    return convert


def _binary_text(value):
    return base64.b64encode(value).decode() if isinstance(value, bytes) else value


def _as_json_text(value):
    items = _string_list(value)
    return None if items is None else json.dumps(items, ensure_ascii=False)


def _identity(value):
    return value


# Per format: how each kind of column is converted, and the kind it ends up as in the file.
CONVERTERS = {
    "parquet": {"timestamp": _timestamp, "list": _string_list, "float": _number(float),
                "int": _number(int), "binary": _identity, "string": _identity},
    "jsonl": {"timestamp": _identity, "list": _string_list, "float": _number(float),
              "int": _number(int), "binary": _binary_text, "string": _identity},
    "csv": {"timestamp": _identity, "list": _as_json_text, "float": _number(float),
            "int": _number(int), "binary": _binary_text, "string": _identity},
}
STORED_KIND = {
    "parquet": {},
    "jsonl": {"timestamp": "string", "binary": "string"},
    "csv": {"timestamp": "string", "binary": "string", "list": "string"},
}


def features(fields: list[str], kinds: dict[str, str], fmt: str) -> list[dict]:
    """Hugging Face `features` for the columns as they are stored in this format."""
    out = []
    for name in fields:
        kind = STORED_KIND[fmt].get(kinds[name], kinds[name])
        out.append({"name": name, "sequence": "string"} if kind == "list"
                   else {"name": name, "dtype": HF_DTYPES[kind]})
    return out


# -- writers ----------------------------------------------------------------------------------
class JsonlWriter:
    """One JSON object per line."""

    def __init__(self, path: Path, fields: list[str], kinds: dict[str, str]):
        self.file = open(path, "w", encoding="utf-8")

    def write(self, rows: list[dict]) -> None:
        self.file.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)

    def close(self) -> None:
        self.file.close()


class CsvWriter:
    """RFC 4180 CSV with a header row; lists as JSON text."""

    def __init__(self, path: Path, fields: list[str], kinds: dict[str, str]):
        import csv

        self.file = open(path, "w", encoding="utf-8", newline="")
        self.writer = csv.DictWriter(self.file, fieldnames=fields)
        self.writer.writeheader()

    def write(self, rows: list[dict]) -> None:
        self.writer.writerows(rows)

    def close(self) -> None:
        self.file.close()


class ParquetWriter:
    """Parquet through pyarrow, one row group per batch, with a typed schema."""

    def __init__(self, path: Path, fields: list[str], kinds: dict[str, str]):
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"string": pa.string(), "int": pa.int64(), "float": pa.float64(),
                 "binary": pa.binary(), "timestamp": pa.timestamp("us", tz="UTC"),
                 "list": pa.list_(pa.string())}
        self.pa = pa
        self.schema = pa.schema([(name, types[kinds[name]]) for name in fields])
        self.writer = pq.ParquetWriter(path, self.schema, compression="zstd")

    def write(self, rows: list[dict]) -> None:
        self.writer.write_table(self.pa.Table.from_pylist(rows, schema=self.schema))

    def close(self) -> None:
        self.writer.close()


WRITERS = {"jsonl": JsonlWriter, "csv": CsvWriter, "parquet": ParquetWriter}


# -- export -----------------------------------------------------------------------------------
@dataclass
class Progress:
    """Callbacks for a progress display: start(total rows to scan), advance(rows scanned)."""

    start: Callable[[int], None]
    advance: Callable[[int], None]


def export(db_path: str | Path, out: str | Path, fmt: str = "jsonl", *,
           filters: Filters | None = None, fields: list[str] | None = None,
           dedup: str | None = None, threshold: float = dd.DEFAULT_THRESHOLD,
           force: bool = False, progress: Progress | None = None) -> dict:
    """Write the matching articles of a database as a dataset; return a summary."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    if dedup not in (None, *DEDUP_MODES):
        raise ExportError(f"unknown dedup {dedup!r}: one of {', '.join(DEDUP_MODES)}")
    if not 0.0 < threshold <= 1.0:
        raise ExportError("--threshold must be in (0, 1]")
    filters = filters or Filters()
    started = time.monotonic()
    conn = open_readonly(db_path)
    try:
        kinds, has_signatures = article_columns(conn)
        fields = _check_fields(fields, kinds)
        where, params = filters.sql()
        _check_query(conn, where, params)
        target = plan_output(out, fmt, force)
        if progress:
            progress.start(conn.execute(f"select count(*) from articles where {where}", params).fetchone()[0])
        rows = _batches(conn, fields, where, params, near=dedup == "near",
                        has_signatures=has_signatures)
        stats = _write(rows, target, fmt, fields, kinds, dedup, threshold, progress)
    finally:
        conn.close()
    seconds = time.monotonic() - started
    summary = {
        "db": str(db_path), "format": fmt, "out": str(out),
        "files": [str(p) for p in target.files()], **stats,
        "fields": fields, "filters": filters.describe(),
        "dedup": {"mode": dedup, "threshold": threshold if dedup == "near" else None},
        "seconds": round(seconds, 3),
        "rows_per_second": round(stats["scanned"] / seconds) if seconds else None,
    }
    if target.card:
        _replace(target.card, dataset_card(summary, features(fields, kinds, fmt), target))
    return summary


def _check_fields(fields: list[str] | None, kinds: dict[str, str]) -> list[str]:
    if not fields:
        return list(kinds)
    unknown = [f for f in fields if f not in kinds]
    if unknown:
        raise ExportError(f"unknown field(s) {', '.join(unknown)}; articles has: {', '.join(kinds)}")
    return list(dict.fromkeys(fields))


def _check_query(conn: sqlite3.Connection, where: str, params: dict) -> None:
    """Compile and bind the filter once, so a refused or broken --where fails before any writing."""
    try:
        conn.execute(f"select 1 from articles where {where} limit 0", params).fetchall()
    except sqlite3.Error as exc:
        raise ExportError(f"--where refused: {exc}") from exc


def _write(batches, target: Target, fmt, fields, kinds, dedup, threshold, progress) -> dict:
    """Stream rows into a temporary file beside the target; move it into place when complete."""
    target.data.parent.mkdir(parents=True, exist_ok=True)
    partial = target.data.with_name(f".{target.data.name}.partial")
    convert = {name: CONVERTERS[fmt][kinds[name]] for name in fields}
    stored_kinds = {name: kinds[name] for name in fields}
    writer = WRITERS[fmt](partial, fields, stored_kinds)
    exact = dd.ExactDedup() if dedup else None
    near = dd.NearDedup(threshold) if dedup == "near" else None
    sites, langs, dropped = Counter(), Counter(), Counter()
    scanned = written = computed = 0
    try:
        for batch in batches:
            kept = []
            for row in batch:
                if exact and exact.is_duplicate(row["content_hash"]):
                    dropped["exact"] += 1
                    continue
                if near:
                    blob = row["_minhash"] if row["_scheme"] == dd.SIGNATURE_SCHEME else None
                    if blob is None and row["text"]:
                        # stored before signatures existed, or with another scheme
                        blob, computed = dd.signature(row["text"]), computed + 1
                    if near.is_duplicate(blob):
                        dropped["near"] += 1
                        continue
                sites[row["site"]] += 1
                langs[row["language"]] += 1
                kept.append({name: convert[name](row[name]) for name in fields})
            writer.write(kept)
            scanned += len(batch)
            written += len(kept)
            if progress:
                progress.advance(len(batch))
        writer.close()
        for old in target.replaces:
            if old != target.card:
                old.unlink(missing_ok=True)
        os.replace(partial, target.data)
    except BaseException:
        writer.close()
        partial.unlink(missing_ok=True)
        raise
    finally:
        if near:
            near.close()
    return {"rows": written, "scanned": scanned, "dropped": {m: dropped[m] for m in DEDUP_MODES},
            "signatures_computed": computed,
            "sites": dict(sorted(sites.items(), key=lambda kv: str(kv[0]))),
            "languages": dict(sorted(langs.items(), key=lambda kv: str(kv[0])))}


def _batches(conn, fields, where, params, near: bool, has_signatures: bool) -> Iterator[list[dict]]:
    """Matching rows in keep-order, BATCH_ROWS at a time.

    Only rowids go through SQLite's sorter; whole rows are then fetched by rowid, so neither
    SQLite nor Python ever holds more than one batch of article text.
    """
    needed = list(dict.fromkeys([*fields, "site", "language", "content_hash"]
                                + (["text"] if near else [])))
    columns = ", ".join(f'a."{c}"' for c in needed)
    join = ""
    if near and has_signatures:
        columns += ", s.scheme as _scheme, s.minhash as _minhash"
        join = " left join article_signatures s on s.url = a.url"
    elif near:
        columns += ", null as _scheme, null as _minhash"
    ids = conn.execute(f"select rowid from articles where {where} order by {KEEP_ORDER}", params)
    fetch = conn.cursor()
    while chunk := [r[0] for r in ids.fetchmany(BATCH_ROWS)]:
        fetch.execute(f"select a.rowid as _rowid, {columns} from articles a{join} "
                      f"where a.rowid in ({', '.join('?' * len(chunk))})", chunk)
        names = [d[0] for d in fetch.description]
        by_id = {row[0]: dict(zip(names, row)) for row in fetch}
        yield [by_id[i] for i in chunk if i in by_id]


# -- dataset card -----------------------------------------------------------------------------
def dataset_card(summary: dict, feats: list[dict], target: Target) -> str:
    """README.md in the Hugging Face layout: YAML header (configs, features, counts), then prose."""
    import yaml

    rel = target.data.relative_to(target.root).as_posix()
    pattern = rel.replace(SHARD_NAME, "train-*")
    created = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    langs = [lang for lang in summary["languages"] if lang]
    header = {
        "configs": [{"config_name": "default", "data_files": [{"split": "train", "path": pattern}]}],
        "dataset_info": {"features": feats,
                         "splits": [{"name": "train", "num_examples": summary["rows"]}]},
        **({"language": langs} if langs else {}),
        "tags": ["cleancrawl", "web-crawl"],
        "cleancrawl": {
            "created_at": created,
            "source": os.path.basename(summary["db"]),
            "format": summary["format"],
            "rows": summary["rows"],
            "filters": summary["filters"],
            "dedup": {**summary["dedup"], "dropped": summary["dropped"]},
            "counts": {"sites": summary["sites"],
                       "languages": {str(k): v for k, v in summary["languages"].items()}},
        },
    }
    loader = {"jsonl": "json", "csv": "csv", "parquet": "parquet"}[summary["format"]]
    dedup, dropped = summary["dedup"], summary["dropped"]
    filters = _cell(json.dumps(summary["filters"], ensure_ascii=False)) if summary["filters"] else "none"
    lines = [
        "---", yaml.safe_dump(header, sort_keys=False, allow_unicode=True).rstrip(), "---", "",
        f"# {os.path.splitext(os.path.basename(summary['db']))[0]} articles", "",
        f"Articles crawled and cleaned by cleancrawl, exported {created}: "
        f"{summary['rows']} rows in `{rel}`.", "",
        "```python",
        "from datasets import load_dataset",
        f'ds = load_dataset("{loader}", data_files="{pattern}", split="train")',
        "```", "",
        "## Counts", "", "| site | rows |", "| --- | --- |",
        *(f"| {_cell(site)} | {n} |" for site, n in summary["sites"].items()), "",
        "| language | rows |", "| --- | --- |",
        *(f"| {_cell(lang)} | {n} |" for lang, n in summary["languages"].items()), "",
        "## How it was made", "",
        f"- filters: {filters}",
        f"- deduplication: {dedup['mode'] or 'none'}"
        + (f" (threshold {dedup['threshold']})" if dedup["threshold"] else "")
        + f"; dropped {dropped['exact']} exact and {dropped['near']} near duplicates",
        f"- fields: {', '.join(summary['fields'])}", "",
    ]
    return "\n".join(lines)


def _cell(value) -> str:
    """Text safe inside a Markdown table cell or list item."""
    return str(value).replace("|", "\\|").replace("\n", " ")


def _replace(path: Path, text: str) -> None:
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)

