"""Metadata shortcuts (issue 3/9 cost): skipping a search must give what running it gives."""

from __future__ import annotations

import copy

import lxml.html
import pytest
from lxml import etree
from trafilatura.metadata import extract_author, extract_catstags

from pipeline import language
from pipeline.authors import CLASS_BYLINES, MARKUP_BYLINES, bylines, split_names
from pipeline.metadata import _trafilatura_author, _trafilatura_terms

BODY = "<p>" + "The harbour town chose to forget, and one detective would not let it. " * 8 + "</p>"

# One page per kind of byline markup, and pages with none.
BYLINE_PAGES = [
    "<span itemprop='author'><span itemprop='name'>Jane Doe</span></span>",
    "<span itemprop='author'>Jane Doe</span>",
    "<a rel='author' href='/people/jane'>Jane Doe</a>",
    "<div class='post author-name'>Jane Doe</div>",
    "<div class='fn'>Jane Doe</div>",
    "<p class='article-Byline'>By Jane Doe</p>",
    "<p class='summary'>By the harbour</p>",
    "<div class='intro fnord'>Jane Doe</div>",
    "",
]
# One page per kind of markup trafilatura's author xpaths read, and pages they must not match.
AUTHOR_PAGES = BYLINE_PAGES + [
    "<div id='zuozhe'>Jane Doe</div>",
    "<span class='journalist-name'>Jane Doe</span>",
    "<div data-component='ArticleByline'>Jane Doe</div>",
    "<a data-testid='AuthorURL' href='/jane'>Jane Doe</a>",
    "<author>Jane Doe</author>",
    "<p><rel>me</rel>Jane Doe</p>",
    "<span class='screenname'>@janedoe</span>",
    "<div class='Writer'>Jane Doe</div>",
    "<div class='comments'><span class='author'>Reader</span></div>",
    "<nav class='menu'><a href='/about'>About us</a></nav>",
]


def tree_of(markup: str, head: str = "") -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(
        f"<html><head><title>A review</title>{head}</head><body><h1>The long night</h1>{markup}"
        f"{BODY}</body></html>")


def _every_xpath(tree, xpaths) -> list[str]:
    """bylines() as it was: every xpath run, no shortcut."""
    for xp in xpaths:
        for el in etree.XPath(xp)(tree)[:3]:
            text = " ".join(" ".join(el.itertext()).split())
            names = split_names(text) if text and len(text) <= 120 else []
            if names:
                return names
    return []


@pytest.mark.parametrize("markup", BYLINE_PAGES)
def test_byline_search_finds_what_running_every_xpath_finds(markup):
    tree = tree_of(markup)
    for xpaths in (MARKUP_BYLINES, CLASS_BYLINES):
        assert bylines(tree, xpaths) == _every_xpath(tree, xpaths)


def test_byline_search_still_reads_class_and_markup_bylines():
    assert bylines(tree_of(BYLINE_PAGES[3]), CLASS_BYLINES) == ["Jane Doe"]
    assert bylines(tree_of(BYLINE_PAGES[2]), MARKUP_BYLINES) == ["Jane Doe"]


@pytest.mark.parametrize("markup", AUTHOR_PAGES)
def test_trafilatura_author_search_matches_trafilatura(markup):
    tree = tree_of(markup)
    expected = split_names(extract_author(copy.deepcopy(tree)) or "")
    assert _trafilatura_author(tree) == expected


def test_trafilatura_author_search_finds_a_writer_class():
    assert _trafilatura_author(tree_of("<div class='writer'>Jane Doe</div>")) == ["Jane Doe"]


SECTION = "<meta property='article:section' content='Reviews'>"
TERM_PAGES = [
    ("<div class='tags'><a href='/tag/harbour/'>Harbour</a><a href='/tags/drama/'>Drama</a></div>",
     ""),
    ("<p class='postmeta'><a href='/category/tv/'>TV</a></p>", ""),
    ("<p class='postmeta'><a href='/categories/tv/'>TV</a></p>",
     "<meta name='subject' content='Television'>"),
    ("<div class='tags'><a href='/search?q=harbour'>Harbour</a></div>", SECTION),
    ("", SECTION + "<meta name='subject' content=' TV '>"),
    ("", ""),
]


@pytest.mark.parametrize("markup,head", TERM_PAGES)
def test_tag_and_category_links_match_trafilatura(markup, head):
    tree = tree_of(markup, head)
    for kind in ("tag", "category"):
        assert _trafilatura_terms(kind, tree) == extract_catstags(kind, tree)


def test_category_comes_from_the_section_meta_without_category_links():
    assert _trafilatura_terms("category", tree_of("", SECTION)) == ["Reviews"]


@pytest.mark.parametrize("text", [
    "Write to jane@example.com or visit https://example.com/a for 24 more reviews. " * 10,
    "No address here, only www.example.com and 2025 numbers and words. " * 10,
    "Plain words " * 2000,
])
def test_language_sample_drops_the_same_noise_with_or_without_addresses(text):
    rough = language._spread(text, language.ROUGH_FACTOR * language.SAMPLE_CHARS)
    cleaned = " ".join(language.NOISE.sub(" ", rough).split())
    assert language._sample(text) == language._spread(cleaned, language.SAMPLE_CHARS)
