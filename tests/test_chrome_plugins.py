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


STYLED_NEWSLETTER = (
    '<div class="sc-kDvujY fxGVrw"><div class="sc-csCMJt hkLmRE"><div><h3 class="sc-jrcTuL dtIOpa">The Backlot '
    'Brief</h3><p class="sc-kiPvrU bqGuAy">Reviews, release dates and the occasional rant, delivered Tuesday and '
    'Friday mornings.</p></div></div><form class="sc-cwHptR iNdUjB"><label for="nl">Email address</label>'
    '<input id="nl" type="email" name="email"><button type="submit">Sign me up</button></form>'
    '<p class="sc-kOPcWz lfDrFq">By subscribing you agree to our <a href="/terms">Terms of Use</a>. You can opt '
    "out at any time.</p></div>"
)


def test_a_sign_up_box_without_class_names_goes_with_its_email_form():
    page = clean_html(_page(STYLED_NEWSLETTER), URL)
    assert "Backlot Brief" not in page.text and "occasional rant" not in page.text
    assert all(p in page.text for p in (ARTICLE, ARTICLE_2, ARTICLE_3))
    assert "newsletter-box" in {r.rule for r in page.removed}


def test_a_comment_form_asking_for_an_email_is_not_a_sign_up_box():
    form = ("<div><h3>What do you think about the new phone?</h3><form><textarea name='comment'></textarea>"
            "<input type='email' name='email'><button>Post</button></form></div>")
    page = clean_html(_page(form), URL)
    assert "newsletter-box" not in {r.rule for r in page.removed}


def test_linked_teasers_under_a_read_also_label_go_with_it():
    teasers = ("<p><strong>Leia também:</strong></p><ul><li><a href='/series/elenco'>Elenco de 'Maré Alta' "
               "fala sobre as gravações</a></li><li><a href='/listas/melhores'>As 15 melhores séries do "
               "streaming em 2025</a></li></ul>")
    page = clean_html(_page(teasers), URL)
    assert "Maré Alta" not in page.text and "melhores séries" not in page.text
    assert all(p in page.text for p in (ARTICLE, ARTICLE_2, ARTICLE_3))


def test_a_resource_list_under_a_plain_heading_stays():
    from pipeline import chrome

    items = ["The Partnership for Student Success", "Navigating Tutoring Options: Internal, External, or Hybrid"]
    lines = [ARTICLE, ARTICLE_2, "Why it works: the research", *items, ARTICLE_3]
    out, removed = chrome.filter_text("\n".join(lines), links=frozenset(i.lower() for i in items))
    assert all(i in out.splitlines() for i in items), removed
    # the same list under a "Read also:" label is the site's teasers
    lines[2] = "Read also:"
    out, removed = chrome.filter_text("\n".join(lines), links=frozenset(i.lower() for i in items))
    assert not any(i in out.splitlines() for i in items)
