"""Cross-page boilerplate learned per site: lines that recur on many of a site's articles.

A site repeats its chrome (a tagline, a promo line, a footer blurb) on every page, often in
plain markup that no generic rule recognises (issue 4). Each line of an article's cleaned text is
normalised and counted across the DISTINCT article pages of its site; a line seen on enough of
them is template, and is removed with the rule `site-template`.

Positions matter as much as counts: chrome sits in runs at the top or the bottom of the text,
while short lines that legitimately repeat inside articles ("Pros", "Verdict", a series name)
sit between article paragraphs. So a run of recurring lines at an edge is removed as soon as it
holds a sentence-long line (or a short one seen on many pages); a run inside the text only when it
holds a sentence-long line seen on several pages; lone short lines inside the text are kept.

`learn_and_strip` does this in memory for `cleancrawl clean`; `SiteTemplates` does it in SQLite
for crawls (tables `site_templates` and `page_html`), as pages arrive, and re-applies what it
learned to a site's earlier pages once it knows more.
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterable, NamedTuple

from . import rows
from .page import Removal, content_hash  # light: no cleaning libraries in storing processes

if TYPE_CHECKING:
    from .page import CleanedPage

RULE = "site-template"

# -- thresholds ----------------------------------------------------------------------------------
# A block on a single page is never template: it takes at least this many distinct pages.
MIN_PAGES = 2
# ... and this share of the site's article pages (sitewide chrome is on nearly all of them) ...
MIN_SHARE = 0.5
# ... unless a sentence-long block is on this many pages: section chrome of big sites.
MANY_PAGES = 25
# Lines with fewer words are "short": headings, labels, series names, rating lines.
SHORT_WORDS = 6
# A run of short recurring lines at an edge is only template when one of them is this common.
SHORT_MIN_PAGES = 5
# A run inside the text is only template when it holds a sentence-long line this common.
INTERIOR_MIN_PAGES = 4
# Removing more than this share of a page's words means near-duplicate pages, not chrome.
MAX_REMOVED_SHARE = 0.7
# Above this many article pages, a site's earlier pages are re-checked at the end of the run
# rather than after every batch that changes what was learned.
RECHECK_MAX_PAGES = 5_000
# Text kept per block in `site_templates`, for inspection.
MAX_BLOCK_TEXT = 500

_WORD = re.compile(r"\w+")


def normalise(line: str) -> str:
    """Case-folded word tokens of a line: punctuation, spacing and list markers don't count."""
    return " ".join(_WORD.findall(line.casefold()))


def block_hash(norm: str) -> str:
    """Short stable hash of a normalised line."""
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=8).hexdigest()


class Line(NamedTuple):
    """One line of a page's text, with its block hash and word count."""

    text: str
    hash: str
    words: int


def page_lines(text: str) -> list[Line]:
    """The non-empty lines of a text; lines without any word get no hash (never template)."""
    return _lines_and_words(text)[0]


def _lines_and_words(text: str) -> tuple[list[Line], list[str]]:
    """`page_lines`, and the case-folded words of the whole text in order."""
    out, every = [], []
    for raw in (text or "").splitlines():
        raw = raw.strip()
        if not raw:
            continue
        words = _WORD.findall(raw.casefold())  # normalise(), keeping the words
        every += words
        norm = " ".join(words)
        out.append(Line(raw, block_hash(norm) if norm else "", len(words)))
    return out, every


# -- the decision ----------------------------------------------------------------------------------
def is_candidate(pages: int, words: int, site_pages: int) -> bool:
    """Does a block seen on `pages` of a site's `site_pages` article pages recur enough?"""
    if pages < MIN_PAGES:
        return False
    if pages >= MIN_SHARE * site_pages:
        return True
    return words >= SHORT_WORDS and pages >= MANY_PAGES


def level(pages: int, words: int, site_pages: int) -> int:
    """0 = not template; 1 = candidate; 2 = also decides an edge run; 3 = also an interior run."""
    if not is_candidate(pages, words, site_pages):
        return 0
    if words >= SHORT_WORDS and pages >= INTERIOR_MIN_PAGES:
        return 3
    if words >= SHORT_WORDS or pages >= SHORT_MIN_PAGES:
        return 2
    return 1


def lines_to_drop(levels: list[int], words: list[int]) -> list[int]:
    """Indices of the lines to remove, given each line's template level (see `level`)."""
    n = len(levels)
    drop: list[int] = []
    i = 0
    while i < n:
        if not levels[i]:
            i += 1
            continue
        j = i
        while j < n and levels[j]:
            j += 1
        run = levels[i:j]
        at_edge = i == 0 or j == n
        if max(run) >= (2 if at_edge else 3):
            drop.extend(range(i, j))
        i = j
    total = sum(words)
    if drop and total and sum(words[k] for k in drop) > MAX_REMOVED_SHARE * total:
        return []
    return drop


def strip_lines(page: CleanedPage, lines: list[Line], drop: Iterable[int]) -> CleanedPage:
    """A copy of the page without the dropped lines, each recorded as a `site-template` removal."""
    drop = set(drop)
    if not drop:
        return page
    kept = [ln.text for k, ln in enumerate(lines) if k not in drop]
    removed = list(page.removed) + [Removal(lines[k].text, RULE) for k in sorted(drop)]
    # With the chrome above it gone, the headline may now open the text, as chrome.py expects.
    if kept and page.title and normalise(kept[0]) == normalise(page.title):
        removed.append(Removal(kept.pop(0), "repeated-headline"))
    text = "\n".join(kept)
    return replace(page, text=text, word_count=len(text.split()),
                   content_hash=content_hash(text) if text else None, removed=removed)


# -- in memory: `cleancrawl clean` and benchmarks ---------------------------------------------------
@dataclass
class SiteModel:
    """Block counts of one site's distinct article pages, in memory."""

    pages: int = 0
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    seen_texts: set[str] = field(default_factory=set)

    def add(self, page: CleanedPage) -> None:
        """Count the page's blocks, unless an identical text was counted already."""
        key = content_hash(page.text)
        if key in self.seen_texts:
            return
        self.seen_texts.add(key)
        self.pages += 1
        for h in {ln.hash for ln in page_lines(page.text) if ln.hash}:
            self.counts[h] += 1

    def strip(self, page: CleanedPage) -> CleanedPage:
        """The page without the lines this model says are template."""
        lines = page_lines(page.text)
        levels = [level(self.counts.get(ln.hash, 0), ln.words, self.pages) if ln.hash else 0
                  for ln in lines]
        return strip_lines(page, lines, lines_to_drop(levels, [ln.words for ln in lines]))


def learn_and_strip(pages: list[CleanedPage]) -> list[CleanedPage]:
    """Learn each site's template across the given pages, then strip it from its articles."""
    models: dict[str, SiteModel] = defaultdict(SiteModel)
    for page in pages:
        if page.is_article:
            models[page.site].add(page)
    return [models[p.site].strip(p) if p.is_article else p for p in pages]


# -- in SQLite: crawls and `cleancrawl reclean` ----------------------------------------------------
TEMPLATE_COLUMNS = {
    "site": str, "block_hash": str, "text": str, "words": int, "pages": int, "template": int,
    "first_seen_at": str, "last_seen_at": str,
}
PAGE_HTML_COLUMNS = {
    "url": str, "site": str, "content_type": str, "html": bytes, "base": bytes, "base_hash": str,
    "counted": int, "lines": str, "dropped": str, "stored_at": str,
}


def ensure_schema(db) -> None:
    """Create `site_templates` (what was learned) and `page_html` (raw HTML + uncut cleaning)."""
    if not db["site_templates"].exists():
        db["site_templates"].create(TEMPLATE_COLUMNS, pk=("site", "block_hash"))
    if not db["page_html"].exists():
        db["page_html"].create(PAGE_HTML_COLUMNS, pk="url")
    for name, columns in (("site_templates", TEMPLATE_COLUMNS), ("page_html", PAGE_HTML_COLUMNS)):
        have = db[name].columns_dict
        for col, typ in columns.items():
            if col not in have:
                db[name].add_column(col, typ)
    db["site_templates"].create_index(["site", "template"], if_not_exists=True)
    db["page_html"].create_index(["site", "base_hash"], if_not_exists=True)


# Zstandard frames start with this; what older versions stored is zlib, read as before.
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


@lru_cache(maxsize=1)
def _zstd():
    import zstandard

    # Level 1: every page's raw HTML goes through it; on 300 real pages 0.5 ms a page and 86% of
    # zlib level 1's size, which took 1.7 ms (issue 9).
    return zstandard.ZstdCompressor(level=1), zstandard.ZstdDecompressor()


def compress(data: bytes | str | None) -> bytes | None:
    """Zstandard-compressed bytes (str is UTF-8 encoded first)."""
    if data is None:
        return None
    return _zstd()[0].compress(data.encode("utf-8") if isinstance(data, str) else data)


def decompress(blob: bytes | None) -> bytes | None:
    """Inverse of `compress`; also reads the zlib blobs that earlier versions stored."""
    if blob is None:
        return None
    if blob[:4] == ZSTD_MAGIC:
        return _zstd()[1].decompress(blob)
    return zlib.decompress(blob)


def page_to_blob(page: CleanedPage) -> bytes:
    """The uncut cleaned page, compressed JSON."""
    return compress(json.dumps(page.to_dict(), ensure_ascii=False))


def page_from_blob(blob: bytes) -> CleanedPage:
    """Inverse of `page_to_blob`; fields this version does not know are ignored."""
    from .page import CleanedPage

    d = json.loads(decompress(blob))
    d["removed"] = [Removal(r["text"], r["rule"]) for r in d.get("removed") or []]
    known = CleanedPage.__dataclass_fields__
    return CleanedPage(**{k: v for k, v in d.items() if k in known})


@dataclass
class Prepared:
    """What the writer keeps of a page that needs no database: computed where it was cleaned.

    A cleaning worker makes it (`prepare_page`) and sends it back with the page, so the single
    writer only runs SQL: compressing the raw HTML and the uncut page, splitting and hashing
    lines and the MinHash signature cost it ~10 ms a page (issue 9).
    """

    url: str
    is_article: bool
    content_hash: str | None  # the page's (`page_html.base_hash`); with the length: which text this was made from
    text_length: int
    html_z: bytes | None  # `compress(raw HTML)`
    base_z: bytes  # `page_to_blob(page)`
    lines: list[Line]
    lines_str: str | None  # `page_html.lines`
    minhash: bytes | None  # dedup.signature(text), when `signed`
    signed: bool = False

    def fits(self, page: CleanedPage) -> bool:
        """Was this made from this page as it is now?"""
        return (self.url, self.is_article) == (page.url, page.is_article) and self.same_text(page)

    def same_text(self, page: CleanedPage) -> bool:
        """Is the page's text (maybe under another URL) the one this was made from?"""
        return (self.content_hash, self.text_length) == (page.content_hash, len(page.text or ""))


def prepare_page(page: CleanedPage, html: bytes | str | None = None, sign: bool = True) -> Prepared:
    """Everything `SiteTemplates` and the store derive from a page without SQL.

    sign=False leaves the signature to the store, which signs the text it finally keeps.
    """
    from .dedup import signature, words_signature

    sign = sign and page.is_article
    lines, words = _lines_and_words(page.text) if page.is_article else ([], [])
    if sign:
        # The lines' words are the signature's too when folding case is lower-casing (nearly
        # every text; not one with "ß"): the text is split into words once (issue 9).
        text = page.text or ""
        minhash = words_signature(words) if text.casefold() == text.lower() else signature(text)
    return Prepared(
        url=page.url, is_article=page.is_article, content_hash=page.content_hash,
        text_length=len(page.text or ""),
        html_z=compress(html), base_z=page_to_blob(page), lines=lines,
        lines_str=_fmt_lines(lines) if page.is_article else None,
        minhash=minhash if sign else None, signed=sign,
    )


def prepared(page: CleanedPage, fetch: dict) -> Prepared:
    """The page's `Prepared` from its fetch dict (made by a worker), else made here."""
    prep = fetch.get("prepared")
    if prep is not None and prep.fits(page):
        return prep
    prep = prepare_page(page, fetch.get("html"), sign=False)
    fetch["prepared"] = prep
    return prep


def _now() -> str:
    from .store import now

    return now()


@dataclass
class _Site:
    """What the writer knows about one site during a run."""

    pages: int
    blocks: dict[str, tuple[int, int]]  # hash -> (pages, words), for blocks on >= MIN_PAGES pages

    def level_of(self, h: str) -> int:
        b = self.blocks.get(h)
        return level(b[0], b[1], self.pages) if b else 0

    def state(self) -> frozenset:
        """What decides removals on this site: changes here mean earlier pages need a re-check."""
        return frozenset((h, lv) for h in self.blocks if (lv := self.level_of(h)))


class SiteTemplates:
    """Learns site templates in SQLite as pages are stored, and strips them from articles.

    `save(page, fetch, run_id)` writes one article (Store._save_one); it rewrites earlier
    articles of a site when what was learned changes.
    """

    def __init__(self, db, save: Callable[[CleanedPage, dict, int | None], str] | None = None,
                 enabled: bool = True):
        self.db = db
        self.save = save
        self.enabled = enabled
        self.sites: dict[str, _Site] = {}
        self.deferred: set[str] = set()

    # -- per batch -------------------------------------------------------------------------------
    def prepare(self, batch: list[tuple[CleanedPage, dict]]) -> list[tuple[CleanedPage, dict]]:
        """Keep each page's HTML and uncut cleaning, learn from the batch, return it stripped.

        Call inside the writer's transaction, then store the returned pages, then `recheck(run_id)`.
        """
        before = {}
        for page, fetch in batch:
            if self.enabled and page.is_article and page.site not in before:
                before[page.site] = self._site(page.site).state()
            self._keep(page, fetch)
        out = []
        for page, fetch in batch:
            if self.enabled and page.is_article:
                page = self._apply(page, fetch["prepared"].lines)
            out.append((page, fetch))
        self._changed = {s for s, st in before.items() if self._site(s).state() != st}
        self._batch_urls = {p.url for p, _ in batch}
        for s in self._changed:
            self._flag(s)
        return out

    def recheck(self, run_id: int | None = None) -> int:
        """Re-apply what changed in the last batch to earlier articles; returns how many changed."""
        changed = 0
        for site in sorted(getattr(self, "_changed", ())):
            if self.sites[site].pages > RECHECK_MAX_PAGES:
                self.deferred.add(site)
                continue
            changed += self.recheck_site(site, run_id, skip=self._batch_urls)
        self._changed = set()
        return changed

    def finish(self, run_id: int | None = None) -> int:
        """End of a run: re-check the sites whose re-check was deferred."""
        changed = sum(self.recheck_site(s, run_id) for s in sorted(self.deferred))
        self.deferred.clear()
        return changed

    def recheck_site(self, site: str, run_id: int | None = None, skip: set[str] = frozenset()) -> int:
        """Re-apply the site's current template to every stored article whose removals differ."""
        st = self._site(site)
        rows = self.db.execute(
            "select url, lines, dropped from page_html where site = ? and lines is not null", [site]
        ).fetchall()
        changed = 0
        for url, lines, dropped in rows:
            if url in skip:
                continue
            drop = self._drop(st, _parse(lines))
            if _fmt(drop) == (dropped or ""):
                continue
            self._resave(url, run_id)
            changed += 1
        return changed

    def forget_site(self, site: str) -> None:
        """Drop everything learned about a site (reclean starts over)."""
        self.db.execute("delete from site_templates where site = ?", [site])
        self.db.execute("update page_html set counted = 0, lines = null, dropped = null where site = ?",
                        [site])
        self.sites.pop(site, None)
        self.deferred.discard(site)

    # -- internals -------------------------------------------------------------------------------
    def _site(self, site: str) -> _Site:
        st = self.sites.get(site)
        if st is None:
            pages = self.db.execute(
                "select count(*) from page_html where site = ? and counted = 1", [site]).fetchone()[0]
            blocks = {h: (n, w) for h, n, w in self.db.execute(
                "select block_hash, pages, words from site_templates where site = ? and pages >= ?",
                [site, MIN_PAGES])}
            st = self.sites[site] = _Site(pages, blocks)
        return st

    def _keep(self, page: CleanedPage, fetch: dict) -> None:
        """Store HTML + uncut page; count the article's blocks once per distinct page."""
        old = self.db.execute("select counted, lines from page_html where url = ?", [page.url]).fetchone()
        if old and old[0]:
            self._count(page.site, {h for h, _ in _parse(old[1]) if h}, -1, {})
        prep = prepared(page, fetch)
        lines = prep.lines
        base_hash = prep.content_hash  # of the uncut text: the page as cleaned
        counted = 0
        if self.enabled and page.is_article and base_hash:
            dup = self.db.execute(
                "select 1 from page_html where site = ? and base_hash = ? and counted = 1 and url != ?",
                [page.site, base_hash, page.url]).fetchone()
            if not dup:
                counted = 1
                texts = {ln.hash: ln for ln in lines if ln.hash}
                self._count(page.site, set(texts), +1, texts)
        row = {
            "url": page.url, "site": page.site, "content_type": fetch.get("content_type"),
            "base": prep.base_z, "base_hash": base_hash, "counted": counted,
            "lines": prep.lines_str, "dropped": "", "stored_at": _now(),
        }
        if prep.html_z is not None:
            row["html"] = prep.html_z
        rows.upsert(self.db.conn, "page_html", row, pk="url")

    def _count(self, site: str, hashes: set[str], delta: int, texts: dict[str, Line]) -> None:
        """Add (delta +1) or take back (-1) one page's blocks in the site's counts.

        One statement per page, the block hashes passed as a JSON array: a statement per block
        was ~60 statements a page and the writer's largest cost (issue 9).
        """
        st = self._site(site)
        st.pages += delta
        if not hashes:
            return
        if delta > 0:
            now = _now()
            counted = self.db.execute(
                "insert into site_templates (site, block_hash, words, pages, template, first_seen_at, "
                "last_seen_at) select ?, j.key, j.value, 1, 0, ?, ? from json_each(?) j where true "
                "on conflict (site, block_hash) do update "
                "set pages = pages + 1, last_seen_at = excluded.last_seen_at "
                "returning block_hash, pages, text is not null",
                [site, now, now, json.dumps({h: texts[h].words for h in hashes})]).fetchall()
            # Text is kept only for blocks on several pages: singletons are article text.
            named = [(texts[h].text[:MAX_BLOCK_TEXT], site, h) for h, n, has_text in counted
                     if n >= MIN_PAGES and not has_text]
            if named:
                self.db.conn.executemany(
                    "update site_templates set text = ? where site = ? and block_hash = ?", named)
            counts = [(h, n, texts[h].words) for h, n, _ in counted]
        else:
            counts = self.db.execute(
                "update site_templates set pages = pages - 1 where site = ? and block_hash in "
                "(select value from json_each(?)) returning block_hash, pages, words",
                [site, json.dumps(sorted(hashes))]).fetchall()
        for h, n, words in counts:
            if n >= MIN_PAGES:
                st.blocks[h] = (n, words)
            else:
                st.blocks.pop(h, None)

    def _flag(self, site: str) -> None:
        """Keep `site_templates.template` in step with what the site's counts now say."""
        st = self.sites[site]
        on = [h for h in st.blocks if st.level_of(h)]
        self.db.execute("update site_templates set template = 0 where site = ? and template = 1", [site])
        self.db.conn.executemany("update site_templates set template = 1 where site = ? and block_hash = ?",
                            [(site, h) for h in on])

    @staticmethod
    def _drop(st: _Site, lines: list[tuple[str, int]]) -> list[int]:
        levels = [st.level_of(h) if h else 0 for h, _ in lines]
        return lines_to_drop(levels, [w for _, w in lines])

    def _apply(self, page: CleanedPage, lines: list[Line] | None = None) -> CleanedPage:
        st = self._site(page.site)
        lines = page_lines(page.text) if lines is None else lines
        levels = [st.level_of(ln.hash) if ln.hash else 0 for ln in lines]
        drop = lines_to_drop(levels, [ln.words for ln in lines])
        self.db.execute("update page_html set dropped = ? where url = ?", [_fmt(drop), page.url])
        return strip_lines(page, lines, drop)

    def _resave(self, url: str, run_id: int | None) -> None:
        base = self.db.execute("select base from page_html where url = ?", [url]).fetchone()[0]
        page = self._apply(page_from_blob(base))
        # The stored fetch facts (status, time, HTTP validators) stay as they were.
        fetch: dict = {}
        for table, cols in (("pages", ("status", "fetched_at")), ("articles", ("etag", "last_modified"))):
            for row in self.db.query(f"select * from [{table}] where url = ?", [url]):
                fetch.update({c: row.get(c) for c in cols if row.get(c) is not None})
        fetch.setdefault("status", 200)
        if self.save is not None:
            self.save(page, fetch, run_id)


def _fmt(drop: list[int]) -> str:
    return " ".join(map(str, drop))


def _fmt_lines(lines: list[Line]) -> str:
    """A page's lines as stored in `page_html.lines`: 'hash:words' in text order."""
    return " ".join(f"{ln.hash or '-'}:{ln.words}" for ln in lines)


def _parse(lines: str | None) -> list[tuple[str, int]]:
    out = []
    for tok in (lines or "").split():
        h, _, w = tok.partition(":")
        out.append(("" if h == "-" else h, int(w or 0)))
    return out
