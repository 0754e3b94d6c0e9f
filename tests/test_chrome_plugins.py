"""Boxes that popular site plugins print inside the article: author boxes and paywall meters."""

from __future__ import annotations

from pipeline.clean import clean_html

from chrome_texts import ARTICLE, ARTICLE_2, ARTICLE_3

URL = "http://127.0.0.1/reviews/new-phone/"


def _page(inside: str, *, para_class: str = "") -> str:
    cls = f' class="{para_class}"' if para_class else ""
    paras = "".join(f"<p{cls}>{p}</p>" for p in (ARTICLE, ARTICLE_2))
    return (f"<html><head><title>The new phone, reviewed</title></head><body><article>"
            f"<h1>The new phone, reviewed</h1><div class='entry-content'>{paras}{inside}"
            f"<p{cls}>{ARTICLE_3}</p></div></article></body></html>")


SIMPLE_AUTHOR_BOX = (
    '<div class="saboxplugin-wrap" itemtype="http://schema.org/Person" itemscope itemprop="author">'
    '<div class="saboxplugin-tab"><div class="saboxplugin-authorname"><a href="/author/ana/" '
    'rel="author"><span class="fn">Ana Lima</span></a></div><div class="saboxplugin-desc">'
    "<div itemprop='description'><p>Ana Lima is a senior critic who has covered phones since the "
    "first touchscreens. She lives in Porto with a drawer full of chargers.</p></div></div></div></div>"
)
PIANO_METER = (
    '<div id="piano-inline-offer" class="piano-container piano-inline"><div class="tp-container-inner">'
    '<div class="pn-template pn-template--meter"><h2 class="pn-title">You have read 3 of 4 free '
    'articles this month</h2><p class="pn-subtitle">Subscribe now for unlimited access to reviews '
    "and our weekly buying guide. Just $1 for your first month.</p></div></div></div>"
)


def test_simple_author_box_between_the_paragraphs_is_removed():
    page = clean_html(_page(SIMPLE_AUTHOR_BOX), URL)
    assert "senior critic" not in page.text and "drawer full of chargers" not in page.text
    assert all(p in page.text for p in (ARTICLE, ARTICLE_2, ARTICLE_3))
    assert "author-bio" in {r.rule for r in page.removed}


def test_paywall_meter_inside_the_article_is_removed():
    page = clean_html(_page(PIANO_METER), URL)
    assert "free articles" not in page.text and "unlimited access" not in page.text
    assert all(p in page.text for p in (ARTICLE, ARTICLE_2, ARTICLE_3))
    assert "paywall-box" in {r.rule for r in page.removed}


def test_paragraphs_classed_paywall_are_the_article_and_stay():
    # sites mark the paragraphs behind their paywall with the word itself
    page = clean_html(_page("", para_class="paywall"), URL)
    assert all(p in page.text for p in (ARTICLE, ARTICLE_2, ARTICLE_3))
