"""Reading sitemaps and feeds safely: streamed, size-capped, no entity expansion."""

from __future__ import annotations

import logging
from io import BytesIO

import lxml.etree
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

logger = logging.getLogger(__name__)

# Sitemaps are capped at 50,000 URLs by the protocol; more is hostile or broken.
MAX_SITEMAP_URLS = 50_000
MAX_FEED_ITEMS = 1_000


def sitemap_body(body: bytes, max_size: int) -> bytes | None:
    """The XML of a sitemap response, gunzipped with a size cap; None if it is not XML."""
    if gzip_magic_number_bytes(body):
        try:
            body = gunzip(body, max_size=max_size)
        except Exception as exc:  # noqa: BLE001 - a bad gzip or a bomb: skip the sitemap
            logger.warning("unusable gzipped sitemap: %s", exc)
            return None
    head = body[:512].lstrip()
    if not head.startswith(b"<"):
        return None
    return body


def gzip_magic_number_bytes(body: bytes) -> bool:
    """True for gzip data."""
    return body[:3] == b"\x1f\x8b\x08"


def sitemap_entries(body: bytes):
    """Yield (kind, loc, lastmod) from a sitemap or sitemap index; kind is 'sitemap' or 'url'."""
    try:
        sm = Sitemap(body)
    except (lxml.etree.XMLSyntaxError, StopIteration, ValueError) as exc:
        logger.warning("malformed sitemap: %s", exc)
        return
    kind = "sitemap" if sm.type == "sitemapindex" else "url"
    if sm.type not in ("sitemapindex", "urlset"):
        return
    try:
        for n, entry in enumerate(sm):
            if n >= MAX_SITEMAP_URLS:
                logger.warning("sitemap lists more than %d URLs; the rest are ignored", MAX_SITEMAP_URLS)
                return
            loc = (entry.get("loc") or "").strip()
            if loc:
                yield kind, loc, entry.get("lastmod")
    except lxml.etree.XMLSyntaxError as exc:
        logger.warning("sitemap stops being XML: %s", exc)


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
