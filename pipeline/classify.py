"""Is a fetched page an article? Structured hints first, then URL shape and text density."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml import etree

from .metadata import ARTICLE_TYPES, NON_ARTICLE_TYPES

# URL paths of pages that are never articles, whatever text they carry.
NON_ARTICLE_PATHS = re.compile(
    r"(^/$|/(page|pagina|seite)/\d+/?$|[?&]page=\d+|/(tag|tags|category|categories|categoria|"
    r"author|authors|autor|topics?|search|archive|archives)(/|$)|/(login|log-in|signin|sign-in|"
    r"register|signup|sign-up|account|password|reset|privacy|privacy-policy|cookies?|cookie-policy|"
    r"terms|terms-of-use|terms-of-service|tos|legal|imprint|impressum|about|about-us|contact|"
    r"datenschutz|aviso-legal|mentions-legales|politica-de-privacidad)(/|\.html?)?$)",
    re.I,
)
MIN_ARTICLE_WORDS = 80


# A page with this many teaser <article> elements, or links to this many pages below its own
# path, is a listing or section index, not an article.
MIN_LISTING_TEASERS = 3
MIN_SECTION_CHILDREN = 3


def classify(url: str, md: dict, text: str, features: dict) -> tuple[bool, str]:
    """Return (is_article, reason) from the URL, structured metadata, text and page features."""
    link_density = features.get("link_density", 0.0)
    path = urlsplit(url).path or "/"
    query = urlsplit(url).query
    if NON_ARTICLE_PATHS.search(path) or NON_ARTICLE_PATHS.search("?" + query if query else ""):
        return False, "non-article url"
    words = len(text.split())
    types = set(md.get("structured_types", []))
    og = md.get("og_type")
    if types & ARTICLE_TYPES or og == "article":
        if words >= 20:
            return True, "structured data says article"
        return False, "article markup but no text"
    if types & NON_ARTICLE_TYPES and not types & ARTICLE_TYPES and og not in (None, "article"):
        return False, "structured data says not an article"
    if features.get("teasers", 0) >= MIN_LISTING_TEASERS:
        return False, f"listing page ({features['teasers']} teasers)"
    if features.get("child_links", 0) >= MIN_SECTION_CHILDREN:
        return False, f"section page (links to {features['child_links']} pages below it)"
    if og == "website" and features.get("paginated"):
        return False, "paginated website page"
    if og and og not in ("article", "website"):
        return False, f"og:type {og}"
    if words < MIN_ARTICLE_WORDS:
        return False, f"too little text ({words} words)"
    if link_density > 0.5:
        return False, f"link-dense page ({link_density:.2f})"
    return True, "text-dense page"


# Compiled once; plain strings and numbers come back, no element proxies (most of the old cost).
_HREFS = etree.XPath("//body//a/@href", smart_strings=False)
_ARTICLES = etree.XPath("count(//body//article)")
_TEASERS = etree.XPath("count(//body//article[.//a])")
_PAGINATED = etree.XPath("boolean(//link[@rel='next' or @rel='prev'])")
_BODY_TEXT = etree.XPath("string(//body)", smart_strings=False)
_LINK_TEXT = etree.XPath("//body//a//text()", smart_strings=False)
# Blanks not counted as text; counting them beats splitting the page into words.
_BLANKS = (" ", "\n", "\t", "\r", "\xa0")


def page_features(tree, url: str) -> dict:
    """Structural hints read from the tree before any pruning."""
    base = urlsplit(url)
    prefix = base.path if base.path.endswith("/") else base.path + "/"
    children = set()
    if prefix != "/":
        for href in _HREFS(tree):
            # Cheap test first: a link below this page names its path (urljoin is slow).
            if prefix not in href and not (href and href[0] not in "/#?" and "://" not in href):
                continue
            parts = urlsplit(urljoin(url, href))
            if parts.hostname == base.hostname and parts.path.startswith(prefix) and len(parts.path) > len(prefix) + 1:
                children.add(parts.path)
    return {
        "link_density": link_density(tree),
        "teasers": int(_TEASERS(tree)) if _ARTICLES(tree) > 1 else 0,
        "child_links": len(children),
        "paginated": bool(_PAGINATED(tree)),
    }


def _visible_chars(text: str) -> int:
    return len(text) - sum(text.count(blank) for blank in _BLANKS)


def link_density(tree) -> float:
    """Share of the body's non-blank text characters that sit inside links."""
    total = _visible_chars(_BODY_TEXT(tree))
    if not total:
        return 1.0 if tree.find("body") is not None else 0.0
    return min(1.0, _visible_chars("".join(_LINK_TEXT(tree))) / total)
