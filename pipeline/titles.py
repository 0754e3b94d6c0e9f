"""The article's headline: the best title candidate with the site's name cut off."""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import urlsplit

# Separators sites put between a headline and their name ("Headline | Site", "Site » Headline").
# A hyphen only counts with spaces around it, so "Wi-Fi" stays whole.
SEPARATOR = re.compile(r"\s+[|\-–—:·•»«~/\\]+\s+|\s*[|·•»«]\s*|\s+[–—]\s*|\s*[–—]\s+")
# Top-level domains that are words, dropped with the short ones when reading a host as a name.
GENERIC_TLDS = ("info", "online", "site", "tech")
# Words that make a suffix a site name even when it is not spelt like the host.
SITE_WORDS = {"blog", "news", "magazine", "online", "official", "site", "website", "the", "com", "inc"}


def fold(text: str | None) -> str:
    """Case- and punctuation-insensitive form used to compare titles and names."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w\s]|_", " ", text.casefold())
    return " ".join(text.split())


def _compact(text: str) -> str:
    return fold(text).replace(" ", "")


def host_names(url: str | None) -> list[str]:
    """Host labels that can name the site: 'www.acme-news.co.uk' -> ['acmenews']."""
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [lab for lab in host.split(".") if lab not in ("www", "m", "amp", "blog", "news")]
    # drop the public suffix (one or two short labels at the end)
    while len(labels) > 1 and (len(labels[-1]) <= 3 or labels[-1] in GENERIC_TLDS):
        labels.pop()
    return [lab.replace("-", "") for lab in labels if len(lab) >= 3]


def is_site_name(segment: str, site_names: list[str], url: str | None) -> bool:
    """Is this title segment the site's name (or a variant of it)?"""
    seg = _compact(segment)
    if not seg:
        return True
    words = set(fold(segment).split())
    for name in site_names:
        c = _compact(name)
        if not c:
            continue
        if seg == c or (len(c) >= 4 and (seg.startswith(c) or seg.endswith(c)
                                          or (c.startswith(seg) and len(seg) >= 4))):
            return True
        # the suffix shares the site name's words, give or take generic ones ("Acme Blog")
        name_words = set(fold(name).split())
        if words and name_words and words - SITE_WORDS <= name_words and words & name_words:
            return True
    for host in host_names(url):
        if seg == host or (len(host) >= 5 and (host in seg or (seg in host and len(seg) >= 5))):
            return True
        if len(words) <= 4 and seg.replace("the", "") == host.replace("the", ""):
            return True
    return False


def strip_site(title: str | None, site_names: list[str], url: str | None = None) -> str | None:
    """Cut site-name segments off the start and end of a title."""
    if not title:
        return title
    title = " ".join(html.unescape(title).split())
    parts = [p.strip() for p in re.split(f"({SEPARATOR.pattern})", title)]
    # parts alternates text, separator, text, ...
    texts, seps = parts[0::2], parts[1::2]
    while len(texts) > 1 and is_site_name(texts[-1], site_names, url):
        texts.pop()
        seps.pop()
    while len(texts) > 1 and is_site_name(texts[0], site_names, url):
        texts.pop(0)
        seps.pop(0)
    out = texts[0]
    for sep, text in zip(seps, texts[1:]):
        out += (" " + sep.strip() + " " if sep.strip() not in (":",) else ": ") + text
    return out.strip() or None


# An h1 this short is more often a logo or a section name than the headline.
MIN_H1_WORDS = 3
# How much an h1 must share with the page's title to be taken as its headline among several h1s.
MIN_H1_OVERLAP = 0.3


def overlap(a: str, b: str) -> float:
    """Jaccard overlap of the folded words of two titles."""
    wa, wb = set(fold(a).split()), set(fold(b).split())
    return len(wa & wb) / max(1, len(wa | wb))


# UTF-8 read as Latin-1 or Windows-1252 ("Investorâ\x80\x99s", "Investorâ€™s" for
# "Investor’s"): a lead byte of a multi-byte sequence, then a continuation byte, as characters.
MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d"
                      "\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022"
                      "\u2026\u2030\u2039\u203a\u20ac\u2122]")


def unmangle(text: str) -> str:
    """Text whose UTF-8 was decoded as Latin-1 or Windows-1252 (double-encoded by the site),
    decoded again; any other text as it is."""
    if not MOJIBAKE.search(text):
        return text
    for codec in ("latin-1", "cp1252"):
        try:
            return text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return text


def headline(cands: dict, site_names: list[str], url: str | None = None) -> str | None:
    """The headline, without what follows a ' | ' (a section or site name: headlines never use one)."""
    title = _headline(cands, site_names, url)
    if title:
        title = _without_kicker(unmangle(title), cands.get("kickers") or ())
        first = PIPE.split(title)[0].strip()
        if len(first.split()) >= MIN_H1_WORDS:
            return first
    return title


def _without_kicker(title: str, kickers) -> str:
    """The title without the label its h1 sets apart before it ("Case Study: How a bank ...")."""
    for k in kickers:
        fk, ft = fold(k), fold(title)
        if fk and ft.startswith(fk + " ") and len(ft.split()) - len(fk.split()) >= MIN_H1_WORDS:
            return " ".join(title.split()[len(k.split()):]).lstrip(":–—-|· ")
    return title


PIPE = re.compile(r"\s+\|\s+")
# Most words of a kicker set before the headline in its h1 ("Case Study", "Test", "Analysis:").
KICKER_WORDS = 3
# Breadcrumb separators left in a title once the site's name is cut off.
CRUMB = re.compile(r"\s+[»›]\s+")


def _headline(cands: dict, site_names: list[str], url: str | None = None) -> str | None:
    """Choose the headline among JSON-LD headline, meta title, h1, <title> and trafilatura's title.

    The h1 is the headline as readers see it (SEO titles are often reworded), so it wins when
    it is the page's only substantial h1, or the h1 closest to the page's title.
    """
    h1s = [h for h in cands.get("h1") or [] if h and not is_site_name(h, site_names, url)]
    ordered = [cands.get(k) for k in ("jsonld", "meta", "trafilatura", "title", "jsonld_name")]
    # the <title>'s parts between separators: site, sections, headline
    segments = [p.strip() for p in SEPARATOR.split(cands.get("title") or "") if p.strip()]
    longest = max(segments, key=len, default="")
    if ordered[2] and (_compact(ordered[2]) in {_compact(n) for n in site_names if n} | set(host_names(url))
                       or (len(segments) >= 3 and fold(cands.get("title")).startswith(fold(ordered[2]))
                           and len(ordered[2]) < len(longest))):
        # trafilatura took the site's name or a section from "Acme Gazette » News » Headline"
        ordered[2] = None
    stripped = [s for s in (strip_site(c, site_names, url) for c in ordered if c) if s]
    folded_h1 = {fold(h): h for h in h1s}
    for s in stripped:
        if fold(s) in folded_h1:
            return folded_h1[fold(s)]
    # an h1 that is a kicker plus the headline the page's metadata gives ("Case Study" + "How a
    # bank rebuilt its app", "Analysis: Why banks hoard cash"): the kicker is a label
    for s in stripped:
        fs = fold(s)
        for fh in folded_h1:
            kicker = fh[: -len(fs)].split() if fh.endswith(" " + fs) else []
            if (1 <= len(kicker) <= KICKER_WORDS and len(fs.split()) >= MIN_H1_WORDS
                    and not any(w.isdigit() for w in kicker)):  # "2025 Price Guide": a year
                return s
    # a title that is the h1 plus something else: the h1 is the headline
    for c in ordered:
        fc = fold(c)
        for fh, h in folded_h1.items():
            if fh and len(fh.split()) >= 2 and fc.startswith(fh) and fc != fh:
                return h
    title = stripped[0] if stripped else None
    crumbs = [p.strip() for p in CRUMB.split(title or "") if p.strip()]
    if len(crumbs) >= 2 and len(max(crumbs, key=len).split()) >= MIN_H1_WORDS:
        title = max(crumbs, key=len)  # "KXRV 1340 AM » News » Fire Destroys Barn": a breadcrumb
    if title and len(title.split()) < MIN_H1_WORDS and not h1s:
        # "News" taken from "KXRV » News » Fire Destroys Barn": the title's longest part
        if len(longest.split()) >= MIN_H1_WORDS and not is_site_name(longest, site_names, url):
            title = longest
    long_h1s = [h for h in h1s if len(h.split()) >= MIN_H1_WORDS]
    if len(h1s) == 1 and long_h1s:
        return long_h1s[0]
    if len(long_h1s) > 1 and title:
        best = max(long_h1s, key=lambda h: overlap(h, title))
        if overlap(best, title) >= MIN_H1_OVERLAP:
            return best
    return title or (h1s[0] if h1s else None)
