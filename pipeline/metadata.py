"""Article and review metadata: structured data first (JSON-LD, microdata, OpenGraph), then meta tags."""

from __future__ import annotations

import json
import re
from typing import Any

import lxml.html

ARTICLE_TYPES = {
    "article", "newsarticle", "blogposting", "review", "criticreview", "reportagenewsarticle",
    "analysisnewsarticle", "opinionnewsarticle", "techarticle", "scholarlyarticle", "posting",
    "socialmediaposting", "liveblogposting", "backgroundnewsarticle", "reviewnewsarticle",
}
NON_ARTICLE_TYPES = {
    "website", "webpage", "collectionpage", "itemlist", "searchresultspage", "aboutpage",
    "contactpage", "profilepage", "organization", "person", "breadcrumblist",
}


def _types(node: dict) -> list[str]:
    t = node.get("@type") or []
    if isinstance(t, str):
        t = [t]
    return [str(x).split("/")[-1].lower() for x in t]


def _walk(obj: Any):
    """Yield every dict in a JSON-LD structure, descending into @graph and lists."""
    if isinstance(obj, dict):
        yield obj
        for v in obj.values():
            if isinstance(v, (dict, list)):
                yield from _walk(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _walk(v)


def json_ld(tree: lxml.html.HtmlElement) -> list[dict]:
    """All JSON-LD objects on the page (invalid blocks are skipped)."""
    out = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:
                data = json.loads(re.sub(r"[\x00-\x1f]", " ", raw))
            except ValueError:
                continue
        out.extend(_walk(data))
    return out


def _name(v: Any) -> str | None:
    if isinstance(v, str):
        return v.strip() or None
    if isinstance(v, dict):
        return _name(v.get("name"))
    if isinstance(v, list):
        names = [n for n in (_name(x) for x in v) if n]
        return ", ".join(names) or None
    return None


def _meta(tree, *names: str) -> str | None:
    for n in names:
        vals = tree.xpath(f"//meta[@property='{n}' or @name='{n}']/@content")
        for v in vals:
            if v.strip():
                return v.strip()
    return None


def structured(tree: lxml.html.HtmlElement) -> dict:
    """Metadata read from JSON-LD and meta tags; keys absent when unknown."""
    md: dict[str, Any] = {}
    nodes = json_ld(tree)
    types = [t for n in nodes for t in _types(n)]
    md["structured_types"] = sorted(set(types))
    article = next((n for n in nodes if set(_types(n)) & ARTICLE_TYPES), None)
    if article:
        md["title"] = _name(article.get("headline")) or _name(article.get("name"))
        md["author"] = _name(article.get("author"))
        md["published_at"] = article.get("datePublished")
        md["modified_at"] = article.get("dateModified")
    og_type = _meta(tree, "og:type")
    md["og_type"] = og_type.lower() if og_type else None
    md.setdefault("title", None)
    if not md["title"]:
        md["title"] = _meta(tree, "og:title", "twitter:title")
    md["site_name"] = _meta(tree, "og:site_name", "application-name")
    md["description"] = _meta(tree, "og:description", "description", "twitter:description")
    md["image"] = _meta(tree, "og:image", "twitter:image")
    if not md.get("author"):
        md["author"] = _meta(tree, "author", "article:author")
    if not md.get("published_at"):
        md["published_at"] = _meta(tree, "article:published_time", "datePublished", "date")
    canon = tree.xpath("//link[@rel='canonical']/@href")
    md["canonical_url"] = canon[0].strip() if canon else None
    lang = tree.xpath("/html/@lang")
    md["html_lang"] = lang[0] if lang else None
    return {k: v for k, v in md.items() if v not in (None, "", [])}
