"""Reading sitemaps and feeds safely: streamed, size-capped, no entity expansion."""

from __future__ import annotations

import logging
import re
from io import BytesIO

import lxml.etree
from scrapy.utils.gz import gunzip

logger = logging.getLogger(__name__)

# Sitemaps are capped at 50,000 URLs by the protocol; more is hostile or broken.
MAX_SITEMAP_URLS = 50_000
MAX_FEED_ITEMS = 1_000


class SitemapError(ValueError):
    """A sitemap that cannot be read whole: malformed, a bomb, entity tricks, too many URLs."""


# Sitemaps never need a DTD; entity declarations are how "billion laughs" and XXE attacks start.
ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.I)


def sitemap_body(body: bytes, max_size: int) -> bytes | None:
    """The XML of a sitemap response, gunzipped with a size cap; None if it is not XML.

    Raises SitemapError for gzip that is broken or inflates past max_size (a bomb).
    """
    if gzip_magic_number_bytes(body):
        try:
            body = gunzip(body, max_size=max_size)
        except Exception as exc:  # noqa: BLE001 - a bad gzip or a bomb: skip the sitemap
            raise SitemapError(f"unusable gzipped sitemap: {exc}") from exc
    head = body[:512].lstrip()
    if not head.startswith(b"<"):
        return None
    return body


def gzip_magic_number_bytes(body: bytes) -> bool:
    """True for gzip data."""
    return body[:3] == b"\x1f\x8b\x08"


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def sitemap_entries(body: bytes):
    """Yield (kind, loc, lastmod) from a sitemap or sitemap index; kind is 'sitemap' or 'url'.

    Entries before a break in the XML are still yielded; then SitemapError says what was wrong.
    """
    if ENTITY_DECLARATION.search(body[:65536]):
        raise SitemapError("sitemap declares XML entities (entity expansion or external entity): refused")
    parser = lxml.etree.XMLParser(recover=True, remove_comments=True, resolve_entities=False,
                                  no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = lxml.etree.fromstring(body, parser)
    except (lxml.etree.XMLSyntaxError, ValueError) as exc:
        raise SitemapError(f"malformed sitemap: {exc}") from exc
    if root is None:
        raise SitemapError("malformed sitemap: no XML element")
    kind = {"sitemapindex": "sitemap", "urlset": "url"}.get(_local(root.tag))
    if kind is None:
        raise SitemapError(f"not a sitemap: root element <{_local(root.tag)}>")
    count = 0
    for entry in root:
        fields = {_local(child.tag): (child.text or "").strip() for child in entry}
        loc = fields.get("loc")
        if not loc:
            continue
        if count >= MAX_SITEMAP_URLS:
            raise SitemapError(f"sitemap lists more than {MAX_SITEMAP_URLS} URLs; the rest are ignored")
        count += 1
        yield kind, loc, fields.get("lastmod") or None
    errors = parser.error_log.filter_from_errors()
    if errors:
        raise SitemapError(f"malformed sitemap, {count} entries read: line {errors[0].line}: "
                           f"{errors[0].message.strip()}")


def feed_entries(body: bytes):
    """Yield (link, date) from an RSS or Atom feed; nothing if it is not one."""
    parser = lxml.etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, recover=True, load_dtd=False
    )
    try:
        root = lxml.etree.parse(BytesIO(body), parser).getroot()
    except (lxml.etree.XMLSyntaxError, ValueError):
        return
    if root is None:
        return
    count = 0
    for el in root.iter():
        if count >= MAX_FEED_ITEMS:
            return
        tag = el.tag.split("}")[-1] if isinstance(el.tag, str) else ""
        if tag == "item":  # RSS
            link = el.findtext("link") or ""
            date = el.findtext("pubDate")
            if link.strip():
                count += 1
                yield link.strip(), date
        elif tag == "entry":  # Atom
            links = [l for l in el if isinstance(l.tag, str) and l.tag.split("}")[-1] == "link"]
            href = next(
                (l.get("href") for l in links if l.get("rel") in (None, "alternate") and l.get("href")),
                None,
            )
            date = next(
                (c.text for c in el if isinstance(c.tag, str) and c.tag.split("}")[-1] in ("updated", "published")),
                None,
            )
            if href:
                count += 1
                yield href.strip(), date
