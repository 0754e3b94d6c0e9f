"""Authors: names from structured data, meta tags and the bylines readers see."""

from __future__ import annotations

import html
import re

from lxml import etree

from .titles import fold, is_site_name

# Visible bylines, most specific first: schema.org markup and rel=author, then byline classes.
MARKUP_BYLINES = (
    "//*[@itemprop='author']//*[@itemprop='name']",
    "//*[@itemprop='author' and not(.//*[@itemprop='name'])]",
    "//a[@rel='author']",
)
CLASS_BYLINES = (
    # the plain contains() first: the token test is slow and most elements fail both
    "//*[contains(@class, 'author-name') or contains(@class, 'byline__name')"
    " or contains(@class, 'author__name') or contains(@class, 'fn')]"
    "[contains(concat(' ', normalize-space(@class), ' '), ' author-name ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' byline__name ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' author__name ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' fn ')]",
    "//*[contains(@class, 'byline') or contains(@class, 'Byline')]",
)
# What each byline xpath cannot match without: (attribute, strings one of its values must
# contain). Reading every value of the attribute once and skipping the xpaths that cannot match
# costs a tenth of running them (the class scans cost 3 ms on a typical page).
BYLINE_NEEDS = {
    MARKUP_BYLINES[0]: ("itemprop", ("author",)),
    MARKUP_BYLINES[1]: ("itemprop", ("author",)),
    MARKUP_BYLINES[2]: ("rel", ("author",)),
    CLASS_BYLINES[0]: ("class", ("author-name", "byline__name", "author__name", "fn")),
    CLASS_BYLINES[1]: ("class", ("byline", "Byline")),
}
# Words that start a byline and are not part of the name.
BYLINE_PREFIX = re.compile(
    r"^\s*(?:(?:this (?:post|article|story) (?:was )?)?(?:written|posted|text|words|story|reporting|"
    r"photos?|published|compiled) by|read more (?:about|from)|more (?:about|from)|about|authors?|by|von|"
    r"par|por|di|door|af|av|de)\b\s*:?\s*", re.I)
# Words that end the name part of a byline ("Jane Doe Updated on ...", "Jane Doe | May 3").
BYLINE_END = re.compile(
    r"\s+(?:\||•|·|—|–|-)\s+"
    # "on"/"in" in lower case only: "Jane Doe on May 3", "Jane Doe in Reviews", but "Audiophile On"
    r"|(?-i:\s+(?:on|in)\b)"
    r"|\s+(?:updated|last updated|published|posted|reviewed|edited|fact[- ]checked|min read)\b"
    r"|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\s+\d", re.I)
# Job titles written after a name in bylines ("Jane Doe, Senior Editor").
ROLE_WORDS = re.compile(
    r"\b(editor|writer|expert|head|director|founder|manager|reviewer|contributor|correspondent|reporter|"
    r"columnist|journalist|specialist|educator|officer|ceo|cto|cfo|president|analyst|consultant|"
    r"professor|lead|chief|producer|strategist|coordinator|author|staff|"
    # a newsroom unit after a person's name is an affiliation ("Jane Doe, Global Desk")
    r"desk|newsroom|bureau)s?\b", re.I)
# Labels that are not names at all.
NOT_NAMES = {"written by", "posted by", "by", "author", "authors", "admin", "staff", "editor", "guest",
             "unknown", "anonymous", "team", "contributor"}
# Splits a list of names ("A, B and C", "A; B", "A & B").
NAME_SPLIT = re.compile(r"\s*(?:;|,|\s&\s|\sand\s|\sund\s|\set\s|\sy\s|\se\s)\s*", re.I)
# Credentials written after a name ("Jane Doe, MD, RD") are not separate authors.
CREDENTIAL = re.compile(
    r"^(?:[A-Z]{2,5}[®™]?|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|I{2,3}|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)$")
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
# Months that are also first names ("April Fulton"): furniture only when they stand alone.
MONTH_FIRST_NAMES = {"april", "june", "august"}
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
    furniture = FURNITURE_WORDS - MONTH_FIRST_NAMES if len(lowered) >= 2 else FURNITURE_WORDS
    if (not name or len(name) > 60 or len(name.split()) > 6 or NOT_A_NAME.search(name)
            or name.lower() in NOT_NAMES or lowered & furniture
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


# Words before "by" that make a line a credit for something other than the text ("Photo by").
CREDIT_BEFORE_BY = re.compile(
    r"(?:photo(?:graph)?s?|images?|illustrations?|video|artwork|graphics?|sponsored|powered|"
    r"hosted)\s*$", re.I)


def text_byline(text: str, headline_at: int | None) -> list[str]:
    """Names of the first byline near the headline ("By Jane Doe", "By" then names on lines)."""
    if headline_at is None:
        return []
    lo, hi = TEXT_BYLINE_WINDOW
    start = max(0, headline_at + lo)
    found = [(m.start(), split_names(m.group("names")))
             for m in TEXT_BYLINE.finditer(text, start, headline_at + hi)
             if not CREDIT_BEFORE_BY.search(text[max(0, m.start() - 25) : m.start()])]
    # "By" on a line of its own, the names (one word is enough: "Amanda") on the lines after it
    for m in BYLINE_LABEL_BY.finditer(text, start, headline_at + hi):
        if not any(pos == m.start() for pos, names in found if names):
            found.append((m.start(), _name_run(text[m.end() : m.end() + 300].split("\n"))[0]))
    return next((names for _, names in sorted(found, key=lambda f: f[0]) if names), [])


# A "By" label alone on its line.
BYLINE_LABEL_BY = re.compile(
    r"(?m)^(?:[Bb]y|BY|[Ww]ritten [Bb]y|[Pp]osted [Bb]y|[Ww]ords [Bb]y)[ \t]*:?\n")


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


# Lines that join the names of a byline written one name per line ("Ana Lima", ",", "Li Wei").
NAME_JOINER = re.compile(r"^(?:,|&|and|und|et|y|e|;)$", re.I)
# A team signing as a byline ("The Acme Team", "Acme Editorial Staff").
TEAM_LINE = re.compile(
    r"^(?:The )?[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)? (?:Editorial )?(?:Team|Staff|Editors)$")


def _name_run(lines: list[str]) -> tuple[list[str], int]:
    """(names, lines used) of names written one per line, joined by ',', '&' or 'and' lines."""
    names: list[str] = []
    used = 0
    for i, line in enumerate(lines):
        if i % 2:
            if not NAME_JOINER.match(line):
                break
            continue
        found = split_names(line) if len(line) <= 60 else []
        if not found or (names and (CREDENTIAL.match(line) or ROLE_WORDS.search(line))):
            break
        names += [n for n in found if n not in names]
        used = i + 1
    return names, used


def name_line(text: str, headline_at: int | None) -> list[str]:
    """A byline without "By": a label line then names, or a name line beside a date."""
    if headline_at is None:
        return []
    lo, hi = TEXT_BYLINE_WINDOW
    start = max(0, headline_at + lo)
    lines = text[start : headline_at + hi].split("\n")
    for i, line in enumerate(lines[:-1]):
        if BYLINE_LABEL_LINE.match(line):
            names, _ = _name_run(lines[i + 1 : i + 12])
            if names:
                return names
    # the lines under the headline; then the two above it, where a byline sits above the
    # headline with its date ("Dec 17, 2025", "Jane Doe", headline)
    below = text[headline_at : headline_at + hi // 2].split("\n")[1:10]
    above = text[max(0, headline_at - 200) : headline_at].split("\n")[-3:-1]
    return _dated_names(below) or _dated_names(above)


def _dated_names(lines: list[str]) -> list[str]:
    """The first name (or run of names) among the lines with a date or reading time beside it."""
    for i, line in enumerate(lines):
        if TEAM_LINE.match(line) and any(BYLINE_NEIGHBOUR.search(n) for n in _around(lines, i, 1)):
            return [line]
        name = clean_name(line)
        if (not name or not PERSON_LINE.match(name) or set(name.lower().split()) & NOT_NAME_WORDS
                or (i and lines[i - 1] in BREADCRUMB_SEPARATORS)):
            continue
        run, used = _name_run(lines[i : i + 9])
        names = run if run and run[0] == name else [name]
        # "Jane Doe | Senior Writer | July 2, 2025": the date on the name's own line
        if (any(BYLINE_NEIGHBOUR.search(n) for n in _around(lines, i, max(1, used)))
                or BYLINE_NEIGHBOUR.search(line[len(name):])):
            return names
    return []


# Lines between breadcrumb items: the item after one is a section, not a byline.
BREADCRUMB_SEPARATORS = {"/", ">", "»", "›", "→"}


def _around(lines: list[str], i: int, used: int) -> list[str]:
    """The two lines before lines[i] and the two after the used ones."""
    return lines[max(0, i - 2) : i] + lines[i + used : i + used + 2]


_COMPILED: dict[str, etree.XPath] = {}


_VALUES: dict[str, etree.XPath] = {}


def _may_match(tree, xp: str, seen: dict[str, str]) -> bool:
    """False when the page lacks what the xpath needs (BYLINE_NEEDS), so it cannot match."""
    if xp not in BYLINE_NEEDS:
        return True
    attr, needles = BYLINE_NEEDS[xp]
    if attr not in seen:
        if attr not in _VALUES:
            _VALUES[attr] = etree.XPath(f"//@{attr}", smart_strings=False)
        seen[attr] = "\n".join(_VALUES[attr](tree))
    return any(n in seen[attr] for n in needles)


def bylines(tree, xpaths: tuple[str, ...]) -> list[str]:
    """Author names of the first byline element the xpaths find (later ones are teasers' bylines)."""
    seen: dict[str, str] = {}
    for xp in xpaths:
        if not _may_match(tree, xp, seen):
            continue
        if xp not in _COMPILED:
            _COMPILED[xp] = etree.XPath(xp)
        for el in _COMPILED[xp](tree)[:3]:
            text = " ".join(" ".join(el.itertext()).split())
            names = split_names(text) if text and len(text) <= 120 else []
            if names:
                return names
    return []


# Honorifics that bylines and structured data write or leave out ("Dr Jane Doe").
HONORIFIC = re.compile(r"^(?:dr|prof|mr|mrs|ms|mx|sir)\.?\s+", re.I)


def _same_person(a: str, b: str) -> bool:
    """The same name, give or take case, punctuation and an honorific ("Dr")."""
    return fold(HONORIFIC.sub("", a)) == fold(HONORIFIC.sub("", b))


def _personal(name: str) -> bool:
    """Does a name the site shares look like a person's ("Jane Doe"), not a brand ("ACME NEWS")?"""
    return bool(PERSON_LINE.match(name)) and not name.isupper() and not (
        set(name.lower().split()) & NOT_NAME_WORDS)


def choose_authors(sources: dict, found, site_names: list[str],
                   url: str | None) -> list[str]:
    """Authors from structured data when they are people; else the byline the reader sees."""
    structured_ = sources.get("structured") or []
    # a Person named like the site is its author on a personal site ("Jane Doe", not "ACME NEWS")
    people = [n for n, kind in structured_ if kind is not False
              and (not is_site_name(n, site_names, url) or (kind is True and _personal(n)))]
    if people:
        for v in (sources.get("markup"), sources.get("byline"), sources.get("name_line")):
            # the byline readers see, when it starts with the same person: structured data
            # often lists only the first author, or adds the page's editors and sources
            if v and _same_person(v[0], people[0]) and (
                    len(v) < len(people) or all(PERSON_LINE.match(n) for n in v[1:])):
                return v
        return people
    meta = [n for n in sources.get("meta") or [] if not is_site_name(n, site_names, url)]
    # bylines on the page are trusted even when they name the site: personal sites sign that way.
    # A name beside a date under the headline comes before trafilatura's byline search: on the
    # WCXB dev half that order was right on 3 more pages, and the search (~11 ms) runs less often
    for names in (meta, sources.get("markup"), sources.get("byline"), sources.get("name_line"),
                  found, sources.get("box")):
        names = names() if callable(names) else names  # a costly search runs only when reached
        if names:
            return names
    return [n for n, _ in structured_] or sources.get("class") or sources.get("meta") or []
