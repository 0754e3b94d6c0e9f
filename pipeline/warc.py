"""Pages from WARC files (warcio): every HTML response record, with its URL and content type."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

WARC_SUFFIXES = (".warc", ".warc.gz")
# Record payloads with these content types are pages worth cleaning; the rest (images, CSS,
# robots.txt, DNS records) are skipped silently, as a crawl would never store them.
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(path: Path) -> bool:
    """True for .warc and .warc.gz files."""
    return path.name.lower().endswith(WARC_SUFFIXES)


def iter_warc(path: Path) -> Iterator["PageInput"]:
    """Yield a PageInput per HTML response (or resource) record; a broken file yields an error."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .inputs import PageInput

    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type not in ("response", "resource"):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.rec_type == "response":
                    if record.http_headers is None:
                        continue
                    status = record.http_headers.get_statuscode()
                    if not (status or "").startswith("2"):
                        continue
                    ctype = record.http_headers.get_header("Content-Type") or ""
                else:
                    ctype = record.rec_headers.get_header("Content-Type") or ""
                if not ctype.split(";")[0].strip().lower() in HTML_TYPES:
                    continue
                where = f"{path}#{record.rec_headers.get_header('WARC-Record-ID') or url}"
                yield PageInput(where, url, record.content_stream().read(), content_type=ctype)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield PageInput(str(path), "", None, f"unreadable WARC: {exc}")
