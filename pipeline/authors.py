"""Authors: names from structured data, meta tags and the bylines readers see."""

from __future__ import annotations

import html
import re

from lxml import etree

from .titles import is_site_name

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
    r"\s+(?:\||•|·|—|–|-)\s+|\s+(?:on|updated|last updated|published|posted|reviewed|edited|"
    r"fact[- ]checked|min read|in)\b|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\s+\d", re.I)
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
CREDENTIAL = re.compile(
    r"^(?:[A-Z]{2,5}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|I{2,3}|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)$")
NOT_A_NAME = re.compile(r"(https?://|www\.|@|\d|^staff$|^admin$|^editor$"
                        # an unfilled template variable ("page.head.extra.author", "{{ author }}")
                        r"|^[a-z_]+(?:\.[a-z_]+){2,}$|[{}])", re.I)
# Words of buttons, dates and page furniture: a "name" holding one of them is not a person.
FURNITURE_WORDS = {
    "view", "more", "posts", "sign", "read", "reading", "share", "menu", "updated", "published", "min",
    "now", "download", "show", "sidebar", "start", "trial", "login", "subscribe", "search", "comments",
    "reply", "print", "email", "follow", "home", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "from", "insights",
}
# Job-title words that end the name when a byline runs on ("Jane Doe Senior Reporter").
TITLE_START = re.compile(r"^(senior|junior|staff|contributing|managing|executive|associate|deputy|"
                         r"chief|head|lead|editor|writer|reporter|founder|co-founder|ceo|author)\b", re.I)


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
            or name.lower() in NOT_NAMES or lowered & FURNITURE_WORDS
            or not re.search(r"[^\W\d_]", name)):
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


# A capitalised name of two to four words (particles allowed) that ends its line or a list item.
_NAME = (r"[A-Z][\w'’.\-]*(?:[ \t]+(?:[A-Z][\w'’.\-]*|van|de|der|von|da|del|la|le|di|bin)){1,3}"
         r"(?=\s*(?:\n|$|,|&|and\b|\|))")
# "By Jane Doe and John Roe" as readers see it under a headline.
TEXT_BYLINE = re.compile(
    r"(?:\b(?:[Bb]y|BY|[Ww]ritten [Bb]y|[Aa]uthor|[Aa]uthors|[Pp]osted [Bb]y|[Ww]ords [Bb]y|[Tt]ext [Bb]y))"
    rf"[ \t]*:?\s+(?P<names>{_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_NAME})*)")
TEXT_BYLINE_WINDOW = (-300, 800)
# A byline label on a line of its own, with the name on the next line.
BYLINE_LABEL_LINE = re.compile(
    r"^(?:by|written by|posted by|authors?|words by|text by|author name)\s*:?$", re.I)
# A line that is nothing but a person's name ("Jane Doe", "Jane van Doe").
PERSON_LINE = re.compile(
    r"^[A-Z][\w'’.\-]+(?: (?:[A-Z][\w'’.\-]*|van|de|der|von|da|del|la|le|di)){1,3}$")
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
    "key", "takeaways", "summary", "overview", "introduction", "conclusion", "highlights",
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


# Labels that name the author wherever they stand (author boxes sit below the article).
AUTHOR_BOX = re.compile(
    rf"\b(?:[Ww]ritten [Bb]y|[Pp]osted [Bb]y|[Aa]uthor|[Aa]bout the [Aa]uthor)[ \t]*:?\s+(?P<names>{_NAME})")


def author_box(text: str) -> list[str]:
    """The name after a "Written by" / "About the author" label anywhere on the page."""
    for m in AUTHOR_BOX.finditer(text):
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


_COMPILED: dict[str, etree.XPath] = {}


def bylines(tree, xpaths: tuple[str, ...]) -> list[str]:
    """Author names of the first byline element the xpaths find (later ones are teasers' bylines)."""
    for xp in xpaths:
        if xp not in _COMPILED:
            _COMPILED[xp] = etree.XPath(xp)
        for el in _COMPILED[xp](tree)[:3]:
            text = " ".join(" ".join(el.itertext()).split())
            names = split_names(text) if text and len(text) <= 120 else []
            if names:
                return names
    return []


def choose_authors(sources: dict, found, site_names: list[str],
                   url: str | None) -> list[str]:
    """Authors from structured data when they are people; else the byline the reader sees."""
    structured_ = sources.get("structured") or []
    people = [n for n, person in structured_ if person and not is_site_name(n, site_names, url)]
    if people:
        return people
    meta = [n for n in sources.get("meta") or [] if not is_site_name(n, site_names, url)]
    # bylines on the page are trusted even when they name the site: personal sites sign that way
    # the name-beside-a-date guess is the weakest signal, after trafilatura's own byline search
    for names in (meta, sources.get("markup"), sources.get("byline"), found,
                  sources.get("name_line"), sources.get("box")):
        names = names() if callable(names) else names  # a costly search runs only when reached
        if names:
            return names
    return [n for n, _ in structured_] or sources.get("class") or sources.get("meta") or []
