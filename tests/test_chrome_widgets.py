"""Chrome lines of issue 3's widget pass: byline and TOC labels, form messages, sales calls to
action, shop buttons, offers, comment forms, feedback and embed widgets; article text stays."""

from __future__ import annotations

import pytest

from pipeline import chrome

from chrome_texts import ARTICLE, ARTICLE_2

# Chrome lines closing a text, with the rule that must remove them.
CLOSING_LINES = [
    ("Written by", "meta-label"),
    ("Last updated on:", "meta-label"),
    ("Updated: Mar 4", "meta-label"),
    ("3 days ago", "meta-label"),
    ("hace 2 días", "meta-label"),
    ("by: Jane Roe, Mar 3, 2024", "meta-label"),
    ("This post was last updated June 2022.", "meta-label"),
    ("Table of Content", "toc-label"),
    ("Jump to:", "toc-label"),
    ("Inhaltsverzeichnis", "toc-label"),
    ("Thank you! Your submission has been received!", "form-message"),
    ("Oops! Something went wrong while submitting the form.", "form-message"),
    ("Merci ! Votre message a bien été envoyé.", "form-message"),
    ("Sign up today and make this your best summer yet.", "sales-cta"),
    ("Book a demo with our team", "sales-cta"),
    ("To see the dashboard for yourself, book a free demo.", "sales-cta"),
    ("Free 30-day trial. No credit card required.", "sales-cta"),
    ("View All Plans", "sales-cta"),
    ("Get in touch with our team", "sales-cta"),
    ("Check Price on Amazon", "call-to-action"),  # at the edge the older rule names it first
    ("Get the Recipe", "shop-button"),
    ("Start Shopping Now", "shop-button"),
    ("Get $15 off your first order with code: HELLO15", "promo-offer"),
    ("Sign up and get $100 in credit for your first month.", "promo-offer"),
    ("*This promotional offer applies to new accounts only.", "promo-offer"),
    ("You can also connect with me here:", "social-connect"),
    ("Other ways to connect with Jane", "social-connect"),
    ("Be sure to follow me on social media for more tips.", "social-connect"),
    ("Enjoy the post? Pin it for later!", "social-connect"),
    ("Want to advertise in The Weekly Gadget? 📰", "advertise-prompt"),
    ("Your email address will not be published. Required fields are marked *", "comment-form"),
    ("Leave a Reply Cancel reply", "comment-form"),
    ("Save my name, email, and website in this browser for the next time I comment.", "comment-form"),
    ("Votre adresse e-mail ne sera pas publiée.", "comment-form"),
    ("Was this article helpful? Yes No", "feedback-widget"),
    ("War dieser Artikel hilfreich?", "feedback-widget"),
    ("This content is imported from a video platform. You may be able to find the same content in another format.", "embed-notice"),
    ("Your browser does not support the video tag.", "embed-notice"),
    ("Listen to this article", "embed-notice"),
    ("Loading...", "embed-notice"),
    ("Story continues below advertisement", "ad-continue"),
    ("Gift this article", "share-widget"),
    ("Link copied!", "share-widget"),
    # Wordings the older rules now take too.
    ("Share the blog on:", "share-prompt"),
    ("SKIP ADVERTISEMENT", "ad-label"),
    ("This article was originally written by Jane Roe.", "syndication-credit"),
    ("Editor's Note: This article also appeared in the spring issue of our magazine.", "syndication-credit"),
    ("December 15, 2025 // 8 min read", "reading-time"),
    ("Some of the links in this post are affiliate ones.", "affiliate-notice"),
    ("Purchases made through links earn us a small commission.", "affiliate-notice"),
    ("Receive the latest reviews and deals in your inbox.", "newsletter-prompt"),
    ("To unsubscribe at any time, use the link in the footer of our emails.", "newsletter-prompt"),
    ("You may also be interested in the following reports:", "read-more-teaser"),
    ("Related publications", "read-more-teaser"),
    ("Discover more from The Weekly Gadget", "read-more-teaser"),
    ("Other Posts:", "read-more-teaser"),
]


@pytest.mark.parametrize(("line", "rule"), CLOSING_LINES)
def test_widget_line_closing_the_text_is_removed_with_its_rule(line, rule):
    out, removed = chrome.filter_text("\n".join([ARTICLE, ARTICLE_2, line]))
    assert out.splitlines() == [ARTICLE, ARTICLE_2]
    assert [(r.text, r.rule) for r in removed] == [(line, rule)]


# Article sentences that share words with the rules above: kept at the end and in the middle.
ARTICLE_SENTENCES = [
    "The guide was written by a former nurse and explains each step without jargon.",
    "The firmware was last updated in March 2024, and the fix arrived two weeks later.",
    "Three days ago the company cut the price of the base model by a third.",
    "Book a demo? We tried, and the sales rep never called back, which says a lot about support.",
    "Loading the dishwasher takes longer because the racks are shallow.",
    "The app shows a 'Was this helpful?' prompt after every answer, which testers found nagging.",
    "Your browser history is stored locally and never leaves the phone.",
    "Check the price before you buy: the store raised it twice in a month.",
    "Shoppers with the promo code paid less, but the retailer closed the loophole in May.",
    "Follow the guide on social media marketing if you run a small shop.",
    "Connect with the bundled cable and the phone fills up in under an hour.",
    "A free trial is offered, though a credit card is required to start it.",
    "The story continues in the sequel, which arrives next spring.",
    "Required fields in the app's setup wizard are few, which makes the first start quick.",
]


@pytest.mark.parametrize("sentence", ARTICLE_SENTENCES)
def test_article_sentence_sharing_words_with_the_widget_rules_is_kept(sentence):
    for lines in ([ARTICLE, ARTICLE_2, sentence], [ARTICLE] * 7 + [sentence] + [ARTICLE_2] * 7):
        out, removed = chrome.filter_text("\n".join(lines))
        assert sentence in out.splitlines()
        assert removed == []


@pytest.mark.parametrize("line", ["Written by", "Book a demo with our team", "Jump to:", "Gift this article"])
def test_edge_only_widget_rules_keep_the_line_in_the_middle_of_the_text(line):
    # A sub-heading or a list item deep in the article may use the same words.
    out, removed = chrome.filter_text("\n".join([ARTICLE] * 7 + [line] + [ARTICLE_2] * 7))
    assert line in out.splitlines() and removed == []


def test_buttons_repeated_between_list_items_are_removed_wherever_they_sit():
    body = [ARTICLE] * 7 + ["Get the Recipe", ARTICLE_2, "Check Price on Amazon"] + [ARTICLE_2] * 7
    out, removed = chrome.filter_text("\n".join(body))
    assert "Get the Recipe" not in out and "Check Price on Amazon" not in out
    assert {r.rule for r in removed} == {"shop-button"}


def test_literal_gate_never_skips_a_widget_rule_that_would_match():
    checked = 0
    for name, rx, cased, _, _, gate in chrome._RULE_TABLE:
        if gate is None:
            continue
        for line, _ in CLOSING_LINES:
            lower = line.strip(" -–—•·*|>»›👉🌟").strip().lower()
            if rx.fullmatch(lower):
                checked += 1
                assert any(g in lower for g in gate), (name, line, gate)
    assert checked >= 10


def test_gated_lookup_names_the_same_rule_as_trying_every_rule_in_order():
    # match_line tries only the rules whose gate strings one Aho-Corasick pass found in the line;
    # trying every rule in table order must give the same answer, at the edge and inside.
    from test_chrome import LINE_CASES, MIDDLE_CASES
    from test_chrome_rules import CLOSING_LINES as RULE_LINES

    def every_rule(line, at_edge):
        words = len(line.split())
        bare = line.strip(" -–—•·*|>»›👉🌟➡️→▶►").strip()
        for name, rx, cased, max_words, edge_only, _ in chrome._RULE_TABLE:
            if words > max_words or (edge_only and not at_edge):
                continue
            if name == "all-caps-teaser" and (words < chrome.MIN_CAPS_TEASER_WORDS or "|" in line):
                continue
            if rx.fullmatch(bare if cased else bare.lower()):
                return name
        return None

    lines = [line for line, _ in CLOSING_LINES + RULE_LINES + LINE_CASES + MIDDLE_CASES]
    named = 0
    for line in lines + [ARTICLE, ARTICLE_2]:
        for at_edge in (True, False):
            want = every_rule(line, at_edge)
            named += want is not None
            if "·" in line or "|" in line or "/" in line:
                continue  # rows of labels go on to _chrome_row, which every_rule leaves out
            assert chrome.match_line(line, at_edge=at_edge) == want, (line, at_edge)
    assert named >= 100
    assert chrome._GATES["comment-form"] is not None and chrome._GATES["affiliate-notice"] is not None
