"""Templated test sites: real article texts wrapped in site chrome of our own, served on loopback.

The article texts are the ground truth of ../shared/benchmarks (read at run time, never copied
into the repo), so the text a perfect cleaner must keep is known exactly. Every page of a site
carries the same chrome in hint-free markup: plain <div>, <p>, <td>, no class or id, no
<nav>/<footer>/<aside>, so only learning across pages can tell it from the article (issue 4).
"""

from __future__ import annotations

import html
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PER_INDEX_PAGE = 12


@dataclass
class Article:
    """One ground-truth article: its slug, title and paragraphs (the exact expected text)."""

    key: str
    slug: str
    title: str
    paragraphs: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def load_articles(benchmarks: Path, count: int, skip: int = 0, min_words: int = 250,
                  max_words: int = 1500) -> list[Article]:
    """`count` WCXB ground-truth articles of a reasonable length, in a stable order."""
    truth = json.loads((benchmarks / "wcxb-dev-articles" / "ground-truth.json").read_text("utf-8"))
    out: list[Article] = []
    seen = 0
    for key in sorted(truth):
        rec = truth[key]
        paras = [" ".join(p.split()) for p in (rec.get("articleBody") or "").splitlines()]
        paras = [p for p in paras if p]
        words = sum(len(p.split()) for p in paras)
        if not rec.get("title") or not min_words <= words <= max_words or len(paras) < 5:
            continue
        seen += 1
        if seen <= skip:
            continue
        slug = re.sub(r"[^a-z0-9]+", "-", rec["title"].lower()).strip("-")[:60] or key
        out.append(Article(key, f"{slug}-{key}", rec["title"], paras))
        if len(out) == count:
            break
    return out


def _e(s: str) -> str:
    return html.escape(s, quote=True)


def _body_html(article: Article, extra: dict[int, str] | None = None) -> str:
    """The article's lines as plain paragraphs (short headings in bold), as issue 4 describes.

    Lists and <h2> headings are not used: trafilatura drops them on such minimal pages, and these
    sites measure template learning, not the extractor.
    """
    parts: list[str] = []
    for n, p in enumerate(article.paragraphs):
        if extra and n in extra:
            parts.append(extra[n])
        if len(p.split()) <= 8 and not p.endswith((".", "!", "?", ":", '"', "”")):
            parts.append(f"<p><strong>{_e(p)}</strong></p>")
        else:
            parts.append(f"<p>{_e(p)}</p>")
    return "\n".join(parts)


@dataclass
class Template:
    """A site design: its name, chrome lines, and how it lays out articles and index pages."""

    name: str
    site_name: str
    layout: str  # "divs", "paragraphs" or "left-column"
    header: list[str]
    sidebar: list[str]
    footer: list[str]
    after_article: list[str]
    mid_article: str | None = None
    # Short lines that legitimately repeat inside every article (kept by a correct cleaner).
    article_headings: list[str] = field(default_factory=list)
    # A series line on some articles only: repeats, but is not template.
    series_line: str | None = None
    series_every: int = 4

    @property
    def chrome(self) -> list[str]:
        """Every chrome line a page of this site carries (for 'no chrome leaked' checks)."""
        lines = [self.site_name, *self.header, *self.sidebar, *self.footer, *self.after_article]
        if self.mid_article:
            lines.append(self.mid_article)
        return lines

    # -- pages -----------------------------------------------------------------------------------
    def expected(self, article: Article, n: int) -> list[str]:
        """The exact lines a perfect cleaner keeps from article number n of this site."""
        lines = list(article.paragraphs)
        if self.article_headings:
            lines[-1:-1] = [h.format(n=n % 5 + 5) for h in self.article_headings]
        if self.series_line and n % self.series_every == 0:
            lines.insert(0, self.series_line)
        return lines

    def article_page(self, article: Article, n: int, popular: list[Article]) -> str:
        lines = self.expected(article, n)
        shown = Article(article.key, article.slug, article.title, lines)
        extra = {}
        if self.mid_article and len(lines) > 6:
            extra[len(lines) // 2] = self._block(self.mid_article)
        body = _body_html(shown, extra=extra)
        pop = "".join(f"<div><a href='/reviews/{a.slug}/'>{_e(a.title)}</a></div>" for a in popular)
        side = "".join(self._block(s) for s in self.sidebar) + pop
        after = "".join(self._block(s) for s in self.after_article)
        main = f"<h1>{_e(article.title)}</h1>\n{body}\n{after}"
        return self._page(article.title, main, side)

    def index_page(self, articles: list[Article], page: int, pages: int) -> str:
        items = []
        for a in articles:
            teaser = " ".join(a.paragraphs[0].split()[:30])
            items.append(f"<div><h3><a href='/reviews/{a.slug}/'>{_e(a.title)}</a></h3>"
                         f"<div>{_e(teaser)} …</div></div>")
        links = " ".join(f"<a href='{'/' if p == 1 else f'/page/{p}/'}'>{p}</a>"
                         for p in range(1, pages + 1))
        main = f"<h1>Latest from {_e(self.site_name)}</h1>" + "".join(items) + f"<div>{links}</div>"
        side = "".join(self._block(s) for s in self.sidebar)
        return self._page(f"{self.site_name}: page {page}", main, side)

    def _block(self, text: str) -> str:
        return f"<div>{_e(text)}</div>" if self.layout == "divs" else f"<p>{_e(text)}</p>"

    def _page(self, title: str, main: str, side: str) -> str:
        menu = ("<div><a href='/'>Home</a> · <a href='/page/2/'>Older</a> · "
                "<a href='/'>Latest reviews</a></div>")
        head = "".join(self._block(s) for s in self.header)
        foot = "".join(self._block(s) for s in self.footer)
        brand = f"<div><a href='/'>{_e(self.site_name)}</a></div>"
        doc = f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{_e(title)} | {_e(self.site_name)}</title></head><body>"
        if self.layout == "left-column":
            # The sidebar comes first in the markup, so its chrome precedes the article.
            return (doc + f"<div>{brand}{head}{menu}</div><div><div>{side}</div><div>{main}</div></div>"
                    f"<div>{foot}</div></body></html>")
        if self.layout == "paragraphs":
            # One flat column: chrome paragraphs are siblings of the article's paragraphs.
            return (doc + f"<div>{brand}{head}{menu}<div>{main}</div>{side}{foot}</div></body></html>")
        return (doc + f"<div>{brand}{head}{menu}</div><div><div>{main}</div><div>{side}</div></div>"
                f"<div>{foot}</div></body></html>")


TEMPLATES = [
    Template(
        name="gear-magazine", site_name="Gearbench", layout="divs",
        header=["Honest reviews of the gear you actually use",
                "Independent since 2009 and paid for by our readers, never by the brands we test."],
        sidebar=["About Gearbench",
                 "We are a small team of testers who buy every product we review with our own money.",
                 "Popular right now"],
        mid_article="Like what you are reading? The Gearbench weekly letter lands every Friday morning with our newest tests.",
        after_article=["Written and tested by the Gearbench review desk in Leeds.",
                       "Spotted a mistake in this review? Tell our corrections editor and we will fix it within a day."],
        footer=["Gearbench is an independent publication based in Leeds, England.",
                "Editorial standards and how we test",
                "Gearbench Media Ltd, 14 Mill Street, Leeds LS1 4AB, company number 08812345"],
        article_headings=["Our verdict", "Score: {n} out of 10"],
    ),
    Template(
        name="kitchen-blog", site_name="The Kitchen Notebook", layout="paragraphs",
        header=["Recipes, reviews and kitchen experiments from a very small flat",
                "New here? Start with the five recipes our readers cook most often."],
        sidebar=["Hello, I am Maren, a home cook who tests everything twice before writing it up.",
                 "The pantry list",
                 "Keep a jar of good anchovies, a bag of lemons and decent olive oil, and dinner is never far away."],
        after_article=["Made this? I would love to hear how it went, so drop me a line any time.",
                       "Every product on this blog is bought at full price in ordinary shops."],
        footer=["The Kitchen Notebook has been written in the same tiny kitchen since 2012.",
                "Photographs and words by Maren Holt unless stated otherwise.",
                "Questions about a recipe go to the mailbag, answered every Sunday evening."],
        series_line="Part of the Weeknight Dinners collection on this blog",
    ),
    Template(
        name="cinema-columns", site_name="Retro Cinema Review", layout="left-column",
        header=["The oldest film review site still edited by hand",
                "Reviews, essays and arguments about the movies since 1998"],
        sidebar=["Inside this issue",
                 "The editor writes: we read every letter, and we print the best ones at the end of each month.",
                 "Letters to the editor"],
        mid_article="Retro Cinema Review is free to read and survives on the kindness of its readers and their small monthly gifts.",
        after_article=["Filed under the long reads section of the magazine archive.",
                       "Share your own view of this piece in a letter to the editor, with your name and town."],
        footer=["Retro Cinema Review is edited in Bristol by a volunteer team of six.",
                "Back issues from 1998 onwards are kept in the archive, free of charge, for everyone.",
                "Best viewed with any browser"],
    ),
]


def build_site(template: Template, articles: list[Article]) -> dict[str, str]:
    """Every page of a site: path -> HTML. Articles at /reviews/SLUG/, index pages at / and /page/N/."""
    pages: dict[str, str] = {}
    popular = articles[:3]
    for n, a in enumerate(articles):
        pages[f"/reviews/{a.slug}/"] = template.article_page(a, n, [p for p in popular if p is not a][:3])
    chunks = [articles[i:i + PER_INDEX_PAGE] for i in range(0, len(articles), PER_INDEX_PAGE)]
    for i, chunk in enumerate(chunks, 1):
        pages["/" if i == 1 else f"/page/{i}/"] = template.index_page(chunk, i, len(chunks))
    return pages


class SiteServer:
    """A threaded HTTP server on 127.0.0.x, port 0, serving one site's pages (context manager)."""

    def __init__(self, pages: dict[str, str], host: str = "127.0.0.1"):
        self.pages = pages
        self.host = host
        self.requests: list[str] = []

    def __enter__(self) -> "SiteServer":
        pages, log = self.pages, self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                log.append(self.path)
                body = pages.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                data = body.encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer((self.host, 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.server.server_address[1]}"

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


# -- scoring ---------------------------------------------------------------------------------------
def _shingles(text: str, n: int = 4) -> dict:
    toks = re.findall(r"\w+", text or "")
    grams = [tuple(toks)] if len(toks) < n else [tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)]
    out: dict = {}
    for g in grams:
        out[g] = out.get(g, 0) + 1
    return out


def shingle_scores(pairs: list[tuple[str, str]]) -> tuple[float, float, float]:
    """AEB's shingle metric over (expected, extracted) pairs: mean precision, mean recall, F1."""
    ps, rs = [], []
    for truth, pred in pairs:
        t, p = _shingles(truth), _shingles(pred)
        tp = sum(min(c, p.get(g, 0)) for g, c in t.items())
        fp = sum(p.values()) - tp
        fn = sum(t.values()) - tp
        if fp == 0 and fn == 0:
            ps.append(1.0)
            rs.append(1.0)
            continue
        ps.append(tp / (tp + fp) if tp + fp else 0.0)
        rs.append(tp / (tp + fn) if tp + fn else 0.0)
    p, r = sum(ps) / len(ps), sum(rs) / len(rs)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def chrome_lines(template: Template, text: str, others: list[Article] = ()) -> list[str]:
    """Lines of an extracted text that are this site's chrome (or titles of other articles)."""
    norm = lambda s: " ".join(re.findall(r"\w+", s.casefold()))  # noqa: E731
    chrome = {norm(c) for c in template.chrome} | {norm(a.title) for a in others}
    return [ln for ln in text.splitlines() if norm(ln) in chrome]
