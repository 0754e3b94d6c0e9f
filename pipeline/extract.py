"""HTML bytes -> parsed tree -> main text, with trafilatura doing the extraction."""

from __future__ import annotations

import codecs
import copy
import re

import lxml.html
import trafilatura
from trafilatura.metadata import extract_title
from lxml import etree
from w3lib.encoding import (
    html_body_declared_encoding,
    html_to_unicode,
    http_content_type_encoding,
    read_bom,
)

from .errors import CleaningError, NotHTML
from .stoplists import all_stopwords, share_stopwords

# Pages above this are cut before parsing: no article needs more, and lxml's memory grows with it.
MAX_HTML_CHARS = 5_000_000
# Cleaning time grows with the element count (about 0.3 ms each); real article pages stay far
# below this, while a hostile flat page of 400,000 paragraphs would take minutes (issue 10).
MAX_HTML_ELEMENTS = 50_000

# Magic numbers of bodies that are certainly not HTML, whatever the server says.
BINARY_SIGNATURES = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"RIFF", "RIFF media"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"wOFF", "web font"),
)
HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")

# Counted inside libxml2: a Python walk over every element cost 0.6 ms a page.
_COUNT_ELEMENTS = etree.XPath("count(//*)")

_TAG_RE = re.compile(rb"<\s*(html|head|body|div|p|article|title|meta|!doctype)", re.I)


def check_html(body: bytes, content_type: str | None = None) -> None:
    """Raise NotHTML unless the body looks like an HTML document."""
    if not body or not body.strip():
        raise NotHTML("empty body")
    ctype = (content_type or "").split(";")[0].strip().lower()
    head = body[:1024].lstrip()
    for magic, name in BINARY_SIGNATURES:
        if head.startswith(magic):
            raise NotHTML(f"binary body ({name}) served as {ctype or 'unknown type'}")
    if ctype not in HTML_CONTENT_TYPES and "html" not in ctype:
        raise NotHTML(f"content type {ctype} is not HTML")
    sample = body[:4096]
    if sample.count(b"\x00") > 8 and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotHTML("binary body (NUL bytes)")
    if not _TAG_RE.search(body[:65536]):
        raise NotHTML("no HTML markup in the body")


def _legacy_bytes(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejected as windows-1252 (latin-1 for its five unassigned bytes)."""
    chunk = exc.object[exc.start:exc.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in chunk), exc.end


codecs.register_error("cleancrawl-cp1252", _legacy_bytes)


def decode_html(body: bytes | str, content_type: str | None = None) -> str:
    """Decode bytes: BOM, then valid UTF-8, then the declared charset; stray legacy bytes as cp1252.

    Declarations lie (a UTF-8 page served as ISO-8859-1), pages mix encodings (a cp1252 fragment
    pasted into UTF-8) and many declare nothing; decoding never drops a character (issue 10).
    """
    if isinstance(body, str):
        return body
    bom_encoding, bom = read_bom(body)
    if bom_encoding:
        return body[len(bom):].decode(bom_encoding, errors="replace")
    declared = http_content_type_encoding(content_type) or html_body_declared_encoding(body[:4096])
    if declared and ("16" in declared or "32" in declared):
        return html_to_unicode(content_type, body)[1]
    try:  # valid UTF-8 with non-ASCII bytes is almost never an accident of another encoding
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared in (None, "utf-8", "utf8"):
        return body.decode("utf-8", errors="cleancrawl-cp1252")
    return html_to_unicode(content_type, body)[1]


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse HTML text into an lxml tree, tolerating broken markup."""
    text = text[:MAX_HTML_CHARS]
    # lxml refuses str input that carries an XML encoding declaration.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    parser = lxml.html.HTMLParser(remove_comments=True, huge_tree=False, recover=True)
    try:
        tree = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise NotHTML(f"unparseable HTML: {exc}") from exc
    if tree is None:
        raise NotHTML("unparseable HTML")
    _adopt_stray_roots(tree)
    elements = int(_COUNT_ELEMENTS(tree))
    if elements > MAX_HTML_ELEMENTS:
        raise CleaningError(f"page too large to clean: {elements} elements (limit {MAX_HTML_ELEMENTS})")
    return tree


def _adopt_stray_roots(tree: lxml.html.HtmlElement) -> None:
    """Move what libxml2 parsed into extra <html> roots into the document's body.

    A template that closes the document early ("</body></html>" from an included header, then the
    article) makes libxml2 start a second root element beside the first; everything in it is
    invisible to a walk from the document element, so the whole article went missing (issue 3).
    """
    before = [s for s in tree.itersiblings(preceding=True) if isinstance(s.tag, str)][::-1]
    after = [s for s in tree.itersiblings() if isinstance(s.tag, str)]
    if not before and not after:
        return
    body = tree.find("body")
    if body is None:
        body = etree.SubElement(tree, "body")
    head = tree.find("head")
    for strays, at_end in ((before, False), (after, True)):
        moved = []
        for stray in strays:
            for child in list(stray):
                if child.tag == "head" and head is not None:
                    head.extend(list(child))
                elif child.tag == "body":
                    moved.extend(list(child))
                else:
                    moved.append(child)
        if at_end:
            body.extend(moved)
        else:
            body[0:0] = moved


# How trafilatura runs on the pruned tree. fast=False keeps its readability/justext comparison:
# without it WCXB dev F1 fell by 0.017 (a handful of pages lose their whole article), and on the
# pruned tree it cannot bring pruned chrome back. Comments are never article text. Its metadata
# pass is off: it cost a third of its time (htmldate's extensive search above all) for fields
# structured data mostly gives; metadata.finish() asks trafilatura's helpers only for the rest.
TRAFILATURA_OPTIONS = {
    "with_metadata": False,
    "include_comments": False,
    "include_tables": True,
    "favor_precision": False,
    "deduplicate": False,
    "fast": False,
}
# Recall focus first (issue 3): on a tree our rules have already pruned, trafilatura's balanced
# focus mostly drops article blocks (card lists, teaser-classed sections, div-only paragraphs), not
# chrome. It is also cheaper: it skips the readability/justext comparison once it has found enough
# text. With the fallbacks below, extraction takes 23% less time than the balanced focus alone;
# WCXB F1 dev 0.9347 -> 0.9461, holdout 0.9354 -> 0.9445; AEB within 0.001.
RECALL_OPTIONS = {**TRAFILATURA_OPTIONS, "favor_recall": True}
# ...but on a few pages it settles on one short block where the balanced cascade (readability,
# its own recall escalation) finds the whole article. A recall result under this share of the
# pruned page's text is checked against a balanced run, and the longer text wins.
RECALL_SHORTFALL = 0.2


def _bare(tree: lxml.html.HtmlElement, url: str | None, options: dict) -> dict:
    """trafilatura's document for the tree (it copies the tree) as a dict; {} when there is none."""
    doc = trafilatura.bare_extraction(tree, url=url, **options)
    if doc is None:
        return {}
    return doc if isinstance(doc, dict) else doc.as_dict()


def page_text_chars(tree: lxml.html.HtmlElement) -> int:
    """Length of the body's whitespace-normalised text."""
    body = tree.find("body")
    return len(" ".join((body if body is not None else tree).text_content().split()))


# Still under this share of the page after both runs, the article probably sits in a markup
# trafilatura's rules do not read (div soup, one container per sentence); jusText, which judges each
# block by its length, stopwords and links, gets a say. trafilatura runs the same rescue itself, but
# only when its text is a small share of the *unpruned* page, which after our pruning it rarely is.
# Measured on the WCXB halves: dev 0.9427 -> 0.9459 F1, holdout 0.9397 -> 0.9446, AEB unchanged.
JUSTEXT_SHORTFALL = 0.3
# ...and its text replaces trafilatura's only when this many times longer.
JUSTEXT_GAIN = 2.0
# What jusText must not read: asides, footers and code (trafilatura's basic_cleaning; cookie
# containers are gone already, chrome.prune_html removes them).
JUSTEXT_SKIP = etree.XPath(
    "//aside|//div[contains(@class|@id, 'footer')]|//fencedframe|//footer"
    "|//script|//style|//svg|//template"
)
# jusText's paragraph settings as trafilatura tunes them for its own rescue.
JUSTEXT_SETTINGS = {
    "length_low": 50, "length_high": 150, "stopwords_low": 0.1, "stopwords_high": 0.2,
    "max_link_density": 0.25, "no_headings": True,
}


def justext_text(tree: lxml.html.HtmlElement) -> str:
    """The blocks jusText judges to be content, one per line (the tree is left as it was)."""
    from justext.core import ParagraphMaker, classify_paragraphs, revise_paragraph_classification

    tree = copy.deepcopy(tree)
    for element in JUSTEXT_SKIP(tree):
        element.drop_tree()
    paragraphs = ParagraphMaker.make_paragraphs(tree)
    classify_paragraphs(paragraphs, all_stopwords(), **JUSTEXT_SETTINGS)
    revise_paragraph_classification(paragraphs, 150)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


# Subheadings trafilatura loses: its rescue pass for pages whose article sits in no container it
# knows ("div soup") collects paragraphs, lists and tables but never headings, and jusText judges a
# heading as a block too short to be content. A subheading whose next paragraph made it into the
# text is put back above that paragraph. The page's own headline (h1) is left to the metadata.
SUBHEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
# Longer than this, a "heading" is a styled paragraph or a whole card; it is not a subheading.
SUBHEADING_MAX_WORDS = 25
# ...and its line is no longer than this.
HEADING_MAX_CHARS = 300
# The paragraph under a heading is recognised by its first words...
FOLLOWER_WORDS = 8
# ...and must have at least this many, so a one-word caption does not vouch for a heading.
FOLLOWER_MIN_WORDS = 12
# A line of the text is matched by its first words only when it has this many.
MATCH_MIN_WORDS = 4
# Subheadings are put back only when at least this many, and more than were kept, went missing.
SUBHEADINGS_LOST_MIN = 2
# Headings over the text's last this-many lines are not put back.
SUBHEADING_TAIL_LINES = 3
# The article's body holds more than this share of the headings found missing.
MAIN_CONTAINER_SHARE = 0.6
_WORDS = re.compile(r"\w+")


def _key(text: str) -> str:
    """The text's words, lower-cased, as one comparable string."""
    return " ".join(_WORDS.findall(text.lower()))


# Climbing out of these to find a heading's paragraph would leave a card or a list of teasers.
_CARD_TAGS = frozenset({"a", "li", "ul", "ol", "figure", "aside", "article", "body", "html"})
# A heading may be wrapped ("<div><h2>…</h2></div><p>…"), but not deeper than this.
SUBHEADING_MAX_CLIMB = 2


def _is_teaser_heading(heading) -> bool:
    """True for a heading that links away (a teaser's headline), or sits inside a link."""
    for a in heading.iter("a"):
        href = (a.get("href") or "").strip()
        if href and not href.startswith("#"):
            return True
    return any(a.tag == "a" for a in heading.iterancestors())


def _words(texts, limit: int) -> list[str]:
    """The first words (lower-cased) of a run of text pieces, reading no further than needed."""
    words: list[str] = []
    for piece in texts:
        if piece:
            words.extend(_WORDS.findall(piece.lower()))
            if len(words) >= limit:
                break
    return words[:limit]


def _next_block_words(heading, limit: int) -> list[str]:
    """First words of what follows the heading (outside it): its tail, or the first following
    element with words of its own, climbing out of a wrapper or two but never out of a card."""
    node = heading
    for _ in range(SUBHEADING_MAX_CLIMB + 1):
        words = _words((node.tail,), limit)
        nxt = node.getnext()
        while not words and nxt is not None:
            if isinstance(nxt.tag, str):
                words = _words(nxt.itertext(), limit)
            words = words or _words((nxt.tail,), limit)
            nxt = nxt.getnext()
        if words:
            return words
        node = node.getparent()
        if node is None or node.tag in _CARD_TAGS:
            return []
    return []


def _in_main_container(found: list) -> list:
    """The found headings inside the deepest element holding most of them: the article's body.
    An author box, a sign-up card or a "related" list past the article has headings of its own."""
    if len(found) < 2:
        return found
    counts: dict = {}
    depth: dict = {}
    for heading, _, _ in found:
        for level, ancestor in enumerate(reversed(list(heading.iterancestors()))):
            counts[ancestor] = counts.get(ancestor, 0) + 1
            depth[ancestor] = level
    need = len(found) * MAIN_CONTAINER_SHARE
    main = max((a for a, n in counts.items() if n >= need), key=depth.get)
    if main.tag in ("body", "html"):
        return []  # scattered over the page: no article body holds them
    return [f for f in found if any(a is main for a in f[0].iterancestors())]


def restore_subheadings(tree: lxml.html.HtmlElement, text: str) -> str:
    """Put back subheadings missing from the text above the paragraph that follows each one."""
    headings = list(tree.iter(*SUBHEADING_TAGS))
    if len(headings) < SUBHEADINGS_LOST_MIN:
        return text
    lines = text.split("\n")
    starts: dict[str, int] = {}
    present = set()
    for i, line in enumerate(lines):
        # only a line as short as a heading can be one; the start is enough for the rest
        words = _WORDS.findall(line[:HEADING_MAX_CHARS].lower())
        if len(line) <= HEADING_MAX_CHARS:
            present.add(" ".join(words))
        if len(words) >= MATCH_MIN_WORDS:
            starts.setdefault(" ".join(words[:FOLLOWER_WORDS]), i)
    found: list = []
    kept = 0
    for heading in headings:
        title = " ".join(heading.text_content().split())
        key = _key(title)
        if not key or len(key.split()) > SUBHEADING_MAX_WORDS or _is_teaser_heading(heading):
            continue
        if key in present:
            kept += 1
            continue
        follower = _next_block_words(heading, max(FOLLOWER_WORDS, FOLLOWER_MIN_WORDS))
        long_enough = len(follower) >= FOLLOWER_MIN_WORDS
        at = starts.get(" ".join(follower[:FOLLOWER_WORDS])) if long_enough else None
        if at is None:
            continue
        # a heading already standing above that paragraph (another wording of it) stays alone
        if at > 0 and f" {_key(lines[at - 1])} " in f" {key} ":
            continue
        # the last few lines are where boxes after the article end up ("You may also be
        # interested in", "This article is for subscribers"): their titles stay out
        if at >= len(lines) - SUBHEADING_TAIL_LINES:
            continue
        found.append((heading, at, title))
        present.add(key)
    # One heading missing among kept ones was left out on purpose (a sign-up box's title, a
    # "next steps" promo); the rescue passes lose all of them.
    found = _in_main_container(found)
    if len(found) < SUBHEADINGS_LOST_MIN or len(found) <= kept:
        return text
    inserts: dict[int, list[str]] = {}
    for _, at, title in found:
        inserts.setdefault(at, []).append(title)
    out = []
    for i, line in enumerate(lines):
        out.extend(inserts.get(i, ()))
        out.append(line)
    return "\n".join(out)


# Text a container holds before its first child element ("<section>Opening paragraph.<p></p><h2>…")
# is dropped by trafilatura, which reads the text of the blocks inside a container, not its own:
# the article's opening paragraph went missing. Such text, as long as a sentence, is wrapped in a
# paragraph of its own when blocks follow it.
LOOSE_TEXT_MIN_CHARS = 80
_LOOSE_TEXT_HOSTS = ("div", "section", "article", "main")
_BLOCK_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "div", "table", "blockquote", "figure"})


def wrap_loose_text(tree: lxml.html.HtmlElement) -> None:
    """Put a container's leading text, when blocks follow it, into a <p> of its own."""
    for el in tree.iter(*_LOOSE_TEXT_HOSTS):
        text = el.text
        if not text or len(text) < LOOSE_TEXT_MIN_CHARS or len(text.strip()) < LOOSE_TEXT_MIN_CHARS:
            continue
        if not any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el):
            continue
        p = etree.Element("p")
        p.text = text
        el.text = None
        el.insert(0, p)


def extract_main(tree: lxml.html.HtmlElement, url: str | None) -> dict:
    """Run trafilatura on an already parsed (and pruned) tree; returns its document as a dict."""
    share_stopwords()
    wrap_loose_text(tree)
    doc = _bare(tree, url, RECALL_OPTIONS)
    found = len(doc.get("text") or "")
    page = page_text_chars(tree)
    if found < RECALL_SHORTFALL * page:
        balanced = _bare(tree, url, TRAFILATURA_OPTIONS)
        balanced_found = len(balanced.get("text") or "")
        if balanced_found > found:
            doc, found = balanced, balanced_found
    if found < JUSTEXT_SHORTFALL * page:
        try:
            rescued = justext_text(tree)
        except Exception:  # noqa: BLE001 - a failed rescue leaves trafilatura's text, not a failed page
            rescued = ""
        if len(rescued) > JUSTEXT_GAIN * found:
            doc["text"] = rescued
    if doc.get("text"):
        doc["text"] = restore_subheadings(tree, doc["text"])
    if not doc.get("title"):
        doc["title"] = extract_title(tree)
    return doc
