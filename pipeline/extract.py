"""HTML bytes -> parsed tree -> main text, with trafilatura doing the extraction."""

from __future__ import annotations

import codecs
import re

import lxml.html
import trafilatura
from trafilatura.metadata import extract_title
from lxml import etree
from w3lib.encoding import (
    html_body_declared_encoding,
    html_to_unicode,
    http_content_type_encoding,
    read_bom,
)

from .errors import CleaningError, NotHTML

# Pages above this are cut before parsing: no article needs more, and lxml's memory grows with it.
MAX_HTML_CHARS = 5_000_000
# Cleaning time grows with the element count (about 0.3 ms each); real article pages stay far
# below this, while a hostile flat page of 400,000 paragraphs would take minutes (issue 10).
MAX_HTML_ELEMENTS = 50_000

# Magic numbers of bodies that are certainly not HTML, whatever the server says.
BINARY_SIGNATURES = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"RIFF", "RIFF media"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"wOFF", "web font"),
)
HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")

_TAG_RE = re.compile(rb"<\s*(html|head|body|div|p|article|title|meta|!doctype)", re.I)


def check_html(body: bytes, content_type: str | None = None) -> None:
    """Raise NotHTML unless the body looks like an HTML document."""
    if not body or not body.strip():
        raise NotHTML("empty body")
    ctype = (content_type or "").split(";")[0].strip().lower()
    head = body[:1024].lstrip()
    for magic, name in BINARY_SIGNATURES:
        if head.startswith(magic):
            raise NotHTML(f"binary body ({name}) served as {ctype or 'unknown type'}")
    if ctype not in HTML_CONTENT_TYPES and "html" not in ctype:
        raise NotHTML(f"content type {ctype} is not HTML")
    sample = body[:4096]
    if sample.count(b"\x00") > 8 and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotHTML("binary body (NUL bytes)")
    if not _TAG_RE.search(body[:65536]):
        raise NotHTML("no HTML markup in the body")


def _legacy_bytes(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejected as windows-1252 (latin-1 for its five unassigned bytes)."""
    chunk = exc.object[exc.start:exc.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in chunk), exc.end


codecs.register_error("cleancrawl-cp1252", _legacy_bytes)


def decode_html(body: bytes | str, content_type: str | None = None) -> str:
    """Decode bytes: BOM, then valid UTF-8, then the declared charset; stray legacy bytes as cp1252.

    Declarations lie (a UTF-8 page served as ISO-8859-1), pages mix encodings (a cp1252 fragment
    pasted into UTF-8) and many declare nothing; decoding never drops a character (issue 10).
    """
    if isinstance(body, str):
        return body
    bom_encoding, bom = read_bom(body)
    if bom_encoding:
        return body[len(bom):].decode(bom_encoding, errors="replace")
    declared = http_content_type_encoding(content_type) or html_body_declared_encoding(body[:4096])
    if declared and ("16" in declared or "32" in declared):
        return html_to_unicode(content_type, body)[1]
    try:  # valid UTF-8 with non-ASCII bytes is almost never an accident of another encoding
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared in (None, "utf-8", "utf8"):
        return body.decode("utf-8", errors="cleancrawl-cp1252")
    return html_to_unicode(content_type, body)[1]


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse HTML text into an lxml tree, tolerating broken markup."""
    text = text[:MAX_HTML_CHARS]
    # lxml refuses str input that carries an XML encoding declaration.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    parser = lxml.html.HTMLParser(remove_comments=True, huge_tree=False, recover=True)
    try:
        tree = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise NotHTML(f"unparseable HTML: {exc}") from exc
    if tree is None:
        raise NotHTML("unparseable HTML")
    elements = sum(1 for _ in tree.iter())
    if elements > MAX_HTML_ELEMENTS:
        raise CleaningError(f"page too large to clean: {elements} elements (limit {MAX_HTML_ELEMENTS})")
    return tree


# How trafilatura runs on the pruned tree. fast=False keeps its justext/readability fallback:
# measured on the dev sets it adds ~0.015 WCXB F1, and since it only sees the pruned tree it
# cannot bring pruned chrome back. Comments are never article text. Its metadata pass is off:
# it cost a third of its time (htmldate's extensive search above all) for fields structured data
# mostly gives; metadata.finish() asks trafilatura's helpers only for what is still missing.
TRAFILATURA_OPTIONS = {
    "with_metadata": False,
    "include_comments": False,
    "include_tables": True,
    "favor_precision": False,
    "deduplicate": False,
    "fast": False,
}


def extract_main(tree: lxml.html.HtmlElement, url: str | None) -> dict:
    """Run trafilatura on an already parsed (and pruned) tree; returns its document as a dict."""
    doc = trafilatura.bare_extraction(tree, url=url, **TRAFILATURA_OPTIONS)
    if doc is None:
        return {}
    doc = doc if isinstance(doc, dict) else doc.as_dict()
    if not doc.get("title"):
        doc["title"] = extract_title(tree)
    return doc
