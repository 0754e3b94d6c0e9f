"""Pages to clean from disk: .html, .html.gz, directories of them, JSONL and WARC files."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import CleanCrawlError
from .warc import WARC_SUFFIXES, iter_warc

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz", ".xhtml")


@dataclass
class PageInput:
    """One page read from disk: where it came from, its URL and its raw bytes."""

    path: str
    url: str
    body: bytes | None
    error: str | None = None
    content_type: str | None = None  # known for WARC records


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return data


def iter_inputs(paths: list[str]) -> Iterator[PageInput]:
    """Yield every page named by the paths, in a stable order; unreadable ones carry an error."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(HTML_SUFFIXES + (".jsonl",) + WARC_SUFFIXES))
            for f in files:
                yield from _iter_file(f)
        else:
            yield from _iter_file(path)


def _iter_file(path: Path) -> Iterator[PageInput]:
    if path.name.lower().endswith((".jsonl", ".jsonl.gz")):
        yield from _iter_jsonl(path)
        return
    if path.name.lower().endswith(WARC_SUFFIXES):
        yield from iter_warc(path)
        return
    try:
        body = _read(path)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield PageInput(str(path), path.resolve().as_uri(), None, f"unreadable: {exc}")
        return
    yield PageInput(str(path), path.resolve().as_uri(), body)


def _iter_jsonl(path: Path) -> Iterator[PageInput]:
    try:
        data = _read(path)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield PageInput(str(path), "", None, f"unreadable: {exc}")
        return
    for n, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            rec = json.loads(line)
            url = rec["url"]
        except (ValueError, KeyError, TypeError) as exc:
            yield PageInput(where, "", None, f"bad JSONL line: {exc}")
            continue
        if rec.get("html") is not None:
            yield PageInput(where, url, str(rec["html"]).encode("utf-8"))
        elif rec.get("path"):
            target = (path.parent / rec["path"]) if not Path(rec["path"]).is_absolute() else Path(rec["path"])
            try:
                yield PageInput(str(target), url, _read(target))
            except (OSError, EOFError, gzip.BadGzipFile) as exc:
                yield PageInput(str(target), url, None, f"unreadable: {exc}")
        else:
            yield PageInput(where, url, None, "JSONL line has neither 'html' nor 'path'")


class InputError(CleanCrawlError):
    """A path given to `clean` does not exist."""
