"""Links and feeds of a fetched page, read from its markup with regular expressions.

Scrapy's LinkExtractor parses every page into an lxml tree and builds a Link per anchor: about
a third of the crawl process's CPU, which the cleaning workers needed (issue 9). The crawl only
needs the href values, so they are found with a scan of the raw markup instead: anchors inside
comments, scripts, styles and templates are ignored, <base href> is honoured, and every URL is
made absolute and safe as LinkExtractor would (urljoin + w3lib's safe_url_string).
"""

from __future__ import annotations

import html
import posixpath
import re
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from w3lib.url import safe_url_string

# A start tag's attributes, from after its name to its ">" (or to an unmatched quote or the end of
# the page): greedy with nothing after it, so it never backtracks and a page without ">" costs
# one pass.
_TAG = rb"""\s(?:[^>"']+|"[^"]*"|'[^']*')*"""
# What the scan stops at: a comment or the start of markup whose anchors are no links of the
# page (it ends at its closing tag), or a tag with links: an anchor, <base> or <link>.
TAGS = re.compile(rb"<(?:(!--)|(script|style|template|textarea)\b|(a|area|base|link)" + _TAG + rb")", re.I)
# Attributes are looked for in this much of a start tag: a hostile page with one megabyte-long
# tag costs a millisecond, not a second; real tags carry their href well before it.
MAX_TAG = 4096
# An attribute of a tag found above, with its value: "double", 'single' or bare.
_VALUE = rb"""\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"'`=<]+))"""
ATTRIBUTE = re.compile(rb"(?<![\w-])(rel|type|href)" + _VALUE, re.I)
HREF = re.compile(rb"(?<![\w-])(href)" + _VALUE, re.I)
FEED_TYPES = (b"rss", b"atom")
# Schemes a crawl follows (LinkExtractor's _is_valid_url).
SCHEMES = ("http", "https", "file", "ftp")
# HTML5's whitespace, stripped from attribute values as browsers do.
HTML5_WHITESPACE = " \t\n\r\x0c"


def _value(match: re.Match) -> bytes:
    """The value of an ATTRIBUTE match, whichever way it was quoted."""
    for group in (2, 3, 4):
        if match.group(group) is not None:
            return match.group(group)
    return b""


def _href(tag: bytes) -> bytes | None:
    """The href value of a start tag, or None when it has none."""
    m = HREF.search(tag, 0, MAX_TAG)
    return None if m is None else _value(m)


def _text(raw: bytes, encoding: str) -> str:
    value = raw.decode(encoding, errors="replace")
    return (html.unescape(value) if "&" in value else value).strip(HTML5_WHITESPACE)


def scan(markup: bytes) -> tuple[list[bytes], list[bytes], bytes | None]:
    """(anchor hrefs, <link> tags, first <base> href) of the markup's visible part, in one pass.

    Comments, scripts, styles and templates are skipped (an unclosed one runs to the end). One
    scan finds every kind of tag, where four passes over the page did before (issue 9).
    """
    hrefs: list[bytes] = []
    link_tags: list[bytes] = []
    base = None
    lower = None
    pos = 0
    search = TAGS.search
    while (m := search(markup, pos)) is not None:
        pos = m.end()
        name = m.group(3)
        if name is None:  # a hidden part: skip to its closing tag
            if lower is None:
                lower = markup.lower()  # closing tags are found with bytes.find: a lazy .*? is 10x slower
            close = b"-->" if m.group(2) is None else b"</" + m.group(2).lower()
            end = lower.find(close, pos)
            if end < 0:
                break
            pos = end + len(close)
            continue
        name = name.lower()
        if name == b"link":
            link_tags.append(m.group(0))
            continue
        raw = _href(m.group(0))
        if raw is None:
            continue
        if name != b"base":
            hrefs.append(raw)
        elif base is None:  # the first <base href> counts, as in browsers
            base = raw
    return hrefs, link_tags, base


def _base(raw: bytes | None, page_url: str, encoding: str) -> str:
    """The URL relative links resolve against, from the first <base href> (raw) if any."""
    if raw is None:
        return page_url
    href = _text(raw, encoding)
    return urljoin(page_url, href) if href else page_url


def absolute(href: str, base: str, page_url: str, encoding: str, deny=frozenset()) -> str | None:
    """The followable absolute URL of an href, or None (another scheme, a denied extension)."""
    try:
        url = safe_url_string(urljoin(base, href), encoding=encoding)
        url = urljoin(page_url, url)
    except ValueError:  # bogus link: an invalid IPv6 host, a bad port
        return None
    if url.split("://", 1)[0].lower() not in SCHEMES:
        return None
    if deny and posixpath.splitext(urlsplit(url).path)[1].lower() in deny:
        return None
    return url


@lru_cache(maxsize=20_000)
def _resolve(href: str, origin: str, encoding: str, deny: frozenset) -> str | None:
    return absolute(href, origin, origin, encoding, deny)


def extensions(names) -> frozenset:
    """File extensions as `absolute` compares them: lower case with their dot."""
    return frozenset(e.lower() if e.startswith(".") else "." + e.lower() for e in names)


def targets(markup: bytes, page_url: str, encoding: str, deny_extensions=()) -> tuple[list[str], list[str]]:
    """(feeds, links) of a page: what its <link rel=alternate> RSS/Atom tags and its anchors point at.

    Both are distinct absolute URLs in page order; links lose denied extensions."""
    hrefs, link_tags, base_raw = scan(markup)
    base = _base(base_raw, page_url, encoding)
    deny = deny_extensions if isinstance(deny_extensions, frozenset) else extensions(deny_extensions)
    return _feeds(link_tags, base, page_url, encoding), _links(hrefs, base, page_url, encoding, deny)


def _links(hrefs: list[bytes], base: str, page_url: str, encoding: str, deny: frozenset) -> list[str]:
    """The distinct followable URLs of raw anchor hrefs, in order."""
    parts = urlsplit(base)
    origin = f"{parts.scheme}://{parts.netloc}/"  # what root-relative hrefs resolve against
    out: dict[str, None] = {}
    seen: set[bytes] = set()
    for raw in hrefs:
        if raw in seen:  # most anchors of a page repeat a few targets
            continue
        seen.add(raw)
        href = _text(raw, encoding)
        # Absolute and root-relative hrefs (navigation, most links of a site) mean the same on
        # every page: resolved once per crawl, not once per page (issue 9).
        if href.startswith(("http://", "https://")):
            url = _resolve(href, "", encoding, deny)
        elif href.startswith("/") and not href.startswith("//"):
            url = _resolve(href, origin, encoding, deny)
        else:
            url = absolute(href, base, page_url, encoding, deny)
        if url is not None:
            out[url] = None
    return list(out)


def _feeds(link_tags: list[bytes], base: str, page_url: str, encoding: str) -> list[str]:
    """The absolute URLs of the RSS/Atom feeds among <link> tags (rel="alternate")."""
    feeds = []
    for tag in link_tags:
        attrs = {}
        for m in ATTRIBUTE.finditer(tag, 0, MAX_TAG):
            attrs.setdefault(m.group(1).lower(), _value(m))
        kind = attrs.get(b"type", b"").lower()
        if b"alternate" in attrs.get(b"rel", b"").lower().split() and any(t in kind for t in FEED_TYPES):
            url = absolute(_text(attrs.get(b"href", b""), encoding), base, page_url, encoding)
            if url is not None and url not in feeds:
                feeds.append(url)
    return feeds
