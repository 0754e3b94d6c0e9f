"""Article and review metadata: structured data (JSON-LD, microdata, OpenGraph), meta tags, bylines."""

from __future__ import annotations

import html
import itertools
import re
from datetime import date
from typing import Any, Iterator
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from .dates import choose_published, iso_date, shown_month, written_dates
from .authors import (CLASS_BYLINES, MARKUP_BYLINES, author_box, author_links, bylines,
                      choose_authors, data_layer_author, declared_label, headline_byline,
                      name_line, per_author_tag_name, shown_label, site_owner, split_names,
                      text_byline)
from .titles import KICKER_WORDS, MIN_H1_WORDS, SEPARATOR, fold, headline


def _extruct_extractors():
    """extruct's JSON-LD and microdata extractor classes, without running extruct/__init__.py.

    That file imports every syntax extruct knows (RDFa via rdflib, microformats via mf2py, bs4,
    html5lib and requests): ~17 MB in each cleaning process for two extractors that need none of
    it (issue 9). The package is stood in for while the two modules load, then unregistered, so
    a later `import extruct` anywhere still gets the whole package.
    """
    import importlib
    import importlib.util
    import sys
    import types

    if "extruct" in sys.modules:
        stub = None
    else:
        spec = importlib.util.find_spec("extruct")
        stub = sys.modules["extruct"] = types.ModuleType("extruct")
        stub.__path__ = list(spec.submodule_search_locations)
    try:
        jsonld = importlib.import_module("extruct.jsonld")
        microdata = importlib.import_module("extruct.w3cmicrodata")
    finally:
        if stub is not None and sys.modules.get("extruct") is stub:
            del sys.modules["extruct"]
    return jsonld.JsonLdExtractor, microdata.LxmlMicrodataExtractor


JsonLdExtractor, LxmlMicrodataExtractor = _extruct_extractors()

ARTICLE_TYPES = {
    "article", "newsarticle", "blogposting", "review", "criticreview", "reportagenewsarticle",
    "analysisnewsarticle", "opinionnewsarticle", "techarticle", "scholarlyarticle", "posting",
    "socialmediaposting", "liveblogposting", "backgroundnewsarticle", "reviewnewsarticle",
}
# Types whose node carries the page's headline, author and dates, though classify() does not
# count them as articles on their own.
CONTENT_TYPES = ARTICLE_TYPES | {"howto", "recipe", "report", "medicalwebpage"}
NON_ARTICLE_TYPES = {
    "website", "webpage", "collectionpage", "itemlist", "searchresultspage", "aboutpage",
    "contactpage", "profilepage", "organization", "person", "breadcrumblist",
}
# Pages that describe one article without being typed as one (schema.org WebPage family).
PAGE_TYPES = {"webpage", "medicalwebpage", "itempage", "faqpage", "qapage"}
REVIEW_TYPES = {"review", "criticreview", "userreview", "reviewnewsarticle"}
RATING_TYPES = {"aggregaterating", "rating"}

# Meta tags in the order they are trusted, per field.
META_TITLE = ("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title")
META_AUTHOR = ("author", "article:author", "parsely-author", "sailthru.author", "citation_author",
               "dc.creator", "dcterms.creator", "byl", "twitter:creator")
META_PUBLISHED = ("article:published_time", "og:published_time", "datepublished",
                  "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date",
                  "date", "dc.date", "dc.date.issued", "dcterms.created", "citation_publication_date",
                  "article.published", "cxenseparse:recs:publishtime", "published-date",
                  # rarer CMS and search-engine names, read only when the ones above are absent
                  "cxenseparse:publishtime", "og:article:published_time", "published-time",
                  "publisheddate", "published", "date-pub", "pub_date", "publication_date",
                  "citation_date", "dcterms.issued", "dcterms.date")
OG_PUBLISHED = ("article:published_time", "og:published_time")
META_MODIFIED = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
                 "last-modified", "article.updated", "modified-date", "og:article:modified_time",
                 "modified-time", "dateupdated", "last-updated")
META_SITE_NAME = ("og:site_name", "application-name", "apple-mobile-web-app-title")
META_DESCRIPTION = ("og:description", "description", "twitter:description", "dc.description")
META_IMAGE = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image",
              "twitter:image:src")
META_TAGS = ("article:tag", "parsely-tags", "news_keywords", "keywords")
META_SECTIONS = ("article:section", "parsely-section")

# Dates and bylines sit near the top; the rest of a long page only costs time.
MAX_VISIBLE_CHARS = 200_000


def _types(node: dict) -> list[str]:
    t = node.get("@type") or []
    if isinstance(t, str):
        t = [t]
    return [str(x).split("/")[-1].split("#")[-1].lower() for x in t if isinstance(x, str)]


def _walk(obj: Any, parent: dict | None = None) -> Iterator[tuple[dict, dict | None]]:
    """Yield (node, parent) for every dict in a structure, descending into @graph and lists."""
    if isinstance(obj, dict):
        yield obj, parent
        for v in obj.values():
            if isinstance(v, (dict, list)):
                yield from _walk(v, obj)
    elif isinstance(obj, list):
        for v in obj:
            yield from _walk(v, parent)


class _Microdata(LxmlMicrodataExtractor):
    """extruct's microdata extractor with plain text values: its default copies and cleans every
    property's subtree, which costs more than the rest of cleaning on an itemprop=articleBody."""

    def _extract_textContent(self, node):  # noqa: N802 - extruct's name
        return " ".join(" ".join(node.itertext()).split())


_JSONLD = JsonLdExtractor()
_MICRODATA = _Microdata()


def json_ld(tree: lxml.html.HtmlElement) -> list:
    """All JSON-LD objects on the page; blocks that do not parse are skipped."""
    out = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            # block by block, so one broken block does not hide the others
            out.extend(item for item in _JSONLD._extract_items(script) if item)
        except Exception:  # noqa: BLE001 - broken JSON-LD on a page is common and not fatal
            continue
    return out


def _from_microdata(item: Any) -> Any:
    """extruct's microdata item -> the JSON-LD shape ({'@type': ..., prop: value})."""
    if isinstance(item, list):
        return [_from_microdata(x) for x in item]
    if not isinstance(item, dict) or "properties" not in item and "type" not in item:
        return item
    node = {k: _from_microdata(v) for k, v in (item.get("properties") or {}).items()}
    types = item.get("type") or []
    node["@type"] = [types] if isinstance(types, str) else list(types)
    if "value" in item and "name" not in node:
        node["name"] = item["value"]
    return node


def microdata(tree: lxml.html.HtmlElement, base_url: str | None = None) -> list[dict]:
    """schema.org microdata items, read from the parsed tree (no second parse)."""
    if not tree.xpath("//*[@itemscope][1]"):
        return []
    try:
        items = _MICRODATA.extract_items(tree, base_url)
    except Exception:  # noqa: BLE001 - malformed microdata must not fail the page
        return []
    return [_from_microdata(i) for i in items]


def _text(v: Any) -> str | None:
    if isinstance(v, str):
        v = " ".join(html.unescape(v).split())
        return v or None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    if isinstance(v, dict):
        return _text(v.get("name") or v.get("@value"))
    if isinstance(v, list):
        return next((t for t in (_text(x) for x in v) if t), None)
    return None


def _url(v: Any) -> str | None:
    if isinstance(v, str):
        return v.strip() or None
    if isinstance(v, dict):
        return _url(v.get("url") or v.get("contentUrl") or v.get("@id"))
    if isinstance(v, list):
        return next((u for u in (_url(x) for x in v) if u), None)
    return None


def _meta(names: tuple[str, ...], index: dict) -> str | None:
    for n in names:
        for v in index.get(n, ()):
            if v:
                return v
    return None


def _meta_index(tree) -> dict[str, list[str]]:
    """Every <meta> content keyed by its lower-cased property/name/itemprop."""
    index: dict[str, list[str]] = {}
    for m in tree.iter("meta"):
        content = " ".join((m.get("content") or "").split())
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            # itemprop may name several properties at once ("dateCreated datePublished")
            keys = (m.get(attr) or "").lower().split() if attr == "itemprop" else [
                (m.get(attr) or "").strip().lower()]
            for key in keys:
                if key:
                    index.setdefault(key, []).append(content)
    for v in index.get("parsely-page", ())[:1]:
        _parsely_page(v, index)
    return index


def _parsely_page(value: str, index: dict) -> None:
    """Parse.ly's older single tag, a JSON object, read as its newer separate tags."""
    import json

    try:
        page = json.loads(html.unescape(value))
    except ValueError:
        return
    if not isinstance(page, dict):
        return
    authors = page.get("authors") or page.get("author") or []
    fields = {"parsely-pub-date": [page.get("pub_date")],
              "parsely-author": authors if isinstance(authors, list) else [authors]}
    for key, values in fields.items():
        values = [v.strip() for v in values if isinstance(v, str) and v.strip()]
        if values and key not in index:
            index[key] = values


# Tags that name one author each, repeated for more ("Doe, Jane" is one person there).
PER_AUTHOR_META = {"citation_author", "dc.creator", "dcterms.creator"}
# Labels of the twitter:labelN / twitter:dataN pairs SEO plugins write ("Written by", "Jane Doe").
AUTHOR_META_LABELS = {"written by", "author", "by", "autor", "auteur", "escrito por",
                      "geschrieben von", "scritto da", "geschreven door"}


def _meta_authors(index: dict) -> list[str]:
    """Names of the first author meta tag; repeated tags name one author each (citation_author)."""
    for n in META_AUTHOR:
        names: list[str] = []
        for v in index.get(n, ()):
            found = per_author_tag_name(v) if n in PER_AUTHOR_META else split_names(v)
            names += [x for x in found if x not in names]
        if names:
            return names
    for i in range(1, 5):
        if (_meta((f"twitter:label{i}",), index) or "").lower() in AUTHOR_META_LABELS:
            return split_names(_meta((f"twitter:data{i}",), index) or "")
    return []


ORG_TYPES = {"organization", "newsmediaorganization", "corporation", "localbusiness", "website",
             "educationalorganization", "governmentorganization", "ngo", "brand", "onlinebusiness"}


# "jdoe", "andrew.keaveney": account names that CMSs put where the author's name belongs.
USERNAME = re.compile(r"^[a-z0-9]+(?:[._][a-z0-9]+)*$")


def _authors(v: Any, ids: dict | None = None, split=split_names) -> list[tuple[str, bool | None]]:
    """(name, kind) of a JSON-LD author value: Person, Organization, string, @id, or lists.

    kind is True for a node typed Person, False for an organisation or an account name, None
    for a name given without a type. split turns a name string into names (as written: whole).
    """
    ids = ids or {}
    if isinstance(v, list):
        out: list[tuple[str, bool | None]] = []
        for x in v:
            out += [a for a in _authors(x, ids, split) if a[0] not in [o[0] for o in out]]
        return out
    if isinstance(v, dict):
        if not v.get("name") and v.get("@id") in ids:
            v = ids[v["@id"]]
        name = v.get("name")
        types = set(_types(v))
        person = (False if types & ORG_TYPES or USERNAME.match(str(name or ""))
                  else True if "person" in types else None)
        if isinstance(name, list):
            return [(n, person) for n, _ in _authors(name, ids, split)]
        if not name and (v.get("givenName") or v.get("familyName")):
            name = f"{v.get('givenName') or ''} {v.get('familyName') or ''}"
        return [(n, person) for n in split(name)] if isinstance(name, str) else []
    if isinstance(v, str):
        return [(n, None) for n in split(v)]
    return []


# -- ratings ----------------------------------------------------------------------------------
RATING_NUMBER = re.compile(r"(-?\d+(?:[.,]\d+)?)")
# The scale written inside a rating value: "8/10", "3 out of 4".
RATING_SCALE = re.compile(r"(?:/|\bout of)\s*(\d+(?:[.,]\d+)?)", re.I)


def _number(v: Any) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    v = _text(v)
    if not v:
        return None
    m = RATING_NUMBER.search(v)
    return float(m.group(1).replace(",", ".")) if m else None


def parse_rating(node: dict) -> dict:
    """rating/rating_best/rating_worst of a schema.org Rating; '8/10' gives 8 out of 10."""
    value = node.get("ratingValue")
    if isinstance(value, list):
        value = value[0] if value else None
    out: dict[str, float] = {}
    rating = _number(value)
    if rating is None:
        return out
    out["rating"] = rating
    best = _number(node.get("bestRating"))
    text = _text(value) or ""
    m = RATING_SCALE.search(text)
    if best is None and m:
        best = float(m.group(1).replace(",", "."))
    worst = _number(node.get("worstRating"))
    # schema.org's defaults (best 5, worst 1) hold only where the value fits that scale
    if best is None and 1 <= rating <= 5:
        best = 5.0
    if best is not None:
        out["rating_best"] = best
        if worst is None and rating >= 1:
            worst = 1.0
    if worst is not None:
        out["rating_worst"] = worst
    return out


def review(nodes: list[tuple[dict, dict | None]], ids: dict | None = None) -> dict:
    """Rating and reviewed item of the page's Review (or the item's AggregateRating); an
    itemReviewed given as an @id reference is looked up among the graph's nodes."""
    for node, parent in nodes:
        types = set(_types(node))
        if not types & REVIEW_TYPES or not isinstance(node.get("reviewRating"), dict):
            continue
        out = parse_rating(node["reviewRating"])
        if "rating" not in out:
            continue
        item = node.get("itemReviewed")
        if isinstance(item, dict) and len(item) <= 2 and (ids or {}).get(item.get("@id")):
            item = ids[item["@id"]]
        parent_types = set(_types(parent)) if parent else set()
        if not isinstance(item, dict) and parent and not parent_types & (CONTENT_TYPES | PAGE_TYPES):
            item = parent  # a Review given as the "review" of a Product/Movie
        return {**out, **_item(item)}
    for node, parent in nodes:
        types = set(_types(node))
        if types & RATING_TYPES:
            out = parse_rating(node)
            if "rating" not in out:
                continue
            item = node.get("itemReviewed")
            if not isinstance(item, dict):
                item = parent
            return {**out, **_item(item)}
    return {}


def _item(item: Any) -> dict:
    if isinstance(item, str):
        return {"item_reviewed": _text(item)}
    if not isinstance(item, dict):
        return {}
    t = item.get("@type")
    t = t[0] if isinstance(t, list) and t else t
    kind = str(t).split("/")[-1] if t else None
    return {
        "item_reviewed": _text(item.get("name")) or _text(item.get("headline")),
        "item_reviewed_type": kind,
        # the reviewed book's or album's author: named on the page, but not the review's writer.
        # A rated recipe or article is the page's own content: its author wrote the page.
        "item_authors": None if (kind or "").lower() in CONTENT_TYPES else
        [n for n, _ in _authors(item.get("author") or item.get("byArtist"))] or None,
    }


# -- keywords ---------------------------------------------------------------------------------
def _terms(v: Any) -> list[str]:
    if isinstance(v, list):
        out: list[str] = []
        for x in v:
            out += [t for t in _terms(x) if t not in out]
        return out
    if isinstance(v, dict):
        return _terms(v.get("name"))
    if isinstance(v, str):
        return [t for t in (" ".join(p.split()) for p in re.split(r"[,;]", v)) if t and len(t) <= 80]
    return []


# -- the page ---------------------------------------------------------------------------------
ARTICLE_FIELDS = ("headline", "author", "datePublished")


def _pick_article(nodes: list[tuple[dict, dict | None]]) -> dict | None:
    """The node that describes the page's article: an Article type, else a WebPage with a headline."""
    articles = [n for n, _ in nodes if set(_types(n)) & CONTENT_TYPES]
    if articles:
        # the one with the most article fields: pages often add small Article stubs for teasers
        return max(articles, key=lambda n: sum(k in n for k in ARTICLE_FIELDS))
    pages = [n for n, _ in nodes
             if set(_types(n)) & PAGE_TYPES and (n.get("headline") or n.get("datePublished"))]
    return pages[0] if pages else None


def structured(tree: lxml.html.HtmlElement, url: str | None = None) -> dict:
    """Metadata read from the unpruned page; keys absent when unknown."""
    md: dict[str, Any] = {}
    nodes = list(_walk(json_ld(tree))) + list(_walk(microdata(tree, url)))
    graph_nodes = [n for n, _ in nodes]
    md["structured_types"] = sorted({t for n in graph_nodes for t in _types(n)})
    meta = _meta_index(tree)
    article = _pick_article(nodes)
    webpage = next((n for n in graph_nodes if set(_types(n)) & PAGE_TYPES), {})
    website = next((n for n in graph_nodes if "website" in _types(n)), {})
    og_type = _meta(("og:type",), meta)
    md["og_type"] = og_type.lower() if og_type else None

    # titles: every candidate, headline() chooses
    md["title_candidates"] = {
        "jsonld": _text(article.get("headline")) if article else None,
        "jsonld_name": _text(article.get("name")) if article else None,
        "meta": _meta(META_TITLE, meta),
        "h1": [_element_text(h) for h in tree.iter("h1") if not _links_home(h, url)][:5],
        "kickers": [k for h in itertools.islice(tree.iter("h1"), 5) if (k := _kicker(h))],
        "title": " ".join((tree.findtext(".//title") or "").split()) or None,
    }
    site_names = [
        _meta(META_SITE_NAME, meta),
        _text(website.get("name")),
        _text(article.get("publisher")) if article else None,
        _text(website.get("alternateName")),
    ]
    md["site_names"] = [s for s in site_names if s]
    md["site_name"] = md["site_names"][0] if md["site_names"] else None

    ids = {n["@id"]: n for n in graph_nodes if isinstance(n.get("@id"), str) and len(n) > 2}
    src = article or {}
    md["author_sources"] = {
        "structured": _authors(src.get("author") or src.get("creator"), ids),
        "meta": _meta_authors(meta),
        # a tag manager's dataLayer names the post's author: the last resort before the owner,
        # so its search of every script (~0.26 ms a page) runs only when reached
        "data_layer": _lazy(lambda: data_layer_author(tree)),
        "markup": bylines(tree, MARKUP_BYLINES),
        "link": author_links(tree),
    }
    if not md["author_sources"]["structured"] and not md["author_sources"]["markup"]:
        # the last resort of choose_authors(), and a slow scan of every class: only when needed
        md["author_sources"]["class"] = bylines(tree, CLASS_BYLINES)

    md["published_at"] = (_date(src.get("datePublished")) or _date(src.get("dateCreated"))
                          or _date(_meta(META_PUBLISHED, meta))
                          or _date(webpage.get("datePublished")) or _time_element(tree))
    # OpenGraph's article:published_time, apart: a page showing only "Updated" and declaring
    # none is dated by that update (dates.choose_published)
    md["declared_published"] = _date(_meta(OG_PUBLISHED, meta))
    md["modified_at"] = (_date(src.get("dateModified")) or _date(_meta(META_MODIFIED, meta))
                         or _date(webpage.get("dateModified")))
    seen = visible_text(tree)
    md["html_lang"] = (tree.xpath("/html/@lang") or [_meta(("og:locale", "content-language", "language"), meta)])[0]
    md["written_dates"] = written_dates(seen, md["html_lang"])
    md["headline_at"] = _headline_at(tree, seen, md, url)
    if not md["written_dates"]:
        # "November 2015": a page dated only by its month, the last resort of choose_published
        md["shown_month"] = shown_month(seen, md["headline_at"])
    md["author_sources"]["byline"] = text_byline(seen, md["headline_at"])
    md["author_sources"]["name_line"] = name_line(seen, md["headline_at"])
    md["author_sources"]["under_headline"] = headline_byline(seen, md["headline_at"])
    # the last byline choose_authors() tries, and a scan of the whole text: only when reached
    md["author_sources"]["box"] = _lazy(lambda: author_box(seen))
    md["author_sources"]["shown_label"] = _lazy(lambda: shown_label(seen, md["headline_at"]))
    md["author_sources"]["declared_label"] = _lazy(lambda: declared_label(
        # as written: split_names drops the labels this looks for
        [n for n, _ in _authors(src.get("author") or src.get("creator"), ids, split=lambda s: [s])]
        + [v for n in META_AUTHOR for v in meta.get(n, ())]))
    # the very last: a personal site's owner, from its names, <title> and the page's first lines
    md["author_sources"]["owner"] = _lazy(lambda: site_owner(
        md["site_names"], md["title_candidates"]["title"], seen[:2000].split("\n")[:-1], url))
    if not md["modified_at"]:
        # the date the page itself labels "Updated"/"Last modified" (htmldate's guess cost ~8 ms)
        md["modified_guess"] = next((w.day for w in md["written_dates"] if w.label == "modified"),
                                    None)
    md["description"] = _meta(META_DESCRIPTION, meta) or _text(src.get("description"))
    image = _meta(META_IMAGE, meta) or _url(src.get("image")) or _url(src.get("thumbnailUrl"))
    md["image"] = urljoin(url, image) if image and url else image
    canon = tree.xpath("//link[@rel='canonical']/@href") or [_meta(("og:url",), meta)]
    md["canonical_url"] = urljoin(url, canon[0].strip()) if canon[0] and url else canon[0]
    md["tags"] = _terms(src.get("keywords")) or [
        t for n in META_TAGS for v in meta.get(n, ()) for t in _terms(v)]
    md["categories"] = _terms(src.get("articleSection")) or [
        t for n in META_SECTIONS for v in meta.get(n, ()) for t in _terms(v)]
    md.update(review(nodes, ids))
    return {k: v for k, v in md.items() if v not in (None, "", [])}


def _links_home(h1, url: str | None) -> bool:
    """An h1 that is only a link to the site's home page is its logo or name (old themes put
    the headline in an h2 then)."""
    links = h1.findall(".//a")
    if len(links) != 1 or " ".join(links[0].text_content().split()) != " ".join(h1.text_content().split()):
        return False
    href = (links[0].get("href") or "").strip()
    if href in ("/", "./", "index.html"):
        return True
    parts = urlsplit(href)
    return bool(parts.netloc) and parts.path in ("", "/") and not parts.query and (
        not url or parts.netloc.lower().removeprefix("www.") == urlsplit(url).netloc.lower().removeprefix("www."))


def _kicker(h1) -> str | None:
    """The label an h1 opens with in an element of its own ("<span>Case Study</span> How a bank
    ..."): one to three words, before a headline of three or more."""
    if (h1.text or "").strip() or not len(h1):
        return None
    first = h1[0]
    label = " ".join(first.text_content().split())
    rest = " ".join((first.tail or "").split()
                    + [w for el in h1[1:] for w in el.text_content().split() + (el.tail or "").split()])
    if 1 <= len(label.split()) <= KICKER_WORDS and len(rest.split()) >= MIN_H1_WORDS:
        return label
    return None


def _element_text(el) -> str:
    """An element's text, a space where one piece ends in lower case and the next begins in
    upper case: a kicker span and the headline span after it ("Windkraft" + "Norddeutschland
    baut …"), which CSS sets on separate lines."""
    out = ""
    for t in el.itertext():
        if out[-1:].islower() and t[:1].isupper():
            out += " "
        out += t
    return " ".join(out.split())


def _headline_at(tree, seen: str, md: dict, url: str | None = None) -> int | None:
    """Where the headline starts in the visible text: the h1, else the title readers see."""
    h1, el = next(((" ".join(t.split()), h) for h in tree.iter("h1") for t in h.itertext()
                   if t.strip()), (None, None))
    if h1:
        at = seen.find(h1)
        if at >= 0 and seen.find(h1, at + 1) >= 0:
            # the headline's words also stand earlier (a menu, a list of recent posts): the
            # h1 is the line after as many of them as precede it in the document
            lines = [m.start() for m in re.finditer(rf"(?m)^{re.escape(h1)}$", seen)]
            nth = int(_SAME_TEXT_BEFORE(el, t=h1))
            at = lines[nth] if nth < len(lines) else at
        if at >= 0:
            return at
    # pages without an h1 still show their headline (a styled div); bylines sit under it
    title = headline(md["title_candidates"], md["site_names"], url)
    if not title or len(title) < 12:
        return None
    at = seen.find(title)
    if at >= 0:
        return at
    # a <title> whose site suffix was not recognised ("Headline - Some Society"): its longest
    # part that stands on a line of its own
    for part in sorted(SEPARATOR.split(title), key=len, reverse=True):
        m = len(part) >= 12 and re.search(rf"(?m)^{re.escape(part)}$", seen)
        if m:
            return m.start()
    return None


# Visible text nodes before an element that read like the given text (a headline repeated in a
# menu), counted as visible_text() reads them: in the body, outside scripts and templates.
_SAME_TEXT_BEFORE = etree.XPath(
    "count(preceding::text()[normalize-space(.) = $t][ancestor::body]"
    "[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)])")


def _date(v: Any) -> str | None:
    return iso_date(_text(v))


# Elements whose text a reader never sees.
INVISIBLE = {"script", "style", "noscript", "template"}


def visible_text(tree) -> str:
    """The body's text as a reader sees it (no scripts, styles or templates)."""
    body = tree.find("body")
    if body is None:
        return ""
    parts: list[str] = []
    hidden = None  # the script/style/... element being walked through, if any
    # one walk in document order (an xpath testing every text node's ancestors cost twice as much)
    for event, el in etree.iterwalk(body, events=("start", "end")):
        if event == "start":
            if hidden is None and el.tag in INVISIBLE:
                hidden = el
            elif hidden is None and el.text and isinstance(el.tag, str):
                parts.append(el.text)
            continue
        if el is hidden:
            hidden = None
        if hidden is None and el.tail and el is not body:
            parts.append(el.tail)
    # one line per text node: a byline's name is usually a node of its own
    lines = (" ".join(p.split()) for p in parts)
    return "\n".join(line for line in lines if line)[:MAX_VISIBLE_CHARS]


def _time_element(tree) -> str | None:
    """The page's <time datetime> or microdata datePublished that looks like a publication date.

    In this order: an element whose itemprop names datePublished (a <time> or a <meta>), a
    <time pubdate>, then the first <time> of the page (it may be a teaser's).
    """
    marked = _TIME_ELEMENTS(tree)
    ranked = ([el for el in marked if "datePublished" in (el.get("itemprop") or "").split()]
              + [el for el in marked if el.tag == "time" and el.get("pubdate") is not None]
              + [el for el in marked if el.tag == "time"][:1])
    for el in ranked[:5]:
        d = _date(el.get("content") or el.get("datetime"))
        if d:
            return d
    return None


# One pass for every candidate (three xpaths cost half a millisecond more a page).
_TIME_ELEMENTS = etree.XPath("//@itemprop[contains(., 'datePublished')]/.. | //time[@datetime]")


def _later(guess: str | None, published: str | None) -> str | None:
    """The date the page labels "Updated", kept only when it is after publication."""
    return guess if guess and (not published or guess[:10] > published[:10]) else None


def _without_names(sources: dict, names: list[str] | None) -> dict:
    """The author sources without the reviewed item's authors (unless the review's own data
    names them): a book review's "Author: Ines Calloway" names the novelist."""
    keep = {n for n, _ in sources.get("structured") or ()}
    drop = {" ".join(n.split()).lower() for n in names or () if n not in keep}
    if not drop:
        return sources

    def clean(v):
        if callable(v):
            return _lazy(lambda: clean(v()))
        if isinstance(v, list):
            return [x for x in v if (x[0] if isinstance(x, tuple) else x).lower() not in drop]
        return v

    return {k: (v if k == "structured" else clean(v)) for k, v in sources.items()}


def _lazy(compute):
    """A zero-argument function that computes its value once, on first call."""
    cache: list = []

    def get():
        if not cache:
            cache.append(compute())
        return cache[0]

    return get


# What trafilatura's author xpaths (trafilatura.xpaths.AUTHOR_XPATHS) test, and the strings one of
# those attribute values must contain (lower-cased) for any of them to match, or the elements they
# take whole. Most pages that reach this search have none, and its regex tests call into Python
# for every element (5 ms a page); one read of the attribute values answers for them.
_AUTHOR_ATTRIBUTES = etree.XPath(
    "//@class|//@id|//@rel|//@itemprop|//@data-testid|//@data-component", smart_strings=False)
_AUTHOR_ELEMENTS = etree.XPath("boolean(//author|//rel)")
AUTHOR_NEEDLES = ("author", "byl", "bbl", "username", "channel-name", "zuozhe", "bianji",
                  "xiaobian", "submitted-by", "posted-by", "journalist-name", "screenname",
                  "writer")


def _may_have_author(tree) -> bool:
    """False when none of trafilatura's author xpaths can match the page."""
    values = "\n".join(_AUTHOR_ATTRIBUTES(tree)).lower()
    return any(n in values for n in AUTHOR_NEEDLES) or _AUTHOR_ELEMENTS(tree)


def _trafilatura_author(tree) -> list[str]:
    """trafilatura's visible-byline search (its xpaths), as a list of names. PRUNES THE TREE.

    trafilatura's extract_author less its copy of the whole page (finish() runs it after every
    other reader of the tree), and skipped where none of its xpaths can match.
    """
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.metadata import extract_metainfo, normalize_authors
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    if tree is None:
        return []
    try:
        if not _may_have_author(tree):
            return []
        author = extract_metainfo(prune_unwanted_nodes(tree, AUTHOR_DISCARD_XPATHS), AUTHOR_XPATHS,
                                  len_limit=120)
        return split_names(normalize_authors(None, author) if author else "")
    except Exception:  # noqa: BLE001 - a helper failing means no author, not a failed page
        return []


def _htmldate(tree, url: str | None) -> str | None:
    """htmldate's quick search (meta tags, URL, marked-up elements) for the publication date.

    Not its extensive search: that hands free text to dateparser, whose per-locale regex
    compilation cost 5.3 s of 17.7 s of cleaning on 150 pages; the dates written on the page
    are read by dates.written_dates instead.
    """
    from htmldate import find_date

    if tree is None:
        return None
    try:
        return _date(find_date(tree, url=url, original_date=True, extensive_search=False,
                               max_date=date.today().isoformat()))
    except Exception:  # noqa: BLE001 - htmldate failing means no date, not a failed page
        return None


def _trafilatura_sitename(tree) -> str | None:
    """The part of the <title> that looks like a domain ("Example.com"), as trafilatura reads it."""
    from trafilatura.metadata import extract_sitename

    if tree is None:
        return None
    try:
        return extract_sitename(tree)
    except Exception:  # noqa: BLE001
        return None


# trafilatura's category / tag xpaths only keep links whose href matches its pattern for the
# kind; one read of every href tells whether any can, and skips its ten scans (1.4 ms) when none.
_HREFS = etree.XPath("//@href", smart_strings=False)
_TERM_HREF = {kind: re.compile("/" + kind.rstrip("y") + "(?:y|ies|s)?/")
              for kind in ("tag", "category")}
# ...its fallback for categories when no link names one (trafilatura.metadata.extract_catstags).
_SECTION_META = etree.XPath(
    './/head//meta[@property="article:section" or contains(@name, "subject")][@content]')


def _trafilatura_terms(kind: str, tree) -> list[str]:
    """trafilatura's category / tag links ("/category/x/", rel=tag)."""
    from trafilatura.metadata import extract_catstags
    from trafilatura.utils import line_processing

    if tree is None:
        return []
    try:
        if _TERM_HREF[kind].search("\n".join(_HREFS(tree))):
            return extract_catstags(kind, tree)
        if kind != "category":
            return []
        found = [el.attrib["content"] for el in _SECTION_META(tree)]
        return [r for r in dict.fromkeys(line_processing(x) for x in found if x) if r]
    except Exception:  # noqa: BLE001
        return []


def finish(md: dict, doc: dict, url: str | None = None, tree=None) -> dict:
    """The CleanedPage metadata fields: structured data, then trafilatura's helpers as fallback.

    trafilatura's own metadata pass is off (see extract.TRAFILATURA_OPTIONS); its helpers run on
    the pruned tree only when what came before leaves the field open. The tree's last reader:
    its byline search may prune it further.
    """
    sources = _without_names(md.get("author_sources") or {}, md.get("item_authors"))
    cands = dict(md.get("title_candidates") or {})
    # trafilatura's own precedence: meta and JSON-LD titles first, its h1/<title> guess last
    cands["trafilatura"] = cands.get("jsonld") or cands.get("meta") or doc.get("title")
    site_names = list(md.get("site_names") or [])
    sitename = doc.get("sitename") or _trafilatura_sitename(tree)
    if sitename:
        site_names.append(sitename)
    found_date = _date(doc.get("date")) or _lazy(lambda: _htmldate(tree, url))
    published = choose_published(md.get("published_at"), md.get("modified_at"), found_date,
                                 md.get("written_dates") or [], md.get("headline_at"), url,
                                 md.get("declared_published"), md.get("shown_month"))
    tags = md.get("tags") or _terms(doc.get("tags")) or _trafilatura_terms("tag", tree)
    categories = (md.get("categories") or _terms(doc.get("categories"))
                  or _trafilatura_terms("category", tree))
    # trafilatura's byline xpaths, else the structured or meta author even when it is the site's
    # own name (a byline it found on the page is a better guess than that). Last: its search
    # prunes the tree.
    found_authors = split_names(doc.get("author") or "") or _lazy(
        lambda: _trafilatura_author(tree) or [n for n, _ in sources.get("structured") or []]
        or sources.get("meta"))
    authors = choose_authors(sources, found_authors,
                             md.get("site_names") or [], url)
    return {
        "title": headline(cands, site_names, url),
        "author": ", ".join(authors) or None,
        "authors": authors,
        "published_at": published,
        "modified_at": md.get("modified_at") or _later(md.get("modified_guess"), published),
        "site_name": md.get("site_name") or sitename,
        "canonical_url": md.get("canonical_url"),
        "description": md.get("description") or doc.get("description"),
        "image": md.get("image") or doc.get("image"),
        "tags": tags,
        "categories": categories,
        "rating": md.get("rating"),
        "rating_best": md.get("rating_best"),
        "rating_worst": md.get("rating_worst"),
        "item_reviewed": md.get("item_reviewed"),
        "item_reviewed_type": md.get("item_reviewed_type"),
    }


__all__ = ["ARTICLE_TYPES", "NON_ARTICLE_TYPES", "structured", "finish", "fold"]
