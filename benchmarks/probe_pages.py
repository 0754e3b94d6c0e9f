"""How clean_html fares on the probe pages: chrome blocks in article pages, and page metadata.

\b
    python benchmarks/probe_pages.py html              # per suite: blocks leaking, paragraphs lost
    python benchmarks/probe_pages.py html --list       # and a row per block
    python benchmarks/probe_pages.py metadata          # per suite: fields correct
    python benchmarks/probe_pages.py metadata --json   # the totals as JSON

The pages in benchmarks/probe_data/ were written from what real sites ship (no benchmark page,
site or sentence). html: each chrome block of html_blocks_N is put at its position in a full
article page around an article of html_articles_N (suite 1: one WordPress review site; suite 2:
the block's own site, its front-end stack and its language), and the page is cleaned. A block
leaks when one of its phrases survives in the text (case-insensitive, on word boundaries); a
paragraph is lost when its first 8 words (suite 2: or its last 8) are not in the text. The same
page without the block, the control, is cleaned too: a phrase already in its text is not a leak,
and its paragraph losses are counted apart. metadata: title, authors and date of each page of
meta_pages_N, plus rating, best rating, item reviewed and its type where the truth has a rating
(a truth rating of None: no rating may be reported, and the other three are not scored).
Titles and items are equal after folding case and punctuation, authors are the same set of
names (honorifics and anything after a comma dropped), dates the same day. A page clean_html
fails on loses every paragraph and misses every field.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import unicodedata
from html import escape as e
from pathlib import Path
from typing import Callable, NamedTuple

from dateutil import parser as dateparser

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import importlib  # noqa: E402

from benchmarks.probe_data import html_articles_1, html_articles_2, html_blocks_1  # noqa: E402
from benchmarks.probe_data import html_blocks_2  # noqa: E402
from pipeline.clean import clean_html  # noqa: E402
from pipeline.errors import CleanCrawlError  # noqa: E402

# Suite 1 pairs these blocks with a fitting article (an author box on a page by that author).
PREFER = {
    "simple_author_box": lambda a: a["author"] == "Dana Whitfield",
    "molongui_author_box": lambda a: a["author"] == "Raj Menon",
    "rank_math_toc_block": lambda a: "Headphones" in a["title"],
}

LOC = {
    "en": dict(html="en-US", by="By", date="March 14, 2025", rights="All rights reserved.",
               privacy="Privacy", contact="Contact", skip="Skip to content", author="author",
               account="Account", search="Search", menu="Menu", read="7 min read"),
    "es": dict(html="es-ES", by="Por", date="14 marzo 2025", rights="Todos los derechos reservados.",
               privacy="Privacidad", contact="Contacto", skip="Saltar al contenido", author="autor",
               account="Cuenta", search="Buscar", menu="Menú", read="7 min de lectura"),
    "fr": dict(html="fr-FR", by="Par", date="14 mars 2025", rights="Tous droits réservés.",
               privacy="Confidentialité", contact="Contact", skip="Aller au contenu", author="auteur",
               account="Compte", search="Rechercher", menu="Menu", read="7 min de lecture"),
    "de": dict(html="de-DE", by="Von", date="14. März 2025", rights="Alle Rechte vorbehalten.",
               privacy="Datenschutz", contact="Kontakt", skip="Zum Inhalt springen", author="autor",
               account="Konto", search="Suche", menu="Menü", read="7 Min. Lesezeit"),
    "pt": dict(html="pt-BR", by="Por", date="14 de março de 2025", rights="Todos os direitos reservados.",
               privacy="Privacidade", contact="Contato", skip="Pular para o conteúdo", author="autor",
               account="Conta", search="Buscar", menu="Menu", read="7 min de leitura"),
    "it": dict(html="it-IT", by="Di", date="14 marzo 2025", rights="Tutti i diritti riservati.",
               privacy="Privacy", contact="Contatti", skip="Vai al contenuto", author="autore",
               account="Account", search="Cerca", menu="Menu", read="7 min di lettura"),
}

# Honorifics before a name, in the probes' six languages ("Dra.", "Dr. med.", "Mme", "Dott.ssa").
HONORIFICS = re.compile(r"^(?:(?:dr|dra|prof|profa|professor|mr|mrs|ms|mx|sr|sra|srta|mme|mlle|herr|frau|"
                        r"dott|dott\.ssa|avv)\.?(?:\s+(?:med|phil|jur|rer\.?\s*nat)\.?)?\s+)+", re.I)


def slugify(s: str) -> str:
    """A URL slug: lower case, accents spelled out, runs of other characters as one hyphen."""
    s = s.lower()
    for a, b in (("á", "a"), ("à", "a"), ("â", "a"), ("ã", "a"), ("ä", "ae"), ("é", "e"), ("è", "e"),
                 ("ê", "e"), ("í", "i"), ("ó", "o"), ("ô", "o"), ("õ", "o"), ("ö", "oe"), ("ú", "u"),
                 ("ü", "ue"), ("ç", "c"), ("ñ", "n"), ("ß", "ss")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:70]


def slots(block: dict | None) -> collections.defaultdict:
    """The page's block slots: all empty but the block's position."""
    s = collections.defaultdict(str)
    if block is not None:
        s[block["position"]] = block["html"]
    return s


# ------------------------------------------------------------------------------- suite 1 pages

def pair_articles() -> dict[int, int]:
    """Block index -> article index: PREFER's picks first, then the free articles in order."""
    used, pairing = set(), {}
    for i, b in enumerate(html_blocks_1.BLOCKS):
        pref = PREFER.get(b["name"])
        if pref:
            for k, a in enumerate(html_articles_1.ARTICLES):
                if k not in used and pref(a):
                    pairing[i] = k
                    used.add(k)
                    break
    free = [k for k in range(len(html_articles_1.ARTICLES)) if k not in used]
    for i in range(len(html_blocks_1.BLOCKS)):
        if i not in pairing:
            pairing[i] = free.pop(0)
    return pairing


def page_1(article: dict, n: int, block: dict | None) -> str:
    """A suite-1 page: a WordPress review of article on The Screenline, block at its position."""
    s = slots(block)
    body_paras = []
    for i, p in enumerate(article["paras"]):
        body_paras.append(f"<p>{e(p)}</p>")
        if i == 0:
            body_paras.append(s["inside_after_p1"])
        if i == 2:
            body_paras.append(s["inside_mid"])
    author_slug = slugify(article["author"])
    post_id = 4800 + n
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(article['title'])} | The Screenline</title>
<link rel="canonical" href="https://example.org/reviews/slug-{n}">
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="https://example.org/" rel="home">The Screenline</a></p></div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary Menu"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="https://example.org/tv/">TV</a></li>
<li class="menu-item"><a href="https://example.org/film/">Film</a></li>
<li class="menu-item"><a href="https://example.org/tech/">Tech</a></li>
<li class="menu-item"><a href="https://example.org/about/">About</a></li>
</ul></nav>
</header>
{s['before_article']}
<main id="primary" class="site-main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard hentry category-reviews">
<header class="entry-header">
{s['article_head']}
<h1 class="entry-title">{e(article['title'])}</h1>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="https://example.org/author/{author_slug}/">{e(article['author'])}</a></span></span> <span class="posted-on"><time class="entry-date published" datetime="2025-03-14T09:00:00+00:00">March 14, 2025</time></span></div>
</header>
<div class="entry-content">
{s['inside_top']}
{chr(10).join(body_paras)}
{s['inside_end']}
</div>
{s['article_foot']}
</article>
{s['after_article']}
</main>
<footer id="colophon" class="site-footer">
<div class="site-info">&copy; 2025 The Screenline. All rights reserved. <a href="https://example.org/privacy/">Privacy</a> &middot; <a href="https://example.org/contact/">Contact</a></div>
</footer>
</div>
{s['body_end']}
</body>
</html>
"""


def cases_1():
    """(block, article, page, control page, url) for each block of suite 1."""
    pairing = pair_articles()
    for i, block in enumerate(html_blocks_1.BLOCKS):
        article = html_articles_1.ARTICLES[pairing[i]]
        n = i + 1
        yield (block, article, page_1(article, n, block), page_1(article, n, None),
               f"https://example.org/reviews/slug-{n}")


# ------------------------------------------------------------------------------- suite 2 pages

def page_url(site: dict, art: dict) -> str:
    """The article's URL on its site."""
    seg = f"/{site['path']}" if site["path"] else ""
    return f"https://{site['domain']}{seg}/{slugify(art['title'])}/"


def jsonld(site, art, url):
    """The page's schema.org Review or NewsArticle."""
    t = "Review" if art.get("kind") == "review" else "NewsArticle"
    d = {"@context": "https://schema.org", "@type": t, "headline": art["title"], "url": url,
         "datePublished": "2025-03-14T09:00:00+00:00", "dateModified": "2025-03-14T11:30:00+00:00",
         "inLanguage": LOC[site["lang"]]["html"],
         "author": {"@type": "Person", "name": art["author"]},
         "publisher": {"@type": "Organization", "name": site["name"]}}
    return '<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False) + "</script>"


def head(site, art, url, extra=""):
    """The <head> of a suite-2 page: title, canonical URL, Open Graph and JSON-LD."""
    L = LOC[site["lang"]]
    return f"""<!DOCTYPE html>
<html lang="{L['html']}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(art['title'])} | {e(site['name'])}</title>
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{e(site['name'])}">
<meta property="og:title" content="{e(art['title'])}">
<meta property="og:url" content="{url}">
{jsonld(site, art, url)}
{extra}
</head>
"""


def body_paras(art, slots, pclass=""):
    """The article's paragraphs, the inside_after_p1 and inside_mid slots after paragraphs 1 and 3."""
    out = []
    attr = f' class="{pclass}"' if pclass else ""
    for i, p in enumerate(art["paras"]):
        out.append(f"<p{attr}>{e(p)}</p>")
        if i == 0 and slots["inside_after_p1"]:
            out.append(slots["inside_after_p1"])
        if i == 2 and slots["inside_mid"]:
            out.append(slots["inside_mid"])
    return "\n".join(out)


def shell_wp(site, art, url, s, n):
    """A WordPress page (Underscores-style theme)."""
    L = LOC[site["lang"]]
    pid = 2200 + n
    nav = "".join(f'<li class="menu-item menu-item-type-taxonomy"><a href="https://{site["domain"]}/{slugify(x)}/">{e(x)}</a></li>' for x in site["nav"])
    aslug = slugify(art["author"])
    return head(site, art, url) + f"""<body class="post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive">
<div id="page" class="site">
{s['body_start']}
<a class="skip-link screen-reader-text" href="#primary">{L['skip']}</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://{site['domain']}/" rel="home">{e(site['name'])}</a></p></div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary Menu"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">{L['menu']}</button><ul id="primary-menu" class="menu">{nav}</ul></nav></header>
{s['before_article']}
<main id="primary" class="site-main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{slugify(site['nav'][-1])}">
<header class="entry-header">
<h1 class="entry-title">{e(art['title'])}</h1>
<div class="entry-meta"><span class="byline">{L['by']} <span class="author vcard"><a class="url fn n" href="https://{site['domain']}/{L['author']}/{aslug}/">{e(art['author'])}</a></span></span> <span class="posted-on"><time class="entry-date published" datetime="2025-03-14T09:00:00+00:00">{L['date']}</time></span></div>
{s['article_head']}
</header>
<div class="entry-content">
{s['inside_top']}
{body_paras(art, s)}
{s['inside_end']}
</div>
{s['article_foot']}
</article>
{s['after_article']}
</main>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 {e(site['name'])}. {L['rights']} <a href="https://{site['domain']}/privacy/">{L['privacy']}</a> &middot; <a href="https://{site['domain']}/contact/">{L['contact']}</a></div></footer>
</div>
{s['app_end']}
<script src="https://{site['domain']}/wp-includes/js/wp-embed.min.js?ver=6.7.1" id="wp-embed-js"></script>
{s['body_end']}
</body>
</html>
"""


def shell_ghost(site, art, url, s, n):
    """A Ghost page (Casper-style theme, Portal members links)."""
    L = LOC[site["lang"]]
    aslug = slugify(art["author"])
    nav = "".join(f'<li class="nav-{slugify(x)}"><a href="https://{site["domain"]}/{"" if x == "Home" else slugify(x) + "/"}">{e(x)}</a></li>' for x in site["nav"])
    return head(site, art, url, '<meta name="generator" content="Ghost 5.96">') + f"""<body class="post-template tag-reviews is-head-left-logo has-sans-body">
<div class="viewport">
{s['body_start']}
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://{site['domain']}">{e(site['name'])}</a><button class="gh-search gh-icon-btn" aria-label="{L['search']}" data-ghost-search=""><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button></div>
<nav class="gh-head-menu"><ul class="nav">{nav}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content">
<main id="site-main" class="site-main">
{s['before_article']}
<article class="article post tag-reviews">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="https://{site['domain']}/tag/reviews/">Reviews</a></span></div>
<h1 class="article-title">{e(art['title'])}</h1>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="https://{site['domain']}/author/{aslug}/" class="author-avatar author-profile-image"><img class="author-profile-image" src="https://{site['domain']}/content/images/size/w100/2024/01/{aslug}.jpg" alt="{e(art['author'])}"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="https://{site['domain']}/author/{aslug}/">{e(art['author'])}</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-03-14">Mar 14, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> {L['read']}</span></div></div></section></div>
{s['article_head']}
</header>
<section class="gh-content gh-canvas">
{s['inside_top']}
{body_paras(art, s)}
{s['inside_end']}
</section>
{s['article_foot']}
</article>
{s['after_article']}
</main>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://{site['domain']}">{e(site['name'])}</a> &copy; 2025</section><nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
{s['app_end']}
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://{site['domain']}/" crossorigin="anonymous"></script>
{s['body_end']}
</body>
</html>
"""


def _icon_btn(label):
    """An icon-only button, as app headers render them."""
    return f'<button type="button" aria-label="{label}"><svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="9" fill="none" stroke="currentColor"></circle></svg></button>'


def _next_data(art, page):
    """Next.js's __NEXT_DATA__ script."""
    return ('<script id="__NEXT_DATA__" type="application/json">'
            + json.dumps({"props": {"pageProps": {"title": art["title"]}}, "page": page, "buildId": "x8kQ2mZ"}, ensure_ascii=False)
            + "</script>")


def shell_next_tw(site, art, url, s, n):
    """A Next.js page styled with Tailwind utility classes."""
    L = LOC[site["lang"]]
    aslug = slugify(art["author"])
    nav = "".join(f'<a class="hover:text-indigo-600" href="/{slugify(x)}">{e(x)}</a>' for x in site["nav"])
    sec = site["nav"][1] if site["lang"] != "en" else site["nav"][0]
    return head(site, art, url, '<link rel="preload" href="/_next/static/css/a1b2c3.css" as="style">') + f"""<body class="bg-white text-zinc-900 antialiased">
<div id="__next"><div class="flex min-h-screen flex-col">
{s['body_start']}
<header class="sticky top-0 z-30 border-b border-zinc-200 bg-white/90 backdrop-blur"><div class="mx-auto flex h-16 max-w-6xl items-center justify-between px-4"><a href="/" class="text-xl font-black tracking-tight">{e(site['name'])}</a><nav class="hidden gap-6 text-sm font-semibold md:flex">{nav}</nav><div class="flex items-center gap-2">{_icon_btn(L['search'])}{_icon_btn(L['account'])}</div></div></header>
{s['before_article']}
<main class="flex-1"><article class="mx-auto max-w-3xl px-4 py-10">
<header class="mb-8"><p class="text-sm font-semibold uppercase tracking-wider text-indigo-600"><a href="/{slugify(sec)}">{e(sec)}</a></p><h1 class="mt-2 text-4xl font-extrabold tracking-tight sm:text-5xl">{e(art['title'])}</h1>
<div class="mt-6 flex items-center gap-3 text-sm text-zinc-500"><img src="/authors/{aslug}.jpg" alt="" class="h-10 w-10 rounded-full" width="40" height="40"><div><a href="/{L['author']}/{aslug}" class="font-semibold text-zinc-900">{e(art['author'])}</a><p><time dateTime="2025-03-14T09:00:00.000Z">{L['date']}</time></p></div></div>
{s['article_head']}
</header>
<div class="prose prose-zinc prose-lg max-w-none">
{s['inside_top']}
{body_paras(art, s)}
{s['inside_end']}
</div>
{s['article_foot']}
</article>
{s['after_article']}
</main>
<footer class="border-t border-zinc-200 py-8 text-center text-sm text-zinc-500"><p>© 2025 {e(site['name'])}. {L['rights']}</p></footer>
</div>
{s['app_end']}
</div>
{_next_data(art, "/[section]/[slug]")}
{s['body_end']}
</body>
</html>
"""


def shell_next_cssmod(site, art, url, s, n):
    """A Next.js page with CSS-module class names."""
    L = LOC[site["lang"]]
    aslug = slugify(art["author"])
    nav = "".join(f'<li class="SiteNav_item__Dq4pR"><a class="SiteNav_link__u2XkL" href="/{slugify(x)}">{e(x)}</a></li>' for x in site["nav"])
    sec = site["nav"][0]
    return head(site, art, url) + f"""<body>
<div id="__next"><div class="Layout_root__Xy12a">
{s['body_start']}
<header class="SiteHeader_header__k2LmP"><div class="SiteHeader_inner__pQ8vB"><a class="SiteHeader_logo__b3Mn0" href="/">{e(site['name'])}</a><nav class="SiteNav_nav__J5wqT"><ul class="SiteNav_list__m1RtY">{nav}</ul></nav><div class="SiteHeader_actions__Vn2Ke">{_icon_btn(L['search'])}{_icon_btn(L['account'])}</div></div></header>
{s['before_article']}
<main class="Layout_main__z8fNw"><article class="Article_article__Qa3yV">
<header class="Article_header__R6tHw"><a class="Article_kicker__L0pWs" href="/{slugify(sec)}">{e(sec)}</a><h1 class="Article_headline__p0Lx2">{e(art['title'])}</h1>
<div class="Byline_byline__9sKcE"><span class="Byline_prefix__aZ3uQ">{L['by']}</span> <a class="Byline_author__Mh7Tr" href="/{L['author']}/{aslug}">{e(art['author'])}</a><time class="Byline_date__Fw2nV" dateTime="2025-03-14T09:00:00.000Z">{L['date']}</time></div>
{s['article_head']}
</header>
<div class="ArticleBody_body__x7Fq2">
{s['inside_top']}
{body_paras(art, s, "ArticleBody_paragraph__r4Nd1")}
{s['inside_end']}
</div>
{s['article_foot']}
</article>
{s['after_article']}
</main>
<footer class="SiteFooter_footer__T1xqV"><p class="SiteFooter_legal__cB7nE">© 2025 {e(site['name'])}. {L['rights']}</p></footer>
</div>
{s['app_end']}
</div>
{_next_data(art, "/[section]/[slug]")}
{s['body_end']}
</body>
</html>
"""


def shell_styled(site, art, url, s, n):
    """A Next.js page with styled-components class names."""
    L = LOC[site["lang"]]
    aslug = slugify(art["author"])
    nav = "".join(f'<a class="sc-fnGiBr jRdVzN" href="/{slugify(x)}">{e(x)}</a>' for x in site["nav"])
    return head(site, art, url, '<style data-styled="active" data-styled-version="6.1.8"></style>') + f"""<body>
<div id="__next"><div class="sc-aXZVg gHqyWm">
{s['body_start']}
<header class="sc-gEvEer hBhKgE"><div class="sc-eqUAAy kLrTzq"><a class="sc-fqkvVR dPcXwM" href="/">{e(site['name'])}</a><nav class="sc-dcJsrY bVzNwp">{nav}</nav><div class="sc-iGgWBj lgVmnS">{_icon_btn(L['search'])}{_icon_btn(L['account'])}</div></div></header>
{s['before_article']}
<main class="sc-gsFSXq cSVqPe"><article class="sc-kAyceB fHvUqE">
<header class="sc-imWYAI jTgWqE"><span class="sc-jXbUNg fQyLmS">{e(site['nav'][1])}</span><h1 class="sc-dhKdcB bOZmkW">{e(art['title'])}</h1>
<div class="sc-kpDqfm hYBqPw"><a class="sc-dAlyuH kYrNjw" href="/{L['author']}/{aslug}">{e(art['author'])}</a><span class="sc-jlZhew eWnUdS">·</span><time class="sc-cwHptR gBnXzT" dateTime="2025-03-14T09:00:00.000Z">{L['date']}</time></div>
{s['article_head']}
</header>
<div class="sc-jEACwC ejJpGc">
{s['inside_top']}
{body_paras(art, s, "sc-cPiKLX hWnXvL")}
{s['inside_end']}
</div>
{s['article_foot']}
</article>
{s['after_article']}
</main>
<footer class="sc-eeDRCY hTqYpM"><p class="sc-koXPp fMwVtZ">© 2025 {e(site['name'])}. {L['rights']}</p></footer>
</div>
{s['app_end']}
</div>
{_next_data(art, "/[slug]")}
{s['body_end']}
</body>
</html>
"""


def shell_nuxt(site, art, url, s, n):
    """A Nuxt 2 / Vuetify page."""
    L = LOC[site["lang"]]
    aslug = slugify(art["author"])
    nav = "".join(f'<a data-v-0a1b2c3d="" href="/{slugify(x)}" class="site-nav__link">{e(x)}</a>' for x in site["nav"])
    return head(site, art, url, '<meta data-n-head="ssr" name="generator" content="Nuxt">') + f"""<body>
<div id="__nuxt"><div id="__layout"><div data-app="true" id="app" class="v-application v-application--is-ltr theme--light"><div class="v-application--wrap">
{s['body_start']}
<header data-v-0a1b2c3d="" class="site-header"><div data-v-0a1b2c3d="" class="site-header__inner"><a data-v-0a1b2c3d="" href="/" class="site-header__logo nuxt-link-active">{e(site['name'])}</a><nav data-v-0a1b2c3d="" class="site-nav">{nav}</nav><div data-v-0a1b2c3d="" class="site-header__actions">{_icon_btn(L['search'])}{_icon_btn(L['account'])}</div></div></header>
{s['before_article']}
<main data-v-9f8e7d6c="" class="page page--article">
<article data-v-5e6f7a8b="" class="article">
<header data-v-5e6f7a8b="" class="article__header"><a data-v-5e6f7a8b="" href="/{slugify(site['nav'][0])}" class="article__section">{e(site['nav'][0])}</a><h1 data-v-5e6f7a8b="" class="article__title">{e(art['title'])}</h1>
<div data-v-5e6f7a8b="" class="article__meta"><a data-v-5e6f7a8b="" href="/{L['author']}/{aslug}" class="article__author">{e(art['author'])}</a> <time data-v-5e6f7a8b="" datetime="2025-03-14T09:00:00+00:00" class="article__date">{L['date']}</time></div>
{s['article_head']}
</header>
<div data-v-5e6f7a8b="" class="article__body">
{s['inside_top']}
{body_paras(art, s)}
{s['inside_end']}
</div>
{s['article_foot']}
</article>
{s['after_article']}
</main>
<footer data-v-3c4d5e6f="" class="site-footer"><p data-v-3c4d5e6f="">© 2025 {e(site['name'])}. {L['rights']}</p></footer>
{s['app_end']}
</div></div></div></div>
<script>window.__NUXT__=(function(a,b){{return {{layout:"default",data:[{{}}],fetch:{{}},error:null,serverRendered:true}}}}(null,false));</script>
{s['body_end']}
</body>
</html>
"""


def shell_classic(site, art, url, s, n):
    """A page of a hand-rolled server-side CMS."""
    L = LOC[site["lang"]]
    aslug = slugify(art["author"])
    nav = "".join(f'<li><a href="https://{site["domain"]}/{slugify(x)}/">{e(x)}</a></li>' for x in site["nav"])
    sec = site["nav"][-1]
    return head(site, art, url) + f"""<body class="page-article">
{s['body_start']}
<div class="page-wrapper">
<header class="site-header"><div class="header-inner"><a class="logo" href="https://{site['domain']}/">{e(site['name'])}</a><nav class="main-nav"><ul>{nav}</ul></nav><div class="header-tools"><a class="header-search" href="/buscar" aria-label="{L['search']}"><span class="icon icon-search"></span></a><a class="header-user" href="#" aria-label="{L['account']}"><span class="icon icon-user"></span></a></div></div></header>
<main class="site-main"><div class="container"><div class="article-layout">
{s['before_article']}
<article class="article article-normal">
<header class="article-header"><p class="article-category"><a href="https://{site['domain']}/{slugify(sec)}/">{e(sec)}</a></p><h1 class="article-title">{e(art['title'])}</h1>
<div class="article-meta"><span class="article-author">{L['by']} <a href="https://{site['domain']}/{L['author']}/{aslug}/" rel="author">{e(art['author'])}</a></span> <time class="article-date" datetime="2025-03-14T09:00:00+01:00">{L['date']}</time></div>
{s['article_head']}
</header>
<div class="article-content">
{s['inside_top']}
{body_paras(art, s)}
{s['inside_end']}
</div>
{s['article_foot']}
</article>
{s['after_article']}
</div></div></main>
<footer class="site-footer"><div class="footer-inner"><p>© 2025 {e(site['name'])}. {L['rights']} <a href="https://{site['domain']}/privacidad/">{L['privacy']}</a> · <a href="https://{site['domain']}/contacto/">{L['contact']}</a></p></div></footer>
</div>
{s['app_end']}
{s['body_end']}
</body>
</html>
"""


SHELLS = {"wp": shell_wp, "ghost": shell_ghost, "next_tw": shell_next_tw, "next_cssmod": shell_next_cssmod,
          "styled": shell_styled, "nuxt": shell_nuxt, "classic": shell_classic}


def page_2(site: dict, art: dict, n: int, block: dict | None) -> str:
    """A suite-2 page: art on site's shell, block at its position."""
    return SHELLS[site["shell"]](site, art, page_url(site, art), slots(block), n)


def shell_cases(blocks, articles):
    """(block, article, page, control page, url) for each block of a suite on suite 2's shells."""
    for i, block in enumerate(blocks.BLOCKS):
        site, art = blocks.SITES[block["site"]], articles.ARTICLES[i]
        yield (block, art, page_2(site, art, i + 1, block), page_2(site, art, i + 1, None),
               page_url(site, art))


def cases_2():
    """(block, article, page, control page, url) for each block of suite 2."""
    return shell_cases(html_blocks_2, html_articles_2)


def numbered_suites(prefix: str) -> list[tuple[str, object]]:
    """(number, module) of benchmarks/probe_data/<prefix>N.py, N = 1, 2, ... while they exist."""
    found, n = [], 1
    while (ROOT / "benchmarks" / "probe_data" / f"{prefix}{n}.py").exists():
        found.append((str(n), importlib.import_module(f"benchmarks.probe_data.{prefix}{n}")))
        n += 1
    return found


# ------------------------------------------------------------------------------- html checks

def norm(s: str, dashes: bool) -> str:
    """s with no-break spaces, curly quotes (with dashes, en/em dashes) plain; spaces collapsed."""
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    if dashes:
        s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip()


def phrase_in_1(phrase: str, text: str) -> bool:
    """Suite 1: phrase (normalised) in text, case-insensitive, on \\b word boundaries."""
    pat = re.escape(phrase)
    if re.match(r"\w", phrase):
        pat = r"\b" + pat
    if re.search(r"\w$", phrase):
        pat = pat + r"\b"
    return re.search(pat, text, re.IGNORECASE) is not None


def phrase_in_2(phrase: str, text: str) -> bool:
    """Suite 2: as suite 1, and glued element texts ("...SettingsDecline") count as a boundary."""
    for m in re.finditer(re.escape(phrase), text, re.IGNORECASE):
        a, b = m.start(), m.end()
        if phrase[0].isalnum() and a > 0 and text[a - 1].isalnum() and not glued(text, a):
            continue
        if phrase[-1].isalnum() and b < len(text) and text[b].isalnum() and not glued(text, b):
            continue
        return True
    return False


def glued(text: str, i: int) -> bool:
    """Whether a lower-case letter meets an upper-case one at text[i]: two elements' texts glued."""
    return text[i - 1].islower() and text[i].isupper()


class HtmlSuite(NamedTuple):
    """How one html suite builds its pages and matches phrases and paragraphs."""

    cases: Callable  # () -> (block, article, page, control, url) per block
    dashes: bool  # norm() folds en/em dashes
    phrase_in: Callable[[str, str], bool]
    last_words: bool  # a kept paragraph's last 8 words must be in the text too


HTML_SUITES = {"1": HtmlSuite(cases_1, False, phrase_in_1, False),
               "2": HtmlSuite(cases_2, True, phrase_in_2, True)}
# suites 3 on are built like suite 2: html_blocks_N with SITES on suite 2's shells, html_articles_N
for _n, _blocks in numbered_suites("html_blocks_")[2:]:
    _articles = importlib.import_module(f"benchmarks.probe_data.html_articles_{_n}")
    HTML_SUITES[_n] = HtmlSuite(lambda b=_blocks, a=_articles: shell_cases(b, a), True,
                                phrase_in_2, True)


def cleaned_text(page: str, url: str, dashes: bool) -> str | None:
    """The normalised text clean_html keeps of page, None when it fails."""
    try:
        return norm(clean_html(page.encode("utf-8"), url).text, dashes)
    except CleanCrawlError:  # counted, not raised
        return None


def paras_lost(paras: list[str], text: str | None, suite: HtmlSuite) -> list[int]:
    """Indexes of the paragraphs text does not keep (all of them when cleaning failed)."""
    if text is None:
        return list(range(len(paras)))
    lost = []
    for i, p in enumerate(paras):
        w = p.split()
        ends = (w[:8], w[-8:]) if suite.last_words else (w[:8],)
        if any(norm(" ".join(x), suite.dashes) not in text for x in ends):
            lost.append(i)
    return lost


def score_block(suite: HtmlSuite, block: dict, article: dict, page: str, control: str,
                url: str) -> dict:
    """One block's row: phrases leaked and found on the control too, paragraphs lost."""
    text, ctext = cleaned_text(page, url, suite.dashes), cleaned_text(control, url, suite.dashes)
    leaked, ambiguous = [], []
    for ph in block["phrases"]:
        p = norm(ph, suite.dashes)
        if suite.phrase_in(p, ctext or ""):
            ambiguous.append(ph)
        elif suite.phrase_in(p, text or ""):
            leaked.append(ph)
    return {"name": block["name"], "position": block["position"], "phrases": len(block["phrases"]),
            "leaked": leaked, "ambiguous": ambiguous, "paras": len(article["paras"]),
            "lost": paras_lost(article["paras"], text, suite),
            "control_lost": paras_lost(article["paras"], ctext, suite),
            "errors": (text is None) + (ctext is None)}


def html_totals(rows: list[dict]) -> dict:
    """A suite's totals over its block rows."""
    paras = sum(r["paras"] for r in rows)
    return {"blocks": len(rows), "blocks_leaking": sum(bool(r["leaked"]) for r in rows),
            "phrases": sum(r["phrases"] for r in rows),
            "phrases_leaked": sum(len(r["leaked"]) for r in rows),
            "paragraphs": paras, "paragraphs_lost": sum(len(r["lost"]) for r in rows),
            "control_paragraphs_lost": sum(len(r["control_lost"]) for r in rows),
            "errors": sum(r["errors"] for r in rows)}


def print_block_row(n: int, r: dict) -> None:
    """One block's row: phrases leaked, paragraphs lost, the leaked phrases."""
    notes = "; ".join(r["leaked"])
    if r["ambiguous"]:
        notes += f"  [on the control page too: {'; '.join(r['ambiguous'])}]"
    if r["errors"]:
        notes += f"  [{r['errors']} pages failed]"
    print(f"  {n:2} {r['name']:28} {r['position']:15} leaked {len(r['leaked'])}/{r['phrases']}"
          f"  lost {len(r['lost'])}/{r['paras']}  control lost {len(r['control_lost'])}"
          f"  {notes}".rstrip())


def run_html(show_list: bool) -> dict:
    """Score every html suite, printing a row per block with show_list; {suite: totals}."""
    totals = {}
    for name, suite in HTML_SUITES.items():
        rows = [score_block(suite, *case) for case in suite.cases()]
        if show_list:
            print(f"suite {name}")
            for n, r in enumerate(rows, 1):
                print_block_row(n, r)
        totals[name] = html_totals(rows)
    return totals


def print_html(totals: dict) -> None:
    """The html totals as a table."""
    print(f"{'suite':6} {'blocks leaking':>15} {'phrases leaked':>15} {'paragraphs lost':>16}"
          f" {'control lost':>13} {'errors':>7}")
    for name, t in totals.items():
        cells = (f"{t['blocks_leaking']}/{t['blocks']}", f"{t['phrases_leaked']}/{t['phrases']}",
                 f"{t['paragraphs_lost']}/{t['paragraphs']}",
                 f"{t['control_paragraphs_lost']}/{t['paragraphs']}")
        print(f"{name:6} {cells[0]:>15} {cells[1]:>15} {cells[2]:>16} {cells[3]:>13}"
              f" {t['errors']:>7}")


# ------------------------------------------------------------------------------- metadata

def strip_punct(s: str) -> str:
    """s with punctuation and symbols as spaces, spaces collapsed."""
    s = "".join(" " if unicodedata.category(ch)[0] in ("P", "S") else ch for ch in s)
    return re.sub(r"\s+", " ", s).strip()


def norm_title(s: str | None) -> str:
    """A title (or item name) folded: NFKC, case, punctuation."""
    return strip_punct(unicodedata.normalize("NFKC", s).casefold()) if s else ""


def norm_name(s: str) -> str:
    """A name folded like a title, without "By", "the", honorifics or what follows a comma (a role)."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s).strip()
    # "By the Acme Team" signs as "the Acme Team" or "Acme Team": the same name
    s = re.sub(r"^(?:by\s+)?(?:the\s+)?", "", s, flags=re.I).split(",")[0]
    return strip_punct(HONORIFICS.sub("", s.strip()).casefold())


def names(authors: list[str]) -> set[str]:
    """The folded, non-empty names of authors."""
    return {norm_name(a) for a in authors} - {""}


def extracted_authors(page) -> list[str]:
    """page.authors, or page.author split on ", " when it has no list."""
    if page.authors:
        return list(page.authors)
    return [a for a in (page.author or "").split(", ") if a.strip()]


def extracted_day(value) -> str | None:
    """The YYYY-MM-DD day of a date value, as given when it does not parse."""
    if not value:
        return None
    value = str(value)
    m = re.match(r"(\d{4}-\d{2}-\d{2})", value)
    if m:
        return m.group(1)
    try:
        return dateparser.parse(value).date().isoformat()
    except (ValueError, OverflowError):
        return value


def num_eq(got, want) -> bool:
    """got is the number want ("8,5" reads as 8.5); with want None, got must be None too."""
    if want is None:
        return got is None
    try:
        return abs(float(str(got).replace(",", ".")) - float(want)) < 1e-6
    except ValueError:
        return False


# field -> (the page's value, equal to the truth's)
FIELDS = {
    "title": (lambda p: p.title, lambda got, want: norm_title(got) == norm_title(want)),
    "authors": (extracted_authors, lambda got, want: names(got) == names(want)),
    "date": (lambda p: p.published_at, lambda got, want: extracted_day(got) == want),
    "rating": (lambda p: p.rating, num_eq),
    "rating_best": (lambda p: p.rating_best, num_eq),
    "item": (lambda p: p.item_reviewed, lambda got, want: norm_title(got) == norm_title(want)),
    "item_type": (lambda p: p.item_reviewed_type, lambda got, want: got == want),
}


def scored_fields(truth: dict) -> list[str]:
    """The fields truth scores: title, authors, date; rating if it has one; the rest unless None."""
    if "rating" not in truth:
        return ["title", "authors", "date"]
    if truth["rating"] is None:
        return ["title", "authors", "date", "rating"]
    return list(FIELDS)


def score_page(entry: dict) -> dict[str, tuple[bool, object]]:
    """{field: (correct, value extracted)} over the fields the page's truth scores."""
    fields = scored_fields(entry["truth"])
    try:
        page = clean_html(entry["html"].encode("utf-8"), entry["url"])
    except CleanCrawlError as exc:  # a failure misses every field
        return {f: (False, f"{type(exc).__name__}: {exc}") for f in fields}
    result = {}
    for f in fields:
        got = FIELDS[f][0](page)
        result[f] = (FIELDS[f][1](got, entry["truth"][f]), got)
    return result


def run_metadata(show_list: bool) -> dict:
    """Score every metadata suite, printing a row per page with show_list; {suite: {field: n}}."""
    totals = {}
    for name, module in numbered_suites("meta_pages_"):
        pages = module.PAGES
        counts = {f: {"correct": 0, "total": 0} for f in FIELDS}
        if show_list:
            print(f"suite {name}")
        for entry in pages:
            result = score_page(entry)
            for f, (ok, _) in result.items():
                counts[f]["correct"] += ok
                counts[f]["total"] += 1
            if show_list:
                marks = " ".join(f"{f}={'ok' if ok else 'MISS'}" for f, (ok, _) in result.items())
                misses = "; ".join(f"{f}={got!r} (want {entry['truth'][f]!r})"
                                   for f, (ok, got) in result.items() if not ok)
                print(f"  {entry['name']:40} {marks}  {misses}".rstrip())
        totals[name] = {f: c for f, c in counts.items() if c["total"]}
    return totals


def print_metadata(totals: dict) -> None:
    """The metadata totals as a table, '-' for fields a suite does not score."""
    print(f"{'suite':6}" + "".join(f" {f:>11}" for f in FIELDS))
    for name, t in totals.items():
        cells = (f"{t[f]['correct']}/{t[f]['total']}" if f in t else "-" for f in FIELDS)
        print(f"{name:6}" + "".join(f" {c:>11}" for c in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", choices=("html", "metadata"), help="which probes to run")
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--list", action="store_true",
                     help="print a row per block or page before the totals")
    out.add_argument("--json", action="store_true", help="print the totals as JSON")
    args = parser.parse_args()
    run, show = (run_html, print_html) if args.probe == "html" else (run_metadata, print_metadata)
    totals = run(args.list)
    if args.json:
        print(json.dumps(totals, indent=1))
    else:
        show(totals)


if __name__ == "__main__":
    main()
