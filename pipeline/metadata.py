"""Article and review metadata: structured data first (JSON-LD, microdata, OpenGraph), then meta tags and bylines."""

from __future__ import annotations

import html
import re
from typing import Any, Iterator
from urllib.parse import urljoin

import lxml.html
from extruct.jsonld import JsonLdExtractor
from extruct.w3cmicrodata import LxmlMicrodataExtractor

from .dates import choose_published, iso_date, written_dates
from .titles import fold, headline, is_site_name

ARTICLE_TYPES = {
    "article", "newsarticle", "blogposting", "review", "criticreview", "reportagenewsarticle",
    "analysisnewsarticle", "opinionnewsarticle", "techarticle", "scholarlyarticle", "posting",
    "socialmediaposting", "liveblogposting", "backgroundnewsarticle", "reviewnewsarticle",
    "medicalwebpage", "howto", "recipe", "report", "newsmediaorganization_article",
}
NON_ARTICLE_TYPES = {
    "website", "webpage", "collectionpage", "itemlist", "searchresultspage", "aboutpage",
    "contactpage", "profilepage", "organization", "person", "breadcrumblist",
}
# Pages that describe one article without being typed as one (schema.org WebPage family).
PAGE_TYPES = {"webpage", "medicalwebpage", "itempage", "faqpage", "qapage"}
REVIEW_TYPES = {"review", "criticreview", "employeraggregaterating", "userreview", "reviewnewsarticle"}
RATING_TYPES = {"aggregaterating", "rating"}

# Meta tags in the order they are trusted, per field.
META_TITLE = ("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title")
META_AUTHOR = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
               "byl", "twitter:creator")
META_PUBLISHED = ("article:published_time", "og:published_time", "datepublished",
                  "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date",
                  "date", "dc.date", "dc.date.issued", "dcterms.created", "citation_publication_date",
                  "article.published", "cxenseparse:recs:publishtime")
META_MODIFIED = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
                 "last-modified", "article.updated")
META_SITE_NAME = ("og:site_name", "application-name", "apple-mobile-web-app-title")
META_DESCRIPTION = ("og:description", "description", "twitter:description", "dc.description")
META_IMAGE = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
META_TAGS = ("article:tag", "parsely-tags", "news_keywords", "keywords")
META_SECTIONS = ("article:section", "parsely-section")

# Visible bylines, most specific first: schema.org markup, rel=author, then byline classes.
# Visible bylines, most specific first: schema.org markup and rel=author, then byline classes.
MARKUP_BYLINES = (
    "//*[@itemprop='author']//*[@itemprop='name']",
    "//*[@itemprop='author' and not(.//*[@itemprop='name'])]",
    "//a[@rel='author']",
)
CLASS_BYLINES = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' author-name ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' byline__name ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' author__name ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' fn ')]",
    "//*[contains(@class, 'byline') or contains(@class, 'Byline')]",
)
# Words that start a byline and are not part of the name.
BYLINE_PREFIX = re.compile(
    r"^\s*(?:(?:this (?:post|article|story) (?:was )?)?(?:written|posted|text|words|story|reporting|"
    r"photos?|published|compiled) by|read more (?:about|from)|more (?:about|from)|about|authors?|by|von|"
    r"par|por|di|door|af|av|de)\b\s*:?\s*", re.I)
# Words that end the name part of a byline ("Jane Doe Updated on ...", "Jane Doe | May 3").
BYLINE_END = re.compile(
    r"\s+(?:\||•|·|—|–|-)\s+|\s+(?:on|updated|last updated|published|posted|reviewed|edited|fact[- ]checked|"
    r"min read|in)\b|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\s+\d", re.I)
# Job titles written after a name in bylines ("Jane Doe, Senior Editor").
ROLE_WORDS = re.compile(
    r"\b(editor|writer|expert|head|director|founder|manager|reviewer|contributor|correspondent|reporter|"
    r"columnist|journalist|specialist|educator|officer|ceo|cto|cfo|president|analyst|consultant|"
    r"professor|lead|chief|producer|strategist|coordinator|author|staff)s?\b", re.I)
# Labels that are not names at all.
NOT_NAMES = {"written by", "posted by", "by", "author", "authors", "admin", "staff", "editor", "guest",
             "unknown", "anonymous", "team", "contributor"}
# Splits a list of names ("A, B and C", "A; B", "A & B").
NAME_SPLIT = re.compile(r"\s*(?:;|,|\s&\s|\sand\s|\sund\s|\set\s|\sy\s|\se\s)\s*", re.I)
# Credentials written after a name ("Jane Doe, MD, RD") are not separate authors.
CREDENTIAL = re.compile(r"^(?:[A-Z]{2,5}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|I{2,3}|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)$")
# Dates and bylines sit near the top; the rest of a long page only costs time.
MAX_VISIBLE_CHARS = 200_000
NOT_A_NAME = re.compile(r"(https?://|www\.|@|\d|^staff$|^admin$|^editor$)", re.I)
# Words of buttons, dates and page furniture: a "name" holding one of them is not a person.
FURNITURE_WORDS = {
    "view", "more", "posts", "sign", "read", "reading", "share", "menu", "updated", "published", "min",
    "now", "download", "show", "sidebar", "start", "trial", "login", "subscribe", "search", "comments",
    "reply", "print", "email", "follow", "home", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
# Job-title words that end the name when a byline runs on ("Jane Doe Senior Reporter").
TITLE_START = re.compile(r"^(senior|junior|staff|contributing|managing|executive|associate|deputy|"
                         r"chief|head|lead|editor|writer|reporter|founder|co-founder|ceo|author)\b", re.I)


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


_JSONLD = JsonLdExtractor()
_MICRODATA = LxmlMicrodataExtractor()


def json_ld(tree: lxml.html.HtmlElement) -> list:
    """All JSON-LD objects on the page; blocks that do not parse are skipped."""
    out = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
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


def _meta(tree, names: tuple[str, ...], index: dict) -> str | None:
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
            key = (m.get(attr) or "").strip().lower()
            if key:
                index.setdefault(key, []).append(content)
    return index


# -- names ------------------------------------------------------------------------------------
def clean_name(raw: str | None) -> str | None:
    """A person's name from a byline: prefix, role words and trailing dates dropped."""
    if not raw:
        return None
    name = " ".join(raw.split())
    name = BYLINE_PREFIX.sub("", name)
    name = BYLINE_END.split(name)[0]
    words = name.strip(" ,;:|-–—").split()
    cut = next((i for i, w in enumerate(words) if i >= 2 and TITLE_START.match(w)), len(words))
    name = " ".join(words[:cut]).strip(" ,;:|-–—")
    lowered = {w.strip(".,").lower() for w in name.split()}
    if (not name or len(name) > 60 or len(name.split()) > 6 or NOT_A_NAME.search(name)
            or name.lower() in NOT_NAMES or lowered & FURNITURE_WORDS or not re.search(r"[^\W\d_]", name)):
        return None
    return name


def split_names(raw: str) -> list[str]:
    """'A, B and C' -> ['A', 'B', 'C']; credentials and job titles after a name stay with it."""
    out: list[str] = []
    for part in NAME_SPLIT.split(html.unescape(raw)):
        part = part.strip()
        if not part:
            continue
        if out and (CREDENTIAL.match(part) or ROLE_WORDS.search(part)):
            continue
        name = clean_name(part)
        if name and name not in out:
            out.append(name)
    return out


ORG_TYPES = {"organization", "newsmediaorganization", "corporation", "localbusiness", "website",
             "educationalorganization", "governmentorganization", "ngo", "brand", "onlinebusiness"}


# "jdoe", "andrew.keaveney": account names that CMSs put where the author's name belongs.
USERNAME = re.compile(r"^[a-z0-9]+(?:[._][a-z0-9]+)*$")


def _authors(v: Any, ids: dict | None = None) -> list[tuple[str, bool]]:
    """(name, is_person) of a JSON-LD author value: Person, Organization, string, @id, or lists."""
    ids = ids or {}
    if isinstance(v, list):
        out: list[tuple[str, bool]] = []
        for x in v:
            out += [a for a in _authors(x, ids) if a[0] not in [o[0] for o in out]]
        return out
    if isinstance(v, dict):
        if not v.get("name") and v.get("@id") in ids:
            v = ids[v["@id"]]
        name = v.get("name")
        person = not set(_types(v)) & ORG_TYPES and not USERNAME.match(str(name or ""))
        if isinstance(name, list):
            return [(n, person) for n, _ in _authors(name, ids)]
        if not name and (v.get("givenName") or v.get("familyName")):
            name = f"{v.get('givenName') or ''} {v.get('familyName') or ''}"
        return [(n, person) for n in split_names(name)] if isinstance(name, str) else []
    if isinstance(v, str):
        return [(n, True) for n in split_names(v)]
    return []


_NAME = r"[A-Z][\w'’.\-]*(?:[ \t]+(?:[A-Z][\w'’.\-]*|van|de|der|von|da|del|la|le|di|bin)){1,3}(?=\s*(?:\n|$|,|&|and\b|\|))"
# "By Jane Doe and John Roe" as readers see it under a headline.
TEXT_BYLINE = re.compile(
    r"(?:\b(?:[Bb]y|BY|[Ww]ritten [Bb]y|[Aa]uthor|[Aa]uthors|[Pp]osted [Bb]y|[Ww]ords [Bb]y|[Tt]ext [Bb]y))"
    rf"[ \t]*:?\s+(?P<names>{_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_NAME})*)")
TEXT_BYLINE_WINDOW = (-300, 800)
# A byline label on a line of its own, with the name on the next line.
BYLINE_LABEL_LINE = re.compile(r"^(?:by|written by|posted by|authors?|words by|text by|author name)\s*:?$", re.I)
# A line that is nothing but a person's name ("Jane Doe", "Jane van Doe").
PERSON_LINE = re.compile(r"^[A-Z][\w'’.\-]+(?: (?:[A-Z][\w'’.\-]*|van|de|der|von|da|del|la|le|di)){1,3}$")
# Words of section names and page furniture that share a line's shape with a person's name.
NOT_NAME_WORDS = {
    "article", "articles", "blog", "news", "guide", "guides", "review", "reviews", "tips", "home", "smart",
    "health", "business", "marketing", "technology", "tech", "design", "strategy", "management",
    "project", "program", "insights", "resources", "this", "in", "the", "of", "for", "our", "more",
    "read", "share", "menu", "search", "contact", "about", "privacy", "policy", "login", "sign",
    "subscribe", "newsletter", "category", "categories", "tags", "related", "posts", "latest", "popular",
    "trending", "table", "contents", "comments", "leave", "reply", "updated", "published", "min",
    "finance", "personal", "lifestyle", "travel", "food", "software", "development", "data", "cloud",
    "security", "services", "products", "shop", "company", "team", "editorial", "staff", "support",
}
# Lines that sit beside a byline name: dates, reading times, update notes, separators.
BYLINE_NEIGHBOUR = re.compile(
    r"(\b(?:19|20)\d\d\b|\bmin(?:ute)?s?\b(?: read)?|\bupdated\b|\bpublished\b|^[·•|/–—-]$)", re.I)


def text_byline(text: str, headline_at: int | None) -> list[str]:
    """Names of the byline written near the headline ("By Jane Doe", "Written by" + name, name + date)."""
    if headline_at is None:
        return []
    lo, hi = TEXT_BYLINE_WINDOW
    start = max(0, headline_at + lo)
    for m in TEXT_BYLINE.finditer(text, start, headline_at + hi):
        names = split_names(m.group("names"))
        if names:
            return names
    return []


def name_line(text: str, headline_at: int | None) -> list[str]:
    """A byline without "By": a label line then a name, or a name line beside a date under the headline."""
    if headline_at is None:
        return []
    lo, hi = TEXT_BYLINE_WINDOW
    start = max(0, headline_at + lo)
    lines = text[start : headline_at + hi].split("\n")
    for line, after in zip(lines, lines[1:]):
        if BYLINE_LABEL_LINE.match(line) and len(after) <= 60:
            names = split_names(after)
            if names:
                return names
    below = text[headline_at : headline_at + hi // 2].split("\n")[1:10]
    for i, line in enumerate(below):
        near = below[max(0, i - 2) : i] + below[i + 1 : i + 3]
        name = clean_name(line)
        if (name and PERSON_LINE.match(name) and not set(name.lower().split()) & NOT_NAME_WORDS
                and any(BYLINE_NEIGHBOUR.search(n) for n in near)):
            return [name]
    return []


def bylines(tree, xpaths: tuple[str, ...]) -> list[str]:
    """Author names of the first byline element the xpaths find (later ones are teasers' bylines)."""
    for xp in xpaths:
        for el in tree.xpath(xp)[:3]:
            text = " ".join(" ".join(el.itertext()).split())
            names = split_names(text) if text and len(text) <= 120 else []
            if names:
                return names
    return []


# -- ratings ----------------------------------------------------------------------------------
RATING_NUMBER = re.compile(r"(-?\d+(?:[.,]\d+)?)")


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
    m = re.search(r"/\s*(\d+(?:[.,]\d+)?)", text) or re.search(r"\bout of\s+(\d+(?:[.,]\d+)?)", text, re.I)
    if best is None and m:
        best = float(m.group(1).replace(",", "."))
    if best is not None:
        out["rating_best"] = best
    worst = _number(node.get("worstRating"))
    if worst is not None:
        out["rating_worst"] = worst
    return out


def review(nodes: list[tuple[dict, dict | None]]) -> dict:
    """Rating and reviewed item of the page's Review (or the item's AggregateRating)."""
    for node, parent in nodes:
        types = set(_types(node))
        if not types & REVIEW_TYPES or not isinstance(node.get("reviewRating"), dict):
            continue
        out = parse_rating(node["reviewRating"])
        if "rating" not in out:
            continue
        item = node.get("itemReviewed")
        if not isinstance(item, dict) and parent and not set(_types(parent)) & (ARTICLE_TYPES | PAGE_TYPES):
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
    return {
        "item_reviewed": _text(item.get("name")) or _text(item.get("headline")),
        "item_reviewed_type": str(t).split("/")[-1] if t else None,
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
def _pick_article(nodes: list[tuple[dict, dict | None]]) -> dict | None:
    """The node that describes the page's article: an Article type, else a WebPage with a headline."""
    articles = [n for n, _ in nodes if set(_types(n)) & ARTICLE_TYPES]
    if articles:
        # the one with the most article fields: pages often add small Article stubs for teasers
        return max(articles, key=lambda n: sum(k in n for k in ("headline", "author", "datePublished")))
    pages = [n for n, _ in nodes if set(_types(n)) & PAGE_TYPES and (n.get("headline") or n.get("datePublished"))]
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
    og_type = _meta(tree, ("og:type",), meta)
    md["og_type"] = og_type.lower() if og_type else None

    # titles: every candidate, headline() chooses
    md["title_candidates"] = {
        "jsonld": _text(article.get("headline")) if article else None,
        "jsonld_name": _text(article.get("name")) if article else None,
        "meta": _meta(tree, META_TITLE, meta),
        "h1": [" ".join(h.text_content().split()) for h in tree.iter("h1")][:5],
        "title": " ".join((tree.findtext(".//title") or "").split()) or None,
    }
    site_names = [
        _meta(tree, META_SITE_NAME, meta),
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
        "meta": split_names(_meta(tree, META_AUTHOR, meta) or ""),
        "markup": bylines(tree, MARKUP_BYLINES),
        "class": bylines(tree, CLASS_BYLINES),
    }

    md["published_at"] = (_date(src.get("datePublished")) or _date(src.get("dateCreated"))
                          or _date(_meta(tree, META_PUBLISHED, meta))
                          or _date(webpage.get("datePublished")) or _time_element(tree))
    md["modified_at"] = (_date(src.get("dateModified")) or _date(_meta(tree, META_MODIFIED, meta))
                         or _date(webpage.get("dateModified")))
    seen = visible_text(tree)
    md["written_dates"] = written_dates(seen)
    h1 = next((" ".join(t.split()) for h in tree.iter("h1") for t in h.itertext() if t.strip()), None)
    at = seen.find(h1) if h1 else -1
    md["headline_at"] = at if at >= 0 else None
    md["author_sources"]["byline"] = text_byline(seen, md["headline_at"])
    md["author_sources"]["name_line"] = name_line(seen, md["headline_at"])
    if not md["modified_at"]:
        md["modified_guess"] = _htmldate(tree, original=False)
    md["description"] = _meta(tree, META_DESCRIPTION, meta) or _text(src.get("description"))
    image = _meta(tree, META_IMAGE, meta) or _url(src.get("image")) or _url(src.get("thumbnailUrl"))
    md["image"] = urljoin(url, image) if image and url else image
    canon = tree.xpath("//link[@rel='canonical']/@href") or [_meta(tree, ("og:url",), meta)]
    md["canonical_url"] = urljoin(url, canon[0].strip()) if canon[0] and url else canon[0]
    md["tags"] = _terms(src.get("keywords")) or [t for n in META_TAGS for v in meta.get(n, ()) for t in _terms(v)]
    md["categories"] = _terms(src.get("articleSection")) or [
        t for n in META_SECTIONS for v in meta.get(n, ()) for t in _terms(v)]
    md.update(review(nodes))
    lang = tree.xpath("/html/@lang") or [_meta(tree, ("og:locale", "content-language", "language"), meta)]
    md["html_lang"] = lang[0]
    return {k: v for k, v in md.items() if v not in (None, "", [])}


def _date(v: Any) -> str | None:
    return iso_date(_text(v))


def _htmldate(tree, original: bool) -> str | None:
    """htmldate's quick (non-extensive) answer, as ISO 8601."""
    from htmldate import find_date

    try:
        return find_date(tree, original_date=original, extensive_search=False)
    except Exception:  # noqa: BLE001 - htmldate failing means no date, not a failed page
        return None


def visible_text(tree) -> str:
    """The body's text as a reader sees it (no scripts, styles or templates)."""
    parts = tree.xpath("//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
                       " or ancestor::template)]")
    # one line per text node: a byline's name is usually a node of its own
    lines = (" ".join(p.split()) for p in parts)
    return "\n".join(line for line in lines if line)[:MAX_VISIBLE_CHARS]


def _time_element(tree) -> str | None:
    """The first <time datetime> of the page that looks like a publication date."""
    for t in tree.xpath("//time[@datetime][1] | //*[@itemprop='datePublished']/@content"):
        value = t if isinstance(t, str) else t.get("datetime")
        d = _date(value)
        if d:
            return d
    return None


def choose_authors(sources: dict, found: list[str], site_names: list[str], url: str | None) -> list[str]:
    """Authors from structured data when they are people; else the byline the reader sees."""
    structured_ = sources.get("structured") or []
    people = [n for n, person in structured_ if person and not is_site_name(n, site_names, url)]
    if people:
        return people
    meta = [n for n in sources.get("meta") or [] if not is_site_name(n, site_names, url)]
    # bylines on the page are trusted even when they name the site: personal sites sign that way
    # the name-beside-a-date guess is the weakest signal, after trafilatura's own byline search
    for names in (meta, sources.get("markup"), sources.get("byline"), found, sources.get("name_line")):
        if names:
            return names
    return [n for n, _ in structured_] or sources.get("class") or sources.get("meta") or []


def finish(md: dict, doc: dict, url: str | None = None) -> dict:
    """The CleanedPage metadata fields: structured data, then trafilatura's findings as fallback."""
    authors = choose_authors(md.get("author_sources") or {}, split_names(doc.get("author") or ""),
                             md.get("site_names") or [], url)
    cands = dict(md.get("title_candidates") or {})
    cands["trafilatura"] = doc.get("title")
    site_names = list(md.get("site_names") or [])
    if doc.get("sitename"):
        site_names.append(doc["sitename"])
    published = choose_published(md.get("published_at"), md.get("modified_at"), _date(doc.get("date")),
                                 md.get("written_dates") or [], md.get("headline_at"))
    return {
        "title": headline(cands, site_names, url),
        "author": ", ".join(authors) or None,
        "authors": authors,
        "published_at": published,
        "modified_at": md.get("modified_at") or md.get("modified_guess"),
        "site_name": md.get("site_name") or doc.get("sitename"),
        "canonical_url": md.get("canonical_url"),
        "description": md.get("description") or doc.get("description"),
        "image": md.get("image") or doc.get("image"),
        "tags": md.get("tags") or _terms(doc.get("tags")),
        "categories": md.get("categories") or _terms(doc.get("categories")),
        "rating": md.get("rating"),
        "rating_best": md.get("rating_best"),
        "rating_worst": md.get("rating_worst"),
        "item_reviewed": md.get("item_reviewed"),
        "item_reviewed_type": md.get("item_reviewed_type"),
    }


__all__ = ["ARTICLE_TYPES", "NON_ARTICLE_TYPES", "structured", "finish", "fold"]
